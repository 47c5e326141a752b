package dev.xborder.connector.http;

import dev.xborder.connector.Secret;
import dev.xborder.core.Checks;
import java.time.Instant;

/** A bearer/access token and the instant it expires. {@link #toString()} hides the token. */
public record AccessToken(Secret token, Instant expiresAt) {
    public AccessToken {
        Checks.notNull(token, "token");
        Checks.notNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "AccessToken[redacted, expires " + expiresAt + "]";
    }
}
