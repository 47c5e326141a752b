package dev.xborder.connector.shopee;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;

/**
 * Shopee Open Platform v2, id {@code "shopee"}.
 *
 * <p>Configuration: credentials {@code partnerKey} (the app's key, used as text) and
 * {@code refreshToken} (the shop's), optionally {@code accessToken} with option
 * {@code accessExpiresAt} (unix seconds or ISO-8601); options {@code partnerId}, {@code shopId};
 * region = the shop's market ({@code SG}, {@code MY}, {@code VN}...; gives the currency) or option
 * {@code currency}. Cross-border (CNSC/KRSC) sellers updating global products: option
 * {@code productApi=global}, option {@code merchantId}, option {@code merchantCurrency}, credential
 * {@code merchantRefreshToken} (and optionally {@code merchantAccessToken} with
 * {@code merchantAccessExpiresAt}). {@code baseUrl} overrides the API host (CN and BR hosts, the
 * sandbox, tests).
 *
 * <p>Shopee rotates refresh tokens on every refresh, so the host must store each new pair: create
 * the provider with a {@link ShopeeTokenListener} and register it explicitly
 * ({@code ConnectorRegistry.builder().register(new ShopeeConnectorProvider(listener))}). The
 * no-argument instance that {@link java.util.ServiceLoader} finds refuses to create connectors,
 * saying so, rather than lose rotated tokens.
 *
 * <p>Default resilience: Shopee publishes no per-API rate limits (its API docs list
 * {@code rate_limit [0,0,0]}), so there are no client-side limits; the generic retry and breaker
 * defaults apply, and {@code error_rate_limit} answers are retried with backoff. Thread-safe.
 */
public final class ShopeeConnectorProvider implements ConnectorProvider {
    public static final String ID = "shopee";

    /** Generic retry and breaker defaults; no client-side rate limits (none published). */
    public static final ResilienceSettings DEFAULTS = ResilienceSettings.builder().build();

    private final ShopeeTokenListener listener;
    private final ShopeeSkuResolver skus;

    /** For {@link java.util.ServiceLoader} only: {@link #create} then fails, asking for a token listener. */
    public ShopeeConnectorProvider() {
        this.listener = null;
        this.skus = ShopeeSkuResolver.ITEM_MODEL_IDS;
    }

    /** A provider whose connectors hand every refreshed token pair to {@code listener}; SKUs as {@code "itemId:modelId"}. */
    public ShopeeConnectorProvider(ShopeeTokenListener listener) {
        this(listener, ShopeeSkuResolver.ITEM_MODEL_IDS);
    }

    /** As {@link #ShopeeConnectorProvider(ShopeeTokenListener)} with the host's SKU resolver. */
    public ShopeeConnectorProvider(ShopeeTokenListener listener, ShopeeSkuResolver skuResolver) {
        this.listener = Checks.notNull(listener, "listener");
        this.skus = Checks.notNull(skuResolver, "skuResolver");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ResilienceSettings defaultResilience() {
        return DEFAULTS;
    }

    /**
     * @throws InvalidInputException if this provider has no token listener, or the configuration lacks
     *         what Shopee needs (every problem in one message)
     */
    @Override
    public MarketplaceConnector create(ConnectorConfig config) {
        Checks.notNull(config, "config");
        if (listener == null) {
            throw new InvalidInputException("shopee.tokenListener", null, "Shopee refresh tokens are single-use and rotate on every "
                    + "refresh: register new ShopeeConnectorProvider(listener) with a ShopeeTokenListener that stores them");
        }
        return new ShopeeConnector(config, listener, skus);
    }
}
