package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.Advisory;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.pack.RulePackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Advisories ({@code advisories}: known limits of the rule data reported in the quote) over the synthetic pack
 * format-advisories-sm.json (test data, not facts; EUR, no conversion): BAND_NOT_MODELLED for a customs value above
 * EUR 100 and at or below EUR 1,000 except footwear, REGIONAL_TAX_NOT_MODELLED for the North region until 2026,
 * POSTAL_FEE_NOT_MODELLED for Chinese goods posted from China.
 */
class AdvisoriesTest {
    private static final String PACK = "dev/xborder/tax/engine/format-advisories-sm.json";
    private static final LandedCostCalculator CALC = LandedCostCalculator.of(
            RulePackLoader.builder().classpath(PACK, 0).load(), new EcbTestRates());
    private static final String DATE = "2025-05-09";

    @TempDir
    Path dir;

    private static List<String> codes(LandedCostQuote q) {
        return q.advisories().stream().map(Advisory::code).toList();
    }

    private static Advisory advisory(LandedCostQuote q, String code) {
        return q.advisories().stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no advisory " + code + " in " + q.advisories()));
    }

    @Test
    void anAdvisoryInsideItsValueRangeIsReportedWithItsRuleSourceAndLinesAndTheFiguresStayAsComputed() {
        // South (no regional advisory), shipped from DE: TEE 300 + SHOE 200 = customs value 500 (CIF, no shipping):
        // above 100 and at or below 1,000 -> BAND_NOT_MODELLED, for the tee only (footwear is excluded by its when).
        // Duty 10% x 300 + 20% x 200 = 30 + 40 = 70.00, as without the advisory.
        LandedCostQuote q = CALC.quote(request(DATE, "DE", "SM", "47901", "EUR")
                .line(line("TEE", "6109100010", "CN", 1, "300.00", "EUR", TaxCategory.STANDARD))
                .line(line("SHOE", "6403990000", "CN", 1, "200.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(codes(q)).containsExactly("BAND_NOT_MODELLED");
        Advisory a = advisory(q, "BAND_NOT_MODELLED");
        assertThat(a.ruleId()).isEqualTo("sm.band");
        assertThat(a.message()).isEqualTo("between EUR 100 and EUR 1,000 a band rate may apply");
        assertThat(a.source()).contains("synthetic test data for AdvisoriesTest");
        assertThat(a.lines()).containsExactly(0);
        assertThat(q.totals().duty().getNumber().doubleValueExact()).isEqualTo(70.0);
        Explanation e = q.explanations().stream().filter(x -> x.ruleId().equals("sm.band")).findFirst().orElseThrow();
        assertThat(e.kind()).isEqualTo(Explanation.Kind.APPLIED);
        assertThat(e.figures()).containsEntry("lines", "[TEE]");
    }

    @Test
    void theValueRangeBoundsAreExclusiveBelowAndInclusiveAbove() {
        // 100.00 is not above 100; 100.01 is; 1,000.00 is at or below 1,000; 1,000.01 is not.
        assertThat(codes(teeAt("100.00"))).doesNotContain("BAND_NOT_MODELLED");
        assertThat(codes(teeAt("100.01"))).contains("BAND_NOT_MODELLED");
        assertThat(codes(teeAt("1000.00"))).contains("BAND_NOT_MODELLED");
        assertThat(codes(teeAt("1000.01"))).doesNotContain("BAND_NOT_MODELLED");
        Explanation e = teeAt("1000.01").explanations().stream().filter(x -> x.ruleId().equals("sm.band")).findFirst()
                .orElseThrow();
        assertThat(e.kind()).isEqualTo(Explanation.Kind.SKIPPED);
        assertThat(e.figures()).containsEntry("threshold", "<= 1000 EUR");
    }

    private static LandedCostQuote teeAt(String price) {
        return CALC.quote(request(DATE, "DE", "SM", "47901", "EUR")
                .line(line("TEE", "6109100010", "CN", 1, price, "EUR", TaxCategory.STANDARD)).build());
    }

    @Test
    void aConsignmentOfOnlyExcludedGoodsGetsNoAdvisory() {
        LandedCostQuote q = CALC.quote(request(DATE, "DE", "SM", "47901", "EUR")
                .line(line("SHOE", "6403990000", "CN", 1, "200.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(q.advisories()).isEmpty();
    }

    @Test
    void aLineWithoutHsCodeMayBeConcernedAndGetsNoIssueFromTheAdvisory() {
        LandedCostQuote q = CALC.quote(request(DATE, "DE", "SM", "47901", "EUR")
                .line(line("SHOE", "6403990000", "CN", 1, "200.00", "EUR", TaxCategory.STANDARD))
                .line(line("NOHS", null, "CN", 1, "50.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(advisory(q, "BAND_NOT_MODELLED").lines()).containsExactly(1);
        // the line's only issue is the engine's own (no duty rate without HS code), none from the advisory
        assertThat(q.lines().get(1).issues()).allMatch(i -> i.startsWith("HS_CODE_MISSING"));
    }

    @Test
    void aRegionalAdvisoryNeedsItsRegionOrAnUnknownOneAndEndsWithItsPeriod() {
        assertThat(codes(small("47801", DATE))).containsExactly("REGIONAL_TAX_NOT_MODELLED"); // North
        assertThat(codes(small("47901", DATE))).isEmpty(); // South
        assertThat(codes(small("40000", DATE))).isEmpty(); // a postal code in no region: known, not North
        assertThat(codes(small(null, DATE))).containsExactly("REGIONAL_TAX_NOT_MODELLED"); // unknown: may apply
        assertThat(codes(small("47801", "2026-01-01"))).isEmpty(); // the advisory's period has ended
        assertThat(advisory(small("47801", DATE), "REGIONAL_TAX_NOT_MODELLED").lines()).containsExactly(0);
    }

    private static LandedCostQuote small(String postalCode, String date) {
        var b = request(date, "DE", "SM", postalCode, "EUR");
        if (postalCode == null) b.destination(Address.of(CountryCode.of("SM")));
        return CALC.quote(b.line(line("TEE", "6109100010", "CN", 1, "50.00", "EUR", TaxCategory.STANDARD)).build());
    }

    @Test
    void consignmentConditionsMustNotFailButAMissingTransportModeOrOriginDoesNotHideTheAdvisory() {
        // posted from CN with CN goods -> advisory; by courier -> none; from DE -> none; no mode -> may apply, and the
        // advisory adds no TRANSPORT_MODE_MISSING issue; a line of other origin is not concerned, one without origin is.
        assertThat(codes(posted("CN", TransportMode.POST, "CN"))).containsExactly("POSTAL_FEE_NOT_MODELLED");
        assertThat(codes(posted("CN", TransportMode.COURIER, "CN"))).isEmpty();
        assertThat(codes(posted("DE", TransportMode.POST, "CN"))).isEmpty();
        LandedCostQuote noMode = posted("CN", null, "CN");
        assertThat(codes(noMode)).containsExactly("POSTAL_FEE_NOT_MODELLED");
        assertThat(noMode.lines().get(0).issues()).isEmpty();
        assertThat(codes(posted("CN", TransportMode.POST, "VN"))).isEmpty();
        LandedCostQuote noOrigin = posted("CN", TransportMode.POST, null);
        assertThat(codes(noOrigin)).containsExactly("POSTAL_FEE_NOT_MODELLED");
        assertThat(noOrigin.lines().get(0).issues()).isEmpty();
    }

    private static LandedCostQuote posted(String from, TransportMode mode, String origin) {
        var b = request(DATE, from, "SM", "47901", "EUR")
                .line(line("TEE", "6109100010", origin, 1, "50.00", "EUR", TaxCategory.STANDARD));
        if (mode != null) b.transportMode(mode);
        return CALC.quote(b.build());
    }

    @Test
    void advisoriesArePartOfTheQuoteWithoutTheTrace() {
        LandedCostQuote q = CALC.quote(request(DATE, "DE", "SM", "47801", "EUR").explain(false)
                .line(line("TEE", "6109100010", "CN", 1, "300.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(q.explanations()).isEmpty();
        assertThat(codes(q)).containsExactly("BAND_NOT_MODELLED", "REGIONAL_TAX_NOT_MODELLED");
    }

    @Test
    void aQuoteRejectsAnAdvisoryNamingALineItDoesNotHave() {
        LandedCostQuote q = teeAt("300.00");
        Advisory bad = new Advisory("X", "r", "m", "", List.of(1));
        assertThatThrownBy(() -> new LandedCostQuote(q.currency(), q.regime(), q.collection(), q.lines(), q.totals(),
                q.explanations(), q.fees(), q.collectionGroups(), List.of(bad)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quote.advisories.lines");
        assertThatThrownBy(() -> new Advisory("lower", "r", "m", "", List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("advisory.code");
    }

    // ---- property: advisories change nothing but the advisories ---------------------------------------

    @Test
    void advisoriesNeverChangeTheFiguresAndNameOnlyLinesOfTheQuote() throws IOException {
        // The same pack without its advisories section must quote the same figures, regime and collection.
        String without = pack().substring(0, pack().indexOf(",\n  \"advisories\"")) + "\n}\n";
        Path p = dir.resolve("no-advisories-sm.json");
        Files.writeString(p, without);
        LandedCostCalculator plain = LandedCostCalculator.of(RulePackLoader.builder().file(p, 0).load(),
                new EcbTestRates());
        List<String> hs = java.util.Arrays.asList("6109100010", "6403990000", null);
        List<String> postal = java.util.Arrays.asList("47801", "47901", "40000", null);
        java.util.concurrent.atomic.AtomicInteger advised = new java.util.concurrent.atomic.AtomicInteger();
        org.quicktheories.QuickTheory.qt().withFixedSeed(20261122L).withExamples(1000)
                .forAll(org.quicktheories.generators.SourceDSL.lists().of(
                                org.quicktheories.generators.SourceDSL.integers().between(1, 1500)).ofSizeBetween(1, 4),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 3),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 63))
                .checkAssert((prices, pc, flags) -> {
                    java.util.function.Supplier<dev.xborder.core.landed.QuoteRequest> req = () -> {
                        String code = postal.get(pc);
                        var b = request(DATE, (flags & 1) != 0 ? "CN" : "DE", "SM", code, "EUR").explain((flags & 2) != 0);
                        if (code == null) b.destination(Address.of(CountryCode.of("SM")));
                        if ((flags & 4) != 0) b.transportMode((flags & 8) != 0 ? TransportMode.POST : TransportMode.COURIER);
                        for (int i = 0; i < prices.size(); i++) {
                            b.line(line("L" + i, hs.get((i + flags / 16) % 3), i % 2 == 0 ? "CN" : null, 1,
                                    prices.get(i) + ".00", "EUR", TaxCategory.STANDARD));
                        }
                        return b.build();
                    };
                    LandedCostQuote with = CALC.quote(req.get());
                    LandedCostQuote none = plain.quote(req.get());
                    assertThat(none.advisories()).isEmpty();
                    assertThat(with.totals()).isEqualTo(none.totals());
                    assertThat(with.lines()).isEqualTo(none.lines());
                    assertThat(with.regime()).isEqualTo(none.regime());
                    assertThat(with.collectionGroups()).isEqualTo(none.collectionGroups());
                    for (Advisory a : with.advisories()) {
                        assertThat(a.lines()).isNotEmpty().allMatch(i -> i >= 0 && i < prices.size());
                        advised.incrementAndGet();
                    }
                });
        assertThat(advised.get()).as("the generated quotes exercise advisories").isGreaterThan(500);
    }

    // ---- loader --------------------------------------------------------------------------------------

    private static String pack() {
        return Quotes.resource(PACK);
    }

    private List<String> problemsOf(String json) throws IOException {
        return Quotes.problemsOf(dir.resolve("sm.json"), json).stream().map(pr -> pr.path() + " " + pr.message()).toList();
    }

    @Test
    void theLoaderRejectsBadAdvisoriesNamingEachPath() throws IOException {
        String bad = pack()
                .replace("\"code\": \"BAND_NOT_MODELLED\"", "\"code\": \"band\"")
                .replace("\"regions\": [\"N\"]", "\"regions\": [\"W\"]")
                .replace("\"message\": \"the post may charge a handling fee\",", "");
        assertThat(problemsOf(bad)).anyMatch(p -> p.startsWith("$.advisories[0].code must match"))
                .anyMatch(p -> p.startsWith("$.advisories[2].message required"));
        // the region check runs on a pack whose fields are well-formed
        String unknownRegion = pack().replace("\"regions\": [\"N\"]", "\"regions\": [\"W\"]");
        assertThat(problemsOf(unknownRegion)).anyMatch(p -> p.startsWith("$.advisories[id=sm.north-tax].regions unknown region W"));
        String notArray = pack().replace("\"regions\": [\"N\"]", "\"regions\": \"N\"");
        assertThat(problemsOf(notArray)).anyMatch(p -> p.startsWith("$.advisories[1].regions must be a non-empty array"));
    }

    @Test
    void lowerBoundComparisonsAreAllowedInAdvisoriesOnly() throws IOException {
        String relief = pack().replace("\"advisories\": [", "\"dutyDeMinimis\": [{\"id\": \"sm.r\", \"from\": \"2024-01-01\","
                + " \"source\": \"t\", \"valueTest\": {\"max\": {\"amount\": \"10\", \"currency\": \"EUR\"},"
                + " \"measure\": \"CUSTOMS_VALUE\", \"comparison\": \"ABOVE\"}}],\n  \"advisories\": [");
        assertThat(problemsOf(relief)).anyMatch(p -> p.startsWith("$.dutyDeMinimis[0].valueTest.comparison ABOVE is a lower bound"));
        String band = pack().replace("\"advisories\": [", "\"bandedRates\": [{\"id\": \"sm.b\", \"from\": \"2024-01-01\","
                + " \"source\": \"t\", \"replaces\": \"DUTY\", \"measure\": \"CUSTOMS_VALUE\", \"comparison\": \"AT_OR_ABOVE\","
                + " \"bands\": [{\"max\": {\"amount\": \"10\", \"currency\": \"EUR\"}, \"rate\": \"5\"}]}],\n  \"advisories\": [");
        assertThat(problemsOf(band)).anyMatch(p -> p.startsWith("$.bandedRates[0].comparison AT_OR_ABOVE is a lower bound"));
    }
}
