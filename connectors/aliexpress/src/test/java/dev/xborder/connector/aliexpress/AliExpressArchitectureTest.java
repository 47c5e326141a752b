package dev.xborder.connector.aliexpress;

import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorArchitectureTest;

/** The kit's architecture rules for the AliExpress connector. */
class AliExpressArchitectureTest extends ConnectorArchitectureTest {

    @Override
    protected ConnectorProvider provider() {
        return new AliExpressConnectorProvider();
    }
}
