package dev.xborder.connector.aliexpress;

import dev.xborder.connector.Secret;
import java.time.Instant;

/**
 * Tokens from IOP {@code /auth/token/refresh} (or {@code /auth/token/create}): the new access token
 * (the {@code session} parameter) and refresh token, with their expiry if the answer gave one. The
 * host stores both and builds its connector with the new access token. {@link #toString()} hides them.
 */
public record AliExpressTokens(Secret accessToken, Instant accessTokenExpiresAt, Secret refreshToken, Instant refreshTokenExpiresAt) {
    @Override
    public String toString() {
        return "AliExpressTokens[redacted, access token expires " + accessTokenExpiresAt + ", refresh token expires "
                + refreshTokenExpiresAt + "]";
    }
}
