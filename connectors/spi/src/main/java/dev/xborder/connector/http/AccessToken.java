package dev.xborder.connector.http;

import dev.xborder.connector.Secret;
import dev.xborder.core.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A bearer/access token, the instant it expires and, where the platform rotates refresh tokens on
 * every refresh (Shopee's are single-use), the new refresh token that came with it.
 * {@link #toString()} hides both tokens.
 *
 * @param token        the access token
 * @param expiresAt    when it expires
 * @param refreshToken the refresh token issued with it, or {@code null} if the platform issued none
 *                     (prefer {@link #rotatedRefreshToken()})
 */
public record AccessToken(Secret token, Instant expiresAt, Secret refreshToken) {
    public AccessToken {
        Checks.notNull(token, "token");
        Checks.notNull(expiresAt, "expiresAt");
    }

    /** An access token without a rotated refresh token. */
    public AccessToken(Secret token, Instant expiresAt) {
        this(token, expiresAt, null);
    }

    /** The refresh token issued with this access token, if the platform rotated it. */
    public Optional<Secret> rotatedRefreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    @Override
    public String toString() {
        return "AccessToken[redacted, expires " + expiresAt + (refreshToken == null ? "" : ", refresh token redacted") + "]";
    }
}
