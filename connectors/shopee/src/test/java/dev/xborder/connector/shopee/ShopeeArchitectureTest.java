package dev.xborder.connector.shopee;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.testkit.ConnectorArchitectureTest;
import org.junit.jupiter.api.Test;

/** The kit's architecture rules for the Shopee connector, and its own: internals stay private. */
class ShopeeArchitectureTest extends ConnectorArchitectureTest {

    @Override
    protected ConnectorProvider provider() {
        return new ShopeeConnectorProvider(tokens -> { });
    }

    @Test
    void thePublicApiDoesNotExposeInternalTypes() {
        noClasses().that().resideInAPackage("dev.xborder.connector.shopee").and().arePublic()
                .should().dependOnClassesThat().resideInAPackage("dev.xborder.connector.shopee.internal..")
                .because("only ShopeeConnector may use the internals, privately")
                .allowEmptyShould(true)
                .check(classes().that(DescribedPredicate.not(JavaClass.Predicates.simpleName("ShopeeConnector"))));
    }
}
