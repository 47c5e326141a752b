package dev.xborder.tax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.xborder.tax");

    @Test
    void theEngineNeverTouchesJsonOrReflectionPerQuote() {
        noClasses().that().resideInAPackage("dev.xborder.tax.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "java.lang.reflect..",
                        "java.util.regex..")
                .check(CLASSES);
    }

    @Test
    void taxRulesNeverReachIntoCoresInternals() {
        noClasses().that().resideInAPackage("dev.xborder.tax..")
                .should().dependOnClassesThat().resideInAPackage("dev.xborder.core..internal..")
                .check(CLASSES);
    }

    @Test
    void eachInternalPackageIsUsedOnlyWithinItsFeature() {
        for (String feature : new String[] {"dev.xborder.tax.id", "dev.xborder.tax.tariff", "dev.xborder.tax.engine"}) {
            noClasses().that().resideOutsideOfPackages(feature + "..")
                    .should().dependOnClassesThat().resideInAPackage(feature + ".internal..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void onlyTheLoaderUsesThePackInternals() {
        noClasses().that().resideOutsideOfPackages("dev.xborder.tax.pack..")
                .should().dependOnClassesThat().resideInAPackage("dev.xborder.tax.pack.internal..")
                .check(CLASSES);
    }
}
