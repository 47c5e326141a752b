package dev.xborder.bench.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.order.Order;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
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

    @Test
    void shopeeDocumentedDetailMapsWithExactFloatMoney() throws Exception {
        Order o = map("shopee");
        assertThat(o.marketplaceOrderId()).isEqualTo("201218V2Y6E59M");
        assertThat(o.lines()).hasSize(2);
        assertThat(exact(o.total().orElseThrow())).isEqualByComparingTo("32119");
        assertThat(o.currency().getCurrencyCode()).isEqualTo("VND");
        // JSON float 11.11 read from its text, not through double
        assertThat(exact(o.lines().get(1).unitPrice())).isEqualByComparingTo("11.11");
    }

    @Test
    void lazadaOrderMapsItsPerUnitItemsIntoTwoLines() throws Exception {
        Order o = map("lazada");
        assertThat(o.marketplaceOrderId()).isEqualTo("52213496109423");
        assertThat(o.lines()).hasSize(2);
        assertThat(o.lines().get(0).quantity()).isEqualTo(2);
        assertThat(exact(o.total().orElseThrow())).isEqualByComparingTo("61.47");
        assertThat(o.currency().getCurrencyCode()).isEqualTo("SGD");
    }

    @Test
    void aliexpressOrderMapsWithItsTwoLines() throws Exception {
        Order o = map("aliexpress");
        assertThat(o.marketplaceOrderId()).isEqualTo("8190327744302345");
        assertThat(o.lines()).hasSize(2);
        assertThat(exact(o.total().orElseThrow())).isEqualByComparingTo("170.54");
        assertThat(exact(o.lines().get(0).unitPrice())).isEqualByComparingTo("65.27");
    }

    private static BigDecimal exact(MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }
}
