package dev.xborder.connector.aliexpress;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.ResilienceSettings;

/**
 * AliExpress Open Platform (IOP), id {@code "aliexpress"}.
 *
 * <p>Configuration: credentials {@code appKey} and {@code appSecret} (the app's, from the
 * AliExpress Open Platform console) and {@code accessToken} (the seller's, obtained by the host
 * through the IOP authorization flow: {@code /auth/token/create} with the authorization code; see
 * {@link AliExpressConnector#refreshAccessToken}); option {@code priceCurrency} (the store's price
 * currency, default {@code USD}). {@code baseUrl} overrides {@code https://api-sg.aliexpress.com}.
 *
 * <p>Rate limits: IOP call limits are per app and not published in the sources this connector was
 * built from, so no client-side bucket is set by default; call-limit errors in the body are waited
 * out with backoff. Hosts that know their limits add them with {@link ResilienceSettings#toBuilder()}
 * (operation names are the API method names, e.g. {@code aliexpress.solution.order.get}).
 */
public final class AliExpressConnectorProvider implements ConnectorProvider {
    public static final String ID = "aliexpress";

    /** The generic retry and breaker defaults, without client-side rate limits. */
    public static final ResilienceSettings DEFAULTS = ResilienceSettings.builder().build();

    /** Required by {@link java.util.ServiceLoader}. */
    public AliExpressConnectorProvider() {
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
        return new AliExpressConnector(config);
    }
}
