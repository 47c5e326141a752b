package dev.xborder.connector.aliexpress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.sync.Checkpoint;
import dev.xborder.connector.sync.CheckpointStore;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.core.order.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The SPI issue's fault-injection sync test, against the AliExpress connector: 10,000 orders
 * (updated across the March 2025 switch to daylight time, so the Pacific dates jump an hour)
 * through a local AliExpress that throttles (call-limit errors in the body), fails about 5% of list calls with 5xx, truncates some bodies,
 * times some out, while the host crashes at random points; after reruns the host has every order
 * exactly once. The host commits a batch and its checkpoint together (the pattern OrderSync
 * documents): a crash before the commit loses the batch, which the next run hands over again; a
 * process that dies after the commit, before OrderSync's own save, resumes from the committed one.
 */
class AliExpressFaultInjectionSyncTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final int ORDERS = 10_000;

    @Test
    void tenThousandOrdersArriveExactlyOnceDespiteThrottlingServerErrorsTimeoutsAndCrashes() {
        Dataset data = Dataset.generated(ORDERS, Instant.parse("2025-03-09T00:00:00Z"), Duration.ofSeconds(7), "30",
                List.of("WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_ACCEPT_GOODS", "FINISH"), "USD");
        MutableClock clock = new MutableClock(T0);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        Random crashes = new Random(20261122L);
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            AliExpressSimulator platform = new AliExpressSimulator(data, "app-key", "app-secret", "session-1");
            server.platform(platform::handle);
            java.util.concurrent.atomic.AtomicIntegerArray faults = new java.util.concurrent.atomic.AtomicIntegerArray(4);
            AtomicInteger listCalls = new AtomicInteger();
            server.interceptor(r -> {
                if (!platform.isListOrders(r)) {
                    return null;
                }
                int n = listCalls.incrementAndGet();
                if (n % 20 == 3) { // 5% server errors
                    faults.incrementAndGet(0);
                    return FakeResponse.json(n % 40 == 3 ? 500 : 503, "{\"type\":\"ISP\",\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}");
                }
                if (n % 23 == 5) {
                    faults.incrementAndGet(1);
                    return platform.throttled();
                }
                if (n % 37 == 7) {
                    faults.incrementAndGet(2);
                    return platform.handle(r).truncatedAfter(40);
                }
                if (n % 97 == 9) {
                    faults.incrementAndGet(3);
                    return platform.handle(r).delayed(Duration.ofMillis(900));
                }
                return null;
            });
            ResilienceSettings resilience = new AliExpressConnectorProvider().defaultResilience().toBuilder()
                    .maxAttempts(3).initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(100)).build();
            ConnectorConfig config = ConnectorConfig.builder()
                    .credential("appKey", "app-key").credential("appSecret", "app-secret").credential("accessToken", "session-1")
                    .baseUrl(server.uri())
                    .clock(clock).sleeper(sleeper)
                    .connectTimeout(Duration.ofMillis(500)).requestTimeout(Duration.ofMillis(600))
                    .resilience(resilience)
                    .build();
            Map<String, Integer> received = new HashMap<>();
            Checkpoint[] committed = new Checkpoint[1];
            int[] diedAfterCommit = new int[1];
            // the host's database: orders and checkpoint committed in one transaction; the store
            // OrderSync saves to afterwards may "die" (the process ends after the host committed)
            CheckpointStore store = new CheckpointStore() {
                @Override
                public Optional<Checkpoint> load(String key) {
                    return Optional.ofNullable(committed[0]);
                }

                @Override
                public void save(String key, Checkpoint checkpoint) {
                    if (crashes.nextDouble() < 0.05) {
                        diedAfterCommit[0]++;
                        throw new IllegalStateException("process died after the host committed");
                    }
                }
            };
            int runs = 0;
            int hostCrashes = 0;
            int platformFailures = 0;
            try (MarketplaceConnector c = new AliExpressConnectorProvider().create(config)) {
                OrderSync sync = OrderSync.builder(c, store).startFrom(Instant.parse("2025-03-01T00:00:00Z"))
                        .overlap(Duration.ofMinutes(10)).pageSize(50).build();
                boolean done = false;
                while (!done && runs < 1000) {
                    runs++;
                    try {
                        sync.run(batch -> {
                            if (crashes.nextDouble() < 0.1) {
                                throw new IllegalStateException("host crashed before committing batch " + batch.sequence());
                            }
                            for (Order o : batch.orders()) {
                                received.merge(o.marketplaceOrderId(), 1, Integer::sum);
                            }
                            committed[0] = batch.checkpoint();
                        });
                        done = true;
                    } catch (IllegalStateException e) {
                        hostCrashes++;
                    } catch (dev.xborder.connector.ConnectorException e) {
                        platformFailures++;
                        clock.advance(Duration.ofMinutes(1)); // let an open circuit half-open
                    }
                }
            }
            assertThat(runs).isLessThan(1000);
            assertThat(hostCrashes).as("the host crashed").isPositive();
            assertThat(diedAfterCommit[0]).as("the process died after a commit").isPositive();
            System.out.printf("aliexpress fault injection: %d requests, %d runs, %d crashes, %d deaths after commit, %d platform failures, faults %s%n",
                    server.requestCount(), runs, hostCrashes, diedAfterCommit[0], platformFailures, faults);
            for (int k = 0; k < 4; k++) {
                assertThat(faults.get(k)).as("fault kind %d was injected", k).isPositive();
            }
            assertThat(received).hasSize(ORDERS);
            assertThat(received.values()).allMatch(n -> n == 1);
            for (int i = 0; i < ORDERS; i++) {
                assertThat(received).containsKey(data.get(i).id());
            }
        }
    }
}
