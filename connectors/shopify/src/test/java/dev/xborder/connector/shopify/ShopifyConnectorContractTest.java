package dev.xborder.connector.shopify;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorContractTest;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.util.List;

class ShopifyConnectorContractTest extends ConnectorContractTest {

    @Override
    protected ConnectorProvider provider() {
        return new ShopifyConnectorProvider();
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("accessToken", secretValue("accessToken"))
                .option("shop", "xborder-test")
                .option("locationId", "6884556842")
                .baseUrl(server);
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new ShopifySimulator(data, secretValue("accessToken"));
    }

    @Override
    protected List<String> knownStatuses() {
        return List.of("UNFULFILLED", "FULFILLED", "PARTIALLY_FULFILLED", "ON_HOLD");
    }

    @Override
    protected String currency() {
        return "CAD";
    }
}
