package dev.xborder.connector.shopee;

import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorContractTest;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.PlatformSimulator;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

class ShopeeConnectorContractTest extends ConnectorContractTest {
    final List<ShopeeTokens> stored = new CopyOnWriteArrayList<>();

    @Override
    protected ConnectorProvider provider() {
        return new ShopeeConnectorProvider(stored::add);
    }

    @Override
    protected void configure(ConnectorConfig.Builder config, URI server) {
        config.credential("partnerKey", secretValue("partnerKey"))
                .credential("refreshToken", secretValue("refreshToken"))
                .option("partnerId", Long.toString(ShopeeSimulator.PARTNER_ID))
                .option("shopId", Long.toString(ShopeeSimulator.SHOP_ID))
                .region("SG")
                .baseUrl(server);
    }

    @Override
    protected PlatformSimulator simulator(Dataset data) {
        return new ShopeeSimulator(data, secretValue("partnerKey"), secretValue("refreshToken"), null);
    }

    @Override
    protected List<String> knownStatuses() {
        return List.of("READY_TO_SHIP", "UNPAID", "SHIPPED", "COMPLETED", "CANCELLED", "PROCESSED", "TO_CONFIRM_RECEIVE");
    }

    @Override
    protected String currency() {
        return "SGD";
    }
}
