package dev.xborder.connector.http;

import dev.xborder.connector.RateLimit;
import dev.xborder.core.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket on an injectable {@link Clock}: holds at most {@code burst} tokens, refills
 * continuously at {@code perSecond}. {@link #reserve(double)} takes tokens now and says how long the
 * caller must wait before using them (tokens may go negative, so concurrent callers queue in
 * order instead of racing). Also models a leaky bucket (same admissions) and Shopify's GraphQL cost
 * bucket, which {@link #observe(double, double, double)} re-synchronises from the platform's own
 * figures. Thread-safe.
 *
 * <p>Not Resilience4j's {@code RateLimiter}: that one refreshes a fixed number of permits per
 * fixed period (no continuous refill, no cost per call, no platform feedback) and runs on
 * {@code System.nanoTime}, which tests cannot move.
 */
public final class TokenBucket {
    private final Clock clock;
    private double perSecond;
    private double capacity;
    private double tokens;
    private Instant last;

    public TokenBucket(RateLimit limit, Clock clock) {
        Checks.notNull(limit, "limit");
        this.clock = Checks.notNull(clock, "clock");
        this.perSecond = limit.perSecond();
        this.capacity = limit.burst();
        this.tokens = capacity;
        this.last = clock.instant();
    }

    /**
     * Takes {@code cost} tokens and returns how long to wait before the call may be sent
     * ({@link Duration#ZERO} if the tokens were there).
     */
    public synchronized Duration reserve(double cost) {
        refill();
        tokens -= cost;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-tokens / perSecond * 1e9));
    }

    /** Tokens available now (negative while reservations are outstanding). */
    public synchronized double available() {
        refill();
        return tokens;
    }

    /** Empties the bucket: the platform said we are over the limit (e.g. a 429). */
    public synchronized void drain() {
        refill();
        tokens = Math.min(tokens, 0);
    }

    /**
     * Adopts the platform's view of the bucket (e.g. Shopify's
     * {@code throttleStatus{currentlyAvailable, maximumAvailable, restoreRate}}). Non-positive
     * capacity or rate are ignored.
     */
    public synchronized void observe(double currentlyAvailable, double maximumAvailable, double restoreRate) {
        refill();
        if (maximumAvailable > 0) {
            capacity = maximumAvailable;
        }
        if (restoreRate > 0) {
            perSecond = restoreRate;
        }
        tokens = Math.min(currentlyAvailable, capacity);
    }

    /** Adopts a refill rate the platform announced (e.g. Amazon's {@code x-amzn-RateLimit-Limit}); ignored if not positive. */
    public synchronized void adjustRate(double perSecond) {
        if (perSecond > 0 && !Double.isInfinite(perSecond)) {
            refill();
            this.perSecond = perSecond;
        }
    }

    /** The current refill rate in tokens per second. */
    public synchronized double rate() {
        return perSecond;
    }

    private void refill() {
        Instant now = clock.instant();
        long nanos = Duration.between(last, now).toNanos();
        if (nanos > 0) {
            tokens = Math.min(capacity, tokens + perSecond * nanos / 1e9);
            last = now;
        }
    }
}
