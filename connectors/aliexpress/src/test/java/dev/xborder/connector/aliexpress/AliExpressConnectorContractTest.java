package dev.xborder.connector.aliexpress;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorContractTest;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.util.List;

class AliExpressConnectorContractTest extends ConnectorContractTest {

    @Override
    protected ConnectorProvider provider() {
        return new AliExpressConnectorProvider();
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("appKey", secretValue("appKey"))
                .credential("appSecret", secretValue("appSecret"))
                .credential("accessToken", secretValue("accessToken"))
                .baseUrl(server);
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new AliExpressSimulator(data, secretValue("appKey"), secretValue("appSecret"), secretValue("accessToken"));
    }

    @Override
    protected List<String> knownStatuses() {
        return List.of("WAIT_SELLER_SEND_GOODS", "PLACE_ORDER_SUCCESS", "WAIT_BUYER_ACCEPT_GOODS", "SELLER_PART_SEND_GOODS", "FINISH");
    }
}
