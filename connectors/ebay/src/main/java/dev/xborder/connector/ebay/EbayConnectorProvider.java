package dev.xborder.connector.ebay;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.ResilienceSettings;

/**
 * eBay Sell APIs (Fulfillment, Inventory), id {@code "ebay"}.
 *
 * <p>Configuration: credentials {@code clientId} and {@code clientSecret} (the application's keyset
 * from the eBay developer portal) and {@code refreshToken} (the seller's, from the authorization-code
 * grant; long-lived, reportedly about 18 months); optionally one marketplace id (e.g. {@code EBAY_US}, {@code EBAY_GB}:
 * sent as {@code X-EBAY-C-MARKETPLACE-ID} and used to pick the offers whose price is set), options
 * {@code environment} ({@code production} default, or {@code sandbox}), {@code scopes}
 * (space-separated; default {@link EbayConnector#DEFAULT_SCOPES}, a subset of what the seller
 * consented to) and {@code contentLanguage} (default {@code en-US}, sent on Inventory writes).
 * {@code baseUrl} and {@code authUrl} override the API host and the token endpoint.
 *
 * <p>Rate limits: eBay meters calls per application and user per day (quotas seen through the
 * Analytics API), not per second, so no client-side bucket is set by default; HTTP 429 is waited
 * out with backoff. Hosts with a known quota can add limits with {@link ResilienceSettings#toBuilder()}.
 */
public final class EbayConnectorProvider implements ConnectorProvider {
    public static final String ID = "ebay";

    /** The generic retry and breaker defaults, without client-side rate limits (see the class comment). */
    public static final ResilienceSettings DEFAULTS = ResilienceSettings.builder().build();

    /** Required by {@link java.util.ServiceLoader}. */
    public EbayConnectorProvider() {
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
        return new EbayConnector(config);
    }
}
