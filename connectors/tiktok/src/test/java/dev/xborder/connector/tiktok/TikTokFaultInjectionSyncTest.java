package dev.xborder.connector.tiktok;

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
 * The kit's fault-injection sync against a local TikTok that throttles with its body code. The
 * platform needs far fewer calls than one per order, so timeouts, truncations and kills while
 * backing off are more frequent than the kit's defaults.
 */
class TikTokFaultInjectionSyncTest extends FaultInjectionSyncTest {

    @Override
    protected ConnectorProvider provider() {
        return new TikTokConnectorProvider();
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new TikTokSimulator(data, "key-1", "secret-123456", "token-123456");
    }

    @Override
    protected Dataset dataset(int orders) {
        return Dataset.generated(orders, Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(20), "5760",
                List.of("AWAITING_SHIPMENT", "IN_TRANSIT", "UNPAID"), "USD");
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("appKey", "key-1").credential("appSecret", "secret-123456")
                .credential("accessToken", "token-123456")
                .option("shopCipher", TikTokSimulator.SHOP_CIPHER).baseUrl(server);
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
