package dev.xborder.connector.http;

import java.time.Duration;

/**
 * Waits. Every wait of the HTTP layer (backoff, Retry-After, rate limits) goes through one, so tests
 * substitute a sleeper that records the waits (and advances a test clock) instead of sleeping.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
    /** {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
        }
    };

    /**
     * Waits for {@code duration} (zero or negative: returns at once).
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
