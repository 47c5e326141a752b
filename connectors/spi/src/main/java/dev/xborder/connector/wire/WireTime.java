package dev.xborder.connector.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Timestamps in every form the platforms send: ISO-8601 with {@code Z} or an offset (Amazon,
 * eBay, Shopify's shop-local {@code -05:00}), unix seconds or milliseconds as numbers or strings
 * (Shopee, TikTok, Etsy), scientific notation ({@code "1.569521782042E9"} in an SP-API sandbox),
 * {@code "2019-01-01 10:00:00 +0800"} (Lazada) and zone-less local times with a given zone
 * (AliExpress). Epoch numbers from 1e11 on are read as milliseconds (1e11 ms is 1973-03-03; 1e11 s
 * would be the year 5138). Empty text means absent, never a crash.
 */
public final class WireTime {
    /** Epoch numbers at or above this are milliseconds (1e11 s is the year 5138). */
    private static final BigDecimal MILLIS_THRESHOLD = new BigDecimal("100000000000");

    private static final DateTimeFormatter SPACE_OFFSET = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HHmm", "Z")
            .toFormatter();
    private static final DateTimeFormatter SPACE_OFFSET_COLON = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter();
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private WireTime() {
    }

    /**
     * Parses a timestamp that carries its own zone or is epoch-based. Empty or blank: empty.
     *
     * @throws InvalidInputException if the text is in none of the known forms (or has no zone)
     */
    public static Optional<Instant> parse(String text, String field) {
        return parse(text, null, field);
    }

    /**
     * Like {@link #parse(String, String)}, but a zone-less local date-time is read in {@code localZone}.
     */
    public static Optional<Instant> parse(String text, ZoneId localZone, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (looksNumeric(t)) {
            return Optional.of(epoch(t, field));
        }
        try {
            return Optional.of(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {SPACE_OFFSET, SPACE_OFFSET_COLON}) {
            try {
                return Optional.of(OffsetDateTime.parse(t, f).toInstant());
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        try {
            LocalDateTime local = LocalDateTime.parse(t, LOCAL);
            if (localZone == null) {
                throw new InvalidInputException(field, text, "timestamp has no zone or offset and none was given");
            }
            return Optional.of(local.atZone(localZone).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, text, "not a timestamp in any known form", e);
        }
    }

    /** Parses a JSON string or number (epoch seconds/millis) node. Null/missing/empty: empty. */
    public static Optional<Instant> parse(JsonNode node, ZoneId localZone, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(epoch(node.decimalValue(), node.asText(), field));
        }
        return parse(node.asText(), localZone, field);
    }

    /** Like {@link #parse(String, String)} but required. */
    public static Instant require(String text, String field) {
        return parse(text, field).orElseThrow(() -> new InvalidInputException(field, text, "timestamp missing"));
    }

    /** Epoch seconds. */
    public static Instant ofEpochSeconds(long seconds) {
        return Instant.ofEpochSecond(seconds);
    }

    /** ISO-8601 in UTC with {@code Z} and whole seconds, e.g. {@code 2024-01-01T00:00:00Z} (what SP-API accepts). */
    public static String isoUtcSeconds(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** ISO-8601 with a given offset, e.g. {@code 2018-02-10T16:00:00+08:00}. */
    public static String isoWithOffset(Instant instant, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(offset));
    }

    private static boolean looksNumeric(String t) {
        char c = t.charAt(0);
        if (!(Character.isDigit(c) || c == '-' || c == '.')) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char x = t.charAt(i);
            if (!(Character.isDigit(x) || x == '.' || x == 'E' || x == 'e' || x == '+' || x == '-')) {
                return false;
            }
            if ((x == '-' || x == '+') && !(t.charAt(i - 1) == 'E' || t.charAt(i - 1) == 'e')) {
                return false; // a date like 2019-01-01
            }
        }
        return true;
    }

    private static Instant epoch(String t, String field) {
        try {
            return epoch(new BigDecimal(t), t, field);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, t, "not an epoch number", e);
        }
    }

    private static Instant epoch(BigDecimal value, String raw, String field) {
        if (value.precision() - value.scale() > 20 || value.scale() > 30) {
            // far outside any timestamp; also keeps "1e999999999" from building a huge number
            throw new InvalidInputException(field, raw, "epoch value out of range");
        }
        BigDecimal seconds = value.abs().compareTo(MILLIS_THRESHOLD) >= 0 ? value.movePointLeft(3) : value;
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        try {
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, raw, "epoch value out of range", e);
        }
    }
}
