package dev.xborder.connector.ebay;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.FaultInjectionSyncTest;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The kit's fault-injection sync against a local eBay that throttles with 429 and refreshes OAuth
 * user tokens through the faulty server.
 */
class EbayFaultInjectionSyncTest extends FaultInjectionSyncTest {

    @Override
    protected ConnectorProvider provider() {
        return new EbayConnectorProvider();
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new EbaySimulator(data, "cid", "csecret", "rtoken");
    }

    @Override
    protected Dataset dataset(int orders) {
        return Dataset.generated(orders, NOW.minus(Duration.ofDays(20)), Duration.ofSeconds(7), "27-",
                List.of("NOT_STARTED", "IN_PROGRESS", "FULFILLED"), "USD");
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("clientId", "cid").credential("clientSecret", "csecret").credential("refreshToken", "rtoken")
                .baseUrl(server).authUrl(server.resolve(EbaySimulator.TOKEN_PATH));
    }

    @Override
    protected FakeResponse serverError() {
        return FakeResponse.json(503, "{\"errors\":[{\"errorId\":30500,\"message\":\"System error\"}]}");
    }

    @Override
    protected FaultRates faultRates() {
        return FaultRates.FEW_CALLS.withHostCrashPercent(5);
    }

    @Override
    protected int pageSize() {
        return 100;
    }

    @Override
    protected int minimumRequests() {
        return ORDERS / 100;
    }
}
