package dev.xborder.connector.shopify;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorArchitectureTest;

/** The kit's architecture rules for the Shopify connector. */
class ShopifyArchitectureTest extends ConnectorArchitectureTest {

    @Override
    protected ConnectorProvider provider() {
        return new ShopifyConnectorProvider();
    }

    /** The connector reads the GraphQL cost bucket's points (not money) as doubles. */
    @Override
    protected DescribedPredicate<JavaClass> readsNoMoney() {
        return JavaClass.Predicates.simpleNameStartingWith("ShopifyConnector");
    }
}
