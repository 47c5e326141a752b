package dev.xborder.connector.amazon.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.Secret;
import dev.xborder.connector.http.AccessToken;
import dev.xborder.connector.http.AccessTokenCache;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.http.TokenEndpoint;
import java.net.URI;

/**
 * Login with Amazon refresh-token grant: {@code POST https://api.amazon.com/auth/o2/token} with a
 * JSON body {@code grant_type, refresh_token, client_id, client_secret}, as the official Java SDK's
 * {@code LWAClient} sends it; the answer's {@code access_token} lives {@code expires_in} seconds.
 * Internal.
 */
public final class LwaTokenFetcher implements AccessTokenCache.Fetcher {
    public static final URI DEFAULT_ENDPOINT = URI.create("https://api.amazon.com/auth/o2/token");
    public static final String OPERATION = "lwaToken";

    private final ConnectorHttp http;
    private final URI endpoint;
    private final Secret clientId;
    private final Secret clientSecret;
    private final Secret refreshToken;

    public LwaTokenFetcher(ConnectorHttp http, URI endpoint, Secret clientId, Secret clientSecret, Secret refreshToken) {
        this.http = http;
        this.endpoint = endpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
    }

    @Override
    public AccessToken fetch() {
        ObjectNode body = http.json().createObjectNode();
        body.put("grant_type", "refresh_token");
        body.put("refresh_token", refreshToken.reveal());
        body.put("client_id", clientId.reveal());
        body.put("client_secret", clientSecret.reveal());
        ApiResponse r = TokenEndpoint.send(http, ApiRequest.builder(OPERATION, "POST", endpoint)
                .jsonBody(body.toString())
                .signed(false)
                .build(), "LWA token refresh");
        return TokenEndpoint.accessToken(http, r, r.json(), "expires_in", null);
    }
}
