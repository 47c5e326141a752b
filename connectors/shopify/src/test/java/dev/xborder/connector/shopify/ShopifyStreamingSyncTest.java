package dev.xborder.connector.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.sync.InMemoryCheckpointStore;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.sync.SyncResult;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.core.order.Order;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Syncing 100,000 orders keeps the heap flat: the fake shop generates each page on the fly, the
 * connector and OrderSync hold one page and the overlap window, and the used heap after a full GC
 * is sampled as the orders stream through. No timing assertion: the bound is on memory only.
 */
class ShopifyStreamingSyncTest {
    private static final int ORDERS = 100_000;
    private static final long GENEROUS_GROWTH_BYTES = 48L * 1024 * 1024;

    @Test
    void syncingAHundredThousandOrdersKeepsTheHeapFlat() {
        Instant base = Instant.parse("2025-06-01T00:00:00Z");
        Dataset data = Dataset.generated(ORDERS, base, Duration.ofSeconds(1), "5", List.of("UNFULFILLED", "FULFILLED"), "CAD");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> samples = new ArrayList<>();
        BitSet seen = new BitSet(ORDERS);
        long[] delivered = {0};
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            ShopifySimulator shop = new ShopifySimulator(data, "shpat_streaming_token_1234");
            server.platform(shop::handle);
            MutableClock clock = new MutableClock(base.plus(Duration.ofDays(400)));
            ConnectorConfig config = ConnectorConfig.builder()
                    .credential("accessToken", "shpat_streaming_token_1234")
                    .option("shop", "stream-test")
                    .baseUrl(server.uri())
                    .clock(clock).sleeper(new RecordingSleeper(clock))
                    .build();
            try (MarketplaceConnector connector = new ShopifyConnectorProvider().create(config)) {
                OrderSync sync = OrderSync.builder(connector, new InMemoryCheckpointStore())
                        .startFrom(base.minus(Duration.ofDays(1))).overlap(Duration.ofMinutes(10)).pageSize(250).build();
                SyncResult result = sync.run(batch -> {
                    for (Order o : batch.orders()) {
                        int index = Integer.parseInt(o.marketplaceOrderId().substring(1));
                        assertThat(seen.get(index)).as("order handed over twice").isFalse();
                        seen.set(index);
                    }
                    long before = delivered[0];
                    delivered[0] += batch.orders().size();
                    if (before / 20_000 != delivered[0] / 20_000 || before == 0) {
                        samples.add(usedAfterGc(memory));
                    }
                });
                assertThat(result.delivered()).isEqualTo(ORDERS);
            }
        }
        assertThat(seen.cardinality()).isEqualTo(ORDERS);
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        long first = samples.get(1); // after warm-up (classes loaded, pools sized)
        for (long s : samples.subList(1, samples.size())) {
            assertThat(s - first).as("heap growth while streaming, samples " + samples).isLessThan(GENEROUS_GROWTH_BYTES);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
