package dev.xborder.connector.shopify;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.FaultInjectionSyncTest;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The kit's fault-injection sync against a local Admin GraphQL shop that throttles with
 * {@code THROTTLED} at HTTP 200. One call returns a page of orders with their lines, so faults are
 * more frequent per call than the kit's defaults.
 */
class ShopifyFaultInjectionSyncTest extends FaultInjectionSyncTest {

    @Override
    protected ConnectorProvider provider() {
        return new ShopifyConnectorProvider();
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new ShopifySimulator(data, "shpat_fault_token_123456");
    }

    @Override
    protected Dataset dataset(int orders) {
        return Dataset.generated(orders, Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(20), "7",
                List.of("UNFULFILLED", "FULFILLED", "PARTIALLY_FULFILLED"), "CAD");
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("accessToken", "shpat_fault_token_123456").option("shop", "fault-test").baseUrl(server);
    }

    @Override
    protected FakeResponse serverError() {
        return FakeResponse.json(503, "{\"errors\":\"Service Unavailable\"}");
    }

    @Override
    protected FaultRates faultRates() {
        return FaultRates.FEW_CALLS;
    }

    @Override
    protected int minimumRequests() {
        return ORDERS / 50;
    }
}
