package dev.xborder.bench.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sync-heap measurement runs end to end against its local server and reports sane figures. */
class SyncHeapTest {
    @Test
    void syncingTwoThousandOrdersReportsEveryHeapSample() throws Exception {
        Map<String, Long> m = SyncHeap.measure(2_000);

        assertThat(m).containsOnlyKeys("orders", "heapBefore", "heap1pct", "heap10pct", "heap50pct", "heap100pct",
                "syncMillis", "sampleMillis");
        assertThat(m.get("orders")).isEqualTo(2_000L);
        for (String k : new String[] {"heapBefore", "heap1pct", "heap10pct", "heap50pct", "heap100pct"}) {
            assertThat(m.get(k)).as(k).isPositive().isLessThan(Runtime.getRuntime().maxMemory());
        }
        assertThat(m.get("syncMillis")).isGreaterThanOrEqualTo(m.get("sampleMillis")).isNotNegative();
        assertThat(SyncHeap.format(m)).startsWith("orders=2000 heapBefore=");
    }

    @Test
    void tooFewOrdersIsRefused() {
        assertThatThrownBy(() -> SyncHeap.measure(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
