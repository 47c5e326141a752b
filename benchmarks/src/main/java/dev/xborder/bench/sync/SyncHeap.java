package dev.xborder.bench.sync;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.shopify.ShopifyConnectorProvider;
import dev.xborder.connector.sync.InMemoryCheckpointStore;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.sync.SyncResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Syncs {@code N} orders (default 100,000) from a {@link ShopifyOrderPages} server on 127.0.0.1
 * through the real Shopify connector and {@link OrderSync} (in-memory checkpoint store, a handler
 * that only counts), and samples the used heap after full collections
 * ({@link MemoryMXBean#getHeapMemoryUsage()}, {@code System.gc()} and a short settle, minimum of
 * four) before the sync and once 1%, 10%, 50% and 100% of the orders are delivered (1k, 10k, 50k,
 * 100k for the default). Run by the benchmark runner in a fresh JVM; prints one line of
 * {@code key=value}: {@code orders}, {@code heapBefore}, {@code heap1pct}, {@code heap10pct},
 * {@code heap50pct}, {@code heap100pct} (bytes), {@code syncMillis} (wall time of the whole sync,
 * sampling GCs included) and {@code sampleMillis} (time spent in sampling).
 */
public final class SyncHeap {
    private SyncHeap() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.println(format(measure(n)));
    }

    /** The {@code key=value} line. */
    static String format(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** Runs the sync of {@code n} orders (at least 100) and returns the figures, in print order. */
    public static Map<String, Long> measure(int n) throws Exception {
        if (n < 100) {
            throw new IllegalArgumentException("orders must be at least 100, got " + n);
        }
        Instant base = Instant.parse("2025-06-01T00:00:00Z");
        int[] marks = {n / 100, n / 10, n / 2, n};
        long[] heap = new long[marks.length];
        long[] sampleNanos = {0};
        long[] delivered = {0};
        int[] next = {0};
        Map<String, Long> out = new LinkedHashMap<>();
        try (ShopifyOrderPages shop = new ShopifyOrderPages(n, base)) {
            ConnectorConfig config = ConnectorConfig.builder()
                    .credential("accessToken", "shpat_bench_sync_heap_0000")
                    .option("shop", "bench-sync-heap")
                    .baseUrl(shop.uri())
                    .build();
            try (MarketplaceConnector connector = new ShopifyConnectorProvider().create(config)) {
                OrderSync sync = OrderSync.builder(connector, new InMemoryCheckpointStore())
                        .startFrom(base.minus(Duration.ofDays(1))).overlap(Duration.ofMinutes(10)).pageSize(250)
                        .build();
                long before = settledUsed();
                long t0 = System.nanoTime();
                SyncResult result = sync.run(batch -> {
                    delivered[0] += batch.orders().size();
                    while (next[0] < marks.length && delivered[0] >= marks[next[0]]) {
                        long s0 = System.nanoTime();
                        heap[next[0]++] = settledUsed();
                        sampleNanos[0] += System.nanoTime() - s0;
                    }
                });
                long t1 = System.nanoTime();
                if (result.delivered() != n || delivered[0] != n || next[0] != marks.length) {
                    throw new IllegalStateException("expected " + n + " orders, sync reported " + result.delivered()
                            + ", handler counted " + delivered[0]);
                }
                out.put("orders", (long) n);
                out.put("heapBefore", before);
                out.put("heap1pct", heap[0]);
                out.put("heap10pct", heap[1]);
                out.put("heap50pct", heap[2]);
                out.put("heap100pct", heap[3]);
                out.put("syncMillis", (t1 - t0) / 1_000_000);
                out.put("sampleMillis", sampleNanos[0] / 1_000_000);
            }
        }
        return out;
    }

    private static long settledUsed() {
        MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 4; k++) {
            System.gc();
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            used = Math.min(used, mx.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
