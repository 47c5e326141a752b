package dev.xborder.connector.tiktok;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.ResilienceSettings;

/**
 * TikTok Shop Partner API (202309 versions), id {@code "tiktok"}.
 *
 * <p>Configuration: credentials {@code appKey} and {@code appSecret} (the app's key and secret from
 * TikTok Shop Partner Center) and {@code accessToken} (the shop's token from
 * {@code auth.tiktok-shops.com/api/v2/token/get}; the host refreshes it with
 * {@code /api/v2/token/refresh} and builds a new connector, this connector does not refresh
 * tokens); option {@code shopCipher} (the shop's {@code cipher} from
 * {@code GET /authorization/202309/shops}); optional option {@code warehouseId} (default warehouse
 * for stock updates). {@code baseUrl} overrides {@code https://open-api.tiktokglobalshop.com}.
 *
 * <p>Rate limits: TikTok's per-app/shop QPS figures are not published in the sources found
 * (connector research 6.3); no client-side limit is set by default, body code {@code 36009002}
 * and HTTP 429 are waited out. Hosts that know their quota set limits per operation.
 */
public final class TikTokConnectorProvider implements ConnectorProvider {
    public static final String ID = "tiktok";

    public static final ResilienceSettings DEFAULTS = ResilienceSettings.builder().build();

    /** Required by {@link java.util.ServiceLoader}. */
    public TikTokConnectorProvider() {
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
        return new TikTokConnector(config);
    }
}
