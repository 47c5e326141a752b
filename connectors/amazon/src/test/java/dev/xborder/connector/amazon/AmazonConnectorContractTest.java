package dev.xborder.connector.amazon;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorContractTest;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.util.List;

class AmazonConnectorContractTest extends ConnectorContractTest {

    @Override
    protected ConnectorProvider provider() {
        return new AmazonConnectorProvider();
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("clientId", secretValue("clientId"))
                .credential("clientSecret", secretValue("clientSecret"))
                .credential("refreshToken", secretValue("refreshToken"))
                .marketplaceId(AmazonSimulator.MARKETPLACE)
                .region("NA")
                .option("sellerId", "A2SELLER")
                .baseUrl(server)
                .authUrl(server.resolve("/auth/o2/token"));
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new AmazonSimulator(data, secretValue("clientId"), secretValue("clientSecret"), secretValue("refreshToken"));
    }

    @Override
    protected List<String> knownStatuses() {
        return List.of("Unshipped", "Pending", "Shipped", "PartiallyShipped", "Canceled");
    }
}
