package dev.xborder.connector.amazon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.Secret;
import dev.xborder.connector.http.AccessToken;
import dev.xborder.connector.http.AccessTokenCache;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.core.ErrorCode;
import java.net.URI;
import java.time.Duration;

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
        ApiResponse r;
        try {
            r = http.send(ApiRequest.builder(OPERATION, "POST", endpoint)
                    .jsonBody(body.toString())
                    .signed(false)
                    .build());
        } catch (ConnectorException e) {
            if (e.retryable()) {
                throw e;
            }
            throw new ConnectorException(ErrorCode.CONNECTOR_AUTH, http.connectorId(),
                    "LWA token refresh failed: " + stripPrefix(e.getMessage()), e.httpStatus().orElse(0),
                    e.requestId().orElse(null), false, null, null);
        }
        JsonNode j = r.json();
        String token = j.path("access_token").asText("");
        long expiresIn = j.path("expires_in").asLong(0);
        if (token.isEmpty() || expiresIn <= 0) {
            throw r.badResponse("LWA token response lacks access_token or expires_in");
        }
        Secret secret = Secret.of(token);
        http.rememberSecret(secret);
        return new AccessToken(secret, http.clock().instant().plus(Duration.ofSeconds(expiresIn)));
    }

    private static String stripPrefix(String message) {
        int i = message.indexOf("] ");
        return i >= 0 ? message.substring(i + 2) : message;
    }
}
