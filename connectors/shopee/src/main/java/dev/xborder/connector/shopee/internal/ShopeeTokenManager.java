package dev.xborder.connector.shopee.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.Secret;
import dev.xborder.connector.http.AccessToken;
import dev.xborder.connector.http.AccessTokenCache;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.http.TokenEndpoint;
import dev.xborder.connector.shopee.ShopeeTokenListener;
import dev.xborder.connector.shopee.ShopeeTokens;
import dev.xborder.core.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access and refresh tokens of one shop or merchant, on the SPI's {@link AccessTokenCache}:
 * single-flight refresh (however many threads find the access token expired or rejected at once,
 * exactly one calls {@code POST /api/v2/auth/access_token/get}; the others wait and share its
 * result) and its rotation listener: because the refresh token is single-use, the new pair goes to
 * the host's {@link ShopeeTokenListener} before the new access token is used, and if the listener
 * fails the pair is kept and offered again before the next use. Thread-safe.
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
    private final AccessTokenCache cache;
    // guarded by the cache's lock: the fetcher and the listener run under it
    private Secret refresh;
    private Instant issuedAt;

    public ShopeeTokenManager(ConnectorHttp http, long partnerId, ShopeeTokens.Owner owner, long ownerId, Secret refreshToken,
                              Secret accessToken, Instant accessExpiresAt, ShopeeTokenListener listener, Duration earlyExpiry) {
        this.http = http;
        this.partnerId = partnerId;
        this.owner = owner;
        this.ownerId = ownerId;
        this.refresh = refreshToken;
        this.listener = listener;
        this.cache = new AccessTokenCache(this::refreshNow, http.clock(), earlyExpiry, http.connectorId(), this::deliver);
        if (accessToken != null && accessExpiresAt != null) {
            cache.preload(new AccessToken(accessToken, accessExpiresAt));
        }
    }

    public long ownerId() {
        return ownerId;
    }

    /** An access token valid for at least the early-expiry margin, refreshing (once, by one thread) if needed. */
    public Secret token() {
        return cache.token();
    }

    /** Shopee rejected {@code used}: forget it unless another thread already replaced it. */
    public void invalidate(Secret used) {
        cache.invalidate(used);
    }

    private AccessToken refreshNow() {
        ObjectNode body = http.json().createObjectNode();
        body.put("refresh_token", refresh.reveal());
        body.put("partner_id", partnerId);
        body.put(owner == ShopeeTokens.Owner.SHOP ? "shop_id" : "merchant_id", ownerId);
        ApiResponse r = TokenEndpoint.send(http, ApiRequest.builder(OPERATION, "POST", PATH)
                .query("partner_id", Long.toString(partnerId)).jsonBody(body.toString()).build(),
                "Shopee token refresh for " + owner + " " + ownerId + " (re-authorise the shop if the refresh token was revoked "
                        + "or already used)");
        JsonNode j = r.json();
        AccessToken token = TokenEndpoint.accessToken(http, r, j.hasNonNull("access_token") ? j : j.path("response"), "expire_in",
                "refresh_token");
        // the old refresh token is consumed now: keep the new one whatever the listener does
        refresh = token.rotatedRefreshToken().orElseThrow();
        issuedAt = http.clock().instant();
        LOG.info("shopee: refreshed the access token of {} {}; handing the new pair to the host", owner, ownerId);
        return token;
    }

    /** The cache's rotation listener: hands the pair to the host's {@link ShopeeTokenListener}. */
    private void deliver(AccessToken token) {
        ShopeeTokens tokens = new ShopeeTokens(owner, ownerId, token.token(), token.expiresAt(),
                token.rotatedRefreshToken().orElseThrow(), issuedAt);
        try {
            listener.tokensRefreshed(tokens);
        } catch (RuntimeException e) {
            throw new ConnectorException(ErrorCode.CONNECTOR_AUTH, http.connectorId(),
                    "the ShopeeTokenListener failed to store the refreshed tokens of " + owner + " " + ownerId + " ("
                            + e.getClass().getName() + "); they are kept in memory and offered again before the next call; "
                            + "if this process stops first, the shop must be authorised again", true, e);
        }
    }
}
