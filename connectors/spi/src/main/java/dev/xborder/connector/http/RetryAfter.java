package dev.xborder.connector.http;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses an HTTP {@code Retry-After} value (RFC 9110 section 10.2.3): delay-seconds, including the
 * decimal form some platforms send ({@code "2.0"}, seen from Shopify), or an HTTP-date, measured
 * against a clock. Anything else, or a negative value, gives empty (the caller then uses its own
 * backoff). A date in the past gives {@link Duration#ZERO}.
 */
public final class RetryAfter {
    private RetryAfter() {
    }

    public static Optional<Duration> parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (Character.isDigit(v.charAt(0)) || v.charAt(0) == '.') {
            try {
                BigDecimal seconds = new BigDecimal(v);
                if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(365L * 24 * 3600)) > 0) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofNanos(seconds.movePointRight(9).longValue()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
