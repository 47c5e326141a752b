package dev.xborder.connector.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.sync.Checkpoint;
import dev.xborder.connector.sync.CheckpointStore;
import dev.xborder.connector.sync.FileCheckpointStore;
import dev.xborder.connector.sync.OrderBatch;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.core.order.Order;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPI issue's fault-injection sync (shaped as Amazon's), against Shopee: 10,000 orders over 17
 * days (two 15-day windows) from a platform that throttles in the body ({@code error_rate_limit}
 * with HTTP 200), fails 5% of calls with 5xx, lets some calls time out and cuts bodies short, while
 * the sync is killed at random points: the host rejects a batch, the process dies after the host
 * committed but before the checkpoint save, or the thread is interrupted while backing off. Every
 * rerun is a new process: a new connector built from the token pair the host stored last (Shopee
 * refresh tokens are single-use, so a lost pair would end the test in an auth error). After the
 * reruns the host holds every order exactly once.
 */
class ShopeeFaultInjectionSyncTest {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final int ORDERS = 10_000;
    static final String KEY = "fault-partner-key";

    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash: " + where);
        }
    }

    /** The host's database: orders, the checkpoint and the Shopee tokens, each committed durably. */
    static final class HostDatabase implements CheckpointStore {
        final Map<String, Integer> deliveries = new HashMap<>();
        final Random random;
        Checkpoint committed;
        ShopeeTokens tokens;
        int rejected;
        int crashesAfterCommit;
        int tokenSaves;

        HostDatabase(Random random) {
            this.random = random;
        }

        synchronized void accept(OrderBatch batch) {
            if (random.nextInt(100) < 3) {
                rejected++;
                throw new SimulatedCrash("host rejected the batch before committing");
            }
            for (Order o : batch.orders()) {
                deliveries.merge(o.marketplaceOrderId(), 1, Integer::sum);
            }
            committed = batch.checkpoint(); // same transaction as the orders
        }

        synchronized void storeTokens(ShopeeTokens t) {
            tokens = t;
            tokenSaves++;
        }

        @Override
        public synchronized Optional<Checkpoint> load(String key) {
            return Optional.ofNullable(committed);
        }

        @Override
        public synchronized void save(String key, Checkpoint checkpoint) {
            if (random.nextInt(100) < 3) {
                crashesAfterCommit++;
                throw new SimulatedCrash("between hand-over and checkpoint save");
            }
        }
    }

    @Test
    void tenThousandOrdersArriveExactlyOnceThroughThrottling5xxTimeoutsTruncationsAndKills() {
        Random random = new Random(20260301L);
        Dataset data = Dataset.generated(ORDERS, T0.minus(Duration.ofDays(18)), Duration.ofSeconds(150), "2602",
                List.of("READY_TO_SHIP", "SHIPPED", "COMPLETED", "UNPAID", "IN_CANCEL"), "SGD");
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger throttles = new AtomicInteger();
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger truncations = new AtomicInteger();
        AtomicInteger interrupts = new AtomicInteger();
        AtomicInteger sleeps = new AtomicInteger();
        HostDatabase host = new HostDatabase(random);
        RecordingSleeper[] recordingRef = new RecordingSleeper[1];
        int[] recordingWaits = new int[1];
        int runs = 0;
        int failedRuns = 0;
        ShopeeSimulator platform = new ShopeeSimulator(data, KEY, "initial-refresh-token", null);
        platform.expireIn = 900; // shorter than Shopee's 4 h so that the test clock crosses several refreshes
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            server.platform(platform::handle);
            server.interceptor(r -> fault(r, platform, random, serverErrors, throttles, timeouts, truncations));
            MutableClock clock = new MutableClock(T0);
            RecordingSleeper recording = new RecordingSleeper(clock);
            recordingRef[0] = recording;
            while (true) {
                runs++;
                assertThat(runs).as("reruns needed").isLessThan(1_000);
                ConnectorConfig.Builder cfg = ConnectorConfig.builder()
                        .credential("partnerKey", KEY)
                        .option("partnerId", Long.toString(ShopeeSimulator.PARTNER_ID))
                        .option("shopId", Long.toString(ShopeeSimulator.SHOP_ID))
                        .region("SG").baseUrl(server.uri())
                        .clock(clock)
                        .sleeper(d -> {
                            if (sleeps.incrementAndGet() % 7 == 0) { // every 7th backoff is a kill
                                interrupts.incrementAndGet();
                                throw new InterruptedException("killed while backing off");
                            }
                            recording.sleep(d);
                        })
                        .connectTimeout(Duration.ofMillis(250))
                        .requestTimeout(Duration.ofMillis(250))
                        .resilience(ShopeeConnectorProvider.DEFAULTS.toBuilder()
                                .maxAttempts(4).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(20)).build());
                synchronized (host) {
                    if (host.tokens == null) {
                        cfg.credential("refreshToken", "initial-refresh-token");
                    } else {
                        cfg.credential("refreshToken", host.tokens.refreshToken()).credential("accessToken", host.tokens.accessToken())
                                .option("accessExpiresAt", host.tokens.accessExpiresAt().toString());
                    }
                }
                try (MarketplaceConnector connector = new ShopeeConnectorProvider(host::storeTokens).create(cfg.build())) {
                    OrderSync sync = OrderSync.builder(connector, host).key("shopee:test")
                            .startFrom(T0.minus(Duration.ofDays(19))).overlap(Duration.ofMinutes(10)).pageSize(100).build();
                    sync.run(host::accept);
                    break;
                } catch (RuntimeException e) {
                    failedRuns++;
                    Thread.interrupted(); // the host restarts: a fresh process and thread
                    clock.advance(Duration.ofMinutes(5));
                }
            }
            assertThat(server.requestCount()).isGreaterThan(ORDERS / 50);
            recordingWaits[0] = recordingRef[0].waits().size();
        }
        assertThat(host.deliveries).hasSize(ORDERS);
        assertThat(host.deliveries.values()).allMatch(n -> n == 1);
        for (int i = 0; i < ORDERS; i++) {
            assertThat(host.deliveries).containsKey(data.get(i).id());
        }
        assertThat(failedRuns).isPositive();
        assertThat(host.rejected).isPositive();
        assertThat(host.crashesAfterCommit).isPositive();
        assertThat(interrupts.get()).as("interrupts of " + recordingWaits[0] + " waits").isPositive();
        assertThat(serverErrors.get()).isPositive();
        assertThat(throttles.get()).isPositive();
        assertThat(timeouts.get()).isPositive();
        assertThat(truncations.get()).isPositive();
        assertThat(host.tokenSaves).as("tokens rotated across processes").isGreaterThan(1);
    }

    @Test
    void aFileCheckpointStoreLosesNothingWhenTheHostOrPlatformFails(@TempDir Path dir) {
        Random random = new Random(7L);
        Dataset data = Dataset.generated(2_000, T0.minus(Duration.ofDays(3)), Duration.ofSeconds(60), "2603",
                List.of("READY_TO_SHIP"), "SGD");
        ShopeeSimulator platform = new ShopeeSimulator(data, KEY, "initial-refresh-token", null);
        Map<String, Integer> received = new HashMap<>();
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            server.platform(platform::handle);
            server.interceptor(r -> {
                synchronized (random) {
                    return !platform.isTokenRequest(r) && random.nextInt(100) < 5 ? FakeResponse.status(503) : null;
                }
            });
            MutableClock clock = new MutableClock(T0);
            ConnectorConfig config = ConnectorConfig.builder()
                    .credential("partnerKey", KEY).credential("refreshToken", "initial-refresh-token")
                    .option("partnerId", Long.toString(ShopeeSimulator.PARTNER_ID))
                    .option("shopId", Long.toString(ShopeeSimulator.SHOP_ID))
                    .region("SG").baseUrl(server.uri())
                    .clock(clock).sleeper(new RecordingSleeper(clock))
                    .resilience(ShopeeConnectorProvider.DEFAULTS.toBuilder().maxAttempts(2)
                            .initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build())
                    .build();
            try (MarketplaceConnector connector = new ShopeeConnectorProvider(t -> { }).create(config)) {
                for (int run = 0; run < 1_000; run++) {
                    OrderSync sync = OrderSync.builder(connector, new FileCheckpointStore(dir)).key("shopee:file")
                            .startFrom(T0.minus(Duration.ofDays(4))).overlap(Duration.ofMinutes(10)).pageSize(50).build();
                    try {
                        sync.run(batch -> {
                            if (random.nextInt(100) < 10) {
                                throw new SimulatedCrash("host failed");
                            }
                            batch.orders().forEach(o -> received.merge(o.marketplaceOrderId(), 1, Integer::sum));
                        });
                        break;
                    } catch (RuntimeException e) {
                        clock.advance(Duration.ofMinutes(1));
                    }
                }
            }
        }
        assertThat(received).hasSize(2_000);
        assertThat(received.values()).allMatch(n -> n == 1);
        assertThat(new FileCheckpointStore(dir).load("shopee:file")).get().extracting(Checkpoint::highWaterMark)
                .isEqualTo(data.get(data.size() - 1).updatedAt());
    }

    private static FakeResponse fault(RecordedRequest r, ShopeeSimulator platform, Random random, AtomicInteger serverErrors,
                                      AtomicInteger throttles, AtomicInteger timeouts, AtomicInteger truncations) {
        if (platform.isTokenRequest(r)) {
            return null; // the refresh itself is tested elsewhere; here it must not lose the rotated pair
        }
        int roll;
        synchronized (random) {
            roll = random.nextInt(1000);
        }
        if (roll < 50) {
            serverErrors.incrementAndGet();
            return roll % 2 == 0 ? FakeResponse.status(503)
                    : FakeResponse.json(500, "{\"error\":\"error_server\",\"message\":\"System error. Please try again later.\"}");
        }
        if (roll < 80) {
            throttles.incrementAndGet();
            return platform.throttled();
        }
        if (roll < 82) {
            timeouts.incrementAndGet();
            return FakeResponse.json(200, "{}").delayed(Duration.ofMillis(500));
        }
        if (roll < 86) {
            FakeResponse real = platform.handle(r);
            if (real.status() == 200 && real.body().length > 20) {
                truncations.incrementAndGet();
                return real.truncatedAfter(real.body().length / 2);
            }
            return real;
        }
        return null;
    }
}
