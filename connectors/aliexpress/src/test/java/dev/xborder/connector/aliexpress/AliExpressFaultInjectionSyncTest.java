package dev.xborder.connector.aliexpress;

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
 * The kit's fault-injection sync against a local AliExpress that throttles with call-limit errors
 * in the body, over orders updated across the March 2025 switch to daylight time (so the Pacific
 * dates jump an hour).
 */
class AliExpressFaultInjectionSyncTest extends FaultInjectionSyncTest {

    @Override
    protected ConnectorProvider provider() {
        return new AliExpressConnectorProvider();
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new AliExpressSimulator(data, "app-key", "app-secret", "session-1");
    }

    @Override
    protected Dataset dataset(int orders) {
        return Dataset.generated(orders, Instant.parse("2025-03-09T00:00:00Z"), Duration.ofSeconds(7), "30",
                List.of("WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_ACCEPT_GOODS", "FINISH"), "USD");
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("appKey", "app-key").credential("appSecret", "app-secret").credential("accessToken", "session-1")
                .baseUrl(server);
    }

    @Override
    protected FakeResponse serverError() {
        return FakeResponse.json(503, "{\"type\":\"ISP\",\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}");
    }

    @Override
    protected FaultRates faultRates() {
        return FaultRates.FEW_CALLS.withHostCrashPercent(5);
    }

    @Override
    protected int pageSize() {
        return 50;
    }

    @Override
    protected int minimumRequests() {
        return ORDERS / 50;
    }
}
