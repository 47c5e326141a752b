package dev.xborder.connector.shopify;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.RateLimit;
import dev.xborder.connector.ResilienceSettings;

/**
 * Shopify Admin API (GraphQL), id {@code "shopify"}.
 *
 * <p>Configuration: credential {@code accessToken} (an Admin API access token from the OAuth code
 * grant or a custom app; sent as {@code X-Shopify-Access-Token}); option {@code shop} (the shop's
 * {@code myshopify.com} name, with or without the domain); option {@code apiVersion} (default
 * {@link #DEFAULT_API_VERSION}); option {@code locationId} (default inventory location for stock
 * updates, numeric or gid). {@code baseUrl} overrides {@code https://{shop}.myshopify.com}.
 *
 * <p>Rate limit: GraphQL calculated query cost, a bucket of points restored per second. The
 * default (1000 points, 50/s) is Shopify's older published figure and the lowest seen; every
 * response's {@code extensions.cost.throttleStatus} then resets the bucket to the shop's real
 * figures (current plans restore 100 to 2000 points/s; sources in the project's connector
 * research, section 3.4).
 */
public final class ShopifyConnectorProvider implements ConnectorProvider {
    public static final String ID = "shopify";
    /** The pinned Admin API version (present in Shopify/shopify-api-ruby's tests as 2026_07). */
    public static final String DEFAULT_API_VERSION = "2026-07";

    public static final ResilienceSettings DEFAULTS = ResilienceSettings.builder()
            .rateLimit(ShopifyConnector.OP_GRAPHQL, RateLimit.of(50, 1000))
            .build();

    /** Required by {@link java.util.ServiceLoader}. */
    public ShopifyConnectorProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ResilienceSettings defaultResilience() {
        return DEFAULTS;
    }

    @Override
    public MarketplaceConnector create(ConnectorConfig config) {
        return new ShopifyConnector(config);
    }
}
