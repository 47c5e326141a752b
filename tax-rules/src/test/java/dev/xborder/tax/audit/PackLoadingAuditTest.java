package dev.xborder.tax.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xborder.core.RuleDataException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePackLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance audit of issue #3, "Rule packs": host packs and overrides read from real files, every kind of bad
 * data rejected with file and JSON path and nothing loaded, precedence, and the reader's limits. Figures are test
 * data for an Iceland-like jurisdiction, not facts.
 */
class PackLoadingAuditTest {
    @TempDir
    Path dir;

    static final String BASE = """
            {
              "formatVersion": 1, "dataVersion": "audit", "jurisdiction": "IS",
              "sources": [{"id": "s", "document": "audit test document", "url": "https://example.org/audit"}],
              "destinations": [{"id": "is.destination", "country": "IS", "currency": "ISK", "from": "2024-01-01", "source": "s"}],
              "valuation": [{"id": "is.valuation", "from": "2024-01-01", "source": "s", "dutyBasis": "CIF", "taxBase": ["DUTY", "SHIPPING"]}],
              "rounding": [{"id": "is.rounding", "from": "2024-01-01", "source": "s", "scope": "LINE", "mode": "HALF_UP"}],
              "taxRates": [{"id": "is.vat.standard", "country": "IS", "category": "STANDARD", "rate": "24", "from": "2024-01-01", "to": "2025-01-01", "source": "s"},
                           {"id": "is.vat.standard", "country": "IS", "category": "STANDARD", "rate": "25", "from": "2025-01-01", "source": "s"}],
              "dutyRates": [{"id": "is.duty.61", "hsPrefix": "61", "adValorem": "10", "from": "2024-01-01", "source": "s"}]
            }
            """;

    /** An override with every kind of bad rule the issue lists (test data). */
    static final String BAD_OVERRIDE = """
            {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE",
             "sources": [{"id": "h", "document": "host data", "url": "https://example.org/host"}],
             "taxRates": [{"id": "is.vat.books", "country": "QQ", "category": "BOOKS", "rate": "11", "from": "2024-01-01", "source": "h"},
                          {"id": "is.vat.food", "country": "IS", "category": "FOOD", "rate": "124", "from": "2024-01-01", "source": "h"},
                          {"id": "is.vat.art", "country": "IS", "category": "WORKS_OF_ART", "rate": "11", "from": "2024-01-01"}],
             "dutyRates": [{"id": "is.duty.64", "hsPrefix": "64.03", "adValorem": "10", "from": "2024-01-01", "source": "h"}],
             "fees": [{"id": "is.fee", "name": "host fee", "per": "PARCEL", "amount": {"amount": "1", "currency": "XYZ"},
                       "from": "2024-01-01", "source": "h"}]}
            """;

    private Path write(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    private static List<String> paths(RuleDataException e) {
        return e.problems().stream().map(RuleDataException.Problem::path).toList();
    }

    /** Same-currency only; records the rate dates asked. */
    static final class RecordingConverter implements CurrencyConverter {
        final Set<LocalDate> dates = ConcurrentHashMap.newKeySet();

        @Override
        public Conversion convert(javax.money.MonetaryAmount amount, javax.money.CurrencyUnit target, LocalDate date) {
            dates.add(date);
            if (amount.getCurrency().equals(target)) {
                return new Conversion(amount, amount, BigDecimal.ONE, date, date, "identity");
            }
            // test rate: 1 EUR = 150 ISK (not a fact)
            BigDecimal r = "EUR".equals(target.getCurrencyCode())
                    ? BigDecimal.ONE.divide(new BigDecimal("150"), java.math.MathContext.DECIMAL64) : new BigDecimal("150");
            return new Conversion(amount, Money.of(amount.getNumber().numberValue(BigDecimal.class).multiply(r), target),
                    r, date, date, "audit test rate");
        }
    }

    private static QuoteRequest isRequest(String date, String currency, String unitPrice) {
        return QuoteRequest.builder().date(LocalDate.parse(date)).origin(CountryCode.of("CN"))
                .destination(Address.of(CountryCode.of("IS"))).currency(Monetary.getCurrency(currency))
                .line(new QuoteLine(Sku.of("TEE"), HsCode.of("6109100010"), CountryCode.of("CN"), 1,
                        Money.of(new BigDecimal(unitPrice), currency), TaxCategory.STANDARD, null))
                .build();
    }

    private static BigDecimal dec(javax.money.MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }

    // ---- bad data in a host OVERRIDE -------------------------------------------------------------

    @Test
    void everyKindOfBadRuleInAHostOverrideIsReportedAtOnceNamingTheOverrideFileAndPath() throws IOException {
        Path base = write("is.json", BASE);
        Path over = write("host-is.json", BAD_OVERRIDE);
        RuleDataException e = assertThrows(RuleDataException.class,
                () -> RulePackLoader.builder().file(base, 0).file(over, 10).load());
        assertThat(paths(e)).contains("$.taxRates[0].country", "$.taxRates[1].rate", "$.taxRates[2].source",
                "$.dutyRates[0].hsPrefix", "$.fees[0].amount.currency");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).endsWith("host-is.json"));
    }

    @Test
    void unknownCodesAndOutOfRangeFiguresDeepInsideRulesAreReportedWithTheirPath() throws IOException {
        Path base = write("is.json", BASE);
        Path over = write("host-is.json", """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "originDuties": [{"id": "is.od", "effect": "ADD", "origins": ["CN", "QQ"], "adValorem": "5",
                                   "from": "2024-01-01", "source": "s", "excludedOrigins": ["ZZ"]}],
                 "dutyDeMinimis": [{"id": "is.dm", "from": "2024-01-01", "source": "s",
                                    "valueTest": {"max": {"amount": "150", "currency": "EUX"}, "measure": "INTRINSIC_VALUE"}}],
                 "fees": [{"id": "is.pct", "name": "pct", "per": "PERCENT", "percent": "150", "from": "2024-01-01", "source": "s"},
                          {"id": "is.neg", "name": "neg", "per": "PARCEL", "amount": {"amount": "-1", "currency": "ISK"},
                           "from": "2024-01-01", "source": "s"}],
                 "regimes": [{"id": "is.r", "name": "IS_R", "from": "2024-01-01", "source": "s",
                              "checkout": {"registrations": ["PASSPORT"], "channels": ["MALL"]}}]}
                """);
        RuleDataException e = assertThrows(RuleDataException.class,
                () -> RulePackLoader.builder().file(base, 0).file(over, 10).load());
        assertThat(paths(e)).contains("$.originDuties[0].origins[1]", "$.originDuties[0].excludedOrigins[0]",
                "$.dutyDeMinimis[0].valueTest.max.currency", "$.fees[0].percent", "$.fees[1].amount.amount",
                "$.regimes[0].checkout.registrations[0]", "$.regimes[0].checkout.channels[0]");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).endsWith("host-is.json"));
    }

    @Test
    void overlappingPeriodsBroughtInByAnOverrideAreRejectedNamingTheOverrideFile() throws IOException {
        Path base = write("is.json", BASE);
        // a new id for the same (country, category) as the base's is.vat.standard, and one id twice in the override
        Path over = write("host-is.json", """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "taxRates": [{"id": "is.vat.std2", "country": "IS", "category": "STANDARD", "rate": "20", "from": "2025-06-01", "source": "s"}],
                 "dutyRates": [{"id": "is.duty.64", "hsPrefix": "64", "adValorem": "5", "from": "2024-01-01", "source": "s"},
                               {"id": "is.duty.64", "hsPrefix": "64", "adValorem": "6", "from": "2024-06-01", "source": "s"}]}
                """);
        RuleDataException e = assertThrows(RuleDataException.class,
                () -> RulePackLoader.builder().file(base, 0).file(over, 10).load());
        assertThat(paths(e)).contains("$.taxRates[id=is.vat.std2]", "$.dutyRates[id=is.duty.64]");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).contains("host-is.json"));
    }

    @Test
    void aRejectedLoadLeavesACalculatorBuiltBeforeUsableAndUnchanged() throws IOException {
        Path base = write("is.json", BASE);
        RuleBook book = RulePackLoader.builder().file(base, 0).load();
        LandedCostCalculator calc = LandedCostCalculator.of(book, new RecordingConverter());
        LandedCostQuote before = calc.quote(isRequest("2025-05-09", "ISK", "10000"));
        Path over = write("host-is.json", BAD_OVERRIDE);
        assertThrows(RuleDataException.class, () -> RulePackLoader.builder().file(base, 0).file(over, 10).load());
        // the base file is bad too now: still nothing leaks into the book built before
        Files.writeString(base, BASE.replace("\"rate\": \"25\"", "\"rate\": \"250\""));
        assertThrows(RuleDataException.class, () -> RulePackLoader.builder().file(base, 0).load());
        assertThat(calc.quote(isRequest("2025-05-09", "ISK", "10000"))).isEqualTo(before);
        // 10000 x 10% = 1000 duty; (10000 + 1000) x 25% = 2750 VAT
        assertThat(dec(before.totals().duty())).isEqualByComparingTo("1000");
        assertThat(dec(before.totals().tax())).isEqualByComparingTo("2750");
    }

    // ---- host packs next to the bundled ones -------------------------------------------------------------

    @Test
    void aHostBasePackForANewDestinationLoadsNextToTheBundledPacks() throws IOException {
        RuleBook book = RulePackLoader.builder().bundled().file(write("is.json", BASE), 10).load();
        LandedCostCalculator calc = LandedCostCalculator.of(book, new RecordingConverter());
        assertThat(dec(calc.quote(isRequest("2025-05-09", "ISK", "10000")).totals().tax())).isEqualByComparingTo("2750");
        assertThat(book.pack("EU")).isPresent();
        assertThat(book.governs(CountryCode.DE)).isTrue();
    }

    @Test
    void aHostPackClaimingADestinationABundledPackGovernsIsRejectedNamingBothFiles() throws IOException {
        Path dk = write("host-dk.json", BASE.replace("\"jurisdiction\": \"IS\"", "\"jurisdiction\": \"DK\"")
                .replace("\"country\": \"IS\", \"currency\": \"ISK\"", "\"country\": \"DE\", \"currency\": \"EUR\"")
                .replace("\"country\": \"IS\"", "\"country\": \"DE\""));
        RuleDataException e = assertThrows(RuleDataException.class,
                () -> RulePackLoader.builder().bundled().file(dk, 10).load());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("host-dk.json");
            assertThat(p.path()).isEqualTo("$.destinations[id=is.destination]");
            assertThat(p.message()).contains("DE").contains("eu.json");
        });
    }

    // ---- precedence and partial overrides ---------------------------------------------------------

    @Test
    void theHigherPrecedenceWinsWhateverTheOrderTheFilesAreAdded() throws IOException {
        String o = """
                {"formatVersion": 1, "dataVersion": "x", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "taxRates": [{"id": "is.vat.standard", "country": "IS", "category": "STANDARD", "rate": "%s",
                               "from": "2024-01-01", "source": "s"}]}
                """;
        Path base = write("is.json", BASE);
        Path high = write("high.json", o.formatted("21"));
        Path low = write("low.json", o.formatted("20"));
        RuleBook book = RulePackLoader.builder().file(high, 9).file(low, 3).file(base, 0).load();
        assertThat(book.pack("IS").orElseThrow().taxRates()).singleElement()
                .satisfies(t -> assertThat(t.rate()).isEqualByComparingTo("21"));
    }

    @Test
    void aPartialOverrideReplacesTheWholeHistoryOfThatRuleIdAndKeepsTheOtherRules() throws IOException {
        Path base = write("is.json", BASE);
        // restates only the 2025 period of is.vat.standard: the documented effect is that the 2024 period is gone
        Path over = write("host-is.json", """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "taxRates": [{"id": "is.vat.standard", "country": "IS", "category": "STANDARD", "rate": "22",
                               "from": "2025-01-01", "source": "s"}]}
                """);
        Path books = write("host-books.json", """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "sources": [{"id": "h", "document": "host data", "url": "https://example.org/host"}],
                 "taxRates": [{"id": "is.vat.unknown-so-far", "country": "IS", "category": "BOOKS", "rate": "11",
                               "from": "2024-01-01", "source": "h"}]}
                """);
        RuleDataException e = assertThrows(RuleDataException.class,
                () -> RulePackLoader.builder().file(base, 0).file(over, 5).load());
        // no STANDARD rate in force at the destination's start any more: rejected, not silently quoted at 0
        assertThat(paths(e)).contains("$.destinations[id=is.destination]");

        RuleBook book = RulePackLoader.builder().file(base, 0).file(books, 5).load();
        var pack = book.pack("IS").orElseThrow();
        // an override of an id the pack does not have adds the rule; the base rules stay, with their source
        assertThat(pack.taxRates()).extracting(t -> t.meta().id())
                .containsExactly("is.vat.standard", "is.vat.standard", "is.vat.unknown-so-far");
        assertThat(pack.sources()).containsKeys("s", "h");
        assertThat(pack.dutyRates()).singleElement().satisfies(d -> assertThat(d.meta().id()).isEqualTo("is.duty.61"));
    }

    @Test
    void anOverrideOfTheConversionRulesChangesTheRateDateOfRequestAmounts() throws IOException {
        Path base = write("is.json", BASE.replace("\"sources\":",
                "\"conversion\": {\"amounts\": \"PREVIOUS_MONTH_PENULTIMATE_WEDNESDAY\"},\n  \"sources\":"));
        RecordingConverter baseRates = new RecordingConverter();
        LandedCostCalculator.of(RulePackLoader.builder().file(base, 0).load(), baseRates)
                .quote(isRequest("2025-05-09", "EUR", "100"));
        // penultimate Wednesday of April 2025 = 2025-04-23
        assertThat(baseRates.dates).contains(LocalDate.of(2025, 4, 23)).doesNotContain(LocalDate.of(2025, 5, 9));

        // docs/rule-pack-format.md, "Which rates": the host plugs in a customs-published series "together with an
        // OVERRIDE of conversion to SAME_DAY"
        Path over = write("host-is.json", """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "conversion": {"amounts": "SAME_DAY", "thresholds": "SAME_DAY"}}
                """);
        RuleBook book = RulePackLoader.builder().file(base, 0).file(over, 10).load();
        RecordingConverter overridden = new RecordingConverter();
        LandedCostCalculator.of(book, overridden).quote(isRequest("2025-05-09", "EUR", "100"));
        assertThat(overridden.dates).contains(LocalDate.of(2025, 5, 9)).doesNotContain(LocalDate.of(2025, 4, 23));

        // an override without conversion keeps the base's rules
        Path plain = write("plain.json", """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE"}
                """);
        RecordingConverter kept = new RecordingConverter();
        LandedCostCalculator.of(RulePackLoader.builder().file(base, 0).file(plain, 10).load(), kept)
                .quote(isRequest("2025-05-09", "EUR", "100"));
        assertThat(kept.dates).contains(LocalDate.of(2025, 4, 23));
    }

    @Test
    void aValueTestInAnOverrideWithoutRateDateFollowsTheRateDateRuleOfThePackItOverrides() throws IOException {
        Path base = write("is.json", BASE.replace("\"sources\":",
                "\"conversion\": {\"thresholds\": \"PREVIOUS_MONTH_PENULTIMATE_WEDNESDAY\"},\n  \"sources\":"));
        // a duty relief at or below EUR 150 (test data), measured in ISK and converted into EUR for the test
        String relief = """
                "dutyDeMinimis": [{"id": "is.duty-relief", "from": "2024-01-01", "source": "s",
                                   "valueTest": {"max": {"amount": "150", "currency": "EUR"}, "measure": "INTRINSIC_VALUE"}}]""";
        Path inBase = write("is-relief.json", BASE.replace("\"sources\":",
                "\"conversion\": {\"thresholds\": \"PREVIOUS_MONTH_PENULTIMATE_WEDNESDAY\"},\n  " + relief
                        + ",\n  \"sources\":"));
        Path over = write("host-is.json", """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE",
                """ + relief + "}");
        RecordingConverter viaBase = new RecordingConverter();
        LandedCostCalculator.of(RulePackLoader.builder().file(inBase, 0).load(), viaBase)
                .quote(isRequest("2025-05-09", "ISK", "10000"));
        RecordingConverter viaOverride = new RecordingConverter();
        LandedCostQuote q = LandedCostCalculator.of(RulePackLoader.builder().file(base, 0).file(over, 10).load(),
                viaOverride).quote(isRequest("2025-05-09", "ISK", "10000"));
        // penultimate Wednesday of April 2025 = 2025-04-23, in the base and through the override alike
        assertThat(viaBase.dates).containsExactly(LocalDate.of(2025, 4, 23));
        assertThat(viaOverride.dates).isEqualTo(viaBase.dates);
        // 10000 ISK = 66.67 EUR at the test rate: relieved
        assertThat(dec(q.totals().duty())).isZero();
        // an override that states its own thresholds rule keeps it
        Path own = write("host-own.json", """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "conversion": {"thresholds": "SAME_DAY"},
                """ + relief + "}");
        RecordingConverter viaOwn = new RecordingConverter();
        LandedCostCalculator.of(RulePackLoader.builder().file(base, 0).file(own, 10).load(), viaOwn)
                .quote(isRequest("2025-05-09", "ISK", "10000"));
        assertThat(viaOwn.dates).containsExactly(LocalDate.of(2025, 5, 9));
    }

    // ---- reading limits and malformed files ------------------------------------------------------------

    private RuleDataException rejected(String name, String json) throws IOException {
        Path p = write(name, json);
        RuleDataException e = assertThrows(RuleDataException.class, () -> RulePackLoader.builder().file(p, 0).load());
        assertThat(e.problems()).isNotEmpty().allSatisfy(pr -> assertThat(pr.file()).endsWith(name));
        return e;
    }

    @Test
    void veryDeepNestingIsATypedErrorNotAStackOverflow() throws IOException {
        String deep = "{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(paths(rejected("deep.json", deep))).containsExactly("$");
        String deepObjects = "{\"name\": " + "{\"a\": ".repeat(50_000) + "1" + "}".repeat(50_000) + "}";
        assertThat(paths(rejected("deep-objects.json", deepObjects))).containsExactly("$");
    }

    @Test
    void hugeStringsNumbersAndFilesAreTypedErrors() throws IOException {
        var longString = rejected("long-string.json", BASE.replace("\"audit test document\"",
                "\"" + "x".repeat(200_000) + "\""));
        assertThat(paths(longString)).containsExactly("$");
        assertThat(longString.getMessage()).containsIgnoringCase("length");
        var longNumber = rejected("long-number.json", BASE.replace("\"formatVersion\": 1", "\"formatVersion\": 1"
                + "0".repeat(500)));
        assertThat(paths(longNumber)).containsExactly("$");
        // an exponent is short text but a huge value: format version is checked as an int, not expanded
        assertThat(paths(rejected("exp.json", BASE.replace("\"formatVersion\": 1", "\"formatVersion\": 1e999999999"))))
                .containsExactly("$.formatVersion");
        // a decimal string in exponent form is not a decimal string of the format
        assertThat(paths(rejected("exp-rate.json", BASE.replace("\"rate\": \"24\"", "\"rate\": \"1e999999999\""))))
                .containsExactly("$.taxRates[0].rate");
        StringBuilder big = new StringBuilder(BASE.length() + 17 * 1024 * 1024);
        big.append(BASE, 0, BASE.lastIndexOf('}')).append(", \"name\": \"");
        while (big.length() < 17 * 1024 * 1024) {
            big.append("padding ");
        }
        big.append("\"}");
        var tooBig = rejected("too-big.json", big.toString());
        assertThat(tooBig.getMessage()).contains("larger than");
    }

    @Test
    void trailingGarbageDuplicateKeysEmptyFilesAndNonObjectsAreRejectedAtTheDocumentRoot() throws IOException {
        assertThat(paths(rejected("trailing.json", BASE + " {}"))).containsExactly("$");
        assertThat(paths(rejected("dup.json", BASE.replace("\"dataVersion\": \"audit\"",
                "\"dataVersion\": \"audit\", \"dataVersion\": \"again\"")))).containsExactly("$");
        assertThat(paths(rejected("empty.json", ""))).containsExactly("$");
        assertThat(paths(rejected("array.json", "[" + BASE + "]"))).containsExactly("$");
        assertThat(paths(rejected("null.json", "null"))).containsExactly("$");
        assertThat(paths(rejected("comments.json", "// host pack\n" + BASE))).containsExactly("$");
    }

    @Test
    void aMissingFileOrClasspathResourceIsARuleDataExceptionNamingIt() {
        Path missing = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> RulePackLoader.builder().file(missing, 0).load())
                .isInstanceOfSatisfying(RuleDataException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.file()).endsWith("nowhere.json")));
        assertThatThrownBy(() -> RulePackLoader.builder().classpath("dev/xborder/tax/packs/atlantis.json", 0).load())
                .isInstanceOfSatisfying(RuleDataException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.file()).isEqualTo("classpath:dev/xborder/tax/packs/atlantis.json")));
        assertThatThrownBy(() -> RulePackLoader.builder().load()).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("no rule pack");
    }

    @Test
    void wrongTypesInRuleFieldsAreReportedWithTheirPath() throws IOException {
        var e = rejected("types.json", BASE.replace("\"rate\": \"24\"", "\"rate\": 24")
                .replace("\"from\": \"2024-01-01\", \"source\": \"s\", \"dutyBasis\"", "\"from\": \"01/01/2024\", \"source\": \"s\", \"dutyBasis\"")
                .replace("\"taxBase\": [\"DUTY\", \"SHIPPING\"]", "\"taxBase\": \"DUTY\"")
                .replace("\"hsPrefix\": \"61\"", "\"hsPrefix\": 61"));
        assertThat(paths(e)).contains("$.taxRates[0].rate", "$.valuation[0].from", "$.valuation[0].taxBase",
                "$.dutyRates[0].hsPrefix");
    }
}
