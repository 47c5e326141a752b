package dev.xborder.connector.ebay;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorContractTest;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.util.List;

class EbayConnectorContractTest extends ConnectorContractTest {

    @Override
    protected ConnectorProvider provider() {
        return new EbayConnectorProvider();
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("clientId", secretValue("clientId"))
                .credential("clientSecret", secretValue("clientSecret"))
                .credential("refreshToken", secretValue("refreshToken"))
                .marketplaceId("EBAY_US")
                .baseUrl(server)
                .authUrl(server.resolve(EbaySimulator.TOKEN_PATH));
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new EbaySimulator(data, secretValue("clientId"), secretValue("clientSecret"), secretValue("refreshToken"));
    }

    @Override
    protected List<String> knownStatuses() {
        return List.of("NOT_STARTED", "IN_PROGRESS", "FULFILLED");
    }
}
