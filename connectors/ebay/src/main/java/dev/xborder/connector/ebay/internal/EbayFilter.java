package dev.xborder.connector.ebay.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The Fulfillment API {@code filter} query value for orders by last modification and its
 * percent-encoding. eBay documents the filter as {@code lastmodifieddate:[2016-03-21T08:25:43.511Z..]}
 * (an open end) or {@code [from..to]}, and requires {@code [ ] { } |} to be percent-encoded as
 * {@code %5B %5D %7B %7D %7C} (sell_fulfillment_v1_oas3.json, getOrders {@code filter}). This class
 * encodes exactly those, plus anything that is not safe in a query value (space, {@code % & + # =},
 * non-ASCII), and leaves {@code : . - ,} as the documented examples show them. Internal.
 */
public final class EbayFilter {
    /** eBay's timestamp form: UTC, milliseconds, {@code Z}. */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EbayFilter() {
    }

    /** {@code 2024-01-01T00:00:00.000Z}, truncated (rounded down) to the millisecond. */
    public static String timestamp(Instant t) {
        return TIMESTAMP.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * The raw (unencoded) filter: {@code lastmodifieddate:[from..]} or {@code lastmodifieddate:[from..to]}
     * with {@code to} inclusive on eBay's side, so an exclusive bound is passed as {@code to - 1 ms}.
     */
    public static String lastModified(Instant from, Instant toExclusive) {
        String end = toExclusive == null ? "" : timestamp(toExclusive.minusMillis(1));
        return "lastmodifieddate:[" + timestamp(from) + ".." + end + "]";
    }

    /** Percent-encodes a filter value the way eBay documents (see the class comment). */
    public static String encode(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ':' || c == ',';
            if (keep) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
