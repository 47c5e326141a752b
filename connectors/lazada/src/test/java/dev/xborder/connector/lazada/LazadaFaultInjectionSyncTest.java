package dev.xborder.connector.lazada;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FaultInjectionSyncTest;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The kit's fault-injection sync against a local Lazada that throttles with its body code. The
 * platform needs far fewer calls than one per order, so timeouts, truncations and kills while
 * backing off are more frequent than the kit's defaults.
 */
class LazadaFaultInjectionSyncTest extends FaultInjectionSyncTest {

    @Override
    protected ConnectorProvider provider() {
        return new LazadaConnectorProvider();
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new LazadaSimulator(data, "key-1", "secret-123456", "token-123456");
    }

    @Override
    protected Dataset dataset(int orders) {
        return Dataset.generated(orders, Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(20), "1000",
                List.of("pending", "shipped", "ready_to_ship"), "USD");
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("appKey", "key-1").credential("appSecret", "secret-123456")
                .credential("accessToken", "token-123456")
                .option("region", "SG").baseUrl(server.resolve("/rest"));
    }

    @Override
    protected FaultRates faultRates() {
        return FaultRates.FEW_CALLS;
    }

    @Override
    protected int pageSize() {
        return 20;
    }

    @Override
    protected int minimumRequests() {
        return ORDERS / 20;
    }
}
