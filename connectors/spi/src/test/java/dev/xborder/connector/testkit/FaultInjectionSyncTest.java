package dev.xborder.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.sync.Checkpoint;
import dev.xborder.connector.sync.CheckpointStore;
import dev.xborder.connector.sync.FileCheckpointStore;
import dev.xborder.connector.sync.OrderBatch;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.core.order.Order;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault-injection sync every connector runs (issue 5's "done when"): at least 10,000 orders
 * through the platform simulated on 127.0.0.1 while the server throttles with the platform's own
 * answer, fails 5% of calls with 5xx, lets some calls time out and cuts bodies short, and the sync
 * is killed at random points: the host rejects a batch, the process dies after the host committed
 * but before {@link OrderSync} saved the checkpoint, or the thread is interrupted while backing off.
 * Every rerun is a new process (a new connector); after the reruns the host must hold every order
 * exactly once, checked by count and by id. A second test does the same, more gently, with a
 * {@link FileCheckpointStore}.
 *
 * <p>A connector's test extends this class and supplies only its platform specifics: provider,
 * simulator, dataset, configuration and, where its call pattern needs them, other
 * {@link FaultRates}.
 * Time is a {@link MutableClock}; backoff is recorded, not slept (only injected timeouts take real
 * time).
 */
public abstract class FaultInjectionSyncTest {
    /** Orders in the main test: at least 10,000, as the issue requires. */
    protected static final int ORDERS = 10_000;
    /** The test clock's start; every dataset's orders are updated before it. */
    protected static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    /** Per mille of requests answered with a 5xx: 5%, for every connector. */
    protected static final int SERVER_ERRORS_PER_MILLE = 50;
    /** Per mille of requests answered with the platform's throttle response. */
    protected static final int THROTTLES_PER_MILLE = 30;

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjectionSyncTest.class);

    // ---- what a connector's test supplies ----

    /** The provider under test; called once per (re)run, so it may capture state the host stored. */
    protected abstract ConnectorProvider provider();

    /** The platform simulated over {@code data}. */
    protected abstract PlatformSimulator simulator(Dataset data);

    /**
     * {@code orders} orders shaped for this platform ({@link Dataset#generated}), all updated
     * before {@link #NOW}.
     */
    protected abstract Dataset dataset(int orders);

    /**
     * Adds credentials, options and base/auth URL overrides pointing at {@code server} to a new
     * process's configuration. Called once per (re)run.
     */
    protected abstract void configure(ConnectorConfig.Builder config, URI server);

    // ---- what it may change ----

    /**
     * How often the platform-independent faults strike. The 5xx and throttle shares are fixed
     * ({@link #SERVER_ERRORS_PER_MILLE}, {@link #THROTTLES_PER_MILLE}).
     *
     * @param timeoutsPerMille     requests that time out (the server answers after twice the request timeout)
     * @param truncationsPerMille  requests whose 200 body is cut in half
     * @param interruptsPerMille   backoff waits in which the thread is interrupted (the process is killed)
     * @param hostCrashPercent     batches the host rejects before committing, and saves after which it dies
     */
    protected record FaultRates(int timeoutsPerMille, int truncationsPerMille, int interruptsPerMille, int hostCrashPercent) {
        /** For platforms with one call or more per order (Amazon: a list call per page, an items call per order). */
        public static final FaultRates MANY_CALLS = new FaultRates(1, 4, 1, 2);
        /**
         * For platforms that fetch a page of orders with their lines in one or two calls: far fewer
         * calls, so each fault is made more frequent for every kind to occur.
         */
        public static final FaultRates FEW_CALLS = new FaultRates(30, 40, 200, 2);

        public FaultRates {
            if (timeoutsPerMille <= 0 || truncationsPerMille <= 0 || interruptsPerMille <= 0 || hostCrashPercent <= 0
                    || SERVER_ERRORS_PER_MILLE + THROTTLES_PER_MILLE + timeoutsPerMille + truncationsPerMille > 1000) {
                throw new IllegalArgumentException("every fault must occur, within 1000 per mille");
            }
        }

        /** These rates with another host crash share. */
        public FaultRates withHostCrashPercent(int percent) {
            return new FaultRates(timeoutsPerMille, truncationsPerMille, interruptsPerMille, percent);
        }
    }

    /** The fault rates for this platform; {@link FaultRates#MANY_CALLS} by default. */
    protected FaultRates faultRates() {
        return FaultRates.MANY_CALLS;
    }

    /** Page size of the sync. */
    protected int pageSize() {
        return 50;
    }

    /** The fewest requests a complete sync of {@link #ORDERS} orders makes (proves the faults had targets). */
    protected int minimumRequests() {
        return ORDERS;
    }

    /** Whether faults hit the token endpoint too (false where a lost token response would end the test). */
    protected boolean faultsHitTokenRequests() {
        return true;
    }

    /** The platform's 5xx answer with a body; the harness alternates it with a bare HTTP 500. */
    protected FakeResponse serverError() {
        return FakeResponse.text(503, "<html>Service Unavailable</html>");
    }

    /** Where the first sync starts: a day before the first order. */
    protected Instant startFrom(Dataset data) {
        return data.get(0).updatedAt().minus(Duration.ofDays(1));
    }

    /** Checks that only this platform needs, after the main test's exactly-once checks passed. */
    protected void afterFaultySync() {
    }

    // ---- the tests ----

    /** What a crash leaves behind: thrown by the fault-injecting hooks. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash: " + where);
        }
    }

    /**
     * The host's database: orders and the sync checkpoint committed together in one transaction, as
     * {@link OrderSync} recommends for exactly-once delivery; also the checkpoint store.
     */
    static final class HostDatabase implements CheckpointStore {
        final Map<String, Integer> deliveries = new HashMap<>();
        final Random random;
        final int crashPercent;
        Checkpoint committed;
        int rejected;
        int crashesAfterCommit;

        HostDatabase(Random random, int crashPercent) {
            this.random = random;
            this.crashPercent = crashPercent;
        }

        void accept(OrderBatch batch) {
            synchronized (random) {
                if (random.nextInt(100) < crashPercent) {
                    rejected++;
                    throw new SimulatedCrash("host rejected the batch before committing");
                }
            }
            synchronized (this) {
                for (Order o : batch.orders()) {
                    deliveries.merge(o.marketplaceOrderId(), 1, Integer::sum);
                }
                committed = batch.checkpoint(); // same transaction as the orders
            }
        }

        @Override
        public synchronized Optional<Checkpoint> load(String key) {
            return Optional.ofNullable(committed);
        }

        @Override
        public void save(String key, Checkpoint checkpoint) {
            // already committed with the orders; the process may die right here
            synchronized (random) {
                if (random.nextInt(100) < crashPercent) {
                    crashesAfterCommit++;
                    throw new SimulatedCrash("between hand-over and checkpoint save");
                }
            }
        }
    }

    /** Counts of what was injected. */
    static final class Injected {
        final AtomicInteger serverErrors = new AtomicInteger();
        final AtomicInteger throttles = new AtomicInteger();
        final AtomicInteger timeouts = new AtomicInteger();
        final AtomicInteger truncations = new AtomicInteger();
        final AtomicInteger interrupts = new AtomicInteger();
    }

    private static final Duration TIMEOUT = Duration.ofMillis(250);

    @Test
    void everyOrderArrivesExactlyOnceDespiteThrottlingErrorsTimeoutsAndKills() {
        Random random = new Random(20261122L);
        Dataset data = dataset(ORDERS);
        assertThat(data.size()).isGreaterThanOrEqualTo(10_000);
        PlatformSimulator platform = simulator(data);
        Injected injected = new Injected();
        FaultRates rates = faultRates();
        HostDatabase host = new HostDatabase(random, rates.hostCrashPercent());
        int runs = 0;
        int failedRuns = 0;
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            server.platform(platform::handle);
            server.interceptor(r -> fault(r, platform, random, injected, rates));
            MutableClock clock = new MutableClock(NOW);
            RecordingSleeper recording = new RecordingSleeper(clock);
            int interruptRate = rates.interruptsPerMille();
            while (true) {
                runs++;
                assertThat(runs).as("reruns needed").isLessThan(1_000);
                ConnectorConfig.Builder config = ConnectorConfig.builder()
                        .clock(clock)
                        .sleeper(d -> {
                            synchronized (random) {
                                if (random.nextInt(1000) < interruptRate) {
                                    injected.interrupts.incrementAndGet();
                                    throw new InterruptedException("killed while backing off");
                                }
                            }
                            recording.sleep(d);
                        })
                        .connectTimeout(TIMEOUT)
                        .requestTimeout(TIMEOUT)
                        // the platform's documented rate limits stay on: their waits go to the test clock
                        .resilience(provider().defaultResilience().toBuilder()
                                .maxAttempts(4).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(20)).build());
                try {
                    configure(config, server.uri());
                    try (MarketplaceConnector connector = provider().create(config.build())) {
                        OrderSync sync = OrderSync.builder(connector, host).key("fault:test")
                                .startFrom(startFrom(data)).overlap(Duration.ofMinutes(10)).pageSize(pageSize()).build();
                        sync.run(host::accept);
                    }
                    break;
                } catch (RuntimeException e) {
                    failedRuns++;
                    Thread.interrupted(); // the host restarts: a fresh process and thread
                    clock.advance(Duration.ofMinutes(5)); // and waits a little before rerunning
                }
            }
            LOG.info("{}: {} runs ({} failed), {} requests: {} 5xx, {} throttles, {} timeouts, {} truncated, "
                            + "{} host rejections, {} crashes after commit, {} interrupts", getClass().getSimpleName(),
                    runs, failedRuns, server.requestCount(), injected.serverErrors, injected.throttles, injected.timeouts,
                    injected.truncations, host.rejected, host.crashesAfterCommit, injected.interrupts);
            assertThat(server.requestCount()).isGreaterThan(minimumRequests());
        }
        assertThat(host.deliveries).hasSize(data.size());
        assertThat(host.deliveries.values()).allMatch(n -> n == 1);
        for (int i = 0; i < data.size(); i++) {
            assertThat(host.deliveries).containsKey(data.get(i).id());
        }
        assertThat(failedRuns).isPositive();
        assertThat(host.rejected).isPositive();
        assertThat(host.crashesAfterCommit).isPositive();
        assertThat(injected.interrupts.get()).isPositive();
        assertThat(injected.serverErrors.get()).isPositive();
        assertThat(injected.throttles.get()).isPositive();
        assertThat(injected.timeouts.get()).isPositive();
        assertThat(injected.truncations.get()).isPositive();
        afterFaultySync();
    }

    @Test
    void aFileCheckpointStoreLosesNothingWhenTheHostOrPlatformFails(@TempDir Path dir) {
        Random random = new Random(7L);
        Dataset data = dataset(2_000);
        PlatformSimulator platform = simulator(data);
        Map<String, Integer> received = new HashMap<>();
        boolean tokenFaults = faultsHitTokenRequests();
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            server.platform(platform::handle);
            server.interceptor(r -> {
                if (!tokenFaults && platform.isTokenRequest(r)) {
                    return null;
                }
                synchronized (random) {
                    return random.nextInt(100) < 5 ? FakeResponse.status(503) : null;
                }
            });
            MutableClock clock = new MutableClock(NOW);
            ConnectorConfig.Builder config = ConnectorConfig.builder()
                    .clock(clock).sleeper(new RecordingSleeper(clock))
                    .resilience(provider().defaultResilience().toBuilder().maxAttempts(2).rateLimitsEnabled(false)
                            .initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build());
            configure(config, server.uri());
            try (MarketplaceConnector connector = provider().create(config.build())) {
                for (int run = 0; run < 1_000; run++) {
                    OrderSync sync = OrderSync.builder(connector, new FileCheckpointStore(dir)).key("fault:file")
                            .startFrom(startFrom(data)).overlap(Duration.ofMinutes(10)).pageSize(pageSize()).build();
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
        assertThat(received).hasSize(data.size());
        assertThat(received.values()).allMatch(n -> n == 1);
        assertThat(new FileCheckpointStore(dir).load("fault:file")).get().extracting(Checkpoint::highWaterMark)
                .isEqualTo(data.get(data.size() - 1).updatedAt());
    }

    private FakeResponse fault(RecordedRequest r, PlatformSimulator platform, Random random, Injected injected, FaultRates rates) {
        if (!faultsHitTokenRequests() && platform.isTokenRequest(r)) {
            return null;
        }
        int roll;
        synchronized (random) {
            roll = random.nextInt(1000);
        }
        int limit = SERVER_ERRORS_PER_MILLE;
        if (roll < limit) {
            injected.serverErrors.incrementAndGet();
            return roll % 2 == 0 ? FakeResponse.status(500) : serverError();
        }
        limit += THROTTLES_PER_MILLE;
        if (roll < limit) {
            injected.throttles.incrementAndGet();
            return platform.throttled();
        }
        limit += rates.timeoutsPerMille();
        if (roll < limit) {
            injected.timeouts.incrementAndGet();
            return FakeResponse.json(200, "{}").delayed(TIMEOUT.multipliedBy(2));
        }
        limit += rates.truncationsPerMille();
        if (roll < limit) {
            FakeResponse real = platform.handle(r);
            if (real.status() == 200 && real.body().length > 20) {
                injected.truncations.incrementAndGet();
                return real.truncatedAfter(real.body().length / 2);
            }
            return real;
        }
        return null;
    }
}
