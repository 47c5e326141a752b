package dev.xborder.connector.ebay;

import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorArchitectureTest;

/** The kit's architecture rules for the Ebay connector. */
class EbayArchitectureTest extends ConnectorArchitectureTest {

    @Override
    protected ConnectorProvider provider() {
        return new EbayConnectorProvider();
    }
}
