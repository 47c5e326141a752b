package dev.xborder.connector.wire;

import dev.xborder.core.Checks;
import dev.xborder.core.order.OrderStatus;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a platform's order status text to {@link OrderStatus}. Matching ignores case and the
 * separators {@code _ - space}; a value it does not know maps to {@link OrderStatus#UNKNOWN}
 * (the order keeps the raw text in {@code Order.rawStatus()}), never an exception. Immutable.
 */
public final class StatusMapping {
    private final Map<String, OrderStatus> byKey;

    private StatusMapping(Map<String, OrderStatus> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** From platform text to status. */
    public static StatusMapping of(Map<String, OrderStatus> mapping) {
        Map<String, OrderStatus> m = new TreeMap<>();
        Checks.notNull(mapping, "mapping").forEach((k, v) -> m.put(key(k), Checks.notNull(v, "mapping[" + k + "]")));
        return new StatusMapping(m);
    }

    /** The status for {@code raw}; {@link OrderStatus#UNKNOWN} for null, blank or unknown text. */
    public OrderStatus map(String raw) {
        if (raw == null || raw.isBlank()) {
            return OrderStatus.UNKNOWN;
        }
        return byKey.getOrDefault(key(raw), OrderStatus.UNKNOWN);
    }

    private static String key(String s) {
        return s.strip().toUpperCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }
}
