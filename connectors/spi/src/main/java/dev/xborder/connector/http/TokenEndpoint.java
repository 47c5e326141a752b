package dev.xborder.connector.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.Secret;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import java.time.Duration;

/**
 * What every token fetcher ({@link AccessTokenCache.Fetcher}) does around its platform's token
 * request: send it through the connector's {@link ConnectorHttp}, report a rejected refresh as an
 * auth failure, and read the OAuth 2 answer. Stateless.
 */
public final class TokenEndpoint {
    private TokenEndpoint() {
    }

    /**
     * Sends a token request (usually {@code signed(false)}). Retryable failures and throttling
     * (a quota is no reason to re-authorise) are thrown as they are; any other failure becomes a
     * non-retryable {@link ErrorCode#CONNECTOR_AUTH} {@link ConnectorException} saying
     * {@code "<what> failed: <the platform's message>"}, with the HTTP status and request id kept.
     *
     * @param what names the request in messages, e.g. "LWA token refresh"
     */
    public static ApiResponse send(ConnectorHttp http, ApiRequest request, String what) {
        Checks.notNull(http, "http");
        Checks.notNull(request, "request");
        Checks.notBlank(what, "what");
        try {
            return http.send(request);
        } catch (ConnectorException e) {
            if (e.retryable() || e.code() == ErrorCode.CONNECTOR_THROTTLED) {
                throw e;
            }
            throw new ConnectorException(ErrorCode.CONNECTOR_AUTH, http.connectorId(), what + " failed: " + stripPrefix(e.getMessage()),
                    e.httpStatus().orElse(0), e.requestId().orElse(null), false, null, null);
        }
    }

    /**
     * Reads the access token and its lifetime from an OAuth 2 style answer ({@code access_token},
     * and {@code expiresInField} in seconds, e.g. {@code "expires_in"}), starting at the
     * connector's clock now, and remembers the token for redaction. With {@code refreshTokenField}
     * (not null) a rotated refresh token is read too and must be present.
     *
     * @param source the JSON object holding the fields (the body, or a nested {@code response})
     * @throws ConnectorException {@code CONNECTOR_BAD_RESPONSE} if a field is missing or not positive
     */
    public static AccessToken accessToken(ConnectorHttp http, ApiResponse response, JsonNode source, String expiresInField,
                                          String refreshTokenField) {
        String token = source.path("access_token").asText("");
        long expiresIn = source.path(expiresInField).asLong(0);
        String refresh = refreshTokenField == null ? null : source.path(refreshTokenField).asText("");
        if (token.isEmpty() || expiresIn <= 0 || (refresh != null && refresh.isEmpty())) {
            throw response.badResponse("token answer lacks access_token" + (refresh == null ? "" : ", " + refreshTokenField)
                    + " or " + expiresInField);
        }
        Secret secret = Secret.of(token);
        http.rememberSecret(secret);
        Secret rotated = null;
        if (refresh != null) {
            rotated = Secret.of(refresh);
            http.rememberSecret(rotated);
        }
        return new AccessToken(secret, http.clock().instant().plus(Duration.ofSeconds(expiresIn)), rotated);
    }

    private static String stripPrefix(String message) {
        int i = message.indexOf("] ");
        return i >= 0 ? message.substring(i + 2) : message;
    }
}
