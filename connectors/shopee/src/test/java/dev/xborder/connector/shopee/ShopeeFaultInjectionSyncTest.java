package dev.xborder.connector.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.sync.FileCheckpointStore;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakePlatformServer;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.MutableClock;
import dev.xborder.connector.testkit.RecordingSleeper;
import dev.xborder.core.order.Order;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPI issue's fault-injection sync, against Shopee: 10,000 orders over 17 days (two 15-day
 * windows), served by a platform that throttles in the body ({@code error_rate_limit}), fails 5%
 * of calls with 5xx, times some out, while the host "crashes" at random batches and every rerun is
 * a new process that starts from the file checkpoint and from the token pair the host stored last
 * (Shopee refresh tokens are single-use, so a lost pair would end the test with an auth error).
 * After the reruns the host has every order exactly once.
 */
class ShopeeFaultInjectionSyncTest {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final int ORDERS = 10_000;
    static final String KEY = "fault-partner-key";

    static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash");
        }
    }

    @Test
    void tenThousandOrdersArriveExactlyOnceThroughThrottling5xxTimeoutsAndCrashes(@TempDir Path dir) {
        Dataset data = Dataset.generated(ORDERS, T0.minus(Duration.ofDays(18)), Duration.ofSeconds(150), "2602",
                List.of("READY_TO_SHIP", "SHIPPED", "COMPLETED", "UNPAID"), "SGD");
        Random random = new Random(20260301L);
        MutableClock clock = new MutableClock(T0);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        AtomicReference<ShopeeTokens> hostTokens = new AtomicReference<>();
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger injected = new AtomicInteger();
        Map<String, Integer> received = new HashMap<>();
        int runs = 0;
        int crashes = 0;
        int platformFailures = 0;
        try (FakePlatformServer server = new FakePlatformServer()) {
            server.record(false);
            ShopeeSimulator platform = new ShopeeSimulator(data, KEY, "initial-refresh", null);
            server.platform(platform::handle);
            server.interceptor(r -> {
                if (platform.isTokenRequest(r)) {
                    return null;
                }
                double x;
                synchronized (random) {
                    x = random.nextDouble();
                }
                if (x < 0.05) {
                    injected.incrementAndGet();
                    return x < 0.025 ? FakeResponse.status(503) : FakeResponse.json(500, "{\"error\":\"error_server\",\"message\":\"System error.\"}");
                }
                if (x < 0.08) {
                    injected.incrementAndGet();
                    return platform.throttled();
                }
                if (x < 0.085 && timeouts.incrementAndGet() <= 4) {
                    return FakeResponse.json(200, "{}").delayed(Duration.ofMillis(900));
                }
                return null;
            });
            FileCheckpointStore store = new FileCheckpointStore(dir);
            boolean done = false;
            while (!done && runs < 300) {
                runs++;
                ConnectorConfig.Builder cfg = ConnectorConfig.builder().clock(clock).sleeper(sleeper)
                        .connectTimeout(Duration.ofMillis(500)).requestTimeout(Duration.ofMillis(600))
                        .resilience(ShopeeConnectorProvider.DEFAULTS.toBuilder().maxAttempts(6)
                                .initialBackoff(Duration.ofMillis(50)).maxBackoff(Duration.ofSeconds(2))
                                .circuitBreaker(90, 50, 50, Duration.ofSeconds(5)).build())
                        .credential("partnerKey", KEY)
                        .option("partnerId", Long.toString(ShopeeSimulator.PARTNER_ID))
                        .option("shopId", Long.toString(ShopeeSimulator.SHOP_ID))
                        .region("SG").baseUrl(server.uri());
                ShopeeTokens t = hostTokens.get();
                if (t == null) {
                    cfg.credential("refreshToken", "initial-refresh");
                } else {
                    cfg.credential("refreshToken", t.refreshToken()).credential("accessToken", t.accessToken())
                            .option("accessExpiresAt", t.accessExpiresAt().toString());
                }
                try (MarketplaceConnector c = new ShopeeConnectorProvider(hostTokens::set).create(cfg.build())) {
                    OrderSync sync = OrderSync.builder(c, store).startFrom(T0.minus(Duration.ofDays(19)))
                            .overlap(Duration.ofMinutes(30)).pageSize(100).build();
                    sync.run(batch -> {
                        boolean crash;
                        synchronized (random) {
                            crash = random.nextDouble() < 0.08;
                        }
                        if (crash) {
                            throw new Crash(); // dies before the host recorded anything of this batch
                        }
                        for (Order o : batch.orders()) {
                            received.merge(o.marketplaceOrderId(), 1, Integer::sum);
                        }
                    });
                    done = true;
                } catch (Crash e) {
                    crashes++;
                } catch (ConnectorException e) {
                    platformFailures++; // the retry budget ran out: the process gives up and reruns later
                }
                clock.advance(Duration.ofMinutes(7));
            }
            assertThat(done).as("finished within the rerun budget").isTrue();
        }
        assertThat(crashes).as("the test really crashed the sync").isGreaterThan(3);
        assertThat(injected.get()).as("faults were injected").isGreaterThan(20);
        assertThat(received).hasSize(ORDERS);
        assertThat(received.values()).allMatch(n -> n == 1);
        for (int i = 0; i < ORDERS; i += 997) {
            assertThat(received).containsKey(data.get(i).id());
        }
        assertThat(platformFailures).isGreaterThanOrEqualTo(0);
    }
}
