package dev.xborder.connector.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.connector.Capability;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.ConnectorRegistry;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.PriceUpdate;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.ShipmentConfirmation;
import dev.xborder.connector.StockUpdate;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LazadaConnectorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private FakePlatformServer server;
    private LazadaSimulator platform;
    private MutableClock clock;
    private final List<MarketplaceConnector> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        clock = new MutableClock(T0);
        serve(Dataset.generated(7, T0.minus(Duration.ofHours(1)), Duration.ofMinutes(1), "5000",
                List.of("pending", "shipped"), "SGD"));
    }

    @AfterEach
    void stop() {
        opened.forEach(MarketplaceConnector::close);
        server.close();
    }

    private void serve(Dataset data) {
        platform = new LazadaSimulator(data, "key-1", "secret-1", "token-1");
        server.platform(platform::handle);
    }

    private MarketplaceConnector connector() {
        MarketplaceConnector c = new LazadaConnectorProvider().create(ConnectorConfig.builder()
                .credential("appKey", "key-1").credential("appSecret", "secret-1").credential("accessToken", "token-1")
                .option("region", "sg")
                .baseUrl(server.uri().resolve("/rest"))
                .clock(clock).sleeper(new RecordingSleeper(clock))
                .resilience(ResilienceSettings.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
                .build());
        opened.add(c);
        return c;
    }

    private static List<Order> all(MarketplaceConnector c, OrderQuery q) {
        List<Order> out = new ArrayList<>();
        c.ordersUpdatedSince(q).forEachRemaining(p -> out.addAll(p.items()));
        return out;
    }

    @Test
    void isFoundByServiceLoaderAndSupportsEveryOperation() {
        ConnectorRegistry registry = ConnectorRegistry.discover(getClass().getClassLoader());
        assertThat(registry.find("lazada")).isPresent();
        assertThat(connector().capabilities()).containsExactlyInAnyOrder(Capability.values());
    }

    @Test
    void aMissingRegionOrCredentialIsNamedInOneMessage() {
        assertThatThrownBy(() -> new LazadaConnectorProvider().create(ConnectorConfig.builder().credential("appKey", "k").build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("appSecret").hasMessageContaining("accessToken").hasMessageContaining("region");
        assertThatThrownBy(() -> new LazadaConnectorProvider().create(ConnectorConfig.builder().credential("appKey", "k")
                .credential("appSecret", "s").credential("accessToken", "t").option("region", "JP").build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("JP");
    }

    @Test
    void walksPastTheOffsetCapByRestartingTheWindowWithoutDuplicatesOrGaps() {
        int n = 5_321;
        serve(Dataset.generated(n, T0.minus(Duration.ofDays(2)), Duration.ofSeconds(1), "7000", List.of("pending"), "SGD"));
        server.record(false);
        List<Order> orders = all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(3))));
        Set<String> ids = new HashSet<>();
        orders.forEach(o -> ids.add(o.marketplaceOrderId()));
        assertThat(orders).hasSize(n);
        assertThat(ids).hasSize(n);
        for (int i = 1; i < orders.size(); i++) {
            assertThat(orders.get(i).updatedAt()).isAfterOrEqualTo(orders.get(i - 1).updatedAt());
        }
        // offsets never passed the cap, and the window moved forward at least once
        List<String> starts = platform.listCalls.stream().map(r -> r.queryParam("update_after").orElseThrow()).distinct().toList();
        assertThat(platform.listCalls).allSatisfy(r ->
                assertThat(Integer.parseInt(r.queryParam("offset").orElseThrow())).isLessThanOrEqualTo(LazadaConnector.MAX_OFFSET));
        assertThat(starts).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void mapsLocalOffsetTimesDecimalStringsAndTheVenturesCountry() {
        Order o = all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))).get(0);
        assertThat(o.updatedAt()).isEqualTo(T0.minus(Duration.ofHours(1)));
        assertThat(o.currency().getCurrencyCode()).isEqualTo("SGD");
        assertThat(o.shipping()).contains(Money.of(new BigDecimal("1.50"), "SGD"));
        assertThat(o.total()).isPresent();
        assertThat(o.shipTo()).hasValueSatisfying(a -> assertThat(a.country().alpha2()).isEqualTo("SG"));
        assertThat(o.status()).isEqualTo(OrderStatus.UNSHIPPED);
        // order 0 has a line of quantity 2: two Lazada order items with one price become one line
        assertThat(o.lines()).hasSize(2);
        assertThat(o.lines().get(1).quantity()).isEqualTo(2);
        assertThat(o.lines().get(1).lineId()).isEqualTo("L0-2-1,L0-2-2");
        RecordedRequest first = platform.listCalls.get(0);
        assertThat(first.queryParam("update_after")).hasValue("2026-02-28T08:00:00+08:00");
        assertThat(first.queryParam("timestamp")).hasValue(Long.toString(T0.toEpochMilli()));
    }

    @Test
    void findsOneOrderByIdAndReportsAnUnknownOneAsEmpty() {
        MarketplaceConnector c = connector();
        assertThat(c.order("500000000001")).hasValueSatisfying(o -> assertThat(o.lines()).hasSize(1));
        assertThat(c.order("1")).isEmpty();
    }

    @Test
    void stockAndPriceGoAsAnXmlPayloadInASignedFormField() {
        MarketplaceConnector c = connector();
        c.updateStock(StockUpdate.of(Sku.of("SKU-1&2"), 17));
        c.updatePrice(new PriceUpdate(Sku.of("SKU-1"), Money.of(new BigDecimal("12.90"), "SGD")));
        assertThat(platform.forms.get(0).get("payload")).contains("<SellerSku>SKU-1&amp;2</SellerSku><Quantity>17</Quantity>");
        assertThat(platform.forms.get(1).get("payload")).contains("<SellerSku>SKU-1</SellerSku><Price>12.90</Price>");
    }

    @Test
    void aRejectedSkuIsReportedWithLazadasDetail() {
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> connector().updateStock(StockUpdate.of(Sku.of("NO-SUCH-SKU"), 1)));
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("SKU NO-SUCH-SKU").contains("SKU not found").contains("req-pq");
    }

    @Test
    void aPriceInAnotherCurrencyOrAStockUpdateForOneWarehouseIsRejectedBeforeAnyCall() {
        MarketplaceConnector c = connector();
        assertThatThrownBy(() -> c.updatePrice(new PriceUpdate(Sku.of("A"), Money.of(1, "USD"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("SGD");
        assertThatThrownBy(() -> c.updateStock(new StockUpdate(Sku.of("A"), 1, "WH-1"))).isInstanceOf(InvalidInputException.class);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aShipmentMarksTheOrderItemsReadyToShipWithCarrierAndTracking() {
        MarketplaceConnector c = connector();
        c.confirmShipment(ShipmentConfirmation.ofWholeOrder("500000000000", "LEX SG", "TRK1", T0));
        Map<String, String> whole = platform.forms.get(0);
        assertThat(whole).containsEntry("delivery_type", "dropship").containsEntry("shipment_provider", "LEX SG")
                .containsEntry("tracking_number", "TRK1").containsEntry("order_item_ids", "[L0-1-1,L0-2-1,L0-2-2]");
        c.confirmShipment(new ShipmentConfirmation("500000000000", "LEX SG", "TRK2", T0,
                List.of(new ShipmentConfirmation.ShippedLine("L0-2-1,L0-2-2", 1)), null));
        assertThat(platform.forms.get(1)).containsEntry("order_item_ids", "[L0-2-1]");
    }

    @Test
    void anOrderWithShippedAndPendingItemsIsPartiallyShippedAndCancelledItemsDoNotCount() {
        assertThat(dev.xborder.connector.lazada.internal.LazadaOrderMapperAccess.status(List.of("shipped", "pending")))
                .isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(dev.xborder.connector.lazada.internal.LazadaOrderMapperAccess.status(List.of("canceled", "delivered")))
                .isEqualTo(OrderStatus.DELIVERED);
        assertThat(dev.xborder.connector.lazada.internal.LazadaOrderMapperAccess.status(List.of("canceled")))
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(dev.xborder.connector.lazada.internal.LazadaOrderMapperAccess.status(List.of("lost_by_3pl")))
                .isEqualTo(OrderStatus.UNKNOWN);
    }

    @Test
    void aWrongSecretIsRejectedByTheSignatureCheckAndNotRetried() {
        MarketplaceConnector c = new LazadaConnectorProvider().create(ConnectorConfig.builder()
                .credential("appKey", "key-1").credential("appSecret", "wrong").credential("accessToken", "token-1")
                .option("region", "SG").baseUrl(server.uri().resolve("/rest")).clock(clock).sleeper(new RecordingSleeper(clock))
                .build());
        opened.add(c);
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> c.order("500000000001"));
        assertThat(e.getMessage()).contains("IncompleteSignature");
        assertThat(e.retryable()).isFalse();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aBackendErrorIsRetriedAndABusinessErrorIsNot() {
        server.inject(platform::isListOrders, LazadaSimulator.error("ISP", "ServiceTimeout", "backend busy"), 1);
        assertThat(all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))).hasSize(7);
        server.inject(platform::isListOrders, LazadaSimulator.error("ISV", "InvalidParameter", "bad update_after"), 5);
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> all(connector(), OrderQuery.updatedSince(T0)));
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("InvalidParameter (ISV): bad update_after").contains("request_id 0ba2887315178178017221014");
        assertThat(e.requestId()).as("Lazada's request_id from the body").hasValue("0ba2887315178178017221014");
    }
}
