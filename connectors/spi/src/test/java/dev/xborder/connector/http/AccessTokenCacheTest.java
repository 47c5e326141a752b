package dev.xborder.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.Secret;
import dev.xborder.core.ErrorCode;
import dev.xborder.connector.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccessTokenCacheTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();

    private AccessToken fetch() {
        int n = fetches.incrementAndGet();
        try {
            Thread.sleep(20); // a slow token endpoint widens the race window
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new AccessToken(Secret.of("token-" + n), clock.instant().plus(Duration.ofSeconds(3600)));
    }

    @Test
    void aTokenIsReusedUntilSixtySecondsBeforeItExpires() {
        AccessTokenCache cache = new AccessTokenCache(this::fetch, clock, Duration.ofSeconds(60));
        assertThat(cache.token().reveal()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(3539));
        assertThat(cache.token().reveal()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.token().reveal()).isEqualTo("token-2");
    }

    @Test
    void manyThreadsOnAnExpiredTokenCauseExactlyOneFetch() throws Exception {
        AccessTokenCache cache = new AccessTokenCache(this::fetch, clock, Duration.ofSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            for (int round = 1; round <= 3; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> got = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    got.add(pool.submit(() -> {
                        go.await();
                        return cache.token().reveal();
                    }));
                }
                go.countDown();
                for (Future<String> f : got) {
                    assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("token-" + round);
                }
                assertThat(fetches.get()).isEqualTo(round);
                clock.advance(Duration.ofHours(2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBurstOf401sForOneTokenCausesOneRefresh() throws Exception {
        AccessTokenCache cache = new AccessTokenCache(this::fetch, clock, Duration.ofSeconds(60));
        Secret rejected = cache.token();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> got = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                got.add(pool.submit(() -> {
                    go.await();
                    cache.invalidate(rejected);
                    return cache.token().reveal();
                }));
            }
            go.countDown();
            for (Future<String> f : got) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // invalidations that arrive after the refresh name the old token and are ignored
        assertThat(fetches.get()).isEqualTo(2);
        cache.invalidate(rejected);
        int before = fetches.get();
        cache.token();
        assertThat(fetches.get()).isEqualTo(before);
    }

    @Test
    void aFailedRefreshIsNotCachedAndTheNextCallerTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        AccessTokenCache cache = new AccessTokenCache(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("endpoint down");
            }
            return new AccessToken(Secret.of("ok-token"), clock.instant().plusSeconds(3600));
        }, clock, Duration.ofSeconds(60));
        assertThatThrownBy(cache::token).isInstanceOf(IllegalStateException.class);
        assertThat(cache.token().reveal()).isEqualTo("ok-token");
    }

    @Test
    void aRotatedTokenGoesToTheListenerBeforeItIsUsed() {
        List<String> stored = new ArrayList<>();
        AccessTokenCache cache = new AccessTokenCache(() -> new AccessToken(Secret.of("access-" + fetches.incrementAndGet()),
                clock.instant().plus(Duration.ofHours(4)), Secret.of("refresh-" + fetches.get())), clock, Duration.ofSeconds(60),
                "test", t -> stored.add(t.token().reveal() + "/" + t.rotatedRefreshToken().orElseThrow().reveal()));
        assertThat(cache.token().reveal()).isEqualTo("access-1");
        assertThat(stored).containsExactly("access-1/refresh-1");
        assertThat(cache.token().reveal()).isEqualTo("access-1");
        clock.advance(Duration.ofHours(4));
        assertThat(cache.token().reveal()).isEqualTo("access-2");
        assertThat(stored).containsExactly("access-1/refresh-1", "access-2/refresh-2");
        assertThat(new AccessToken(Secret.of("a"), clock.instant(), Secret.of("r")).toString()).doesNotContain("a,").doesNotContain("r]");
    }

    @Test
    void aFailingListenerKeepsTheRotatedTokenAndOffersItAgainBeforeItIsUsed() {
        AtomicInteger calls = new AtomicInteger();
        List<String> stored = new ArrayList<>();
        AccessTokenCache cache = new AccessTokenCache(() -> new AccessToken(Secret.of("access-" + fetches.incrementAndGet()),
                clock.instant().plus(Duration.ofHours(4)), Secret.of("refresh-" + fetches.get())), clock, Duration.ofSeconds(60),
                "test", t -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("database down");
                    }
                    stored.add(t.token().reveal());
                });
        ConnectorException e = catchThrowableOfType(ConnectorException.class, cache::token);
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_AUTH);
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).contains("offered again").doesNotContain("access-1").doesNotContain("refresh-1");
        assertThat(cache.token().reveal()).isEqualTo("access-1");
        assertThat(fetches.get()).as("the rotated pair is not fetched again").isEqualTo(1);
        assertThat(stored).containsExactly("access-1");
    }

    @Test
    void aPreloadedTokenIsUsedUntilItExpiresWithoutBeingOffered() {
        List<String> stored = new ArrayList<>();
        AccessTokenCache cache = new AccessTokenCache(() -> new AccessToken(Secret.of("access-" + fetches.incrementAndGet()),
                clock.instant().plus(Duration.ofHours(4))), clock, Duration.ofSeconds(60), "test", t -> stored.add(t.token().reveal()));
        cache.preload(new AccessToken(Secret.of("stored"), clock.instant().plus(Duration.ofMinutes(30))));
        assertThat(cache.token().reveal()).isEqualTo("stored");
        assertThat(stored).isEmpty();
        clock.advance(Duration.ofMinutes(30));
        assertThat(cache.token().reveal()).isEqualTo("access-1");
        assertThat(stored).containsExactly("access-1");
    }
}
