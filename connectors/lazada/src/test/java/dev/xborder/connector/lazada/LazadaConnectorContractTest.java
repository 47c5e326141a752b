package dev.xborder.connector.lazada;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorContractTest;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.util.List;

class LazadaConnectorContractTest extends ConnectorContractTest {

    @Override
    protected ConnectorProvider provider() {
        return new LazadaConnectorProvider();
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("appKey", secretValue("appKey"))
                .credential("appSecret", secretValue("appSecret"))
                .credential("accessToken", secretValue("accessToken"))
                .option("region", "SG")
                .baseUrl(server.resolve("/rest"));
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new LazadaSimulator(data, secretValue("appKey"), secretValue("appSecret"), secretValue("accessToken"));
    }

    @Override
    protected List<String> knownStatuses() {
        return List.of("pending", "ready_to_ship", "shipped", "delivered", "canceled");
    }

    @Override
    protected String currency() {
        return "SGD";
    }
}
