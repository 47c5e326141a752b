package dev.xborder.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.connector.Capability;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.Page;
import dev.xborder.connector.Pages;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.sync.InMemoryCheckpointStore;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.sync.SyncResult;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every connector proves, against its platform simulated on a real HTTP server on
 * 127.0.0.1: lazy paging, incremental cursors, status mapping with {@code UNKNOWN}, throttling,
 * retries of 5xx only, no retry of other 4xx, token expiry and single-flight refresh, malformed
 * and truncated bodies, timeouts, the circuit breaker, incremental sync, and secrets never in a
 * log line or exception message.
 *
 * <p>A connector's test extends this class and supplies the platform through the abstract
 * methods. Time is a {@link MutableClock}; every wait goes to a {@link RecordingSleeper}, so no
 * test sleeps for real except the timeout test.
 */
public abstract class ConnectorContractTest {
    /** The instant the kit's clock starts at. */
    protected static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    /** An unknown platform status the dataset contains; it must map to UNKNOWN with the raw text kept. */
    protected static final String UNKNOWN_STATUS = "SOMETHING_NEW_2031";

    protected FakePlatformServer server;
    protected MutableClock clock;
    protected RecordingSleeper sleeper;
    protected PlatformSimulator platform;
    protected Dataset data;
    private final List<MarketplaceConnector> opened = new ArrayList<>();

    // ---- what a connector's test supplies ----

    /** The provider under test. */
    protected abstract ConnectorProvider provider();

    /**
     * Adds the platform's credentials, options and base/auth URL overrides pointing at {@code server}.
     * Use {@link #secretValue(String)} for every credential so the kit can look for leaks.
     */
    protected abstract void configure(ConnectorConfig.Builder config, URI server);

    /** The platform simulated over {@code data}. */
    protected abstract PlatformSimulator simulator(Dataset data);

    /** Status texts the platform really uses (the dataset cycles through them). */
    protected abstract List<String> knownStatuses();

    /** The currency the dataset uses. */
    protected String currency() {
        return "USD";
    }

    // ---- kit helpers ----

    /** A credential value that is easy to find in logs: {@code "s3cr3t-<name>-..."}. */
    protected static String secretValue(String name) {
        return "s3cr3t-" + name + "-Zq8v2LkP0w";
    }

    /** The kit's resilience settings: tiny backoff, 4 attempts, client-side rate limits off. */
    protected ResilienceSettings kitResilience() {
        return provider().defaultResilience().toBuilder()
                .maxAttempts(4)
                .initialBackoff(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(200))
                .rateLimitsEnabled(false)
                .build();
    }

    protected ConnectorConfig.Builder baseConfig() {
        ConnectorConfig.Builder b = ConnectorConfig.builder()
                .clock(clock)
                .sleeper(sleeper)
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5))
                .resilience(kitResilience());
        configure(b, server.uri());
        return b;
    }

    protected MarketplaceConnector connector(ConnectorConfig config) {
        MarketplaceConnector c = provider().create(config);
        opened.add(c);
        return c;
    }

    protected MarketplaceConnector connector() {
        return connector(baseConfig().build());
    }

    /** The default dataset: 7 orders, one per minute from T0 - 1 h, the fourth with an unknown status. */
    protected Dataset defaultDataset() {
        List<String> statuses = new ArrayList<>(knownStatuses());
        List<SyntheticOrder> orders = new ArrayList<>();
        Dataset gen = Dataset.generated(7, T0.minus(Duration.ofHours(1)), Duration.ofMinutes(1), "9000", statuses, currency());
        for (int i = 0; i < gen.size(); i++) {
            SyntheticOrder o = gen.get(i);
            if (i == 3) {
                o = new SyntheticOrder(o.id(), o.createdAt(), o.updatedAt(), UNKNOWN_STATUS, o.currency(), o.total(), o.lines());
            }
            orders.add(o);
        }
        return Dataset.of(orders);
    }

    protected void serve(Dataset dataset) {
        this.data = dataset;
        this.platform = simulator(dataset);
        server.platform(platform::handle);
    }

    protected long listCalls() {
        return server.count(platform::isListOrders);
    }

    protected long tokenCalls() {
        return server.count(platform::isTokenRequest);
    }

    protected static List<Order> all(Pages<Order> pages) {
        List<Order> out = new ArrayList<>();
        pages.forEachRemaining(p -> out.addAll(p.items()));
        return out;
    }

    @BeforeEach
    void startKit() {
        server = new FakePlatformServer();
        clock = new MutableClock(T0);
        sleeper = new RecordingSleeper(clock);
        serve(defaultDataset());
    }

    @AfterEach
    void stopKit() {
        opened.forEach(MarketplaceConnector::close);
        server.close();
    }

    // ---- the contract ----

    @Test
    void declaresReadingOrdersAmongItsCapabilities() {
        try (MarketplaceConnector c = connector()) {
            assertThat(c.id()).isEqualTo(provider().id());
            assertThat(c.capabilities()).contains(Capability.ORDERS_UPDATED_SINCE);
        }
    }

    @Test
    void pagesAreFetchedLazilyOneAtATime() {
        MarketplaceConnector c = connector();
        Pages<Order> pages = c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))).withPageSize(2));
        assertThat(listCalls()).as("nothing fetched before the first page is asked for").isZero();
        Page<Order> first = pages.next();
        assertThat(first.items()).hasSize(2);
        assertThat(listCalls()).isEqualTo(1);
        List<Order> rest = all(pages);
        assertThat(rest).hasSize(5);
        assertThat(listCalls()).isEqualTo(4);
    }

    @Test
    void ordersComeWithLinesMoneyAndTimesExactlyAsThePlatformSentThem() {
        List<Order> orders = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        assertThat(orders).extracting(Order::marketplaceOrderId)
                .containsExactly(ids(0, data.size()).toArray(String[]::new));
        for (int i = 0; i < orders.size(); i++) {
            Order o = orders.get(i);
            SyntheticOrder s = data.get(i);
            assertThat(o.marketplace()).isEqualTo(provider().id());
            assertThat(o.updatedAt()).isEqualTo(s.updatedAt());
            assertThat(o.createdAt()).isEqualTo(s.createdAt());
            assertThat(o.currency().getCurrencyCode()).isEqualTo(s.currency());
            assertThat(o.rawStatus()).isEqualTo(s.rawStatus());
            assertThat(o.lines()).hasSize(s.lines().size());
            for (int j = 0; j < s.lines().size(); j++) {
                SyntheticOrder.Line sl = s.lines().get(j);
                assertThat(o.lines().get(j).sku().value()).isEqualTo(sl.sku());
                assertThat(o.lines().get(j).quantity()).isEqualTo(sl.quantity());
                assertThat(o.lines().get(j).unitPrice().getNumber().numberValue(BigDecimal.class))
                        .isEqualByComparingTo(new BigDecimal(sl.unitPrice()));
            }
        }
    }

    @Test
    void anUnknownPlatformStatusMapsToUnknownAndKeepsTheRawText() {
        List<Order> orders = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        Order odd = orders.get(3);
        assertThat(odd.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(odd.rawStatus()).isEqualTo(UNKNOWN_STATUS);
        assertThat(orders.get(0).status()).isNotEqualTo(OrderStatus.UNKNOWN);
    }

    @Test
    void incrementalQueriesReturnOnlyOrdersUpdatedSinceTheCursor() {
        Instant from = data.get(4).updatedAt();
        List<Order> orders = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(from)));
        assertThat(orders).extracting(Order::marketplaceOrderId).containsExactlyElementsOf(ids(4, data.size()));
    }

    @Test
    void platformThrottlingIsWaitedOutAndRetried() {
        server.inject(platform::isListOrders, platform.throttled(), 2);
        List<Order> orders = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        assertThat(orders).hasSize(data.size());
        assertThat(sleeper.waits()).hasSizeGreaterThanOrEqualTo(2);
        platform.throttleHint().ifPresent(hint -> assertThat(sleeper.waits()).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(hint)));
    }

    @Test
    void persistentThrottlingEndsInARetryableThrottledError() {
        server.inject(platform::isListOrders, platform.throttled(), 100);
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_THROTTLED);
        assertThat(e.retryable()).isTrue();
        assertThat(e.connectorId()).isEqualTo(provider().id());
        assertThat(listCalls()).isEqualTo(4);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() {
        server.inject(platform::isListOrders, FakeResponse.json(503, "{\"errors\":[{\"code\":\"ServiceUnavailable\",\"message\":\"try later\"}]}"), 1);
        server.inject(platform::isListOrders, FakeResponse.text(502, "<html>bad gateway</html>"), 1);
        List<Order> orders = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        assertThat(orders).hasSize(data.size());
        List<Duration> waits = sleeper.waits();
        assertThat(waits).hasSize(2);
        assertThat(waits.get(1)).isGreaterThan(Duration.ZERO);
    }

    @Test
    void serverErrorsThatPersistEndInARetryableFailureWithStatus() {
        server.inject(platform::isListOrders, FakeResponse.status(500).withHeader("x-request-id", "req-500").withHeader("x-amzn-RequestId", "req-500"), 100);
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_FAILURE);
        assertThat(e.retryable()).isTrue();
        assertThat(e.httpStatus()).hasValue(500);
        assertThat(e.requestId()).hasValue("req-500");
        assertThat(listCalls()).isEqualTo(4);
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.inject(platform::isListOrders, FakeResponse.json(400, "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Invalid Input\"}]}"), 100);
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.retryable()).isFalse();
        assertThat(e.httpStatus()).hasValue(400);
        assertThat(listCalls()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void retryAfterInDecimalSecondsAndAsAnHttpDateIsHonoured() {
        server.inject(platform::isListOrders, FakeResponse.status(503).withHeader("Retry-After", "2.5"), 1);
        server.inject(platform::isListOrders, FakeResponse.status(503).withHeader("Retry-After",
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(60).atZone(java.time.ZoneOffset.UTC))), 1);
        all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        List<Duration> waits = sleeper.waits();
        assertThat(waits.get(0)).isEqualTo(Duration.ofMillis(2500));
        // the clock moved 2.5 s during the first wait; the date is 60 s after T0
        assertThat(waits.get(1)).isEqualTo(Duration.ofMillis(57500));
    }

    @Test
    void aTruncatedBodyIsRetried() {
        server.inject(platform::isListOrders, FakeResponse.json(200, "{\"data\": {\"x\": [1, 2, 3, 4, 5, 6, 7, 8]}}").truncatedAfter(10), 1);
        server.inject(platform::isListOrders, FakeResponse.json(200, "{\"payload\":{\"Orders\":[{\"Amaz"), 1);
        List<Order> orders = all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        assertThat(orders).hasSize(data.size());
    }

    @Test
    void aMalformedBodyFailsAsABadResponseWithoutRetrying() {
        server.inject(platform::isListOrders, FakeResponse.json(200, "<html>this is not json</html>"), 1);
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_BAD_RESPONSE);
        assertThat(e.retryable()).isFalse();
        assertThat(listCalls()).isEqualTo(1);
    }

    @Test
    void aTimeoutIsRetried() {
        FakeResponse slow = FakeResponse.json(200, "{}").delayed(Duration.ofMillis(2500));
        server.inject(platform::isListOrders, slow, 1);
        ConnectorConfig config = baseConfig().connectTimeout(Duration.ofMillis(500)).requestTimeout(Duration.ofMillis(800)).build();
        List<Order> orders = all(connector(config).ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        assertThat(orders).hasSize(data.size());
        assertThat(listCalls()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCircuitOpensAfterRepeatedPlatformFailuresAndStopsCallingThePlatform() {
        server.inject(platform::isListOrders, FakeResponse.status(503), 1000);
        ResilienceSettings r = kitResilience().toBuilder().maxAttempts(1)
                .circuitBreaker(50, 4, 4, Duration.ofMinutes(1)).build();
        MarketplaceConnector c = connector(baseConfig().resilience(r).build());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)))).isInstanceOf(ConnectorException.class);
        }
        long before = listCalls();
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.getMessage()).contains("circuit breaker is open");
        assertThat(e.retryable()).isTrue();
        assertThat(listCalls()).isEqualTo(before);
        clock.advance(Duration.ofMinutes(2));
        server.reset();
        assertThat(all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))))).hasSize(data.size());
    }

    @Test
    void anExpiredTokenIsRefreshedOnceWhenThePlatformRejectsIt() {
        if (!platform.refreshesTokens()) {
            server.inject(platform::isListOrders, platform.unauthorized(), 100);
            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0))));
            assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
            assertThat(e.retryable()).isFalse();
            assertThat(listCalls()).isEqualTo(1);
            return;
        }
        MarketplaceConnector c = connector();
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        assertThat(tokenCalls()).isEqualTo(1);
        server.inject(platform::isListOrders, platform.unauthorized(), 1);
        List<Order> orders = all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
        assertThat(orders).hasSize(data.size());
        assertThat(tokenCalls()).isEqualTo(2);
    }

    @Test
    void aTokenIsRefreshedBeforeItExpiresWithoutAFailedCall() {
        if (!platform.refreshesTokens()) {
            return;
        }
        MarketplaceConnector c = connector();
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        assertThat(tokenCalls()).as("cached between calls").isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
        assertThat(tokenCalls()).isEqualTo(2);
    }

    @Test
    void manyThreadsFindingTheTokenExpiredCauseExactlyOneRefresh() throws Exception {
        if (!platform.refreshesTokens()) {
            return;
        }
        MarketplaceConnector c = connector();
        int threads = 24;
        for (int round = 1; round <= 2; round++) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))).size();
                }));
            }
            go.countDown();
            for (Future<Integer> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(data.size());
            }
            pool.shutdown();
            assertThat(tokenCalls()).as("token calls after round " + round).isEqualTo(round);
            clock.advance(Duration.ofDays(1));
        }
    }

    @Test
    void rejectedCredentialsEndInANonRetryableAuthErrorWithoutLooping() {
        server.inject(platform::isListOrders, platform.unauthorized(), 100);
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> all(connector().ordersUpdatedSince(OrderQuery.updatedSince(T0))));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
        assertThat(e.retryable()).isFalse();
        assertThat(listCalls()).isLessThanOrEqualTo(2);
    }

    @Test
    void syncHandsEveryOrderOverOnceAcrossRerunsAndOverlap() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        MarketplaceConnector c = connector();
        List<String> received = new ArrayList<>();
        OrderSync sync = OrderSync.builder(c, store).startFrom(T0.minus(Duration.ofDays(1))).overlap(Duration.ofMinutes(30))
                .pageSize(3).build();
        SyncResult first = sync.run(b -> b.orders().forEach(o -> received.add(o.marketplaceOrderId())));
        SyncResult second = sync.run(b -> b.orders().forEach(o -> received.add(o.marketplaceOrderId())));
        assertThat(received).containsExactlyElementsOf(ids(0, data.size()));
        assertThat(first.delivered()).isEqualTo(data.size());
        assertThat(second.delivered()).isZero();
        assertThat(second.duplicates()).isPositive();
    }

    @Test
    void closingTheConnectorIsIdempotentAndLaterCallsFailClearly() {
        MarketplaceConnector c = connector();
        c.close();
        c.close();
        assertThatThrownBy(() -> all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)))).isInstanceOf(ConnectorException.class);
    }

    @Test
    void noCredentialTokenOrSignatureAppearsInLogsOrExceptionMessages() {
        List<String> messages = new ArrayList<>();
        String logs;
        ConnectorConfig config = baseConfig().build();
        try (LogCapture capture = new LogCapture()) {
            MarketplaceConnector c = connector(config);
            List<Runnable> scenarios = new ArrayList<>();
            scenarios.add(() -> all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1))))));
            scenarios.add(() -> {
                server.inject(platform::isListOrders, platform.throttled(), 1);
                server.inject(platform::isListOrders, FakeResponse.status(500), 1);
                all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
            });
            scenarios.add(() -> {
                server.inject(platform::isListOrders, platform.unauthorized(), 1);
                all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0.minus(Duration.ofDays(1)))));
            });
            scenarios.add(() -> {
                server.inject(platform::isListOrders, platform.unauthorized(), 100);
                server.inject(platform::isTokenRequest, FakeResponse.json(400,
                        "{\"error\":\"invalid_grant\",\"error_description\":\"bad " + secretValue("refreshToken") + "\"}"), 100);
                all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
            });
            scenarios.add(() -> c.order(data.get(0).id()));
            scenarios.add(() -> {
                server.reset();
                server.inject(r -> true, FakeResponse.json(400, "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"token "
                        + String.join(" ", platform.issuedSecrets()) + "\"}]}"), 100);
                all(c.ordersUpdatedSince(OrderQuery.updatedSince(T0)));
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
        assertThat(messages).as("the failure scenarios produced exceptions").isNotEmpty();
        messages.add(config.toString());
        Set<String> secrets = new HashSet<>(platform.issuedSecrets());
        for (String name : config.credentialNames()) {
            secrets.add(config.credential(name).orElseThrow().reveal());
        }
        assertThat(secrets).isNotEmpty();
        assertThat(logs).as("the connector logged at DEBUG").isNotBlank();
        for (String s : secrets) {
            assertThat(logs).doesNotContain(s);
            assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain(s));
        }
    }

    protected List<String> ids(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(data.get(i).id());
        }
        return out;
    }
}
