package dev.xborder.connector.aliexpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.PriceUpdate;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.Secret;
import dev.xborder.connector.ShipmentConfirmation;
import dev.xborder.connector.StockUpdate;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.connector.testkit.SyntheticOrder;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AliExpress specifics beyond the contract kit: signed parameters, Pacific dates, detail, stock, price, shipment, tokens. */
class AliExpressConnectorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final String PRODUCT = "1005003574624824";
    private FakePlatformServer server;
    private MutableClock clock;
    private AliExpressSimulator platform;
    private AliExpressConnector connector;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        clock = new MutableClock(T0);
        Dataset data = Dataset.of(List.of(
                new SyntheticOrder("3031265788145237", Instant.parse("2024-11-03T08:10:00Z"), Instant.parse("2024-11-03T08:45:00Z"),
                        "WAIT_SELLER_SEND_GOODS", "USD", "170.54",
                        List.of(new SyntheticOrder.Line("L1", "RED-XL", 2, "85.27")))));
        platform = new AliExpressSimulator(data, "12345678", "app-secret-x", "session-token-y");
        server.platform(platform::handle);
        connector = (AliExpressConnector) new AliExpressConnectorProvider().create(config("app-secret-x").build());
    }

    private ConnectorConfig.Builder config(String secret) {
        return ConnectorConfig.builder()
                .credential("appKey", "12345678").credential("appSecret", secret).credential("accessToken", "session-token-y")
                .baseUrl(server.uri())
                .clock(clock).sleeper(new RecordingSleeper(clock))
                .resilience(ResilienceSettings.builder().maxAttempts(3).initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build());
    }

    @AfterEach
    void stop() {
        connector.close();
        server.close();
    }

    private Map<String, String> lastCall() {
        return platform.calls.get(platform.calls.size() - 1);
    }

    @Test
    void everyCallCarriesTheSystemParametersASessionAFreshMillisecondTimestampAndAValidSignature() {
        List<Order> orders = connector.ordersUpdatedSince(OrderQuery.updatedSince(Instant.parse("2024-11-01T00:00:00Z"))).items().toList();
        assertThat(orders).hasSize(1); // the simulator checked the signature
        Map<String, String> p = platform.calls.get(0);
        assertThat(p).containsEntry("app_key", "12345678").containsEntry("method", "aliexpress.solution.order.get")
                .containsEntry("sign_method", "sha256").containsEntry("session", "session-token-y")
                .containsEntry("timestamp", Long.toString(T0.toEpochMilli()))
                .containsEntry("page_size", "50").containsEntry("current_page", "1");
        assertThat(p.get("sign")).matches("[0-9A-F]{64}");
    }

    @Test
    void theModifiedDateIsSentAsZonelessPacificTime() {
        connector.ordersUpdatedSince(OrderQuery.updatedSince(Instant.parse("2024-02-25T07:00:51Z"))).items().toList();
        assertThat(lastCall()).containsEntry("modified_date_start", "2024-02-24 23:00:51").doesNotContainKey("modified_date_end");
        connector.ordersUpdatedSince(new OrderQuery(Instant.parse("2024-07-01T19:00:00Z"), Instant.parse("2024-07-02T19:00:00Z"), 10))
                .items().toList();
        assertThat(lastCall()).containsEntry("modified_date_start", "2024-07-01 12:00:00")
                .containsEntry("modified_date_end", "2024-07-02 12:00:00");
    }

    @Test
    void ordersUpdatedInTheRepeatedAutumnHourAreReadAsTheEarlierInstantAndFoundFromEitherReading() {
        // updated 01:45 PDT on 3 November 2024; a cursor at 01:30 PST (an hour later) still finds it
        List<Order> orders = connector.ordersUpdatedSince(OrderQuery.updatedSince(Instant.parse("2024-11-03T09:30:00Z"))).items().toList();
        assertThat(lastCall()).containsEntry("modified_date_start", "2024-11-03 00:30:00");
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.updatedAt()).isEqualTo(Instant.parse("2024-11-03T08:45:00Z"));
            assertThat(o.createdAt()).isEqualTo(Instant.parse("2024-11-03T08:10:00Z"));
            assertThat(o.total()).hasValue(Money.of(new BigDecimal("170.54"), "USD"));
            assertThat(o.lines().get(0).unitPrice()).isEqualTo(Money.of(new BigDecimal("85.27"), "USD"));
            assertThat(o.status()).isEqualTo(OrderStatus.UNSHIPPED);
        });
    }

    @Test
    void oneOrderComesFromTheDetailApiWithItsAddressAndAnUnknownOneIsEmpty() {
        Order o = connector.order("3031265788145237").orElseThrow();
        assertThat(lastCall()).containsEntry("method", "aliexpress.solution.order.info.get")
                .containsEntry("param1", "{\"order_id\":\"3031265788145237\"}");
        assertThat(o.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku().value()).isEqualTo("RED-XL");
            assertThat(l.quantity()).isEqualTo(2);
        });
        assertThat(o.shipTo()).hasValueSatisfying(a -> assertThat(a.country().alpha2()).isEqualTo("US"));
        assertThat(connector.order("1")).isEmpty();
    }

    @Test
    void stockIsSentPerProductAndSkuCode() throws Exception {
        connector.updateStock(StockUpdate.of(Sku.of(PRODUCT + ":RED-XL"), 99));
        assertThat(lastCall()).containsEntry("method", "aliexpress.solution.batch.product.inventory.update");
        assertThat(json.readTree(lastCall().get("mutiple_product_update_list")).toString())
                .isEqualTo("[{\"product_id\":\"" + PRODUCT + "\",\"multiple_sku_update_list\":[{\"sku_code\":\"RED-XL\",\"inventory\":\"99\"}]}]");
    }

    @Test
    void aSkuNotWrittenAsProductIdColonSkuCodeIsRejectedBeforeAnyCall() {
        assertThatThrownBy(() -> connector.updateStock(StockUpdate.of(Sku.of("RED-XL"), 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("<productId>:<skuCode>");
        assertThat(platform.calls).isEmpty();
    }

    @Test
    void aBatchReportsEachFailedProductWithItsErrorCode() {
        platform.failingProducts.put("1005000000000002", "PRODUCT_OFFLINE");
        Map<AliExpressSku, Integer> q = new LinkedHashMap<>();
        q.put(new AliExpressSku("1005000000000001", "A"), 1);
        q.put(new AliExpressSku("1005000000000002", "B"), 2);
        q.put(new AliExpressSku("1005000000000002", "C"), 3);
        AliExpressBatchResult r = connector.updateInventory(q);
        assertThat(r.success()).isFalse();
        assertThat(r.failures()).containsExactly(new AliExpressBatchResult.Failure("1005000000000002", "PRODUCT_OFFLINE",
                "product 1005000000000002 is offline"));
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> connector.updateStock(StockUpdate.of(Sku.of("1005000000000002:B"), 5)));
        assertThat(e.getMessage()).contains("1005000000000002").contains("PRODUCT_OFFLINE");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void batchesCarryAtMostTwentyProducts() throws Exception {
        Map<AliExpressSku, Integer> q = new LinkedHashMap<>();
        for (int i = 0; i < 45; i++) {
            q.put(new AliExpressSku(Long.toString(1005000000000000L + i), "S"), i);
        }
        assertThat(connector.updateInventory(q).success()).isTrue();
        assertThat(platform.calls).hasSize(3);
        assertThat(json.readTree(platform.calls.get(2).get("mutiple_product_update_list")).size()).isEqualTo(5);
    }

    @Test
    void aPriceIsSentInTheStoreCurrencyAndAnotherCurrencyIsRejected() throws Exception {
        connector.updatePrice(new PriceUpdate(Sku.of(PRODUCT + ":RED-XL"), Money.of(new BigDecimal("19.90"), "USD")));
        JsonNode sent = json.readTree(lastCall().get("mutiple_product_update_list"));
        assertThat(sent.get(0).path("multiple_sku_update_list").get(0).path("price").asText()).isEqualTo("19.90");
        assertThatThrownBy(() -> connector.updatePrice(new PriceUpdate(Sku.of(PRODUCT + ":RED-XL"), Money.of(new BigDecimal("19.90"), "EUR"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("USD");
    }

    @Test
    void aShipmentIsFulfilledWithCarrierTrackingNumberAndSendType() {
        connector.confirmShipment(ShipmentConfirmation.ofWholeOrder("3031265788145237", "CAINIAO_STANDARD", "LP00123456789",
                Instant.parse("2024-11-04T00:00:00Z")));
        assertThat(lastCall()).containsEntry("method", "aliexpress.solution.order.fulfill")
                .containsEntry("service_name", "CAINIAO_STANDARD").containsEntry("out_ref", "3031265788145237")
                .containsEntry("send_type", "all").containsEntry("logistics_no", "LP00123456789");
        connector.confirmShipment(new ShipmentConfirmation("3031265788145237", "CAINIAO_STANDARD", "LP2", Instant.parse("2024-11-04T00:00:00Z"),
                List.of(new ShipmentConfirmation.ShippedLine("30312657881452371", 1)), "https://global.cainiao.com"));
        assertThat(lastCall()).containsEntry("send_type", "part").containsEntry("tracking_website", "https://global.cainiao.com");
    }

    @Test
    void aWriteSendsEveryParameterSignedInItsFormEncodedBodyAsTheIopSdkPosts() {
        connector.confirmShipment(ShipmentConfirmation.ofWholeOrder("3031265788145237", "CAINIAO_STANDARD", "LP 001&2",
                Instant.parse("2024-11-04T00:00:00Z")));
        RecordedRequest sent = server.requests().get(server.requests().size() - 1);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawQuery()).isNull();
        assertThat(sent.header("Content-Type")).contains("application/x-www-form-urlencoded; charset=UTF-8");
        assertThat(sent.bodyAsString()).contains("logistics_no=LP%20001%262").contains("&timestamp=" + T0.toEpochMilli())
                .contains("&session=session-token-y").containsPattern("&sign=[0-9A-F]{64}$");
        assertThat(lastCall()).containsEntry("logistics_no", "LP 001&2"); // the simulator verified the signature over the body
    }

    @Test
    void aBodyRequestIdNamesTheFailureAndTheTimestampIsNotRedacted() {
        server.inject(platform::isListOrders, FakeResponse.json(200,
                "{\"type\":\"ISV\",\"code\":\"InvalidParameter\",\"message\":\"bad timestamp " + T0.toEpochMilli()
                        + "\",\"request_id\":\"0b1f2c3d4e\"}"), 1);
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> connector.ordersUpdatedSince(OrderQuery.updatedSince(T0)).items().toList());
        assertThat(e.requestId()).contains("0b1f2c3d4e");
        assertThat(e.getMessage()).contains("bad timestamp " + T0.toEpochMilli());
    }

    @Test
    void aRefreshTokenIsExchangedThroughTheSystemApiSignedWithItsPathAndWithoutASession() {
        AliExpressTokens t = connector.refreshAccessToken(Secret.of("refresh-z"));
        Map<String, String> p = lastCall();
        assertThat(p).containsEntry("method", "/auth/token/refresh").containsEntry("refresh_token", "refresh-z").doesNotContainKey("session");
        assertThat(t.accessToken().reveal()).startsWith("50000");
        assertThat(t.accessTokenExpiresAt()).isEqualTo(T0.plusSeconds(2592000));
        assertThat(t.toString()).doesNotContain(t.accessToken().reveal()).doesNotContain(t.refreshToken().reveal());
    }

    @Test
    void aTopStyleCallLimitErrorIsRetriedAsThrottling() {
        server.inject(platform::isListOrders, FakeResponse.json(200,
                "{\"error_response\":{\"code\":7,\"msg\":\"App Call Limited\",\"sub_code\":\"accesscontrol.limited-by-app-access-count\"}}"), 1);
        assertThat(connector.ordersUpdatedSince(OrderQuery.updatedSince(Instant.parse("2024-11-01T00:00:00Z"))).items().toList()).hasSize(1);
        assertThat(platform.calls).hasSize(1);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aWrongAppSecretIsANonRetryableAuthFailure() {
        try (AliExpressConnector bad = (AliExpressConnector) new AliExpressConnectorProvider().create(config("wrong-secret").build())) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> bad.ordersUpdatedSince(OrderQuery.updatedSince(T0)).items().toList());
            assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("IncompleteSignature").doesNotContain("wrong-secret");
        }
    }

    @Test
    void missingCredentialsAreAllNamedAtOnce() {
        assertThatThrownBy(() -> new AliExpressConnectorProvider().create(ConnectorConfig.builder().credential("appKey", "x").build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("appSecret").hasMessageContaining("accessToken");
    }

    @Test
    void theProviderIsFoundByServiceLoader() {
        assertThat(java.util.ServiceLoader.load(dev.xborder.connector.ConnectorProvider.class).stream().map(p -> p.get().id()))
                .contains("aliexpress");
    }
}
