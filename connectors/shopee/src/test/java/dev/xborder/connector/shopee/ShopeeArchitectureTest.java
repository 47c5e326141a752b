package dev.xborder.connector.shopee;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ShopeeArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.xborder.connector.shopee");

    @Test
    void theConnectorUsesNoInternalsOfTheSpi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.xborder.connector.http.internal..").check(classes);
    }

    @Test
    void shopeeFloatsAreNeverReadAsDoubleOrFloat() {
        noClasses().should().callMethod(JsonNode.class, "doubleValue")
                .orShould().callMethod(JsonNode.class, "asDouble")
                .orShould().callMethod(JsonNode.class, "asDouble", double.class)
                .orShould().callMethod(JsonNode.class, "floatValue")
                .check(classes);
    }

    @Test
    void thePublicApiDoesNotExposeInternalTypes() {
        noClasses().that().resideInAPackage("dev.xborder.connector.shopee").and().arePublic()
                .should().dependOnClassesThat().resideInAPackage("dev.xborder.connector.shopee.internal..")
                .because("only ShopeeConnector may use the internals, privately")
                .allowEmptyShould(true)
                .check(classes.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("ShopeeConnector"))));
    }
}
