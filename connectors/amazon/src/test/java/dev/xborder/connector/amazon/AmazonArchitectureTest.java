package dev.xborder.connector.amazon;

import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorArchitectureTest;

/** The kit's architecture rules for the Amazon connector. */
class AmazonArchitectureTest extends ConnectorArchitectureTest {

    @Override
    protected ConnectorProvider provider() {
        return new AmazonConnectorProvider();
    }
}
