package dev.xborder.connector.tiktok;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorContractTest;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.util.List;

class TikTokConnectorContractTest extends ConnectorContractTest {

    @Override
    protected ConnectorProvider provider() {
        return new TikTokConnectorProvider();
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("appKey", secretValue("appKey"))
                .credential("appSecret", secretValue("appSecret"))
                .credential("accessToken", secretValue("accessToken"))
                .option("shopCipher", TikTokSimulator.SHOP_CIPHER)
                .baseUrl(server);
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new TikTokSimulator(data, secretValue("appKey"), secretValue("appSecret"), secretValue("accessToken"));
    }

    @Override
    protected List<String> knownStatuses() {
        return List.of("AWAITING_SHIPMENT", "UNPAID", "IN_TRANSIT", "PARTIALLY_SHIPPING", "CANCELLED", "COMPLETED");
    }
}
