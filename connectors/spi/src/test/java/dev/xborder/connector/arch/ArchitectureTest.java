package dev.xborder.connector.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.xborder.connector");

    @Test
    void onlyTheHttpLayerUsesItsInternals() {
        noClasses().that().resideOutsideOfPackages("dev.xborder.connector.http..")
                .should().dependOnClassesThat().resideInAPackage("dev.xborder.connector.http.internal..")
                .check(classes);
    }

    @Test
    void theSpiKnowsNoConcreteConnector() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.xborder.connector.amazon..", "dev.xborder.connector.shopify..")
                .check(classes);
    }

    @Test
    void moneyNeverPassesThroughFloatingPointInTheWireLayer() {
        noClasses().that().resideInAPackage("dev.xborder.connector.wire..")
                .should().callMethod(com.fasterxml.jackson.databind.JsonNode.class, "doubleValue")
                .orShould().callMethod(com.fasterxml.jackson.databind.JsonNode.class, "asDouble")
                .check(classes);
    }
}
