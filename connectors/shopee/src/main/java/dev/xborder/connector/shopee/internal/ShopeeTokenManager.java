package dev.xborder.connector.shopee.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.Secret;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.shopee.ShopeeTokenListener;
import dev.xborder.connector.shopee.ShopeeTokens;
import dev.xborder.core.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access and refresh tokens of one shop or merchant, with single-flight refresh: however many
 * threads find the access token expired (or rejected) at once, exactly one calls
 * {@code POST /api/v2/auth/access_token/get}; the others wait and share its result. Because the
 * refresh token is single-use, the new pair goes to the host's {@link ShopeeTokenListener} before
 * the new access token is used, and if the listener fails the pair is kept and offered again
 * before the next use. Thread-safe.
 */
public final class ShopeeTokenManager {
    private static final Logger LOG = LoggerFactory.getLogger(ShopeeTokenManager.class);
    public static final String OPERATION = "refreshAccessToken";
    public static final String PATH = "/api/v2/auth/access_token/get";

    private final ConnectorHttp http;
    private final long partnerId;
    private final ShopeeTokens.Owner owner;
    private final long ownerId;
    private final ShopeeTokenListener listener;
    private final Duration earlyExpiry;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Secret access;
    private volatile Instant accessExpiresAt;
    private Secret refresh;
    private volatile ShopeeTokens unsaved;

    public ShopeeTokenManager(ConnectorHttp http, long partnerId, ShopeeTokens.Owner owner, long ownerId, Secret refreshToken,
                              Secret accessToken, Instant accessExpiresAt, ShopeeTokenListener listener, Duration earlyExpiry) {
        this.http = http;
        this.partnerId = partnerId;
        this.owner = owner;
        this.ownerId = ownerId;
        this.refresh = refreshToken;
        this.access = accessToken;
        this.accessExpiresAt = accessToken == null ? null : accessExpiresAt;
        this.listener = listener;
        this.earlyExpiry = earlyExpiry;
    }

    public long ownerId() {
        return ownerId;
    }

    /** An access token valid for at least the early-expiry margin, refreshing (once, by one thread) if needed. */
    public Secret token() {
        Secret a = access;
        Instant exp = accessExpiresAt;
        if (a != null && fresh(exp) && unsaved == null) {
            return a;
        }
        lock.lock();
        try {
            if (unsaved != null) {
                deliver(unsaved);
            }
            if (access != null && fresh(accessExpiresAt)) {
                return access;
            }
            refreshNow();
            return access;
        } finally {
            lock.unlock();
        }
    }

    /** Shopee rejected {@code used}: forget it unless another thread already replaced it. */
    public void invalidate(Secret used) {
        lock.lock();
        try {
            if (access != null && access.equals(used)) {
                access = null;
                accessExpiresAt = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(Instant expiresAt) {
        return expiresAt != null && http.clock().instant().plus(earlyExpiry).isBefore(expiresAt);
    }

    private void refreshNow() {
        ObjectNode body = http.json().createObjectNode();
        body.put("refresh_token", refresh.reveal());
        body.put("partner_id", partnerId);
        body.put(owner == ShopeeTokens.Owner.SHOP ? "shop_id" : "merchant_id", ownerId);
        ApiResponse r;
        try {
            r = http.send(ApiRequest.builder(OPERATION, "POST", PATH).query("partner_id", Long.toString(partnerId))
                    .jsonBody(body.toString()).build());
        } catch (ConnectorException e) {
            if (e.retryable() || e.code() == ErrorCode.CONNECTOR_THROTTLED) {
                throw e; // transient, or the daily quota: not a reason to re-authorise
            }
            throw new ConnectorException(ErrorCode.CONNECTOR_AUTH, http.connectorId(),
                    "Shopee token refresh for " + owner + " " + ownerId + " failed (re-authorise the shop if the refresh token "
                            + "was revoked or already used): " + stripPrefix(e.getMessage()),
                    e.httpStatus().orElse(0), e.requestId().orElse(null), false, null, null);
        }
        JsonNode j = r.json();
        JsonNode src = j.hasNonNull("access_token") ? j : j.path("response");
        String newAccess = src.path("access_token").asText("");
        String newRefresh = src.path("refresh_token").asText("");
        long expireIn = src.path("expire_in").asLong(0);
        if (newAccess.isEmpty() || newRefresh.isEmpty() || expireIn <= 0) {
            throw r.badResponse("token refresh answer lacks access_token, refresh_token or expire_in");
        }
        Secret a = Secret.of(newAccess);
        Secret rt = Secret.of(newRefresh);
        http.rememberSecret(a);
        http.rememberSecret(rt);
        Instant now = http.clock().instant();
        ShopeeTokens tokens = new ShopeeTokens(owner, ownerId, a, now.plusSeconds(expireIn), rt, now);
        // the old refresh token is consumed now: keep the new pair whatever the listener does
        refresh = rt;
        access = null;
        accessExpiresAt = null;
        unsaved = tokens;
        LOG.info("shopee: refreshed the access token of {} {}; handing the new pair to the host", owner, ownerId);
        deliver(tokens);
    }

    /** Hands {@code tokens} to the listener; only after it returned normally do they become usable. Caller holds the lock. */
    private void deliver(ShopeeTokens tokens) {
        try {
            listener.tokensRefreshed(tokens);
        } catch (RuntimeException e) {
            throw new ConnectorException(ErrorCode.CONNECTOR_AUTH, http.connectorId(),
                    "the ShopeeTokenListener failed to store the refreshed tokens of " + owner + " " + ownerId + " ("
                            + e.getClass().getName() + "); they are kept in memory and offered again before the next call; "
                            + "if this process stops first, the shop must be authorised again", true, e);
        }
        unsaved = null;
        access = tokens.accessToken();
        accessExpiresAt = tokens.accessExpiresAt();
    }

    private static String stripPrefix(String message) {
        int i = message.indexOf("] ");
        return i >= 0 ? message.substring(i + 2) : message;
    }
}
