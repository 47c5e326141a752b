package dev.xborder.connector.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The orders a fake platform holds, sorted by update time (ties by id). {@link #generated} makes
 * them on the fly, so a server can serve a hundred thousand orders without holding them.
 */
public interface Dataset {
    int size();

    SyntheticOrder get(int index);

    /** Index of the first order updated at or after {@code t} ({@link #size()} if none). */
    default int firstAtOrAfter(Instant t) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (get(mid).updatedAt().isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the order with this id, or -1. */
    default int indexOf(String id) {
        for (int i = 0; i < size(); i++) {
            if (get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static Dataset of(List<SyntheticOrder> orders) {
        List<SyntheticOrder> sorted = orders.stream()
                .sorted(java.util.Comparator.comparing(SyntheticOrder::updatedAt).thenComparing(SyntheticOrder::id)).toList();
        return new Dataset() {
            @Override
            public int size() {
                return sorted.size();
            }

            @Override
            public SyntheticOrder get(int index) {
                return sorted.get(index);
            }
        };
    }

    /**
     * {@code n} orders, one per {@code step} from {@code base}; ids {@code prefix + index} (zero-padded);
     * statuses cycled from {@code statuses}; one or two lines each.
     */
    static Dataset generated(int n, Instant base, Duration step, String prefix, List<String> statuses, String currency) {
        return new Dataset() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public SyntheticOrder get(int i) {
                Instant updated = base.plus(step.multipliedBy(i));
                String id = prefix + String.format("%08d", i);
                BigDecimal price = new BigDecimal(100 + i % 9000).movePointLeft(2).add(BigDecimal.ONE);
                List<SyntheticOrder.Line> lines = i % 3 == 0
                        ? List.of(new SyntheticOrder.Line("L" + i + "-1", "SKU-" + (i % 50), 1, price.toPlainString()),
                                new SyntheticOrder.Line("L" + i + "-2", "SKU-X", 2, "0.10"))
                        : List.of(new SyntheticOrder.Line("L" + i + "-1", "SKU-" + (i % 50), 1 + i % 4, price.toPlainString()));
                BigDecimal total = BigDecimal.ZERO;
                for (SyntheticOrder.Line l : lines) {
                    total = total.add(new BigDecimal(l.unitPrice()).multiply(BigDecimal.valueOf(l.quantity())));
                }
                return new SyntheticOrder(id, updated.minus(Duration.ofHours(1)), updated, statuses.get(i % statuses.size()),
                        currency, total.toPlainString(), lines);
            }

            @Override
            public int indexOf(String id) {
                if (!id.startsWith(prefix)) {
                    return -1;
                }
                try {
                    int i = Integer.parseInt(id.substring(prefix.length()));
                    return i >= 0 && i < n ? i : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        };
    }
}
