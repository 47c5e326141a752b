package dev.xborder.connector.amazon;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.RateLimit;
import dev.xborder.connector.ResilienceSettings;

/**
 * Amazon Selling Partner API, id {@code "amazon"}.
 *
 * <p>Configuration: credentials {@code clientId}, {@code clientSecret} (the LWA app's) and
 * {@code refreshToken} (the seller's authorisation); at least one marketplace id (all in one
 * region); region {@code NA}/{@code EU}/{@code FE} (optional: derived from the marketplace ids);
 * option {@code sellerId} (merchant token, needed for stock and price updates); option
 * {@code productType} (Listings Items API product type, default {@code PRODUCT}). {@code baseUrl}
 * and {@code authUrl} override the regional endpoint and the LWA token endpoint.
 *
 * <p>Default rate limits (token bucket per operation, requests per second / burst) are the
 * documented defaults of {@code models/orders-api-model/ordersV0.json} and the Listings Items API
 * 2021-08-01 (amzn/selling-partner-api-models @34dc93fe, via the project's connector research):
 * getOrders 0.0167/20, getOrder 0.5/30, getOrderItems 0.5/30, confirmShipment 2/10,
 * patchListingsItem 5/5. A seller's usage plan may be higher: override with
 * {@link ResilienceSettings#toBuilder()}.
 */
public final class AmazonConnectorProvider implements ConnectorProvider {
    public static final String ID = "amazon";

    /** The default settings: generic retry/breaker defaults plus the documented SP-API rate limits. */
    public static final ResilienceSettings DEFAULTS = ResilienceSettings.builder()
            .rateLimit(AmazonConnector.OP_GET_ORDERS, RateLimit.of(0.0167, 20))
            .rateLimit(AmazonConnector.OP_GET_ORDER, RateLimit.of(0.5, 30))
            .rateLimit(AmazonConnector.OP_GET_ORDER_ITEMS, RateLimit.of(0.5, 30))
            .rateLimit(AmazonConnector.OP_CONFIRM_SHIPMENT, RateLimit.of(2, 10))
            .rateLimit(AmazonConnector.OP_PATCH_LISTINGS_ITEM, RateLimit.of(5, 5))
            .build();

    /** Required by {@link java.util.ServiceLoader}. */
    public AmazonConnectorProvider() {
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
        return new AmazonConnector(config);
    }
}
