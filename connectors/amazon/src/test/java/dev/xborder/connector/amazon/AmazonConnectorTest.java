package dev.xborder.connector.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.PriceUpdate;
import dev.xborder.connector.ShipmentConfirmation;
import dev.xborder.connector.StockUpdate;
import dev.xborder.connector.amazon.internal.AmazonOrderMapper;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.connector.wire.WireJson;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.product.Sku;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmazonConnectorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private final ObjectMapper json = WireJson.newMapper();
    private FakePlatformServer server;
    private AmazonSimulator platform;
    private MarketplaceConnector connector;
    private Dataset data;

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        data = Dataset.generated(3, T0.minusSeconds(600), Duration.ofMinutes(1), "1110", List.of("Unshipped"), "USD");
        platform = new AmazonSimulator(data, "cid-123456", "cs-123456", "Atzr|rt-123456");
        server.platform(platform::handle);
        MutableClock clock = new MutableClock(T0);
        connector = new AmazonConnectorProvider().create(config().clock(clock).sleeper(new RecordingSleeper(clock)).build());
    }

    private ConnectorConfig.Builder config() {
        return ConnectorConfig.builder().credential("clientId", "cid-123456").credential("clientSecret", "cs-123456")
                .credential("refreshToken", "Atzr|rt-123456").marketplaceId(AmazonSimulator.MARKETPLACE)
                .option("sellerId", "A2SELLER").baseUrl(server.uri()).authUrl(server.uri().resolve("/auth/o2/token"));
    }

    @AfterEach
    void stop() {
        connector.close();
        server.close();
    }

    private JsonNode fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/amazon/" + name)) {
            return json.readTree(in);
        }
    }

    @Test
    void theDocumentedOrderPayloadMapsWithUnitPricesFromItemPriceAndCancelledItemsDropped() throws Exception {
        JsonNode orders = fixture("getOrders-documented.json").path("payload").path("Orders");
        List<JsonNode> items = new ArrayList<>();
        fixture("getOrderItems-documented.json").path("payload").path("OrderItems").forEach(items::add);
        Order o = new AmazonOrderMapper("amazon", "USD").map(orders.get(0), items);
        assertThat(o.marketplaceOrderId()).isEqualTo("902-3159896-1390916");
        assertThat(o.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(o.currency().getCurrencyCode()).as("no OrderTotal: currency from the items").isEqualTo("USD");
        assertThat(o.total()).isEmpty();
        assertThat(o.lines()).hasSize(1);
        assertThat(o.lines().get(0).sku().value()).isEqualTo("CBA_OTF_1");
        assertThat(o.lines().get(0).quantity()).isEqualTo(3);
        // ItemPrice 10.00 is for 3 units: the unit price keeps the exact quotient's precision
        assertThat(o.lines().get(0).unitPrice().multiply(3).getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("9.999999999999999999999999999999999");
        assertThat(o.shipping()).contains(Money.of(new BigDecimal("1.26"), "USD"));
        assertThat(o.shipTo()).hasValueSatisfying(a -> assertThat(a.postalCode()).isEqualTo("48817"));
    }

    @Test
    void unknownStatusesLenientDatesAndOddPostalCodesNeverFailAnOrder() throws Exception {
        JsonNode o = fixture("getOrders-documented.json").path("payload").path("Orders").get(1);
        Order order = new AmazonOrderMapper("amazon", "EUR").map(o, List.of());
        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.rawStatus()).isEqualTo("JE_VOEC");
        assertThat(order.updatedAt()).isEqualTo(Instant.parse("2026-02-01T08:00:00Z"));
        assertThat(order.total()).contains(Money.of(new BigDecimal("30.00"), "EUR"));
        assertThat(order.shipTo()).isPresent(); // the address is kept; an invalid postal code would be dropped, not fatal
    }

    @Test
    void stockIsPatchedThroughTheListingsItemsApi() throws Exception {
        connector.updateStock(StockUpdate.of(Sku.of("SKU 1/a"), 7));
        RecordedRequest r = platform.patches.get(0);
        assertThat(r.path()).isEqualTo("/listings/2021-08-01/items/A2SELLER/SKU%201%2Fa");
        assertThat(r.queryParam("marketplaceIds")).contains(AmazonSimulator.MARKETPLACE);
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("productType").asText()).isEqualTo("PRODUCT");
        JsonNode patch = body.path("patches").get(0);
        assertThat(patch.path("op").asText()).isEqualTo("replace");
        assertThat(patch.path("path").asText()).isEqualTo("/attributes/fulfillment_availability");
        assertThat(patch.path("value").get(0).path("fulfillment_channel_code").asText()).isEqualTo("DEFAULT");
        assertThat(patch.path("value").get(0).path("quantity").asInt()).isEqualTo(7);
    }

    @Test
    void pricesArePatchedAsExactDecimals() throws Exception {
        connector.updatePrice(new PriceUpdate(Sku.of("SKU-1"), Money.of(new BigDecimal("19.99"), "USD")));
        JsonNode patch = json.readTree(platform.patches.get(0).body()).path("patches").get(0);
        assertThat(patch.path("path").asText()).isEqualTo("/attributes/purchasable_offer");
        JsonNode offer = patch.path("value").get(0);
        assertThat(offer.path("currency").asText()).isEqualTo("USD");
        assertThat(offer.path("our_price").get(0).path("schedule").get(0).path("value_with_tax").decimalValue())
                .isEqualTo(new BigDecimal("19.99"));
        assertThat(platform.patches.get(0).bodyAsString()).contains("19.99").doesNotContain("19.989");
    }

    @Test
    void aShipmentWithoutLinesShipsEveryOpenItemOfTheOrder() {
        String id = data.get(0).id();
        connector.confirmShipment(ShipmentConfirmation.ofWholeOrder(id, "UPS", "1Z999AA10123456784", T0));
        JsonNode body = platform.shipments.get(0);
        assertThat(body.path("marketplaceId").asText()).isEqualTo(AmazonSimulator.MARKETPLACE);
        JsonNode pkg = body.path("packageDetail");
        assertThat(pkg.path("carrierCode").asText()).isEqualTo("UPS");
        assertThat(pkg.path("trackingNumber").asText()).isEqualTo("1Z999AA10123456784");
        assertThat(pkg.path("shipDate").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(pkg.path("orderItems")).hasSize(data.get(0).lines().size());
        assertThat(pkg.path("orderItems").get(0).path("orderItemId").asText()).isEqualTo(data.get(0).lines().get(0).lineId());
    }

    @Test
    void theUsagePlanRateAnnouncedByThePlatformBecomesTheOperationsRate() {
        MutableClock clock = new MutableClock(T0);
        try (MarketplaceConnector c = new AmazonConnectorProvider().create(config().clock(clock).sleeper(new RecordingSleeper(clock))
                .resilience(AmazonConnectorProvider.DEFAULTS.toBuilder()
                        .rateLimit(AmazonConnector.OP_GET_ORDER_ITEMS, dev.xborder.connector.RateLimit.of(0.1, 30)).build())
                .build())) {
            c.order(data.get(0).id());
            assertThat(((AmazonConnector) c).http().bucket(AmazonConnector.OP_GET_ORDER_ITEMS))
                    .hasValueSatisfying(b -> assertThat(b.rate()).isEqualTo(0.5));
        }
    }

    @Test
    void anUnknownOrderIsEmpty() {
        assertThat(connector.order("000-0000000-0000000")).isEmpty();
        assertThat(connector.order(data.get(1).id())).hasValueSatisfying(o -> assertThat(o.lines()).isNotEmpty());
    }

    @Test
    void regionsAndMarketplacesAreCheckedTogetherWithEveryProblemNamed() {
        assertThatThrownBy(() -> new AmazonConnectorProvider().create(config().region("EU").build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ATVPDKIKX0DER").hasMessageContaining("NA");
        assertThatThrownBy(() -> new AmazonConnectorProvider().create(ConnectorConfig.builder().build()))
                .hasMessageContaining("clientId").hasMessageContaining("refreshToken").hasMessageContaining("marketplaceIds");
        assertThat(AmazonMarketplace.byId("A1PA6795UKMFR9")).contains(AmazonMarketplace.DE);
        assertThat(AmazonMarketplace.DE.region().endpoint().toString()).isEqualTo("https://sellingpartnerapi-eu.amazon.com");
    }

    @Test
    void theLwaRequestIsAJsonRefreshTokenGrant() throws Exception {
        connector.order(data.get(0).id());
        RecordedRequest token = server.requests().stream().filter(platform::isTokenRequest).findFirst().orElseThrow();
        JsonNode body = json.readTree(token.body());
        assertThat(body.path("grant_type").asText()).isEqualTo("refresh_token");
        assertThat(token.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        RecordedRequest call = server.requests().stream().filter(r -> !platform.isTokenRequest(r)).findFirst().orElseThrow();
        assertThat(call.header("x-amz-access-token")).hasValueSatisfying(v -> assertThat(v).startsWith("Atza|"));
    }
}
