package dev.xborder.connector.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.ResilienceSettings;
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
 * Syncs 10,000 orders through a local Lazada simulator that throttles (its body throttle code), fails 5% of calls
 * with 5xx, lets some calls time out, cuts bodies short, and a sync that is killed at random points:
 * the host rejects a batch, the process "dies" after the host committed but before OrderSync saved
 * the checkpoint, or the thread is interrupted while backing off. Reruns continue until one
 * completes; the host must then hold every order exactly once. Time is a test clock and backoff is
 * recorded, not slept.
 */
class LazadaFaultInjectionTest {
    private static final int ORDERS = 10_000;
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    /** What a crash leaves behind: thrown by the fault-injecting hooks. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash: " + where);
        }
    }

    /**
     * The host's database: orders and the sync checkpoint committed together in one transaction,
     * as {@link OrderSync} recommends for exactly-once delivery; also the checkpoint store.
     */
    static final class HostDatabase implements CheckpointStore {
        final Map<String, Integer> deliveries = new HashMap<>();
        Checkpoint committed;
        final Random random;
        int rejected;
        int crashesAfterCommit;

        HostDatabase(Random random) {
            this.random = random;
        }

        synchronized void accept(OrderBatch batch) {
            if (random.nextInt(100) < 2) {
                rejected++;
                throw new SimulatedCrash("host rejected the batch before committing");
            }
            for (Order o : batch.orders()) {
                deliveries.merge(o.marketplaceOrderId(), 1, Integer::sum);
            }
            committed = batch.checkpoint(); // same transaction as the orders
        }

        @Override
        public synchronized Optional<Checkpoint> load(String key) {
            return Optional.ofNullable(committed);
        }

        @Override
        public synchronized void save(String key, Checkpoint checkpoint) {
            // already committed with the orders; the process may die right here
            if (random.nextInt(100) < 2) {
                crashesAfterCommit++;
                throw new SimulatedCrash("between hand-over and checkpoint save");
            }
        }
    }

    @Test
    void everyOrderArrivesExactlyOnceDespiteThrottlingErrorsTimeoutsAndKills(@TempDir Path dir) throws Exception {
        Random random = new Random(20261122L);
        Dataset data = Dataset.generated(ORDERS, BASE, Duration.ofSeconds(20), "1000",
                List.of("pending", "shipped", "ready_to_ship"), "USD");
        LazadaSimulator platform = new LazadaSimulator(data, "key-1", "secret-123456", "token-123456");
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger throttles = new AtomicInteger();
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger truncations = new AtomicInteger();
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            server.platform(platform::handle);
            server.interceptor(r -> fault(r, platform, random, serverErrors, throttles, timeouts, truncations));
            MutableClock clock = new MutableClock(BASE.plus(Duration.ofDays(60)));
            RecordingSleeper recording = new RecordingSleeper(clock);
            AtomicInteger interrupts = new AtomicInteger();
            ConnectorConfig config = ConnectorConfig.builder()
                    .credential("appKey", "key-1").credential("appSecret", "secret-123456")
                    .credential("accessToken", "token-123456")
                    .option("region", "SG")
                    .baseUrl(server.uri().resolve("/rest"))
                    .clock(clock)
                    .sleeper(d -> {
                        synchronized (random) {
                            if (random.nextInt(1000) < 100) { // 10%: this platform needs far fewer calls (and backoffs) than one per order
                                interrupts.incrementAndGet();
                                throw new InterruptedException("killed while backing off");
                            }
                        }
                        recording.sleep(d);
                    })
                    .connectTimeout(Duration.ofMillis(250))
                    .requestTimeout(Duration.ofMillis(250))
                    .resilience(LazadaConnectorProvider.DEFAULTS.toBuilder()
                            .maxAttempts(4).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(20)).build())
                    .build();
            HostDatabase host = new HostDatabase(random);
            int runs = 0;
            int failedRuns = 0;
            try (MarketplaceConnector connector = new LazadaConnectorProvider().create(config)) {
                OrderSync sync = OrderSync.builder(connector, host).key("lazada:test")
                        .startFrom(BASE.minus(Duration.ofDays(1))).overlap(Duration.ofMinutes(2)).pageSize(20).build();
                while (true) {
                    runs++;
                    assertThat(runs).as("reruns needed").isLessThan(2_000);
                    try {
                        sync.run(host::accept);
                        break;
                    } catch (RuntimeException e) {
                        failedRuns++;
                        Thread.interrupted(); // the host restarts: a fresh, uninterrupted thread
                        clock.advance(Duration.ofMinutes(1)); // and waits a little before rerunning
                    }
                }
            }
            assertThat(host.deliveries).hasSize(ORDERS);
            assertThat(host.deliveries.values()).allMatch(n -> n == 1);
            for (int i = 0; i < ORDERS; i++) {
                assertThat(host.deliveries).containsKey(data.get(i).id());
            }
            assertThat(failedRuns).isPositive();
            assertThat(host.rejected).isPositive();
            assertThat(host.crashesAfterCommit).isPositive();
            assertThat(interrupts.get()).isPositive();
            assertThat(serverErrors.get()).isPositive();
            assertThat(throttles.get()).isPositive();
            assertThat(timeouts.get()).isPositive();
            assertThat(truncations.get()).isPositive();
            assertThat(server.requestCount()).isGreaterThan(ORDERS / 20);
            assertThat(dir).exists();
        }
    }

    @Test
    void aFileStoreLosesNothingWhenTheHostOrPlatformFails(@TempDir Path dir) {
        Random random = new Random(7L);
        Dataset data = Dataset.generated(2_000, BASE, Duration.ofSeconds(20), "2000", List.of("pending", "shipped", "ready_to_ship"), "USD");
        LazadaSimulator platform = new LazadaSimulator(data, "key-1", "secret-123456", "token-123456");
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            server.platform(platform::handle);
            server.interceptor(r -> {
                synchronized (random) {
                    return random.nextInt(100) < 5 ? FakeResponse.status(503) : null;
                }
            });
            MutableClock clock = new MutableClock(BASE.plus(Duration.ofDays(60)));
            ConnectorConfig config = ConnectorConfig.builder()
                    .credential("appKey", "key-1").credential("appSecret", "secret-123456")
                    .credential("accessToken", "token-123456")
                    .option("region", "SG")
                    .baseUrl(server.uri().resolve("/rest"))
                    .clock(clock).sleeper(new RecordingSleeper(clock))
                    .resilience(LazadaConnectorProvider.DEFAULTS.toBuilder().maxAttempts(2).rateLimitsEnabled(false)
                            .initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build())
                    .build();
            Map<String, Integer> received = new HashMap<>();
            FileCheckpointStore store = new FileCheckpointStore(dir);
            try (MarketplaceConnector connector = new LazadaConnectorProvider().create(config)) {
                for (int run = 0; run < 1_000; run++) {
                    OrderSync sync = OrderSync.builder(connector, new FileCheckpointStore(dir)).key("lazada:file")
                            .startFrom(BASE.minus(Duration.ofDays(1))).overlap(Duration.ofMinutes(2)).pageSize(50).build();
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
            assertThat(received).hasSize(2_000);
            assertThat(received.values()).allMatch(n -> n == 1);
            assertThat(store.load("lazada:file")).get().extracting(Checkpoint::highWaterMark)
                    .isEqualTo(data.get(data.size() - 1).updatedAt());
        }
    }

    private static FakeResponse fault(RecordedRequest r, LazadaSimulator platform, Random random, AtomicInteger serverErrors,
                                      AtomicInteger throttles, AtomicInteger timeouts, AtomicInteger truncations) {
        int roll;
        synchronized (random) {
            roll = random.nextInt(1000);
        }
        if (roll < 50) {
            serverErrors.incrementAndGet();
            return roll % 2 == 0 ? FakeResponse.status(500) : FakeResponse.text(503, "<html>Service Unavailable</html>");
        }
        if (roll < 80) {
            throttles.incrementAndGet();
            return platform.throttled();
        }
        if (roll < 90) { // 1%: fewer calls than Amazon's one-or-more per order
            timeouts.incrementAndGet();
            return FakeResponse.json(200, "{}").delayed(Duration.ofMillis(500));
        }
        if (roll < 120) { // 3%
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
