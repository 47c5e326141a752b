package dev.xborder.connector.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.connector.tiktok.internal.TikTokSigner;
import dev.xborder.connector.wire.WireJson;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TikTokConnectorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private FakePlatformServer server;
    private TikTokSimulator platform;
    private MutableClock clock;
    private RecordingSleeper sleeper;
    private final List<MarketplaceConnector> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        clock = new MutableClock(T0);
        sleeper = new RecordingSleeper(clock);
        platform = new TikTokSimulator(Dataset.generated(7, T0.minus(Duration.ofHours(1)), Duration.ofMinutes(1), "5764",
                List.of("AWAITING_SHIPMENT", "IN_TRANSIT"), "USD"), "key-1", "secret-1", "token-1");
        server.platform(platform::handle);
    }

    @AfterEach
    void stop() {
        opened.forEach(MarketplaceConnector::close);
        server.close();
    }

    private MarketplaceConnector connector() {
        MarketplaceConnector c = new TikTokConnectorProvider().create(ConnectorConfig.builder()
                .credential("appKey", "key-1").credential("appSecret", "secret-1").credential("accessToken", "token-1")
                .option("shopCipher", TikTokSimulator.SHOP_CIPHER)
                .baseUrl(server.uri())
                .clock(clock).sleeper(sleeper)
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

    private List<RecordedRequest> requests(String pathPart) {
        return server.requests().stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    @Test
    void isFoundByServiceLoaderAndSupportsEveryOperation() {
        assertThat(ConnectorRegistry.discover(getClass().getClassLoader()).find("tiktok")).isPresent();
        assertThat(connector().capabilities()).containsExactlyInAnyOrder(Capability.values());
    }

    @Test
    void aMissingShopCipherOrCredentialIsNamedInOneMessage() {
        assertThatThrownBy(() -> new TikTokConnectorProvider().create(ConnectorConfig.builder().credential("appKey", "k").build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("appSecret").hasMessageContaining("accessToken").hasMessageContaining("shopCipher");
    }

    @Test
    void theServerReceivesExactlyTheBytesThatWereSigned() throws Exception {
        MarketplaceConnector c = connector();
        all(c, new OrderQuery(T0.minus(Duration.ofDays(1)), T0.plusMillis(1), 3));
        c.confirmShipment(new ShipmentConfirmation("576400000000", "7117858858072016686", "追踪-\"1\"", T0,
                List.of(new ShipmentConfirmation.ShippedLine("L0-2-1,L0-2-2", 2)), null));
        List<RecordedRequest> posts = server.requests().stream().filter(r -> r.method().equals("POST")).toList();
        assertThat(posts).hasSizeGreaterThanOrEqualTo(4);
        for (RecordedRequest r : posts) {
            List<Map.Entry<String, String>> q = new ArrayList<>();
            r.query().forEach((k, v) -> q.add(Map.entry(k, v.get(0))));
            assertThat(r.queryParam("sign")).hasValue(TikTokSigner.sign("secret-1", r.path(), q, r.body()));
            assertThat(r.queryParam("access_token")).isEmpty();
            assertThat(r.header("x-tts-access-token")).hasValue("token-1");
        }
        RecordedRequest search = posts.get(0);
        assertThat(search.bodyAsString()).isEqualTo("{\"update_time_ge\":" + T0.minus(Duration.ofDays(1)).getEpochSecond()
                + ",\"update_time_lt\":" + (T0.getEpochSecond() + 1) + "}");
        RecordedRequest ship = posts.get(posts.size() - 1);
        assertThat(ship.body()).isEqualTo(("{\"tracking_number\":\"追踪-\\\"1\\\"\",\"shipping_provider_id\":\"7117858858072016686\","
                + "\"order_line_item_ids\":[\"L0-2-1\",\"L0-2-2\"]}").getBytes(StandardCharsets.UTF_8));
        assertThat(ship.queryParam("timestamp")).hasValue(Long.toString(T0.getEpochSecond()));
    }

    @Test
    void pageTokensGoBackExactlyAsTheyCameAndEveryPageRepeatsTheFilter() {
        List<Order> orders = all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))).withPageSize(2));
        assertThat(orders).hasSize(7);
        List<RecordedRequest> pages = requests("/orders/search");
        assertThat(pages).hasSize(4);
        assertThat(pages.get(1).queryParam("page_token")).hasValue("pt+2/2==");
        assertThat(pages).extracting(RecordedRequest::bodyAsString).containsOnly(pages.get(0).bodyAsString());
    }

    @Test
    void mapsUnixSecondsStringMoneyAndOneLineItemPerUnit() {
        Order o = all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))).get(0);
        assertThat(o.updatedAt()).isEqualTo(T0.minus(Duration.ofHours(1)));
        assertThat(o.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(o.shipping()).contains(Money.of(BigDecimal.ZERO, "USD"));
        assertThat(o.status()).isEqualTo(OrderStatus.UNSHIPPED);
        assertThat(o.lines()).hasSize(2);
        assertThat(o.lines().get(1).quantity()).isEqualTo(2);
        assertThat(o.lines().get(1).lineId()).isEqualTo("L0-2-1,L0-2-2");
        assertThat(o.lines().get(1).unitPrice()).isEqualTo(Money.of(new BigDecimal("0.10"), "USD"));
        assertThat(o.shipTo()).hasValueSatisfying(a -> {
            assertThat(a.country().alpha2()).isEqualTo("US");
            assertThat(a.city()).isEqualTo("Los Angeles");
        });
    }

    @Test
    void findsOneOrderByIdAndReportsAnUnknownOneAsEmpty() {
        MarketplaceConnector c = connector();
        assertThat(c.order("576400000001")).hasValueSatisfying(o -> assertThat(o.marketplaceOrderId()).isEqualTo("576400000001"));
        assertThat(c.order("1")).isEmpty();
    }

    @Test
    void aThrottleCodeInTheBodyIsRetried() {
        server.inject(platform::isListOrders, platform.throttled(), 2);
        assertThat(all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))).hasSize(7);
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void http429WaitsForARetryAfterGivenAsAnHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(30).atZone(ZoneOffset.UTC));
        server.inject(platform::isListOrders, FakeResponse.json(429, "{\"code\":36009002,\"message\":\"Too many requests\"}")
                .withHeader("Retry-After", date), 1);
        assertThat(all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))).hasSize(7);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aBadSignatureIsAnAuthFailureThatIsNotRetried() {
        server.inject(platform::isListOrders, TikTokSimulator.error(106001, "Invalid signature"), 10);
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> all(connector(), OrderQuery.updatedSince(T0)));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("106001").contains("202309ERR");
    }

    @Test
    void stockFindsTheSkuBySellerSkuAndSetsItsOnlyWarehouse() throws Exception {
        connector().updateStock(StockUpdate.of(Sku.of("SKU-1"), 42));
        RecordedRequest r = platform.mutations.get(0);
        assertThat(r.path()).isEqualTo("/product/202309/products/1729000000000001/inventory/update");
        JsonNode body = WireJson.newMapper().readTree(r.body());
        assertThat(body.toString()).isEqualTo("{\"skus\":[{\"id\":\"1729000000000101\",\"inventory\":[{\"warehouse_id\":\"WH-1\",\"quantity\":42}]}]}");
    }

    @Test
    void aSkuInSeveralWarehousesNeedsOneNamed() throws Exception {
        MarketplaceConnector c = connector();
        assertThatThrownBy(() -> c.updateStock(StockUpdate.of(Sku.of("MULTI-WH"), 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("WH-2");
        c.updateStock(new StockUpdate(Sku.of("MULTI-WH"), 3, "WH-2"));
        assertThat(platform.mutations.get(0).bodyAsString()).contains("\"warehouse_id\":\"WH-2\",\"quantity\":3");
    }

    @Test
    void priceGoesAsADecimalStringInTheSkusCurrency() {
        MarketplaceConnector c = connector();
        c.updatePrice(new PriceUpdate(Sku.of("SKU-1"), Money.of(new BigDecimal("12.50"), "USD")));
        assertThat(platform.mutations.get(0).path()).isEqualTo("/product/202309/products/1729000000000001/prices/update");
        assertThat(platform.mutations.get(0).bodyAsString())
                .isEqualTo("{\"skus\":[{\"id\":\"1729000000000101\",\"price\":{\"amount\":\"12.50\",\"currency\":\"USD\"}}]}");
        assertThatThrownBy(() -> c.updatePrice(new PriceUpdate(Sku.of("SKU-1"), Money.of(1, "GBP"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("USD");
    }

    @Test
    void skuErrorsInTheAnswerAndUnknownSkusAreReportedPrecisely() {
        MarketplaceConnector c = connector();
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> c.updateStock(StockUpdate.of(Sku.of("NOT-LIVE"), 1)));
        assertThat(e.getMessage()).contains("NOT-LIVE").contains("17019023").contains("1729000000000699").contains("warehouse WH-1");
        assertThat(e.retryable()).isFalse();
        ConnectorException missing = catchThrowableOfType(ConnectorException.class,
                () -> c.updateStock(StockUpdate.of(Sku.of("NO-SUCH-SKU"), 1)));
        assertThat(missing.getMessage()).contains("no product SKU with seller SKU NO-SUCH-SKU");
    }

    @Test
    void aWholeOrderShipmentSendsNoLineItemIds() {
        connector().confirmShipment(ShipmentConfirmation.ofWholeOrder("576400000002", "7117858858072016686", "1Z999", T0));
        RecordedRequest r = platform.mutations.get(0);
        assertThat(r.path()).isEqualTo("/fulfillment/202309/orders/576400000002/packages");
        assertThat(r.bodyAsString()).isEqualTo("{\"tracking_number\":\"1Z999\",\"shipping_provider_id\":\"7117858858072016686\"}");
    }

    @Test
    void aRetryIsSignedAfreshWithTheTimestampOfItsOwnAttempt() {
        server.inject(platform::isListOrders, FakeResponse.json(429, "{\"code\":36009002,\"message\":\"Too many requests\"}")
                .withHeader("Retry-After", "120"), 1);
        all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))));
        List<RecordedRequest> searches = requests("/orders/search");
        assertThat(searches.get(0).queryParam("timestamp")).hasValue(Long.toString(T0.getEpochSecond()));
        assertThat(searches.get(1).queryParam("timestamp")).hasValue(Long.toString(T0.getEpochSecond() + 120));
        assertThat(searches.get(1).queryParam("sign")).isNotEqualTo(searches.get(0).queryParam("sign"));
    }

    @Test
    void aServerErrorCodeInTheBodyIsRetriedButAnUnknownCodeIsNot() {
        server.inject(platform::isListOrders, TikTokSimulator.error(36009003, "Internal error"), 1);
        assertThat(all(connector(), OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))).hasSize(7);
        server.inject(platform::isListOrders, TikTokSimulator.error(12019002, "Order status is not allowed"), 5);
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> all(connector(), OrderQuery.updatedSince(T0)));
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("12019002");
    }
}
