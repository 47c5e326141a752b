package dev.xborder.connector.lazada.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an {@code /orders/get} walk stands: the window start sent as {@code update_after}, the
 * offset within that window, the latest update time delivered so far, and the ids delivered with
 * an update time within a second of it (so that a window restarted there does not hand them over
 * again). Encoded as text for {@link dev.xborder.connector.Page#nextCursor()}. Internal.
 *
 * @param windowStart  the {@code update_after} of the current window
 * @param offset       the next offset in that window
 * @param latest       the latest update time delivered, or {@code null}
 * @param recentIds    {@code id@epochSecond} of orders delivered with update time at or after {@code latest - 1 s}
 */
public record LazadaCursor(Instant windowStart, int offset, Instant latest, Set<String> recentIds) {
    public LazadaCursor {
        recentIds = Set.copyOf(recentIds);
    }

    public static LazadaCursor start(Instant from) {
        return new LazadaCursor(from, 0, null, Set.of());
    }

    /** After delivering {@code delivered} (id, update time) pairs of a page. */
    public LazadaCursor advance(int returned, List<Delivered> delivered) {
        Instant newLatest = latest;
        for (Delivered d : delivered) {
            if (newLatest == null || d.updatedAt().isAfter(newLatest)) {
                newLatest = d.updatedAt();
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        if (newLatest != null) {
            Instant keepFrom = newLatest.minusSeconds(1);
            if (latest != null && !latest.isBefore(keepFrom)) {
                ids.addAll(recentIds); // still within a second of the new latest
            }
            for (Delivered d : delivered) {
                if (!d.updatedAt().isBefore(keepFrom)) {
                    ids.add(d.key());
                }
            }
        }
        return new LazadaCursor(windowStart, offset + returned, newLatest, ids);
    }

    /**
     * A new window from a second before the latest update delivered (whether Lazada's
     * {@code update_after} is inclusive or exclusive, nothing at that second is missed), offset 0.
     */
    public LazadaCursor restartWindow() {
        return new LazadaCursor(latest.minusSeconds(1), 0, latest, recentIds);
    }

    public String encode() {
        return "v1;" + windowStart.getEpochSecond() + ";" + offset + ";" + (latest == null ? "" : latest.getEpochSecond()) + ";"
                + String.join(",", recentIds);
    }

    /** Parses {@link #encode()}; a malformed cursor throws {@link IllegalArgumentException}. */
    public static LazadaCursor parse(String text) {
        String[] p = text.split(";", -1);
        if (p.length != 5 || !"v1".equals(p[0])) {
            throw new IllegalArgumentException("not a Lazada order cursor");
        }
        Instant start = Instant.ofEpochSecond(Long.parseLong(p[1]));
        int offset = Integer.parseInt(p[2]);
        Instant latest = p[3].isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(p[3]));
        List<String> ids = p[4].isEmpty() ? List.of() : new ArrayList<>(List.of(p[4].split(",")));
        return new LazadaCursor(start, offset, latest, new LinkedHashSet<>(ids));
    }

    /** Whether an order with this id and update time was delivered near the latest update already. */
    public boolean alreadyDelivered(String id, Instant updatedAt) {
        return recentIds.contains(new Delivered(id, updatedAt).key());
    }

    /** One delivered order. */
    public record Delivered(String id, Instant updatedAt) {
        String key() {
            return id + "@" + updatedAt.getEpochSecond();
        }
    }
}
