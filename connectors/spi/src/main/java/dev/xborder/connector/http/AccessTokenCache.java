package dev.xborder.connector.http;

import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.Secret;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches an access token until {@code earlyExpiry} before it expires, and refreshes it with
 * single flight: however many threads find it expired (or report it rejected by a 401) at once,
 * exactly one calls the {@link Fetcher}; the others wait for and share its result. A failed
 * refresh is not cached: the next caller tries again. Thread-safe.
 *
 * <p><b>Rotated credentials.</b> Where a refresh consumes the refresh token (Shopee's are
 * single-use), the host must store the new one before anything else happens, or the account must
 * be authorised again. Give the cache a {@link RotationListener}: every fetched token goes to it
 * <b>before</b> the token is used, and only once it returned normally does the token become usable.
 * If it throws, the cache keeps the token in memory (it may be the only valid one now), fails the
 * call with a retryable {@code CONNECTOR_AUTH} {@link ConnectorException} (the listener's own, if
 * it threw one), and offers the same token again before the next use.
 */
public final class AccessTokenCache {
    /** Obtains a fresh token, e.g. by an OAuth refresh-token grant. May throw a ConnectorException. */
    @FunctionalInterface
    public interface Fetcher {
        AccessToken fetch();
    }

    /**
     * Receives every token the {@link Fetcher} obtained, before it is used, so the host can store
     * rotated credentials durably (synchronously: return only once they are stored). Called by one
     * thread at a time per cache, with the cache's lock held: must not call back into the cache or
     * the connector. Must never log the tokens.
     */
    @FunctionalInterface
    public interface RotationListener {
        /**
         * Stores a freshly fetched token (and its {@link AccessToken#rotatedRefreshToken()}).
         *
         * @throws RuntimeException if it could not be stored; the cache then keeps and re-offers it
         */
        void rotated(AccessToken token);
    }

    private final Fetcher fetcher;
    private final Clock clock;
    private final Duration earlyExpiry;
    private final String connectorId;
    private final RotationListener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AccessToken current;
    private volatile AccessToken unsaved;

    /** A cache without a rotation listener. */
    public AccessTokenCache(Fetcher fetcher, Clock clock, Duration earlyExpiry) {
        this.fetcher = Checks.notNull(fetcher, "fetcher");
        this.clock = Checks.notNull(clock, "clock");
        this.earlyExpiry = Checks.notNull(earlyExpiry, "earlyExpiry");
        this.connectorId = null;
        this.listener = null;
    }

    /**
     * A cache that hands every fetched token to {@code listener} before using it.
     *
     * @param connectorId names the connector in the exception a failing listener causes
     */
    public AccessTokenCache(Fetcher fetcher, Clock clock, Duration earlyExpiry, String connectorId, RotationListener listener) {
        this.fetcher = Checks.notNull(fetcher, "fetcher");
        this.clock = Checks.notNull(clock, "clock");
        this.earlyExpiry = Checks.notNull(earlyExpiry, "earlyExpiry");
        this.connectorId = Checks.notBlank(connectorId, "connectorId");
        this.listener = Checks.notNull(listener, "listener");
    }

    /**
     * Starts from a token the host stored (e.g. the pair its listener saved last), used until it is
     * about to expire; it is not handed to the listener. Call before the first {@link #token()}.
     */
    public void preload(AccessToken token) {
        Checks.notNull(token, "token");
        lock.lock();
        try {
            current = token;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A token valid for at least {@code earlyExpiry} more, refreshing it if needed.
     *
     * @throws ConnectorException if the refresh failed or the listener could not store a new token
     */
    public Secret token() {
        AccessToken t = current;
        if (fresh(t) && unsaved == null) {
            return t.token();
        }
        lock.lock();
        try {
            if (unsaved != null) {
                deliver(unsaved);
            }
            t = current;
            if (fresh(t)) {
                return t.token();
            }
            AccessToken fetched = Checks.notNull(fetcher.fetch(), "fetched token");
            if (listener == null) {
                current = fetched;
            } else {
                // the old refresh token may be consumed now: keep the new one whatever the listener does
                current = null;
                unsaved = fetched;
                deliver(fetched);
            }
            return fetched.token();
        } finally {
            lock.unlock();
        }
    }

    /** Hands {@code token} to the listener; only after it returned normally is it usable. Caller holds the lock. */
    private void deliver(AccessToken token) {
        try {
            listener.rotated(token);
        } catch (ConnectorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConnectorException(ErrorCode.CONNECTOR_AUTH, connectorId,
                    "the rotation listener failed to store the refreshed credentials (" + e.getClass().getName()
                            + "); they are kept in memory and offered again before the next call; if this process stops "
                            + "first, the account must be authorised again", true, e);
        }
        unsaved = null;
        current = token;
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
