package dev.xborder.connector.lazada;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LazadaArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.xborder.connector.lazada");

    @Test
    void theConnectorUsesNoInternalsOfTheSpi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.xborder.connector.http.internal..").check(classes);
    }

    @Test
    void moneyIsNeverReadAsDouble() {
        noClasses().should().callMethod(com.fasterxml.jackson.databind.JsonNode.class, "doubleValue")
                .orShould().callMethod(com.fasterxml.jackson.databind.JsonNode.class, "asDouble")
                .orShould().callMethod(com.fasterxml.jackson.databind.JsonNode.class, "floatValue")
                .check(classes);
    }

    @Test
    void theServiceLoaderFindsTheProvider() {
        org.assertj.core.api.Assertions.assertThat(dev.xborder.connector.ConnectorRegistry.discover(getClass().getClassLoader()).ids())
                .contains(LazadaConnectorProvider.ID);
    }
}
