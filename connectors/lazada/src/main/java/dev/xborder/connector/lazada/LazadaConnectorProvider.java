package dev.xborder.connector.lazada;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.ResilienceSettings;

/**
 * Lazada Open Platform, id {@code "lazada"}.
 *
 * <p>Configuration: credentials {@code appKey} and {@code appSecret} (the app's key and secret from
 * the Lazada Open Platform console) and {@code accessToken} (the seller's token from
 * {@code /auth/token/create}; the host refreshes it with {@code /auth/token/refresh} and builds a
 * new connector, this connector does not refresh tokens); option {@code region}: one of
 * {@code SG, MY, TH, VN, PH, ID} (picks the gateway, the currency and the time offset).
 * {@code baseUrl} overrides the gateway.
 *
 * <p>Rate limits: Lazada publishes no per-call figures in the sources found (it throttles per app
 * and warns against aggressive polling, connector research 5.2); no client-side limit is set by
 * default, the body's {@code ApiCallLimit} is waited out with backoff. Hosts that know their quota
 * set limits per operation in {@link ResilienceSettings}.
 */
public final class LazadaConnectorProvider implements ConnectorProvider {
    public static final String ID = "lazada";

    public static final ResilienceSettings DEFAULTS = ResilienceSettings.builder().build();

    /** Required by {@link java.util.ServiceLoader}. */
    public LazadaConnectorProvider() {
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
        return new LazadaConnector(config);
    }
}
