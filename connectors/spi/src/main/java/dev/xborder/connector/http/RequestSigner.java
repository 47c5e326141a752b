package dev.xborder.connector.http;

/**
 * Authenticates or signs each attempt of a request just before it is sent (so timestamps and
 * tokens are fresh per attempt): adds headers or query parameters; signs {@link OutgoingRequest#body()},
 * which are exactly the bytes sent. Implementations must be thread-safe and must never log what
 * they add.
 */
public interface RequestSigner {
    /** Signs nothing. */
    RequestSigner NONE = r -> { };

    void sign(OutgoingRequest request);

    /**
     * The platform answered 401 to {@code rejected}. Return {@code true} if the credentials were
     * renewed (e.g. a cached token invalidated) and the call should be repeated once; {@code false}
     * to fail with {@code CONNECTOR_AUTH}.
     */
    default boolean onUnauthorized(OutgoingRequest rejected) {
        return false;
    }

    /** A signer that puts a token from {@code cache} in header {@code header} (with {@code prefix}, e.g. "Bearer "). */
    static RequestSigner tokenHeader(AccessTokenCache cache, String header, String prefix) {
        return new RequestSigner() {
            private static final String USED = "xborder.tokenUsed";

            @Override
            public void sign(OutgoingRequest request) {
                dev.xborder.connector.Secret token = cache.token();
                request.attributes().put(USED, token);
                request.setHeader(header, prefix + token.reveal());
            }

            @Override
            public boolean onUnauthorized(OutgoingRequest rejected) {
                Object used = rejected.attributes().get(USED);
                if (used instanceof dev.xborder.connector.Secret s) {
                    cache.invalidate(s);
                    return true;
                }
                return false;
            }
        };
    }
}
