package dev.xborder.examples.howto;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorContractTest;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.util.List;

/** The how-to's Acme connector passes the same contract kit as the Amazon and Shopify connectors. */
class AcmeConnectorContractTest extends ConnectorContractTest {
    @Override
    protected ConnectorProvider provider() {
        return new WriteAConnector.AcmeProvider();
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("apiKey", secretValue("apiKey")).baseUrl(server);
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new AcmeSimulator(data, secretValue("apiKey"));
    }

    @Override
    protected List<String> knownStatuses() {
        return List.of("paid", "pending", "shipped", "delivered", "cancelled");
    }
}
