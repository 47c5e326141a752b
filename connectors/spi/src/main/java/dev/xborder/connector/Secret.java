package dev.xborder.connector;

import dev.xborder.core.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential (client secret, refresh token, access token, API key). Its {@link #toString()} never
 * shows the value; only {@link #reveal()} does, and only code that puts it on the wire should call
 * it. Immutable and thread-safe.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a credential.
     *
     * @throws dev.xborder.core.InvalidInputException if the value is null or blank (the message never contains it)
     */
    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            // never echo the value, not even a blank one
            throw new dev.xborder.core.InvalidInputException("secret", null, "must not be null or blank");
        }
        return new Secret(value);
    }

    /** The raw value, for the code that sends it. Never log it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), s.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0x5ec7e7; // constant: a hash would leak information about the value
    }

    /** Always {@code "Secret[redacted]"}. */
    @Override
    public String toString() {
        return "Secret[redacted]";
    }

    static String requireName(String name) {
        return Checks.notBlank(name, "credential name");
    }
}
