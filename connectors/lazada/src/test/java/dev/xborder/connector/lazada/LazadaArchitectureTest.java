package dev.xborder.connector.lazada;

import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorArchitectureTest;

/** The kit's architecture rules for the Lazada connector. */
class LazadaArchitectureTest extends ConnectorArchitectureTest {

    @Override
    protected ConnectorProvider provider() {
        return new LazadaConnectorProvider();
    }
}
