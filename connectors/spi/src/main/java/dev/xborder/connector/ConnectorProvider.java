package dev.xborder.connector;

/**
 * Creates connectors for one marketplace. Found by explicit registration in a
 * {@link ConnectorRegistry} or by {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/dev.xborder.connector.ConnectorProvider}); must then have a public
 * no-argument constructor. Implementations are stateless and thread-safe.
 */
public interface ConnectorProvider {

    /** The marketplace id, lower case, e.g. {@code "amazon"}, {@code "shopify"}. Unique in a registry. */
    String id();

    /** The platform's default resilience settings (rate limits per operation, retries, breaker). */
    ResilienceSettings defaultResilience();

    /**
     * A new connector for one account.
     *
     * @throws dev.xborder.core.InvalidInputException if the configuration lacks what this platform
     *         needs (every missing item named in one message; secrets never shown)
     */
    MarketplaceConnector create(ConnectorConfig config);
}
