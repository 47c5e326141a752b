package dev.xborder.bench.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.order.Order;
import org.junit.jupiter.api.Test;

/** Each connector's payload maps to a real order with its lines. */
class ConnectorBenchmarkTest {
    private static Order map(String connector) throws Exception {
        ConnectorBenchmark b = new ConnectorBenchmark();
        b.connector = connector;
        b.setUp();
        assertThat(b.jacksonReadTree()).isNotNull();
        return b.parseAndMap();
    }

    @Test
    void amazonDocumentedOrderMapsWithItsItems() throws Exception {
        Order o = map("amazon");
        assertThat(o.toString()).contains("902-3159896-1390916");
        assertThat(o.lines()).isNotEmpty();
    }

    @Test
    void ebayOrderMapsWithItsThreeLines() throws Exception {
        assertThat(map("ebay").lines()).hasSize(3);
    }

    @Test
    void tiktokOrderMapsItsPerUnitItems() throws Exception {
        assertThat(map("tiktok").lines()).isNotEmpty();
    }

    @Test
    void shopifyOrderPageMapsWithItsThreeLines() throws Exception {
        Order o = map("shopify");
        assertThat(o.lines()).hasSize(3);
    }
}
