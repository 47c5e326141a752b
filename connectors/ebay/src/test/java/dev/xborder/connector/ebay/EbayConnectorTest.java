package dev.xborder.connector.ebay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.PriceUpdate;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.Secret;
import dev.xborder.connector.ShipmentConfirmation;
import dev.xborder.connector.StockUpdate;
import dev.xborder.connector.ebay.internal.EbayFilter;
import dev.xborder.connector.ebay.internal.EbayOAuth;
import dev.xborder.connector.http.AccessToken;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.connector.testkit.SyntheticOrder;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** eBay specifics beyond the contract kit: filter encoding, OAuth grants, money, shipments, bulk updates. */
class EbayConnectorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private FakePlatformServer server;
    private MutableClock clock;
    private EbaySimulator platform;
    private EbayConnector connector;
    private Dataset data;

    @BeforeEach
    void start() {
        server = new FakePlatformServer();
        clock = new MutableClock(T0);
        data = Dataset.of(List.of(
                new SyntheticOrder("12-00001-00001", T0.minusSeconds(7200), T0.minusSeconds(3600), "NOT_STARTED", "GBP", "21.0",
                        List.of(new SyntheticOrder.Line("10001", "MUG-1", 2, "5.25"), new SyntheticOrder.Line("10002", "CUP-9", 1, "10.5"))),
                new SyntheticOrder("12-00002-00002", T0.minusSeconds(7000), T0.minusSeconds(1800), "FULFILLED", "GBP", "3.0",
                        List.of(new SyntheticOrder.Line("10003", "PEN-3", 3, "1")))));
        platform = new EbaySimulator(data, "cid", "csecret", "rtoken");
        server.platform(platform::handle);
        connector = (EbayConnector) new EbayConnectorProvider().create(config().build());
    }

    private ConnectorConfig.Builder config() {
        return ConnectorConfig.builder()
                .credential("clientId", "cid").credential("clientSecret", "csecret").credential("refreshToken", "rtoken")
                .marketplaceId("EBAY_GB")
                .baseUrl(server.uri()).authUrl(server.uri().resolve(EbaySimulator.TOKEN_PATH))
                .clock(clock).sleeper(new RecordingSleeper(clock))
                .resilience(ResilienceSettings.builder().maxAttempts(2).initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build());
    }

    @AfterEach
    void stop() {
        connector.close();
        server.close();
    }

    private List<RecordedRequest> requests(String path) {
        return server.requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    @Test
    void theLastModifiedFilterIsSentWithBracketsPercentEncodedAndMillisecondTimestamps() {
        connector.ordersUpdatedSince(OrderQuery.updatedSince(Instant.parse("2026-02-28T10:15:30.123456Z"))).items().toList();
        RecordedRequest r = requests(EbaySimulator.ORDERS_PATH).get(0);
        assertThat(r.rawQuery()).startsWith("filter=lastmodifieddate:%5B2026-02-28T10:15:30.123Z..%5D&limit=200&offset=0");
        assertThat(r.header("X-EBAY-C-MARKETPLACE-ID")).hasValue("EBAY_GB");
    }

    @Test
    void anExclusiveUpperBoundIsSentAsTheLastIncludedMillisecond() {
        assertThat(EbayFilter.lastModified(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")))
                .isEqualTo("lastmodifieddate:[2024-01-01T00:00:00.000Z..2024-01-01T23:59:59.999Z]");
        assertThat(EbayFilter.encode("lastmodifieddate:[a..b]|{x} y")).isEqualTo("lastmodifieddate:%5Ba..b%5D%7C%7Bx%7D%20y");
    }

    @Test
    void theUserTokenIsRefreshedWithBasicClientCredentialsAndAProperlyJoinedFormBody() {
        connector.order("12-00001-00001");
        assertThat(platform.tokenBodies).hasSize(1);
        String body = platform.tokenBodies.get(0);
        assertThat(body).isEqualTo("grant_type=refresh_token&refresh_token=rtoken&scope="
                + "https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope%2Fsell.fulfillment%20"
                + "https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope%2Fsell.inventory");
        RecordedRequest t = requests(EbaySimulator.TOKEN_PATH).get(0);
        // base64("cid:csecret"), computed with: printf 'cid:csecret' | base64
        assertThat(t.header("Authorization")).hasValue("Basic Y2lkOmNzZWNyZXQ=");
        assertThat(t.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/x-www-form-urlencoded"));
    }

    @Test
    void anApplicationTokenComesFromTheClientCredentialsGrant() {
        ConnectorConfig cfg = config().build();
        try (ConnectorHttp http = ConnectorHttp.builder("ebay", cfg, server.uri(), EbayConnectorProvider.DEFAULTS).build()) {
            EbayOAuth app = new EbayOAuth(http, server.uri().resolve(EbaySimulator.TOKEN_PATH), Secret.of("cid"), Secret.of("csecret"),
                    null, List.of("https://api.ebay.com/oauth/api_scope"));
            AccessToken token = app.fetch();
            assertThat(token.expiresAt()).isEqualTo(T0.plusSeconds(7200));
            assertThat(platform.tokenBodies).containsExactly("grant_type=client_credentials&scope=https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope");
        }
    }

    @Test
    void aRejectedRefreshTokenIsANonRetryableAuthErrorThatDoesNotShowTheToken() {
        server.inject(platform::isTokenRequest, FakeResponse.json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"the provided authorization refresh token rtoken is invalid\"}"), 10);
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector.order("12-00001-00001"));
        assertThat(e.code()).isEqualTo(dev.xborder.core.ErrorCode.CONNECTOR_AUTH);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("invalid_grant").doesNotContain("rtoken");
    }

    @Test
    void moneyWithOneDecimalAndLineCostsAreReadExactlyAndDividedIntoUnitPrices() {
        Order o = connector.order("12-00001-00001").orElseThrow();
        assertThat(o.currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(o.total()).hasValue(Money.of(new BigDecimal("21.0"), "GBP"));
        assertThat(o.lines().get(0).unitPrice()).isEqualTo(Money.of(new BigDecimal("5.25"), "GBP"));
        assertThat(o.lines().get(0).quantity()).isEqualTo(2);
        assertThat(o.lines().get(1).unitPrice()).isEqualTo(Money.of(new BigDecimal("10.5"), "GBP"));
        assertThat(o.status()).isEqualTo(OrderStatus.UNSHIPPED);
        assertThat(o.shipTo()).isPresent();
        assertThat(connector.order("12-99999-99999")).isEmpty();
    }

    @Test
    void aCancelledOrderIsCancelledWhateverItsFulfilmentStatus() {
        server.inject(r -> r.path().startsWith(EbaySimulator.ORDERS_PATH + "/"), FakeResponse.json(200,
                platform.order(data.get(0)).set("cancelStatus", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("cancelState", "CANCELED")).toString()), 1);
        Order o = connector.order("12-00001-00001").orElseThrow();
        assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(o.rawStatus()).isEqualTo("CANCELED");
    }

    @Test
    void aWholeOrderShipmentListsEveryLineWithItsQuantity() {
        connector.confirmShipment(ShipmentConfirmation.ofWholeOrder("12-00001-00001", "ROYAL_MAIL", "RM123456789GB",
                Instant.parse("2026-03-01T09:30:00Z")));
        assertThat(platform.shipments).hasSize(1);
        JsonNode s = platform.shipments.get(0);
        assertThat(s.path("shippingCarrierCode").asText()).isEqualTo("ROYAL_MAIL");
        assertThat(s.path("trackingNumber").asText()).isEqualTo("RM123456789GB");
        assertThat(s.path("shippedDate").asText()).isEqualTo("2026-03-01T09:30:00.000Z");
        assertThat(s.path("lineItems").toString()).isEqualTo("[{\"lineItemId\":\"10001\",\"quantity\":2},{\"lineItemId\":\"10002\",\"quantity\":1}]");
        RecordedRequest post = server.requests().stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/shipping_fulfillment"))
                .findFirst().orElseThrow();
        assertThat(post.path()).isEqualTo(EbaySimulator.ORDERS_PATH + "/12-00001-00001/shipping_fulfillment");
    }

    @Test
    void aBulkUpdateReportsEachFailedSkuWithItsErrorAndKeepsTheSuccesses() {
        platform.failingSkus.put("SKU-B", "The SKU SKU-B is not found");
        EbayBulkResult result = connector.bulkUpdate(List.of(
                EbayInventoryUpdate.quantity(Sku.of("SKU-A"), 5),
                EbayInventoryUpdate.quantity(Sku.of("SKU-B"), 7),
                new EbayInventoryUpdate(Sku.of("SKU-C"), 1, List.of(new EbayInventoryUpdate.Offer("OFF-1", Money.of(new BigDecimal("12.50"), "GBP"), 1)))));
        assertThat(result.entries()).hasSize(3);
        assertThat(result.allSucceeded()).isFalse();
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.sku()).isEqualTo("SKU-B");
            assertThat(f.statusCode()).isEqualTo(400);
            assertThat(f.errors()).singleElement().satisfies(p -> {
                assertThat(p.errorId()).isEqualTo(25002);
                assertThat(p.message()).isEqualTo("The SKU SKU-B is not found");
            });
        });
        JsonNode sent = platform.bulkBodies.get(0).path("requests");
        assertThat(sent.get(0).toString()).isEqualTo("{\"sku\":\"SKU-A\",\"shipToLocationAvailability\":{\"quantity\":5}}");
        assertThat(sent.get(2).path("offers").get(0).toString())
                .isEqualTo("{\"offerId\":\"OFF-1\",\"availableQuantity\":1,\"price\":{\"value\":\"12.50\",\"currency\":\"GBP\"}}");
    }

    @Test
    void aStockUpdateThatEbayRejectsFailsNamingTheSkuAndTheError() {
        platform.failingSkus.put("SKU-B", "The SKU SKU-B is not found");
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector.updateStock(StockUpdate.of(Sku.of("SKU-B"), 3)));
        assertThat(e.getMessage()).contains("SKU-B").contains("25002").contains("400");
        assertThat(e.retryable()).isFalse();
        connector.updateStock(StockUpdate.of(Sku.of("SKU-A"), 3));
    }

    @Test
    void bulkUpdatesAreSentTwentyFiveSkusPerCall() {
        List<EbayInventoryUpdate> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(EbayInventoryUpdate.quantity(Sku.of("S-" + i), i));
        }
        EbayBulkResult result = connector.bulkUpdate(many);
        assertThat(result.entries()).hasSize(30);
        assertThat(platform.bulkBodies).extracting(b -> b.path("requests").size()).containsExactly(25, 5);
    }

    @Test
    void aPriceIsSetOnEveryOfferOfTheSkuInTheConfiguredMarketplace() {
        platform.offers.put("MUG-1", List.of(new String[] {"OFF-GB", "EBAY_GB", "GBP"}, new String[] {"OFF-US", "EBAY_US", "USD"}));
        connector.updatePrice(new PriceUpdate(Sku.of("MUG-1"), Money.of(new BigDecimal("7.99"), "GBP")));
        JsonNode req = platform.bulkBodies.get(0).path("requests").get(0);
        assertThat(req.toString()).isEqualTo("{\"sku\":\"MUG-1\",\"offers\":[{\"offerId\":\"OFF-GB\",\"price\":{\"value\":\"7.99\",\"currency\":\"GBP\"}}]}");
        RecordedRequest lookup = requests("/sell/inventory/v1/offer").get(0);
        assertThat(URLDecoder.decode(lookup.rawQuery(), StandardCharsets.UTF_8)).isEqualTo("sku=MUG-1&marketplace_id=EBAY_GB");
    }

    @Test
    void aPriceInAnotherCurrencyThanTheOfferIsRejectedBeforeAnythingIsSent() {
        platform.offers.put("MUG-1", List.<String[]>of(new String[] {"OFF-GB", "EBAY_GB", "GBP"}));
        assertThatThrownBy(() -> connector.updatePrice(new PriceUpdate(Sku.of("MUG-1"), Money.of(new BigDecimal("7.99"), "USD"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("GBP");
        assertThat(platform.bulkBodies).isEmpty();
    }

    @Test
    void missingCredentialsAreAllNamedAtOnce() {
        assertThatThrownBy(() -> new EbayConnectorProvider().create(ConnectorConfig.builder().credential("clientId", "x").build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("clientSecret").hasMessageContaining("refreshToken");
    }

    @Test
    void theProviderIsFoundByServiceLoader() {
        assertThat(java.util.ServiceLoader.load(dev.xborder.connector.ConnectorProvider.class).stream()
                .map(p -> p.get().id())).contains("ebay");
    }
}
