package dev.xborder.connector.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.ConnectorRegistry;
import java.util.List;
import javax.money.NumberValue;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules every connector module keeps, checked over its main classes: it uses
 * the SPI's published packages only (never an {@code internal} one), knows no other connector,
 * never reads money through {@code double} or {@code float}, and its provider is found by
 * {@link java.util.ServiceLoader}. A connector's test extends this class and names its provider.
 */
public abstract class ConnectorArchitectureTest {
    /** The packages of {@code xborder-connector-spi} a connector may use. */
    public static final List<String> SPI_PACKAGES = List.of(
            "dev.xborder.connector", "dev.xborder.connector.http", "dev.xborder.connector.sync", "dev.xborder.connector.wire");

    /** The provider under test; its package is the connector's root package. */
    protected abstract ConnectorProvider provider();

    /**
     * Classes allowed to read JSON numbers as {@code double} because what they read is no money
     * (a rate-limit bucket's points, say); none by default.
     */
    protected DescribedPredicate<JavaClass> readsNoMoney() {
        return DescribedPredicate.alwaysFalse();
    }

    /** The connector's main classes. */
    protected final JavaClasses classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage());
    }

    /** The connector's root package, that of its provider. */
    protected final String rootPackage() {
        return provider().getClass().getPackageName();
    }

    @Test
    void theConnectorUsesNoInternalsOfTheSpi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.xborder.connector.http.internal..")
                .check(classes());
    }

    @Test
    void theConnectorKnowsNoOtherConnector() {
        noClasses().should().dependOnClassesThat(resideInAPackage("dev.xborder.connector..")
                        .and(not(resideInAPackage(rootPackage() + "..")))
                        .and(not(resideInAnyPackage(SPI_PACKAGES.toArray(String[]::new))))
                        .and(not(resideInAPackage("dev.xborder.connector.http.internal.."))))
                .check(classes());
    }

    @Test
    void moneyIsNeverReadAsDouble() {
        noClasses().should().callMethod(JsonNode.class, "doubleValue")
                .orShould().callMethod(JsonNode.class, "asDouble")
                .orShould().callMethod(JsonNode.class, "asDouble", double.class)
                .orShould().callMethod(JsonNode.class, "floatValue")
                .orShould().callMethod(NumberValue.class, "doubleValue")
                .allowEmptyShould(true)
                .check(classes().that(not(readsNoMoney())));
    }

    @Test
    void theServiceLoaderFindsTheProvider() {
        assertThat(ConnectorRegistry.discover(getClass().getClassLoader()).ids()).contains(provider().id());
    }
}
