package dev.xborder.connector.ebay.internal;

import dev.xborder.connector.Secret;
import dev.xborder.connector.http.AccessToken;
import dev.xborder.connector.http.AccessTokenCache;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.http.OutgoingRequest;
import dev.xborder.connector.http.TokenEndpoint;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * eBay OAuth 2 token requests: {@code POST /identity/v1/oauth2/token}, form-encoded, with
 * {@code Authorization: Basic base64(client_id:client_secret)} (eBay/ebay-oauth-java-client
 * {@code OAuth2Api}). Two grants: the application token ({@code grant_type=client_credentials&scope=...},
 * public data only) and the user token refreshed from the seller's refresh token
 * ({@code grant_type=refresh_token&refresh_token=...&scope=...}; the scopes must be a subset of those
 * the seller consented to). Parameters are joined with {@code &} (the official client's refresh body
 * lacks it, a bug this class does not repeat); scopes are space-separated and percent-encoded.
 * The answer's {@code access_token} lives {@code expires_in} seconds. Internal.
 */
public final class EbayOAuth implements AccessTokenCache.Fetcher {
    public static final URI PRODUCTION = URI.create("https://api.ebay.com/identity/v1/oauth2/token");
    public static final URI SANDBOX = URI.create("https://api.sandbox.ebay.com/identity/v1/oauth2/token");
    public static final String OPERATION = "oauthToken";

    private final ConnectorHttp http;
    private final URI endpoint;
    private final Secret clientId;
    private final Secret clientSecret;
    private final Secret refreshToken;
    private final List<String> scopes;

    /**
     * @param refreshToken the seller's refresh token (user token), or {@code null} for the
     *                     application token (client credentials grant)
     */
    public EbayOAuth(ConnectorHttp http, URI endpoint, Secret clientId, Secret clientSecret, Secret refreshToken,
                     List<String> scopes) {
        this.http = http;
        this.endpoint = endpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.scopes = List.copyOf(scopes);
    }

    /** The form body of the token request (contains the refresh token: never log it). */
    public String formBody() {
        StringBuilder sb = new StringBuilder();
        if (refreshToken == null) {
            sb.append("grant_type=client_credentials");
        } else {
            sb.append("grant_type=refresh_token&refresh_token=").append(OutgoingRequest.encode(refreshToken.reveal()));
        }
        if (!scopes.isEmpty()) {
            sb.append("&scope=").append(OutgoingRequest.encode(String.join(" ", scopes)));
        }
        return sb.toString();
    }

    /** {@code Basic base64(client_id:client_secret)}. */
    public String basicAuthorization() {
        String pair = clientId.reveal() + ":" + clientSecret.reveal();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public AccessToken fetch() {
        String basic = basicAuthorization();
        http.rememberSecret(Secret.of(basic.substring("Basic ".length())));
        ApiResponse r = TokenEndpoint.send(http, ApiRequest.builder(OPERATION, "POST", endpoint)
                .header("Authorization", basic)
                .body(formBody().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded")
                .signed(false)
                .build(), "eBay OAuth " + (refreshToken == null ? "application" : "user") + " token request");
        return TokenEndpoint.accessToken(http, r, r.json(), "expires_in", null);
    }
}
