package dev.xborder.connector.http;

import dev.xborder.connector.Secret;
import dev.xborder.core.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches an access token until {@code earlyExpiry} before it expires, and refreshes it with
 * single flight: however many threads find it expired (or report it rejected by a 401) at once,
 * exactly one calls the {@link Fetcher}; the others wait for and share its result. A failed
 * refresh is not cached: the next caller tries again. Thread-safe.
 */
public final class AccessTokenCache {
    /** Obtains a fresh token, e.g. by an OAuth refresh-token grant. May throw a ConnectorException. */
    @FunctionalInterface
    public interface Fetcher {
        AccessToken fetch();
    }

    private final Fetcher fetcher;
    private final Clock clock;
    private final Duration earlyExpiry;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AccessToken current;

    public AccessTokenCache(Fetcher fetcher, Clock clock, Duration earlyExpiry) {
        this.fetcher = Checks.notNull(fetcher, "fetcher");
        this.clock = Checks.notNull(clock, "clock");
        this.earlyExpiry = Checks.notNull(earlyExpiry, "earlyExpiry");
    }

    /** A token valid for at least {@code earlyExpiry} more, refreshing it if needed. */
    public Secret token() {
        AccessToken t = current;
        if (fresh(t)) {
            return t.token();
        }
        lock.lock();
        try {
            t = current;
            if (fresh(t)) {
                return t.token();
            }
            AccessToken fetched = Checks.notNull(fetcher.fetch(), "fetched token");
            current = fetched;
            return fetched.token();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The platform rejected {@code used}: forget it, unless another thread already replaced it, so a
     * burst of 401s for one token causes one refresh.
     */
    public void invalidate(Secret used) {
        lock.lock();
        try {
            AccessToken t = current;
            if (t != null && t.token().equals(used)) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(AccessToken t) {
        return t != null && clock.instant().plus(earlyExpiry).isBefore(t.expiresAt());
    }
}
