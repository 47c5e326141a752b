package dev.xborder.connector.ebay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EbayArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.xborder.connector.ebay");

    @Test
    void theConnectorUsesNoInternalsOfTheSpi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.xborder.connector.http.internal..").check(classes);
    }

    @Test
    void moneyIsNeverReadAsDouble() {
        noClasses().should().callMethod(com.fasterxml.jackson.databind.JsonNode.class, "doubleValue")
                .orShould().callMethod(com.fasterxml.jackson.databind.JsonNode.class, "asDouble")
                .orShould().callMethod(com.fasterxml.jackson.databind.JsonNode.class, "floatValue")
                .orShould().callMethod(javax.money.NumberValue.class, "doubleValue")
                .check(classes);
    }

    @Test
    void theConnectorKnowsNoOtherConnector() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.xborder.connector.amazon..", "dev.xborder.connector.shopify..",
                "dev.xborder.connector.shopee..", "dev.xborder.connector.lazada..", "dev.xborder.connector.tiktok..",
                "dev.xborder.connector.aliexpress..")
                .check(classes);
    }

    @Test
    void theServiceLoaderFindsTheProvider() {
        org.assertj.core.api.Assertions.assertThat(dev.xborder.connector.ConnectorRegistry.discover(getClass().getClassLoader()).ids())
                .contains(EbayConnectorProvider.ID);
    }
}
