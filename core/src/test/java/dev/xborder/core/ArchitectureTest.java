package dev.xborder.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules of xborder-core, written so that every other module can copy them (change
 * {@link #ROOT} and the imported packages):
 * <ol>
 *   <li>{@link #internalsStayInTheirFeature(String)}: a package {@code X.internal..} may be used only
 *       by classes in {@code X..}. Inside core this keeps {@code money.internal} away from
 *       {@code geo}, {@code landed}, ...</li>
 *   <li>{@link #nothingOutsideUsesTheInternalsOf(String, String)}: no class outside a module's root
 *       may use its {@code ..internal..} packages. Core cannot see its users, so this rule lives in
 *       each downstream module's own ArchitectureTest, e.g. in tax-rules:
 *       {@code nothingOutsideUsesTheInternalsOf("dev.xborder.core", "dev.xborder.tax")}.</li>
 *   <li>{@link #noFloatingPointInMoneyTypes(String...)}: no field, parameter or return type of
 *       {@code double}, {@code float}, {@code Double} or {@code Float} (nor arrays of them) in any
 *       class of the money packages or any class with a {@link MonetaryAmount} field (also inside
 *       a generic type such as {@code List<MonetaryAmount>}).</li>
 * </ol>
 * Each rule is also run against deliberately bad fixtures in {@code dev.xborder.archfixture} (test
 * sources) to prove it fails on a violation.
 */
class ArchitectureTest {
    static final String ROOT = "dev.xborder.core";
    static final String[] MONEY_PACKAGES = {"dev.xborder.core.money..", "dev.xborder.core.landed.."};

    private static JavaClasses production;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        fixtures = new ClassFileImporter().importPackages("dev.xborder.archfixture");
    }

    // ---------------------------------------------------------------- the rules

    /** Classes in {@code X.internal..} (X under {@code root}) are used only from {@code X..}. */
    static ArchRule internalsStayInTheirFeature(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use another feature's internal package only from inside that feature") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            int at = target.indexOf(".internal");
                            boolean internal = at >= 0 && (target.length() == at + 9 || target.charAt(at + 9) == '.');
                            if (!internal || !target.startsWith(root)) {
                                continue;
                            }
                            String feature = target.substring(0, at);
                            String from = origin.getPackageName();
                            if (!from.equals(feature) && !from.startsWith(feature + ".")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                        + ": " + target + " is internal to " + feature));
                            }
                        }
                    }
                });
    }

    /** No class outside {@code root} depends on {@code root..internal..}. Run it in each module that uses {@code root}. */
    static ArchRule nothingOutsideUsesTheInternalsOf(String root, String userRoot) {
        return noClasses().that().resideInAPackage(userRoot + "..")
                .and().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
                .because("internal packages are not API and may change in any release");
    }

    /** No double/float/Double/Float (or arrays) in fields, parameters or return types of money-carrying classes. */
    static ArchRule noFloatingPointInMoneyTypes(String... moneyPackages) {
        DescribedPredicate<JavaClass> carriesMoney = new DescribedPredicate<>(
                "carry money (in " + String.join(", ", moneyPackages) + " or with a MonetaryAmount field)") {
            @Override
            public boolean test(JavaClass c) {
                if (c.getPackageName().isEmpty()) {
                    return false;
                }
                for (String p : moneyPackages) {
                    String base = p.endsWith("..") ? p.substring(0, p.length() - 2) : p;
                    if (c.getPackageName().equals(base) || c.getPackageName().startsWith(base + ".")) {
                        return true;
                    }
                }
                for (JavaField f : c.getAllFields()) {
                    if (f.getType().getAllInvolvedRawTypes().stream().anyMatch(t -> t.isAssignableTo(MonetaryAmount.class))) {
                        return true;
                    }
                }
                return false;
            }
        };
        return classes().that(carriesMoney).should(new ArchCondition<JavaClass>(
                "have no double, float, Double or Float field, parameter or return type") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaField f : c.getFields()) {
                    if (floating(f.getRawType())) {
                        events.add(SimpleConditionEvent.violated(f, f.getFullName() + " has type " + f.getRawType().getName()));
                    }
                }
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (floating(u.getRawReturnType())) {
                        events.add(SimpleConditionEvent.violated(u, u.getFullName() + " returns " + u.getRawReturnType().getName()));
                    }
                    for (JavaClass p : u.getRawParameterTypes()) {
                        if (floating(p)) {
                            events.add(SimpleConditionEvent.violated(u, u.getFullName() + " takes " + p.getName()));
                        }
                    }
                }
            }
        });
    }

    private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    private static boolean floating(JavaClass type) {
        JavaClass t = type.isArray() ? type.getBaseComponentType() : type;
        return FLOATING.contains(t.getName());
    }

    // ---------------------------------------------------------------- core obeys them

    @Test
    void coreInternalsAreUsedOnlyByTheirOwnFeature() {
        internalsStayInTheirFeature(ROOT).check(production);
    }

    @Test
    void coreMoneyCarryingTypesHaveNoFloatingPoint() {
        noFloatingPointInMoneyTypes(MONEY_PACKAGES).check(production);
    }

    @Test
    void theRulesSeeCoresClasses() {
        assertThat(production.contain("dev.xborder.core.money.ExchangeRates")).isTrue();
        assertThat(production.contain("dev.xborder.core.money.internal.EcbParser")).isTrue();
        assertThat(production.contain("dev.xborder.archfixture.badmoney.FloatyPrice")).isFalse();
    }

    // ---------------------------------------------------------------- the rules bite

    @Test
    void featureRuleCatchesAnotherFeatureUsingAnInternalPackage() {
        EvaluationResult r = internalsStayInTheirFeature("dev.xborder.archfixture.lib").evaluate(fixtures);

        assertThat(r.hasViolation()).isTrue();
        List<String> v = r.getFailureReport().getDetails();
        assertThat(v).anyMatch(s -> s.contains("lib.geo.Sneaky") && s.contains("internal to dev.xborder.archfixture.lib.money"));
        assertThat(v).noneMatch(s -> s.contains("lib.money.Api"));
    }

    @Test
    void moduleRuleCatchesAnOutsideClassUsingAnInternalPackage() {
        ArchRule rule = nothingOutsideUsesTheInternalsOf("dev.xborder.archfixture.lib", "dev.xborder.archfixture");
        EvaluationResult r = rule.evaluate(fixtures);

        assertThat(r.getFailureReport().getDetails())
                .anyMatch(s -> s.contains("app.Client") && s.contains("Hidden"))
                .noneMatch(s -> s.contains("lib.geo.Sneaky") || s.contains("lib.money.Api"));
        assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class);
    }

    @Test
    void floatingPointRuleCatchesDoublesInMoneyCarryingClasses() {
        EvaluationResult r = noFloatingPointInMoneyTypes("dev.xborder.archfixture.nomoneypackage..").evaluate(fixtures);
        List<String> v = r.getFailureReport().getDetails();

        assertThat(v).anyMatch(s -> s.contains("FloatyPrice.discount") && s.contains("double"));
        assertThat(v).anyMatch(s -> s.contains("FloatyPrice.<init>") && s.contains("takes double"));
        assertThat(v).anyMatch(s -> s.contains("FloatyPrice.ratio") && s.contains("returns java.lang.Float"));
        assertThat(v).anyMatch(s -> s.contains("FloatyPrice.ratio") && s.contains("takes [F"));
        assertThat(v).anyMatch(s -> s.contains("LineTotals.average") && s.contains("returns double"));
        assertThat(v).noneMatch(s -> s.contains("Harmless"));
    }

    @Test
    void floatingPointRuleCoversWholeMoneyPackagesEvenWithoutAnAmountField() {
        EvaluationResult r = noFloatingPointInMoneyTypes("dev.xborder.archfixture.badmoney..").evaluate(fixtures);

        assertThat(r.getFailureReport().getDetails()).anyMatch(s -> s.contains("Harmless.half"));
    }
}
