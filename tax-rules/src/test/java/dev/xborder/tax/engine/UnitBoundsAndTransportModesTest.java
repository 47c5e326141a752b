package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Engine behaviour for duty minimum/maximum per UNIT and for {@code when.transportModes} (format additions of
 * 2026-11-22) over the synthetic pack format-units-modes-sm.json (test data, not facts; EUR, CIF, line rounding
 * HALF_UP, VAT 10% on goods + duty + shipping).
 */
class UnitBoundsAndTransportModesTest {
    private static final String PACK = "dev/xborder/tax/engine/format-units-modes-sm.json";
    private static final LandedCostCalculator CALC = LandedCostCalculator.of(
            RulePackLoader.builder().classpath(PACK, 0).load(), new EcbTestRates());
    private static final String DATE = "2025-05-09";

    private static QuoteRequest.Builder req(String from, String hs, String origin, int qty, String price) {
        return request(DATE, from, "SM", null, "EUR").line(line("A", hs, origin, qty, price, "EUR", TaxCategory.STANDARD));
    }

    private static LandedCostQuote bySea(String hs, String origin, int qty, String price) {
        return CALC.quote(req("CN", hs, origin, qty, price).transportMode(TransportMode.SEA).build());
    }

    private static boolean traced(LandedCostQuote q, String ruleId, Explanation.Kind kind) {
        return q.explanations().stream().anyMatch(e -> e.ruleId().equals(ruleId) && e.kind() == kind);
    }

    private static BigDecimal lineDuty(LandedCostQuote q) {
        return dec(q.lines().get(0).duty());
    }

    // ---- per-unit bounds ------------------------------------------------------------------------

    @Test
    void aPerUnitMinimumIsTheAmountTimesTheQuantity() {
        // 10 watches x 5.00 = 50.00: 4.5% = 2.25; minimum 0.30 x 10 = 3.00 (a per-line minimum would leave 2.25)
        LandedCostQuote q = bySea("9102110000", "CN", 10, "5.00");
        assertThat(lineDuty(q)).isEqualByComparingTo("3.00");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("sm.duty.9102");
            assertThat(e.figures()).containsEntry("minimumPerUnit", "0.3 x 10").containsEntry("minimum", "3");
        });
    }

    @Test
    void aPerUnitMaximumCapsEachPiece() {
        // 2 watches x 100.00 = 200.00: 4.5% = 9.00; maximum 0.80 x 2 = 1.60
        assertThat(lineDuty(bySea("9102110000", "CN", 2, "100.00"))).isEqualByComparingTo("1.60");
    }

    @Test
    void betweenThePerUnitBoundsTheAdValoremDutyStands() {
        // 3 watches x 10.00 = 30.00: 4.5% = 1.35, within [0.90, 2.40]
        assertThat(lineDuty(bySea("9102110000", "CN", 3, "10.00"))).isEqualByComparingTo("1.35");
    }

    @Test
    void whicheverIsHigherOfThirtyPercentOrAnAmountPerPair() {
        // 2 pairs x 100.00 = 200.00: 30% = 60.00 < 43 x 2 = 86.00 -> 86.00
        assertThat(lineDuty(bySea("6403990000", "CN", 2, "100.00"))).isEqualByComparingTo("86.00");
        // 2 pairs x 200.00 = 400.00: 30% = 120.00 > 86.00 -> 120.00
        assertThat(lineDuty(bySea("6403990000", "CN", 2, "200.00"))).isEqualByComparingTo("120.00");
    }

    @Test
    void aBoundWithoutPerStaysPerLine() {
        // 5 bags x 5.00 = 25.00: 10% = 2.50; minimum 3 per line (not 3 x 5) -> 3.00
        assertThat(lineDuty(bySea("4202210000", "CN", 5, "5.00"))).isEqualByComparingTo("3.00");
    }

    @Test
    void originDutiesTakePerUnitBoundsToo() {
        // 3 watches of CN origin x 100.00 = 300.00: REPLACE 5% = 15.00; maximum 1 x 3 = 3.00
        LandedCostQuote q = bySea("9101110000", "CN", 3, "100.00");
        assertThat(lineDuty(q)).isEqualByComparingTo("3.00");
        assertThat(traced(q, "sm.origin-cn-9101", Explanation.Kind.APPLIED)).isTrue();
    }

    @Test
    void perUnitBoundedDutyStaysWithinMinimumTimesQuantityAndMaximumTimesQuantity() {
        // 4.5% of a CIF value, bounded to [0.30 x qty, 0.80 x qty]; bounds are whole cents, so line rounding
        // cannot push the duty outside them
        qt().withFixedSeed(20261122L).withExamples(1000)
                .forAll(integers().between(1, 200), integers().between(1, 100_000), integers().between(0, 5_000))
                .checkAssert((qty, priceCents, shippingCents) -> {
                    LandedCostQuote q = CALC.quote(req("CN", "9102110000", "CN", qty, cents(priceCents))
                            .shipping(Quotes.money(cents(shippingCents), "EUR")).transportMode(TransportMode.SEA).build());
                    BigDecimal duty = dec(q.lines().get(0).duty());
                    BigDecimal n = BigDecimal.valueOf(qty);
                    assertThat(duty).isBetween(new BigDecimal("0.30").multiply(n), new BigDecimal("0.80").multiply(n));
                    BigDecimal shoes = dec(CALC.quote(req("CN", "6403990000", "CN", qty, cents(priceCents))
                            .transportMode(TransportMode.SEA).build()).lines().get(0).duty());
                    assertThat(shoes).isGreaterThanOrEqualTo(new BigDecimal("43").multiply(n));
                });
    }

    private static String cents(int c) {
        return BigDecimal.valueOf(c, 2).toPlainString();
    }

    // ---- transport modes ------------------------------------------------------------------------

    @Test
    void aCourierParcelFromTheUsUsesTheCourierThresholds() {
        // 30.00 shipped from the US by courier: duty relief <= 150 and tax relief <= 40 apply; courier fee 5.00
        LandedCostQuote q = CALC.quote(req("US", "6109100010", "CN", 1, "30.00").transportMode(TransportMode.COURIER).build());
        assertThat(dec(q.totals().duty())).isEqualByComparingTo("0");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("0");
        assertThat(dec(q.totals().fees())).isEqualByComparingTo("5.00");
        assertThat(traced(q, "sm.courier-us-duty-150", Explanation.Kind.APPLIED)).isTrue();
        assertThat(q.lines().get(0).issues()).isEmpty();
    }

    @Test
    void aPostalParcelFromTheUsOnlyGetsTheLowThreshold() {
        // 30.00 by post from the US: > 20, courier reliefs do not apply to post: duty 10% = 3.00,
        // VAT 10% x (30.00 + 3.00) = 3.30; no courier fee
        LandedCostQuote q = CALC.quote(req("US", "6109100010", "CN", 1, "30.00").transportMode(TransportMode.POST).build());
        assertThat(dec(q.totals().duty())).isEqualByComparingTo("3.00");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("3.30");
        assertThat(dec(q.totals().fees())).isEqualByComparingTo("0");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("sm.courier-us-duty-150");
            assertThat(e.kind()).isEqualTo(Explanation.Kind.SKIPPED);
            assertThat(e.reason()).contains("transport modes [COURIER]");
        });
        // 15.00 by post: <= 20, duty and tax free
        LandedCostQuote low = CALC.quote(req("US", "6109100010", "CN", 1, "15.00").transportMode(TransportMode.POST).build());
        assertThat(dec(low.totals().duty()).add(dec(low.totals().tax()))).isEqualByComparingTo("0");
    }

    @Test
    void withoutATransportModeARuleThatNeedsOneIsSkippedAndTheQuoteSaysSo() {
        // 30.00 from the US, no mode: the courier reliefs cannot be decided -> skipped, duty and tax charged as
        // without relief (3.00 and 3.30), and the line reports TRANSPORT_MODE_MISSING; the courier fee is skipped too
        LandedCostQuote q = CALC.quote(req("US", "6109100010", "CN", 1, "30.00").build());
        assertThat(dec(q.totals().duty())).isEqualByComparingTo("3.00");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("3.30");
        assertThat(dec(q.totals().fees())).isEqualByComparingTo("0");
        assertThat(q.lines().get(0).issues()).singleElement().asString().startsWith("TRANSPORT_MODE_MISSING: ");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("sm.courier-us-duty-150");
            assertThat(e.kind()).isEqualTo(Explanation.Kind.SKIPPED);
            assertThat(e.reason()).contains("missing transport mode");
        });
    }

    @Test
    void withoutATransportModeTheLowThresholdIsNotGuessedEither() {
        // 10.00 from CN, no mode: the CAD-20-like relief (post or courier) is skipped: duty 1.00, VAT 1.10
        LandedCostQuote q = CALC.quote(req("CN", "6109100010", "CN", 1, "10.00").build());
        assertThat(dec(q.totals().duty())).isEqualByComparingTo("1.00");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("1.10");
        assertThat(q.lines().get(0).issues()).anySatisfy(i -> assertThat(i).startsWith("TRANSPORT_MODE_MISSING"));
    }

    @Test
    void aConditionThatFailsOnKnownDataIsNotReportedAsMissingTheMode() {
        // sea freight, 10.00 from CN: the low-value reliefs need post or courier -> not met (no issue);
        // the courier fee does not apply
        LandedCostQuote q = bySea("6109100010", "CN", 1, "10.00");
        assertThat(dec(q.totals().duty())).isEqualByComparingTo("1.00");
        assertThat(q.lines().get(0).issues()).isEmpty();
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("sm.low-value-duty-20");
            assertThat(e.reason()).contains("conditions not met").contains("transport modes");
        });
    }
}
