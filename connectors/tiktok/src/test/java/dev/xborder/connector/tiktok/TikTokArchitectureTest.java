package dev.xborder.connector.tiktok;

import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorArchitectureTest;

/** The kit's architecture rules for the TikTok connector. */
class TikTokArchitectureTest extends ConnectorArchitectureTest {

    @Override
    protected ConnectorProvider provider() {
        return new TikTokConnectorProvider();
    }
}
