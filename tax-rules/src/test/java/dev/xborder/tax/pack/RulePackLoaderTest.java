package dev.xborder.tax.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.RuleDataException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.engine.LandedCostCalculator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackLoaderTest {
    @TempDir
    Path dir;

    /** A small valid pack for Iceland-like test data (figures are test data, not facts). */
    static final String VALID = """
            {
              "formatVersion": 1, "dataVersion": "test", "jurisdiction": "IS",
              "sources": [{"id": "s", "document": "test document", "url": "https://example.org/test"}],
              "destinations": [{"id": "is.destination", "country": "IS", "currency": "ISK", "from": "2024-01-01", "source": "s"}],
              "valuation": [{"id": "is.valuation", "from": "2024-01-01", "source": "s", "dutyBasis": "CIF", "taxBase": ["DUTY", "SHIPPING"]}],
              "rounding": [{"id": "is.rounding", "from": "2024-01-01", "source": "s", "scope": "LINE", "mode": "HALF_UP"}],
              "taxRates": [{"id": "is.vat.standard", "country": "IS", "category": "STANDARD", "rate": "24", "from": "2024-01-01", "source": "s"}],
              "dutyRates": [{"id": "is.duty.61", "hsPrefix": "61", "adValorem": "10", "from": "2024-01-01", "source": "s"}]
            }
            """;

    private Path write(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    private RuleDataException rejected(String json) throws IOException {
        Path p = write("bad.json", json);
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(RuleDataException.class,
                () -> RulePackLoader.builder().file(p, 0).load());
        assertThat(thrown.problems()).allSatisfy(pr -> assertThat(pr.file()).endsWith("bad.json"));
        return thrown;
    }

    private static List<String> paths(RuleDataException e) {
        return e.problems().stream().map(RuleDataException.Problem::path).toList();
    }

    @Test
    void aValidPackLoads() throws IOException {
        RuleBook book = RulePackLoader.builder().file(write("is.json", VALID), 0).load();
        assertThat(book.pack("IS")).isPresent();
    }

    @Test
    void unknownFieldsAreRejectedWithTheirPath() throws IOException {
        var e = rejected(VALID.replace("\"rate\": \"24\"", "\"rate\": \"24\", \"rat\": 1"));
        assertThat(paths(e)).containsExactly("$.taxRates[0].rat");
    }

    @Test
    void unknownCountryAndCurrencyCodesAreRejected() throws IOException {
        var e = rejected(VALID.replace("\"country\": \"IS\", \"currency\": \"ISK\"",
                "\"country\": \"QQ\", \"currency\": \"XYZ\""));
        assertThat(paths(e)).contains("$.destinations[0].country", "$.destinations[0].currency");
    }

    @Test
    void malformedHsPrefixesAreRejected() throws IOException {
        var e = rejected(VALID.replace("\"hsPrefix\": \"61\"", "\"hsPrefix\": \"61.09\""));
        assertThat(paths(e)).containsExactly("$.dutyRates[0].hsPrefix");
    }

    @Test
    void overlappingPeriodsOfTheSameRuleAreRejected() throws IOException {
        var e = rejected(VALID.replace("\"taxRates\": [", """
                "taxRates": [{"id": "is.vat.standard", "country": "IS", "category": "STANDARD", "rate": "25.5",
                 "from": "2023-01-01", "to": "2024-06-01", "source": "s"},"""));
        assertThat(paths(e)).contains("$.taxRates[id=is.vat.standard]");
        assertThat(e.getMessage()).contains("overlapping");
    }

    @Test
    void missingAndUnknownSourcesAreRejected() throws IOException {
        var e = rejected(VALID.replace("\"rate\": \"24\", \"from\": \"2024-01-01\", \"source\": \"s\"",
                "\"rate\": \"24\", \"from\": \"2024-01-01\"")
                .replace("\"adValorem\": \"10\", \"from\": \"2024-01-01\", \"source\": \"s\"",
                        "\"adValorem\": \"10\", \"from\": \"2024-01-01\", \"source\": \"nowhere\""));
        assertThat(paths(e)).contains("$.taxRates[0].source");
        // the unknown source id is found by the validator, which only runs on packs that read cleanly
        var e2 = rejected(VALID.replace("\"adValorem\": \"10\", \"from\": \"2024-01-01\", \"source\": \"s\"",
                "\"adValorem\": \"10\", \"from\": \"2024-01-01\", \"source\": \"nowhere\""));
        assertThat(paths(e2)).containsExactly("$.dutyRates[id=is.duty.61].source");
    }

    @Test
    void ratesOutOfRangeAreRejected() throws IOException {
        var e = rejected(VALID.replace("\"rate\": \"24\"", "\"rate\": \"124\"")
                .replace("\"adValorem\": \"10\"", "\"adValorem\": \"-3\""));
        assertThat(paths(e)).containsExactlyInAnyOrder("$.taxRates[0].rate", "$.dutyRates[0].adValorem");
    }

    @Test
    void originDutiesMayCarryTradeRemedyRatesAboveATariffLinesCeiling() throws IOException {
        // dutyRates stop at 1000%; origin duties (antidumping) at 10000%: the US China-wide rate on mattresses is
        // 1,731.75% (order A-570-092).
        String withOrigin = VALID.replace("\"dutyRates\": [", "\"originDuties\": [{\"id\": \"is.ad\", \"effect\": \"ADD\","
                + " \"origins\": [\"CN\"], \"hsPrefixes\": [\"61\"], \"adValorem\": \"1731.75\", \"from\": \"2024-01-01\","
                + " \"source\": \"s\"}],\n  \"dutyRates\": [");
        RuleBook book = RulePackLoader.builder().file(write("is.json", withOrigin), 0).load();
        assertThat(book.pack("IS").orElseThrow().originDuties().get(0).duty().adValorem())
                .isEqualByComparingTo("1731.75");
        assertThat(paths(rejected(withOrigin.replace("\"1731.75\"", "\"10000.01\""))))
                .containsExactly("$.originDuties[0].adValorem");
        assertThat(paths(rejected(VALID.replace("\"adValorem\": \"10\"", "\"adValorem\": \"1000.01\""))))
                .containsExactly("$.dutyRates[0].adValorem");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        var e = rejected(VALID.replace("\"rate\": \"24\"", "\"rate\": \"124\"")
                .replace("\"hsPrefix\": \"61\"", "\"hsPrefix\": \"6\"")
                .replace("\"scope\": \"LINE\"", "\"scope\": \"ROW\"")
                .replace("\"formatVersion\": 1", "\"formatVersion\": 2, \"extra\": true"));
        assertThat(paths(e)).contains("$.formatVersion", "$.extra", "$.taxRates[0].rate", "$.dutyRates[0].hsPrefix",
                "$.rounding[0].scope");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRejected() throws IOException {
        var e = rejected(VALID.replace("\"mode\": \"HALF_UP\"", "\"mode\": \"HALF_UP\", \"to\": \"2023-01-01\""));
        assertThat(paths(e)).contains("$.rounding[0].to");
    }

    @Test
    void malformedJsonAndExcessiveNestingAreRejected() throws IOException {
        assertThat(paths(rejected("{\"formatVersion\": 1,"))).containsExactly("$");
        String deep = "{\"name\": " + "[".repeat(200) + "]".repeat(200) + "}";
        var e = rejected(deep);
        assertThat(paths(e)).containsExactly("$");
        assertThat(e.getMessage()).containsIgnoringCase("nesting");
    }

    @Test
    void aBadPackNextToAGoodOneLoadsNothing() throws IOException {
        Path good = write("is.json", VALID);
        Path bad = write("gb.json", VALID.replace("\"jurisdiction\": \"IS\"", "\"jurisdiction\": \"GB\"")
                .replace("\"country\": \"IS\", \"currency\": \"ISK\"", "\"country\": \"GB\", \"currency\": \"GBX\""));
        assertThatThrownBy(() -> RulePackLoader.builder().file(good, 0).file(bad, 0).load())
                .isInstanceOf(RuleDataException.class)
                .satisfies(t -> assertThat(((RuleDataException) t).problems())
                        .extracting(RuleDataException.Problem::file).allSatisfy(f -> assertThat(f).endsWith("gb.json")));
    }

    @Test
    void aHostOverrideReplacesTheGermanStandardRateAndAddsAParcelFee() throws IOException {
        Path over = write("host-de.json", """
                {"formatVersion": 1, "dataVersion": "host-1", "jurisdiction": "EU", "kind": "OVERRIDE",
                 "sources": [{"id": "host", "document": "host test data", "url": "https://example.org/host"}],
                 "taxRates": [{"id": "de.vat.standard", "country": "DE", "category": "STANDARD", "rate": "20",
                               "from": "2024-01-01", "source": "host"}],
                 "fees": [{"id": "de.host-parcel-fee", "country": "DE", "name": "host parcel fee", "per": "PARCEL",
                           "amount": {"amount": "1.50", "currency": "EUR"}, "from": "2024-01-01", "source": "host"}]}
                """);
        RuleBook book = RulePackLoader.builder().bundled().file(over, 10).load();
        CurrencyConverter sameCurrencyOnly = (amount, target, date) ->
                new Conversion(amount, amount, BigDecimal.ONE, date, date, "identity");
        var q = LandedCostCalculator.of(book, sameCurrencyOnly).quote(QuoteRequest.builder()
                .date(LocalDate.of(2026, 3, 10)).origin(CountryCode.of("CN"))
                .destination(Address.of(CountryCode.of("DE"), "10115")).currency(Monetary.getCurrency("EUR"))
                .line(new QuoteLine(Sku.of("PHONE"), HsCode.of("8517130000"), CountryCode.of("CN"), 1,
                        Money.of(100, "EUR"), TaxCategory.STANDARD, null)).build());
        // 100 x 20% (host rate) = 20.00; host fee 1.50 (not in the EU tax base)
        assertThat(q.totals().tax().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("20.00");
        assertThat(q.totals().fees().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("1.50");
    }

    @Test
    void twoOverridesAtTheSamePrecedenceChangingOneRuleAreRejected() throws IOException {
        String o = """
                {"formatVersion": 1, "dataVersion": "x", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "taxRates": [{"id": "is.vat.standard", "country": "IS", "category": "STANDARD", "rate": "%s",
                               "from": "2024-01-01", "source": "s"}]}
                """;
        Path base = write("is.json", VALID);
        Path a = write("a.json", o.formatted("20"));
        Path b = write("b.json", o.formatted("21"));
        assertThatThrownBy(() -> RulePackLoader.builder().file(base, 0).file(a, 5).file(b, 5).load())
                .isInstanceOf(RuleDataException.class).hasMessageContaining("same precedence");
        // at different precedences the later one wins
        RuleBook book = RulePackLoader.builder().file(base, 0).file(a, 5).file(b, 6).load();
        assertThat(book.pack("IS").orElseThrow().taxRates()).singleElement()
                .satisfies(t -> assertThat(t.rate()).isEqualByComparingTo("21"));
    }

    @Test
    void anOverrideWithoutABasePackIsRejected() throws IOException {
        Path o = write("o.json", """
                {"formatVersion": 1, "dataVersion": "x", "jurisdiction": "IS", "kind": "OVERRIDE"}
                """);
        assertThatThrownBy(() -> RulePackLoader.builder().file(o, 1).load())
                .isInstanceOf(RuleDataException.class).hasMessageContaining("no BASE pack");
    }

    @Test
    void aSecondBasePackForTheSameJurisdictionIsRejected() throws IOException {
        Path a = write("a.json", VALID);
        Path b = write("b.json", VALID);
        assertThatThrownBy(() -> RulePackLoader.builder().file(a, 0).file(b, 0).load())
                .isInstanceOf(RuleDataException.class).hasMessageContaining("use kind OVERRIDE");
    }

    @Test
    void aDestinationWithoutAStandardRateIsRejected() throws IOException {
        var e = rejected(VALID.replace("\"category\": \"STANDARD\"", "\"category\": \"BOOKS\""));
        assertThat(paths(e)).contains("$.destinations[id=is.destination]");
    }

    // ---- format extensions of 2026-11-22 ---------------------------------------------------------

    private static String withSections(String sections) {
        return VALID.replace("\"dutyRates\":", sections + ",\n  \"dutyRates\":");
    }

    private static final String GOOD_EXTENSIONS = """
            "regions": [{"id": "is.region.n", "country": "IS", "region": "N", "name": "North", "postalCodePrefixes": ["6"],
                         "postalCodeRanges": [{"from": "700", "to": "799"}], "from": "2024-01-01", "source": "s"}],
            "regimes": [{"id": "is.platform", "name": "IS_PLATFORM", "from": "2024-01-01", "source": "s",
                         "checkout": {"channels": ["MARKETPLACE"]},
                         "when": {"categoriesNotIn": ["FOOD"], "hsPrefixesNotIn": ["22", "24"]}}],
            "taxDeMinimis": [{"id": "is.border-5", "from": "2024-01-01", "source": "s", "importOnly": true,
                              "minimumCharge": {"amount": "5", "currency": "ISK"}}],
            "bandedRates": [{"id": "is.global", "name": "IS_GLOBAL", "replaces": "DUTY_AND_TAX", "measure": "CUSTOMS_VALUE",
                             "bands": [{"max": {"amount": "50", "currency": "USD"}, "rate": "0"},
                                       {"max": {"amount": "3000", "currency": "USD"}, "rate": "60",
                                        "deduction": {"amount": "20", "currency": "USD"}}],
                             "from": "2024-01-01", "source": "s"}],
            "territories": [{"id": "is.t", "country": "IS", "name": "T", "postalCodePrefixes": ["9"],
                             "outsideTaxArea": true, "localTax": "local levy", "from": "2024-01-01", "source": "s"}]""";

    @Test
    void everyFormatExtensionLoadsWhenWellFormed() throws IOException {
        String json = withSections(GOOD_EXTENSIONS).replace("\"taxRates\": [", "\"taxRates\": [{\"id\": \"is.vat.n\", "
                + "\"country\": \"IS\", \"region\": \"N\", \"category\": \"STANDARD\", \"rate\": \"20\", "
                + "\"from\": \"2024-01-01\", \"source\": \"s\"}, ");
        RulePack p = RulePackLoader.builder().file(write("ext.json", json), 0).load().pack("IS").orElseThrow();
        assertThat(p.regions()).singleElement().satisfies(r -> {
            assertThat(r.matches("600")).isTrue();
            assertThat(r.matches("750")).isTrue();
            assertThat(r.matches("800")).isFalse();
        });
        assertThat(p.regimes()).singleElement().satisfies(r -> {
            assertThat(r.valueTest()).isNull();
            assertThat(r.when().categoriesNotIn()).containsExactly(TaxCategory.FOOD);
            assertThat(r.when().hsPrefixesNotIn()).containsExactly("22", "24");
        });
        assertThat(p.taxDeMinimis()).singleElement().satisfies(r -> assertThat(r.importOnly()).isTrue());
        assertThat(p.bandedRates()).singleElement().satisfies(b -> {
            assertThat(b.replaces()).isEqualTo(RulePack.Replaces.DUTY_AND_TAX);
            assertThat(b.bands()).hasSize(2);
        });
        assertThat(p.taxRates()).anySatisfy(t -> assertThat(t.region()).isEqualTo("N"));
        assertThat(p.territories()).singleElement().satisfies(t -> assertThat(t.localTax()).isEqualTo("local levy"));
    }

    @Test
    void badRegionsAreRejectedWithTheirPath() throws IOException {
        var e = rejected(withSections("""
                "regions": [{"id": "is.r1", "country": "IS", "region": "n!", "name": "x", "postalCodePrefixes": ["6"], "from": "2024-01-01", "source": "s"},
                            {"id": "is.r2", "country": "IS", "region": "S", "name": "x", "postalCodeRanges": [{"from": "799", "to": "700"}], "from": "2024-01-01", "source": "s"},
                            {"id": "is.r3", "country": "IS", "region": "E", "name": "x", "postalCodeRanges": [{"from": "70", "to": "799"}], "from": "2024-01-01", "source": "s"},
                            {"id": "is.r4", "country": "IS", "region": "W", "name": "x", "from": "2024-01-01", "source": "s"}]"""));
        assertThat(paths(e)).contains("$.regions[0].region", "$.regions[1].postalCodeRanges[0].to",
                "$.regions[2].postalCodeRanges[0]", "$.regions[3]");
    }

    @Test
    void aTaxRateForAnUnknownRegionIsRejected() throws IOException {
        var e = rejected(VALID.replace("\"taxRates\": [", "\"taxRates\": [{\"id\": \"is.vat.x\", \"country\": \"IS\", "
                + "\"region\": \"X\", \"category\": \"STANDARD\", \"rate\": \"20\", \"from\": \"2024-01-01\", "
                + "\"source\": \"s\"}, "));
        assertThat(paths(e)).containsExactly("$.taxRates[id=is.vat.x].region");
    }

    @Test
    void badBandedRatesAreRejectedWithTheirPath() throws IOException {
        var e = rejected(withSections("""
                "bandedRates": [{"id": "is.b1", "replaces": "TAX", "measure": "CUSTOMS_VALUE", "from": "2024-01-01", "source": "s",
                                 "bands": [{"max": {"amount": "50", "currency": "USD"}, "rate": "20"},
                                           {"max": {"amount": "40", "currency": "USD"}, "rate": "60"},
                                           {"max": {"amount": "3000", "currency": "EUR"}, "rate": "60"},
                                           {"max": {"amount": "4000", "currency": "USD"}, "rate": "1001"}]},
                                {"id": "is.b2", "replaces": "DUTY", "measure": "CUSTOMS_VALUE", "from": "2024-01-01", "source": "s"}]"""));
        assertThat(paths(e)).contains("$.bandedRates[0].replaces", "$.bandedRates[0].bands[1].max",
                "$.bandedRates[0].bands[2].max.currency", "$.bandedRates[0].bands[3].rate", "$.bandedRates[1].bands");
    }

    @Test
    void badImportOnlyFlagsConditionsAndTerritoriesAreRejectedWithTheirPath() throws IOException {
        var e = rejected(withSections("""
                "taxDeMinimis": [{"id": "is.t1", "from": "2024-01-01", "source": "s", "importOnly": "yes",
                                  "minimumCharge": {"amount": "5", "currency": "ISK"}}],
                "regimes": [{"id": "is.p", "name": "IS_P", "from": "2024-01-01", "source": "s", "checkout": {},
                             "when": {"categoriesNotIn": ["SWEETS"], "hsPrefixesIn": ["6.1"]}}],
                "territories": [{"id": "is.a", "country": "IS", "name": "A", "fiscalTerritory": "ATLANTIS", "from": "2024-01-01", "source": "s"},
                                {"id": "is.b", "country": "IS", "name": "B", "fiscalTerritory": "CANARY_ISLANDS", "from": "2024-01-01", "source": "s"},
                                {"id": "is.c", "country": "IS", "name": "C", "fiscalTerritory": "ALAND", "postalCodePrefixes": ["9"], "from": "2024-01-01", "source": "s"}]"""));
        assertThat(paths(e)).contains("$.taxDeMinimis[0].importOnly", "$.regimes[0].when.categoriesNotIn[0]",
                "$.regimes[0].when.hsPrefixesIn[0]", "$.territories[0].fiscalTerritory",
                "$.territories[1].fiscalTerritory", "$.territories[2]");
    }

    @Test
    void aReliefNeedsAValueTestAMinimumChargeOrAConditionButNotBothAmounts() throws IOException {
        var e = rejected(withSections("""
                "taxDeMinimis": [{"id": "is.r0", "from": "2024-01-01", "source": "s"},
                                 {"id": "is.r1", "from": "2024-01-01", "source": "s", "minimumCharge": {"amount": "5", "currency": "ISK"},
                                  "valueTest": {"max": {"amount": "5", "currency": "ISK"}, "measure": "INTRINSIC_VALUE"}}],
                "dutyDeMinimis": [{"id": "is.r2", "from": "2024-01-01", "source": "s", "when": {"shippedFrom": ["GB"]}}]"""));
        assertThat(paths(e)).containsExactlyInAnyOrder("$.taxDeMinimis[0]", "$.taxDeMinimis[1]");
    }

    // ---- per-unit duty bounds and transport modes (2026-11-22) -----------------------------------

    @Test
    void perUnitDutyBoundsAndTransportModesLoadWhenWellFormed() throws IOException {
        String json = withSections("""
                "dutyDeMinimis": [{"id": "is.post-20", "from": "2024-01-01", "source": "s",
                                   "valueTest": {"max": {"amount": "20", "currency": "ISK"}, "measure": "CUSTOMS_VALUE"},
                                   "when": {"transportModes": ["POST", "COURIER"]}}],
                "originDuties": [{"id": "is.od", "effect": "REPLACE", "origins": ["CN"], "adValorem": "30", "from": "2024-01-01", "source": "s",
                                  "minimum": {"amount": "4300", "currency": "ISK", "per": "UNIT"}}]""")
                .replace("\"adValorem\": \"10\",", "\"adValorem\": \"10\", \"minimum\": {\"amount\": \"1\", \"currency\": \"ISK\", \"per\": \"UNIT\"}, "
                        + "\"maximum\": {\"amount\": \"5\", \"currency\": \"ISK\"},");
        RulePack p = RulePackLoader.builder().file(write("units.json", json), 0).load().pack("IS").orElseThrow();
        assertThat(p.dutyRates()).singleElement().satisfies(d -> {
            assertThat(d.duty().minimumPer()).isEqualTo(RulePack.BoundPer.UNIT);
            assertThat(d.duty().maximumPer()).isEqualTo(RulePack.BoundPer.LINE);
        });
        assertThat(p.originDuties()).singleElement()
                .satisfies(o -> assertThat(o.duty().minimumPer()).isEqualTo(RulePack.BoundPer.UNIT));
        assertThat(p.dutyDeMinimis()).singleElement().satisfies(r -> assertThat(r.when().transportModes())
                .containsExactlyInAnyOrder(dev.xborder.core.landed.TransportMode.POST,
                        dev.xborder.core.landed.TransportMode.COURIER));
    }

    @Test
    void badPerValuesOfDutyBoundsAreRejectedWithTheirPath() throws IOException {
        var e = rejected(withSections("""
                "originDuties": [{"id": "is.od1", "effect": "ADD", "origins": ["CN"], "adValorem": "5", "from": "2024-01-01", "source": "s",
                                  "minimum": {"amount": "1", "currency": "ISK", "per": "PAIR"},
                                  "maximum": {"amount": "2", "currency": "ISK", "per": 1}},
                                 {"id": "is.od2", "effect": "ADD", "origins": ["CN"], "adValorem": "5", "from": "2024-01-01", "source": "s",
                                  "minimum": {"amount": "1", "currency": "ISK", "per": "unit"}}]""")
                .replace("\"adValorem\": \"10\",", "\"adValorem\": \"10\", \"maximum\": {\"amount\": \"5\", \"currency\": \"ISK\", \"per\": \"\"},"));
        assertThat(paths(e)).containsExactlyInAnyOrder("$.dutyRates[0].maximum.per", "$.originDuties[0].minimum.per",
                "$.originDuties[0].maximum.per", "$.originDuties[1].minimum.per");
        assertThat(e.problems()).anySatisfy(pr -> assertThat(pr.message()).contains("PAIR").contains("[LINE, UNIT]"));
    }

    @Test
    void perIsAcceptedOnlyOnDutyBoundsAndMinimumAboveMaximumIsComparedOnlyPerTheSameUnit() throws IOException {
        var e = rejected(withSections("""
                "fees": [{"id": "is.fee", "name": "fee", "per": "PERCENT", "percent": "1", "from": "2024-01-01", "source": "s",
                          "minimum": {"amount": "1", "currency": "ISK", "per": "UNIT"}}],
                "originDuties": [{"id": "is.od1", "effect": "ADD", "origins": ["CN"], "adValorem": "5", "from": "2024-01-01", "source": "s",
                                  "minimum": {"amount": "9", "currency": "ISK", "per": "UNIT"},
                                  "maximum": {"amount": "2", "currency": "ISK", "per": "UNIT"}},
                                 {"id": "is.od2", "effect": "ADD", "origins": ["CN"], "adValorem": "5", "from": "2024-01-01", "source": "s",
                                  "minimum": {"amount": "9", "currency": "ISK", "per": "UNIT"},
                                  "maximum": {"amount": "20", "currency": "ISK", "per": "LINE"}}]"""));
        assertThat(paths(e)).containsExactlyInAnyOrder("$.fees[0].minimum.per", "$.originDuties[0].minimum");
    }

    @Test
    void unknownTransportModesAreRejectedWithTheirPath() throws IOException {
        var e = rejected(withSections("""
                "dutyDeMinimis": [{"id": "is.m", "from": "2024-01-01", "source": "s",
                                   "when": {"transportModes": ["POST", "PIGEON"]}},
                                  {"id": "is.n", "from": "2024-01-01", "source": "s",
                                   "when": {"transportModes": "POST"}}]"""));
        assertThat(paths(e)).containsExactlyInAnyOrder("$.dutyDeMinimis[0].when.transportModes[1]",
                "$.dutyDeMinimis[1].when.transportModes");
    }

    // ---- excluded HS prefixes, TOP_UP_TO, per-line reliefs, goods value factor (2026-11-22) ---------------

    @Test
    void theSecondBatchOfFormatAdditionsLoadsWhenWellFormed() throws IOException {
        String json = withSections("""
                "originDuties": [{"id": "is.od", "effect": "ADD", "origins": ["*"], "excludedHsPrefixes": ["8471", "851713"],
                                  "adValorem": "5", "from": "2024-01-01", "source": "s"},
                                 {"id": "is.floor", "effect": "TOP_UP_TO", "origins": ["FR"], "adValorem": "12.5",
                                  "from": "2024-01-01", "source": "s"}],
                "dutyDeMinimis": [{"id": "is.dm", "from": "2024-01-01", "source": "s", "split": "PER_LINE",
                                   "valueTest": {"max": {"amount": "100", "currency": "ISK"}, "measure": "CUSTOMS_VALUE"},
                                   "when": {"hsPrefixesNotIn": ["61"]}}]""")
                .replace("\"dutyBasis\": \"CIF\"", "\"dutyBasis\": \"CIF\", \"goodsValueFactor\": \"0.6\"");
        RulePack p = RulePackLoader.builder().file(write("next.json", json), 0).load().pack("IS").orElseThrow();
        assertThat(p.valuation()).singleElement().satisfies(v ->
                assertThat(v.goodsValueFactor()).isEqualByComparingTo("0.6"));
        assertThat(p.originDuties()).first().satisfies(o -> assertThat(o.excludedHsPrefixes()).containsExactly("8471", "851713"));
        assertThat(p.originDuties()).last().satisfies(o -> assertThat(o.effect()).isEqualTo(RulePack.Effect.TOP_UP_TO));
        assertThat(p.dutyDeMinimis()).singleElement().satisfies(r -> assertThat(r.split()).isEqualTo(RulePack.Split.PER_LINE));
        // absent fields keep the old meaning
        RulePack old = RulePackLoader.builder().file(write("old.json", VALID), 0).load().pack("IS").orElseThrow();
        assertThat(old.valuation().get(0).goodsValueFactor()).isNull();
    }

    @Test
    void aGoodsValueFactorOutsideZeroToOneIsRejectedWithItsPath() throws IOException {
        for (String bad : new String[] {"0", "1.5", "-0.5", "0,6"}) {
            var e = rejected(VALID.replace("\"dutyBasis\": \"CIF\"", "\"dutyBasis\": \"CIF\", \"goodsValueFactor\": \"" + bad + "\""));
            assertThat(paths(e)).as(bad).containsExactly("$.valuation[0].goodsValueFactor");
        }
    }

    @Test
    void badOriginDutyExclusionsAndFloorsAreRejectedWithTheirPaths() throws IOException {
        var e = rejected(withSections("""
                "originDuties": [{"id": "is.a", "effect": "ADD", "origins": ["CN"], "hsPrefixes": ["6109", "95"],
                                  "excludedHsPrefixes": ["61", "8a"], "adValorem": "5", "from": "2024-01-01", "source": "s"},
                                 {"id": "is.b", "effect": "TOP_UP_TO", "origins": ["FR"], "adValorem": "10",
                                  "specific": {"amount": "1", "currency": "ISK", "per": "UNIT"}, "from": "2024-01-01", "source": "s"},
                                 {"id": "is.c", "effect": "TOP_UP_TO", "origins": ["FR"],
                                  "specific": {"amount": "1", "currency": "ISK", "per": "UNIT"}, "from": "2024-01-01", "source": "s"},
                                 {"id": "is.d", "effect": "TOP_UP_TO", "origins": ["FR"], "adValorem": "10",
                                  "maximum": {"amount": "1", "currency": "ISK"}, "from": "2024-01-01", "source": "s"},
                                 {"id": "is.e", "effect": "AT_LEAST", "origins": ["FR"], "adValorem": "10",
                                  "from": "2024-01-01", "source": "s"}]"""));
        assertThat(paths(e)).containsExactlyInAnyOrder("$.originDuties[0].excludedHsPrefixes[0]",
                "$.originDuties[0].excludedHsPrefixes[1]", "$.originDuties[1].specific", "$.originDuties[2].specific",
                "$.originDuties[2].adValorem", "$.originDuties[3].maximum", "$.originDuties[4].effect");
        assertThat(e.problems()).anySatisfy(pr -> assertThat(pr.message()).contains("excludes all of hsPrefixes[0] 6109"));
    }

    @Test
    void badPerLineReliefsAreRejectedWithTheirPaths() throws IOException {
        var e = rejected(withSections("""
                "dutyDeMinimis": [{"id": "is.a", "from": "2024-01-01", "source": "s", "split": "PER_ITEM",
                                   "valueTest": {"max": {"amount": "100", "currency": "ISK"}, "measure": "CUSTOMS_VALUE"},
                                   "when": {"hsPrefixesNotIn": ["61"]}},
                                  {"id": "is.b", "from": "2024-01-01", "source": "s", "split": "PER_LINE",
                                   "valueTest": {"max": {"amount": "100", "currency": "ISK"}, "measure": "CUSTOMS_VALUE"},
                                   "when": {"shippedFrom": ["US"]}}],
                "taxDeMinimis": [{"id": "is.c", "from": "2024-01-01", "source": "s", "split": "PER_LINE",
                                  "minimumCharge": {"amount": "5", "currency": "ISK"}, "when": {"categoriesNotIn": ["FOOD"]}},
                                 {"id": "is.d", "from": "2024-01-01", "source": "s", "split": "PER_LINE",
                                  "valueTest": {"max": {"amount": "100", "currency": "ISK"}, "measure": "CUSTOMS_VALUE"}}]"""));
        assertThat(paths(e)).containsExactlyInAnyOrder("$.dutyDeMinimis[0].split", "$.dutyDeMinimis[1].split",
                "$.taxDeMinimis[0].split", "$.taxDeMinimis[1].split");
    }
}
