package dev.xborder.connector.amazon;

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

/** The kit's fault-injection sync against a local SP-API that throttles with 429 QuotaExceeded. */
class AmazonFaultInjectionSyncTest extends FaultInjectionSyncTest {

    @Override
    protected ConnectorProvider provider() {
        return new AmazonConnectorProvider();
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new AmazonSimulator(data, "cid", "csecret-123456", "Atzr|refresh-123456");
    }

    @Override
    protected Dataset dataset(int orders) {
        return Dataset.generated(orders, Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(20), "1000",
                List.of("Unshipped", "Shipped", "Pending"), "USD");
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("clientId", "cid").credential("clientSecret", "csecret-123456")
                .credential("refreshToken", "Atzr|refresh-123456")
                .marketplaceId(AmazonSimulator.MARKETPLACE)
                .baseUrl(server).authUrl(server.resolve("/auth/o2/token"));
    }

    @Override
    protected FakeResponse serverError() {
        return FakeResponse.json(503, "{\"errors\":[{\"code\":\"ServiceUnavailable\",\"message\":\"Service temporarily unavailable\"}]}");
    }
}
