package dev.xborder.connector.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.ConnectorRegistry;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.Pages;
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
import dev.xborder.connector.testkit.SyntheticOrder;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shopee behaviours beyond the contract kit, against {@link ShopeeSimulator} on 127.0.0.1. */
class ShopeeConnectorTest {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final String KEY = "partner-key-6a4d4b5a6c4e4f4a7a6b4b6a4e6a4e4a";
    static final String SHOP_REFRESH = "shop-refresh-0001";
    static final String MERCHANT_REFRESH = "merchant-refresh-0001";

    FakePlatformServer server;
    MutableClock clock;
    RecordingSleeper sleeper;
    ShopeeSimulator platform;
    final List<ShopeeTokens> stored = new CopyOnWriteArrayList<>();
    final List<MarketplaceConnector> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        clock = new MutableClock(T0);
        sleeper = new RecordingSleeper(clock);
        serve(Dataset.generated(7, T0.minus(Duration.ofHours(1)), Duration.ofMinutes(1), "2603", List.of("READY_TO_SHIP"), "SGD"));
    }

    @AfterEach
    void stop() {
        opened.forEach(MarketplaceConnector::close);
        server.close();
    }

    void serve(Dataset d) {
        platform = new ShopeeSimulator(d, KEY, SHOP_REFRESH, MERCHANT_REFRESH);
        server.platform(platform::handle);
    }

    ConnectorConfig.Builder config() {
        return ConnectorConfig.builder().clock(clock).sleeper(sleeper)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(5))
                .resilience(ShopeeConnectorProvider.DEFAULTS.toBuilder().maxAttempts(4).initialBackoff(Duration.ofMillis(10))
                        .maxBackoff(Duration.ofMillis(100)).build())
                .credential("partnerKey", KEY).credential("refreshToken", SHOP_REFRESH)
                .option("partnerId", Long.toString(ShopeeSimulator.PARTNER_ID))
                .option("shopId", Long.toString(ShopeeSimulator.SHOP_ID))
                .region("SG").baseUrl(server.uri());
    }

    ConnectorConfig.Builder globalConfig() {
        return config().option("productApi", "global").option("merchantId", Long.toString(ShopeeSimulator.MERCHANT_ID))
                .option("merchantCurrency", "CNY").credential("merchantRefreshToken", MERCHANT_REFRESH);
    }

    ShopeeConnector connector(ConnectorConfig c, ShopeeTokenListener listener) {
        ShopeeConnector sc = (ShopeeConnector) new ShopeeConnectorProvider(listener).create(c);
        opened.add(sc);
        return sc;
    }

    ShopeeConnector connector() {
        return connector(config().build(), stored::add);
    }

    static List<Order> all(Pages<Order> pages) {
        List<Order> out = new ArrayList<>();
        pages.forEachRemaining(p -> out.addAll(p.items()));
        return out;
    }

    List<RecordedRequest> calls(String path) {
        return server.requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    static SyntheticOrder order(String id, Instant updated, String currency, String total, String unitPrice) {
        return new SyntheticOrder(id, updated.minusSeconds(3600), updated, "READY_TO_SHIP", currency, total,
                List.of(new SyntheticOrder.Line("L1", "SKU-" + id, 1, unitPrice)));
    }

    // ---- orders ----

    @Test
    void aRangeLongerThan15DaysIsSplitIntoContiguousWindowsOfAtMost15Days() {
        Instant from = T0.minus(Duration.ofDays(40));
        List<SyntheticOrder> orders = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            orders.add(order(String.format("D%02d", d), from.plus(Duration.ofDays(d)).plusSeconds(3600), "SGD", "5.00", "5.00"));
        }
        // exactly on the first window's closing second: returned once, by the second window
        orders.add(order("EDGE", from.plus(Duration.ofDays(15)), "SGD", "1.00", "1.00"));
        serve(Dataset.of(orders));
        List<Order> got = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(from)));

        assertThat(got).extracting(Order::marketplaceOrderId).doesNotHaveDuplicates().hasSize(41);
        assertThat(got).extracting(Order::updatedAt).isSorted();
        List<RecordedRequest> lists = calls("/api/v2/order/get_order_list");
        assertThat(lists).hasSize(3);
        long prevTo = from.getEpochSecond();
        for (RecordedRequest r : lists) {
            long f = Long.parseLong(r.queryParam("time_from").orElseThrow());
            long t = Long.parseLong(r.queryParam("time_to").orElseThrow());
            assertThat(r.queryParam("time_range_field")).hasValue("update_time");
            assertThat(t - f).isPositive().isLessThanOrEqualTo(Duration.ofDays(15).toSeconds());
            assertThat(f).isEqualTo(prevTo);
            prevTo = t;
        }
        assertThat(prevTo).isEqualTo(T0.getEpochSecond());
    }

    @Test
    void pagesFollowNextCursorAndDetailsAreFetchedInBatchesOfAtMost50() {
        serve(Dataset.generated(120, T0.minus(Duration.ofHours(3)), Duration.ofSeconds(30), "2603", List.of("SHIPPED"), "SGD"));
        List<Order> got = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        assertThat(got).hasSize(120);
        List<RecordedRequest> lists = calls("/api/v2/order/get_order_list");
        assertThat(lists).hasSize(2);
        assertThat(lists.get(0).queryParam("page_size")).hasValue("100");
        assertThat(lists.get(0).queryParam("cursor")).isEmpty();
        assertThat(lists.get(1).queryParam("cursor")).hasValue("100");
        List<RecordedRequest> details = calls("/api/v2/order/get_order_detail");
        assertThat(details).extracting(r -> r.queryParam("order_sn_list").orElseThrow().split(",").length)
                .containsExactly(50, 50, 20);
    }

    @Test
    void moneyIsReadFromTheJsonNumberTextNeverThroughDouble() {
        serve(Dataset.of(List.of(
                order("VN1", T0.minusSeconds(600), "VND", "32119", "32119"),
                order("SG1", T0.minusSeconds(500), "SGD", "19.99", "19.99"),
                order("SG2", T0.minusSeconds(400), "SGD", "0.3", "0.1"))));
        List<Order> got = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        Order vnd = got.get(0);
        assertThat(vnd.currency().getCurrencyCode()).isEqualTo("VND");
        assertThat(vnd.total().orElseThrow().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("32119");
        BigDecimal p = got.get(1).lines().get(0).unitPrice().getNumber().numberValue(BigDecimal.class);
        assertThat(p).isEqualByComparingTo("19.99");
        assertThat(p).isNotEqualByComparingTo(new BigDecimal(19.99)); // what a double would have given
        assertThat(got.get(2).lines().get(0).unitPrice().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("0.1");
        assertThat(got.get(2).total().orElseThrow().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("0.3");
        assertThat(got.get(1).createdAt()).isEqualTo(T0.minusSeconds(500 + 3600));
        assertThat(got.get(1).shipTo().orElseThrow().country().toString()).contains("SG");
    }

    @Test
    void oneOrderIsReadByItsOrderSnAndAnUnknownOneIsEmpty() {
        ShopeeConnector c = connector();
        assertThat(c.order("2603NOSUCH")).isEmpty();
        Order o = c.order("260300000003").orElseThrow();
        assertThat(o.lines()).isNotEmpty();
        assertThat(o.rawStatus()).isEqualTo("READY_TO_SHIP");
    }

    // ---- tokens ----

    @Test
    void manyThreadsNeedingATokenCauseExactlyOneRefreshAndTheHostStoresItBeforeItIsUsed() throws Exception {
        ShopeeConnector c = connector();
        // every platform call must carry a token the host already stored
        AtomicInteger usedBeforeStored = new AtomicInteger();
        server.interceptor(r -> {
            r.queryParam("access_token").ifPresent(t -> {
                if (stored.stream().noneMatch(s -> s.accessToken().reveal().equals(t))) {
                    usedBeforeStored.incrementAndGet();
                }
            });
            return null;
        });
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))).size();
            }));
        }
        go.countDown();
        for (Future<Integer> f : results) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(7);
        }
        pool.shutdown();
        assertThat(calls("/api/v2/auth/access_token/get")).hasSize(1);
        assertThat(stored).hasSize(1);
        assertThat(usedBeforeStored).hasValue(0);
        ShopeeTokens t = stored.get(0);
        assertThat(t.owner()).isEqualTo(ShopeeTokens.Owner.SHOP);
        assertThat(t.ownerId()).isEqualTo(ShopeeSimulator.SHOP_ID);
        assertThat(t.refreshToken().reveal()).isEqualTo(platform.currentRefreshToken("shop:" + ShopeeSimulator.SHOP_ID));
        assertThat(t.accessExpiresAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(t.toString()).doesNotContain(t.accessToken().reveal()).doesNotContain(t.refreshToken().reveal());
    }

    @Test
    void eachRefreshPresentsTheRotatedRefreshTokenBecauseShopeeConsumesTheOldOne() throws Exception {
        ShopeeConnector c = connector();
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        clock.advance(Duration.ofHours(4));
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        clock.advance(Duration.ofHours(4));
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        assertThat(stored).hasSize(3);
        List<String> presented = new ArrayList<>();
        for (String body : platform.refreshBodies) {
            JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            presented.add(j.path("refresh_token").asText());
            assertThat(j.path("partner_id").asLong()).isEqualTo(ShopeeSimulator.PARTNER_ID);
            assertThat(j.path("shop_id").asLong()).isEqualTo(ShopeeSimulator.SHOP_ID);
        }
        assertThat(presented).containsExactly(SHOP_REFRESH, stored.get(0).refreshToken().reveal(), stored.get(1).refreshToken().reveal());
    }

    @Test
    void whenTheHostFailsToStoreRotatedTokensTheyAreKeptOfferedAgainAndNeverUsedUnstored() {
        AtomicInteger attempts = new AtomicInteger();
        List<ShopeeTokens> offered = new CopyOnWriteArrayList<>();
        ShopeeConnector c = connector(config().build(), t -> {
            offered.add(t);
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
        });
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).contains("ShopeeTokenListener").contains("authorised again");
        assertThat(calls("/api/v2/order/get_order_list")).as("the new token was not used").isEmpty();

        assertThat(all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))))).hasSize(7);
        assertThat(calls("/api/v2/auth/access_token/get")).as("no second refresh: the consumed token is gone").hasSize(1);
        assertThat(offered).hasSize(2);
        assertThat(offered.get(1)).isEqualTo(offered.get(0));
    }

    @Test
    void aConfiguredAccessTokenIsUsedUntilItExpires() {
        // the platform issues a pair through one connector; a second one is configured with that pair
        all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        ShopeeTokens t = stored.get(0);
        server.reset();
        ShopeeConnector c = connector(config().credential("refreshToken", t.refreshToken())
                .credential("accessToken", t.accessToken())
                .option("accessExpiresAt", Long.toString(t.accessExpiresAt().getEpochSecond())).build(), stored::add);
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        assertThat(calls("/api/v2/auth/access_token/get")).isEmpty();
        assertThat(calls("/api/v2/order/get_order_list").get(0).queryParam("access_token")).hasValue(t.accessToken().reveal());
    }

    @Test
    void aRejectedAccessTokenInShopeesOwnWordsIsRefreshedOnce() {
        ShopeeConnector c = connector();
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        server.inject(platform::isListOrders, ShopeeSimulator.error(403, "common.error_auth", "Invalid access_token."), 1);
        assertThat(all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))))).hasSize(7);
        assertThat(calls("/api/v2/auth/access_token/get")).hasSize(2);
    }

    // ---- errors in the body ----

    @Test
    void rateLimitErrorsInTheBodyAreRetriedWithBackoffWhateverTheHttpStatus() {
        server.inject(platform::isListOrders, ShopeeSimulator.error(200, "error_rate_limit", "Too many requests."), 1);
        server.inject(platform::isListOrders, ShopeeSimulator.error(429, "common.error_rate_limit", "Too many requests."), 1);
        assertThat(all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))))).hasSize(7);
        assertThat(calls("/api/v2/order/get_order_list")).hasSize(3);
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void theDailyQuotaIsNotRetriedAndTheErrorSaysWhenItResetsAtMidnightUtcPlus8() {
        server.inject(platform::isListOrders, ShopeeSimulator.error(200, "error_limit",
                "You have reached the daily API call limit, please try again after 00:00 (UTC+08:00)."), 100);
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_THROTTLED);
        assertThat(e.retryable()).isFalse();
        // T0 is 08:00 at UTC+8; the quota resets at the next 00:00 UTC+8 = 16:00Z
        assertThat(e.retryAfter()).hasValue(Duration.ofHours(16));
        assertThat(e.requestId()).as("Shopee's request_id from the body").hasValue("e2b0c2f4a1");
        assertThat(e.getMessage()).contains("error_limit").contains("not retryable until").contains("00:00 UTC+8")
                .contains("2026-03-01T16:00:00Z");
        assertThat(calls("/api/v2/order/get_order_list")).hasSize(1);
    }

    @Test
    void aWrongSignatureIsAnAuthFailureNotRetried() {
        ShopeeConnector c = connector(config().credential("partnerKey", "not-the-key").build(), stored::add);
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
        assertThat(e.retryable()).isFalse();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    // ---- stock and price ----

    @Test
    void stockGoesToTheShopProductApiAsSellerStockOfOneModel() {
        connector().updateStock(new StockUpdate(Sku.of("2600144043:7"), 12, null));
        assertThat(platform.writePaths).containsExactly("/api/v2/product/update_stock");
        JsonNode b = platform.writes.get(0);
        assertThat(b.path("item_id").asLong()).isEqualTo(2600144043L);
        assertThat(b.path("stock_list").get(0).path("model_id").asLong()).isEqualTo(7);
        assertThat(b.path("stock_list").get(0).path("seller_stock").get(0).path("stock").asInt()).isEqualTo(12);
        assertThat(b.path("stock_list").get(0).path("seller_stock").get(0).has("location_id")).isFalse();
    }

    @Test
    void aPartialFailureNamesEachRefusedModelWithShopeesReason() {
        platform.writeAnswers.put("/api/v2/product/update_stock", body -> {
            var out = platform.ok();
            var resp = out.putObject("response");
            resp.putArray("failure_list").addObject().put("model_id", 7).put("failed_reason", "Stock should be larger than reserved stock.");
            resp.putArray("success_list");
            return FakeResponse.json(200, out.toString());
        });
        ShopeeBatchException e = catchThrowableOfType(ShopeeBatchException.class,
                () -> connector().updateStock(new StockUpdate(Sku.of("2600144043:7"), 0, "SGZ")));
        assertThat(e.failures()).containsExactly(new ShopeeBatchException.Failure(2600144043L, 7, "Stock should be larger than reserved stock."));
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("1 of 1").contains("model 7").contains("reserved stock").contains("request_id");
        assertThat(platform.writes.get(0).path("stock_list").get(0).path("seller_stock").get(0).path("location_id").asText())
                .isEqualTo("SGZ");
    }

    @Test
    void priceIsSentAsAPlainJsonNumberInTheShopCurrency() {
        connector().updatePrice(new PriceUpdate(Sku.of("1000:3456"), Money.of(new BigDecimal("11.110"), "SGD")));
        RecordedRequest r = calls("/api/v2/product/update_price").get(0);
        assertThat(r.bodyAsString()).isEqualTo("{\"item_id\":1000,\"price_list\":[{\"model_id\":3456,\"original_price\":11.11}]}");
    }

    @Test
    void aPriceInAnotherCurrencyOrWithTooManyDecimalsIsRejectedBeforeAnyCall() {
        ShopeeConnector c = connector();
        assertThatThrownBy(() -> c.updatePrice(new PriceUpdate(Sku.of("1000:1"), Money.of(10, "USD"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("SGD");
        ShopeeConnector vn = connector(config().region("VN").build(), stored::add);
        assertThatThrownBy(() -> vn.updatePrice(new PriceUpdate(Sku.of("1000:1"), Money.of(new BigDecimal("32119.5"), "VND"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("decimals");
        assertThatThrownBy(() -> c.updatePrice(new PriceUpdate(Sku.of("MY-SKU"), Money.of(10, "SGD"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ShopeeSkuResolver");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void crossBorderSellersUpdateGlobalProductsWithTheMerchantTokenAndSignature() throws Exception {
        ShopeeConnector c = connector(globalConfig().build(), stored::add);
        assertThat(c.usesGlobalProducts()).isTrue();
        c.updateStock(new StockUpdate(Sku.of("2700143060:1"), 100, "CNZ"));
        c.updatePrice(new PriceUpdate(Sku.of("2700143060:1"), Money.of(new BigDecimal("25.50"), "CNY")));
        assertThat(platform.writePaths).containsExactly("/api/v2/global_product/update_stock", "/api/v2/global_product/update_price");
        assertThat(platform.writes.get(0).toString())
                .isEqualTo("{\"global_item_id\":2700143060,\"stock_list\":[{\"global_model_id\":1,\"seller_stock\":[{\"location_id\":\"CNZ\",\"stock\":100}]}]}");
        assertThat(calls("/api/v2/global_product/update_price").get(0).bodyAsString())
                .isEqualTo("{\"global_item_id\":2700143060,\"price_list\":[{\"global_model_id\":1,\"original_price\":25.5}]}");
        RecordedRequest w = calls("/api/v2/global_product/update_stock").get(0);
        assertThat(w.queryParam("merchant_id")).hasValue(Long.toString(ShopeeSimulator.MERCHANT_ID));
        assertThat(w.queryParam("shop_id")).isEmpty();
        assertThat(stored).extracting(ShopeeTokens::owner).containsExactly(ShopeeTokens.Owner.MERCHANT);
        JsonNode refresh = new com.fasterxml.jackson.databind.ObjectMapper().readTree(platform.refreshBodies.get(0));
        assertThat(refresh.path("merchant_id").asLong()).isEqualTo(ShopeeSimulator.MERCHANT_ID);
        assertThat(refresh.path("refresh_token").asText()).isEqualTo(MERCHANT_REFRESH);
        // orders still go through the shop token
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        assertThat(stored).extracting(ShopeeTokens::owner).containsExactly(ShopeeTokens.Owner.MERCHANT, ShopeeTokens.Owner.SHOP);
    }

    // ---- shipment ----

    @Test
    void aNonIntegratedChannelShipsWithTheTrackingNumber() {
        connector().confirmShipment(ShipmentConfirmation.ofWholeOrder("260300000003", "J&T", "JT0001234567", T0));
        assertThat(calls("/api/v2/logistics/get_shipping_parameter").get(0).queryParam("order_sn")).hasValue("260300000003");
        assertThat(platform.writes.get(0).toString())
                .isEqualTo("{\"order_sn\":\"260300000003\",\"non_integrated\":{\"tracking_number\":\"JT0001234567\"}}");
    }

    @Test
    void aPickupChannelOrAPartialShipmentIsRefusedWithoutShipping() {
        var info = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        info.putArray("pickup").add("address_id").add("pickup_time_id");
        platform.shippingInfoNeeded = info;
        ShopeeConnector c = connector();
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> c.confirmShipment(ShipmentConfirmation.ofWholeOrder("260300000003", "SPX", "SPX123", T0)));
        assertThat(e.getMessage()).contains("pickup");
        assertThatThrownBy(() -> c.confirmShipment(new ShipmentConfirmation("260300000003", "SPX", "SPX123", T0,
                List.of(new ShipmentConfirmation.ShippedLine("1:0", 1)), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("partial");
        assertThat(calls("/api/v2/logistics/ship_order")).isEmpty();
    }

    @Test
    void noTokenKeyOrSignatureAppearsInLogsOrMessagesAcrossShopMerchantAndFailureFlows() {
        List<String> messages = new ArrayList<>();
        String logs;
        try (dev.xborder.connector.testkit.LogCapture capture = new dev.xborder.connector.testkit.LogCapture()) {
            AtomicInteger calls = new AtomicInteger();
            ShopeeConnector c = connector(globalConfig().build(), t -> {
                if (calls.incrementAndGet() == 2) {
                    throw new IllegalStateException("store down");
                }
            });
            List<Runnable> scenarios = List.of(
                    () -> c.updateStock(new StockUpdate(Sku.of("2700143060:1"), 5, null)),
                    () -> all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))),
                    () -> all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))),
                    () -> {
                        server.inject(platform::isListOrders, platform.unauthorized(), 100);
                        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
                    },
                    () -> {
                        server.reset();
                        server.inject(r -> true, ShopeeSimulator.error(400, "error_param", "echo "
                                + String.join(" ", platform.issuedSecrets())), 100);
                        c.updatePrice(new PriceUpdate(Sku.of("2700143060:1"), Money.of(1, "CNY")));
                    },
                    () -> {
                        platform.revokeAccessTokens();
                        server.reset();
                        server.inject(platform::isTokenRequest, ShopeeSimulator.error(403, "error_auth",
                                "Invalid refresh_token " + MERCHANT_REFRESH), 100);
                        clock.advance(Duration.ofHours(5));
                        c.updateStock(new StockUpdate(Sku.of("2700143060:1"), 5, null));
                    });
            for (Runnable r : scenarios) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        messages.add(String.valueOf(t.getMessage()));
                        messages.add(t.toString());
                    }
                }
            }
            logs = capture.text();
        }
        List<String> secrets = new ArrayList<>(platform.issuedSecrets());
        secrets.addAll(List.of(KEY, SHOP_REFRESH, MERCHANT_REFRESH));
        assertThat(messages).anyMatch(m -> m.contains("ShopeeTokenListener"));
        assertThat(messages).anyMatch(m -> m.contains("token refresh"));
        assertThat(logs).isNotBlank();
        for (String s : secrets) {
            assertThat(logs).doesNotContain(s);
            assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain(s));
        }
    }

    // ---- configuration ----

    @Test
    void theServiceLoaderProviderRefusesToCreateWithoutATokenListenerAndSaysWhy() {
        ConnectorRegistry discovered = ConnectorRegistry.discover(getClass().getClassLoader());
        assertThat(discovered.ids()).contains("shopee");
        assertThatThrownBy(() -> discovered.create("shopee", config().build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ShopeeTokenListener");
    }

    @Test
    void everyMissingOrBadSettingIsReportedAtOnceWithoutSecrets() {
        ConnectorConfig bad = ConnectorConfig.builder().credential("partnerKey", KEY).credential("refreshToken", SHOP_REFRESH)
                .credential("accessToken", "acc-secret-value").option("partnerId", "abc").option("shopId", "-5")
                .option("productApi", "global").build();
        assertThatThrownBy(() -> new ShopeeConnectorProvider(stored::add).create(bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("merchantRefreshToken").hasMessageContaining("merchantId").hasMessageContaining("merchantCurrency")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain(KEY).doesNotContain("acc-secret-value"));
        ConnectorConfig bad2 = ConnectorConfig.builder().credential("partnerKey", KEY).credential("refreshToken", SHOP_REFRESH)
                .credential("accessToken", "acc-secret-value").option("partnerId", "abc").option("shopId", "-5").build();
        assertThatThrownBy(() -> new ShopeeConnectorProvider(stored::add).create(bad2))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("partnerId").hasMessageContaining("shopId").hasMessageContaining("accessExpiresAt")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain("acc-secret-value"));
    }

    @Test
    void noClientSideRateLimitsAreInventedBecauseShopeePublishesNone() {
        assertThat(ShopeeConnectorProvider.DEFAULTS.rateLimits()).isEmpty();
        assertThat(ShopeeConnectorProvider.DEFAULTS.maxAttempts()).isEqualTo(ResilienceSettings.DEFAULT_MAX_ATTEMPTS);
    }
}
