package dev.xborder.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.connector.RateLimit;
import dev.xborder.connector.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aBurstPassesThenCallsAreSpacedAtTheRate() {
        TokenBucket b = new TokenBucket(RateLimit.of(0.5, 30), clock); // getOrderItems
        for (int i = 0; i < 30; i++) {
            assertThat(b.reserve(1)).isZero();
        }
        assertThat(b.reserve(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.reserve(1)).isEqualTo(Duration.ofSeconds(4)); // queued behind the first
        clock.advance(Duration.ofSeconds(4));
        assertThat(b.reserve(1)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void refillNeverExceedsTheBurst() {
        TokenBucket b = new TokenBucket(RateLimit.of(2, 10), clock);
        clock.advance(Duration.ofHours(1));
        assertThat(b.available()).isEqualTo(10.0);
    }

    @Test
    void costBasedCallsTakeTheirCostAndThePlatformViewWins() {
        TokenBucket b = new TokenBucket(RateLimit.of(50, 1000), clock);
        assertThat(b.reserve(752)).isZero();
        assertThat(b.reserve(752)).isEqualTo(Duration.ofMillis(10_080)); // (1504-1000)/50 s
        b.observe(666, 1000, 50);
        assertThat(b.available()).isEqualTo(666.0);
        assertThat(b.reserve(752)).isEqualTo(Duration.ofMillis(1_720));
    }

    @Test
    void drainingAfterA429MakesTheNextCallWait() {
        TokenBucket b = new TokenBucket(RateLimit.of(0.0167, 20), clock);
        b.drain();
        assertThat(b.reserve(1).toSeconds()).isBetween(59L, 60L);
    }
}
