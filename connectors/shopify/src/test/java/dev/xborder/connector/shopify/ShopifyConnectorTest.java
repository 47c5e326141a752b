package dev.xborder.connector.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorConfig;
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
import dev.xborder.connector.wire.WireJson;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopifyConnectorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private FakePlatformServer server;
    private ShopifySimulator shop;
    private MarketplaceConnector connector;
    private Dataset data;
    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        data = Dataset.generated(4, T0.minusSeconds(600), Duration.ofMinutes(1), "42", List.of("UNFULFILLED", "RESTOCKED"), "CAD");
        shop = new ShopifySimulator(data, "shpat_test_token_99");
        server.platform(shop::handle);
        clock = new MutableClock(T0);
        sleeper = new RecordingSleeper(clock);
        connector = new ShopifyConnectorProvider().create(config().build());
    }

    private ConnectorConfig.Builder config() {
        return ConnectorConfig.builder().credential("accessToken", "shpat_test_token_99").option("shop", "xb-test")
                .option("locationId", "6884556842").baseUrl(server.uri()).clock(clock).sleeper(sleeper);
    }

    @AfterEach
    void stop() {
        connector.close();
        server.close();
    }

    private JsonNode lastBody(String operation) throws Exception {
        RecordedRequest r = server.requests().stream().filter(x -> x.bodyAsString().contains(operation)).reduce((a, b) -> b).orElseThrow();
        return WireJson.newMapper().readTree(r.body());
    }

    @Test
    void ordersAreQueriedByUpdatedAtSortedByUpdateTimeWithThePinnedVersionAndTokenHeader() throws Exception {
        List<Order> orders = connector.ordersUpdatedSince(OrderQuery.updatedSince(T0.minusSeconds(3600))).items().toList();
        assertThat(orders).hasSize(4);
        RecordedRequest r = server.requests().get(0);
        assertThat(r.path()).isEqualTo("/admin/api/2026-07/graphql.json");
        assertThat(r.header("X-Shopify-Access-Token")).contains("shpat_test_token_99");
        JsonNode body = lastBody("XborderOrders");
        assertThat(body.path("query").asText()).contains("sortKey: UPDATED_AT").contains("pageInfo { hasNextPage endCursor }");
        assertThat(body.path("variables").path("query").asText()).isEqualTo("updated_at:>='2026-02-28T23:00:00Z'");
        assertThat(orders.get(1).status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(orders.get(0).createdAt()).isEqualTo(data.get(0).createdAt()); // sent with a -05:00 shop offset
        assertThat(orders.get(0).channel()).isEqualTo(dev.xborder.core.order.SalesChannel.OWN_STORE);
    }

    @Test
    void throttledAtHttp200WaitsForThePointsToBeRestored() {
        server.inject(shop::isListOrders, shop.throttled(), 1);
        assertThat(connector.ordersUpdatedSince(OrderQuery.updatedSince(T0.minusSeconds(3600))).items().count()).isEqualTo(4);
        assertThat(sleeper.waits()).contains(Duration.ofMillis(1720));
    }

    @Test
    void otherGraphqlErrorsFailWithoutRetry() {
        server.inject(shop::isListOrders, FakeResponse.json(200,
                "{\"errors\":[{\"message\":\"Field 'x' doesn't exist\",\"extensions\":{\"code\":\"undefinedField\"}}]}"), 5);
        assertThatThrownBy(() -> connector.ordersUpdatedSince(OrderQuery.updatedSince(T0)).items().count())
                .hasMessageContaining("GraphQL errors").hasMessageContaining("doesn't exist");
        assertThat(server.count(shop::isListOrders)).isEqualTo(1);
    }

    @Test
    void theCostBucketFollowsTheShopsThrottleStatus() {
        MarketplaceConnector limited = new ShopifyConnectorProvider().create(config()
                .resilience(ShopifyConnectorProvider.DEFAULTS.toBuilder().build()).build());
        try (limited) {
            limited.ordersUpdatedSince(OrderQuery.updatedSince(T0.minusSeconds(3600))).items().count();
            ShopifyConnector c = (ShopifyConnector) limited;
            assertThat(c.http().bucket(ShopifyConnector.OP_GRAPHQL)).hasValueSatisfying(b -> assertThat(b.available()).isEqualTo(1900.0));
        }
    }

    @Test
    void stockIsSetWithCompareAndSetAndAnIdempotencyKey() throws Exception {
        shop.stock.put("SKU-3", 4);
        connector.updateStock(StockUpdate.of(Sku.of("SKU-3"), 11));
        assertThat(shop.stock).containsEntry("SKU-3", 11);
        JsonNode body = lastBody("XborderSetQuantities");
        assertThat(body.path("query").asText()).contains("@idempotent(key: $key)");
        JsonNode q = body.path("variables").path("input").path("quantities").get(0);
        assertThat(q.path("changeFromQuantity").asInt()).isEqualTo(4);
        assertThat(q.path("locationId").asText()).isEqualTo("gid://shopify/Location/6884556842");
        assertThat(body.path("variables").path("key").asText()).hasSize(36);
    }

    @Test
    void pricesAreSentAsExactDecimalStrings() throws Exception {
        connector.updatePrice(new PriceUpdate(Sku.of("SKU-9"), Money.of(new BigDecimal("1234.50"), "CAD")));
        JsonNode body = lastBody("XborderPrice");
        assertThat(body.path("variables").path("variants").get(0).path("price").asText()).isEqualTo("1234.50");
        assertThat(body.path("variables").path("productId").asText()).isEqualTo("gid://shopify/Product/77");
    }

    @Test
    void aShipmentFulfilsTheOpenFulfillmentOrdersWithTracking() {
        connector.confirmShipment(ShipmentConfirmation.ofWholeOrder(data.get(0).id(), "Canada Post", "CP123456789CA", T0));
        JsonNode f = shop.fulfillments.get(0);
        assertThat(f.path("lineItemsByFulfillmentOrder").get(0).path("fulfillmentOrderId").asText())
                .isEqualTo("gid://shopify/FulfillmentOrder/" + data.get(0).id());
        assertThat(f.path("trackingInfo").path("company").asText()).isEqualTo("Canada Post");
        assertThat(f.path("trackingInfo").path("number").asText()).isEqualTo("CP123456789CA");
        assertThat(f.path("notifyCustomer").asBoolean(true)).isFalse();
    }

    @Test
    void partialShipmentsNameTheFulfillmentOrderLineItems() {
        String lineId = ShopifySimulator.digits(data.get(0).lines().get(0).lineId());
        connector.confirmShipment(new ShipmentConfirmation(data.get(0).id(), "UPS", "1Z", T0,
                List.of(new ShipmentConfirmation.ShippedLine(lineId, 1)), null));
        JsonNode items = shop.fulfillments.get(0).path("lineItemsByFulfillmentOrder").get(0).path("fulfillmentOrderLineItems");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("quantity").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownOrderIsEmptyAndMissingConfigurationIsNamed() {
        assertThat(connector.order("999")).isEmpty();
        assertThat(connector.order("gid://shopify/Order/" + data.get(2).id())).isPresent();
        assertThatThrownBy(() -> new ShopifyConnectorProvider().create(ConnectorConfig.builder().build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("accessToken").hasMessageContaining("shop");
        assertThatThrownBy(() -> new ShopifyConnectorProvider().create(config().option("apiVersion", "latest").build()))
                .hasMessageContaining("apiVersion");
        assertThat(ResilienceSettings.DEFAULTS.rateLimits()).isEmpty();
    }
}
