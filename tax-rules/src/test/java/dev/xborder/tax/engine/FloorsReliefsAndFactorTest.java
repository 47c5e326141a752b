package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Engine behaviour for the format additions of 2026-11-22 (second batch): {@code originDuties[].excludedHsPrefixes},
 * the {@code TOP_UP_TO} effect, {@code split: PER_LINE} reliefs and {@code valuation[].goodsValueFactor}, over the
 * synthetic pack format-floors-factor-sm.json (test data, not facts; EUR, CIF, line rounding HALF_UP, VAT 10% on
 * goods + duty + shipping; goods valued at 0.6 x price in 2025, at full price from 2026).
 */
class FloorsReliefsAndFactorTest {
    private static final String PACK = "dev/xborder/tax/engine/format-floors-factor-sm.json";
    private static final LandedCostCalculator CALC = LandedCostCalculator.of(
            RulePackLoader.builder().classpath(PACK, 0).load(), new EcbTestRates());
    private static final String Y2025 = "2025-06-02";
    private static final String Y2026 = "2026-06-01";
    private static final TaxRegistration IOSS = TaxRegistration.of(RegistrationScheme.IOSS, "IM2760000001");

    private static QuoteLine l(String sku, String hs, String origin, int qty, String price) {
        return line(sku, hs, origin, qty, price, "EUR", TaxCategory.STANDARD);
    }

    private static QuoteRequest.Builder req(String date, String shipping, QuoteLine... lines) {
        QuoteRequest.Builder b = request(date, "CN", "SM", null, "EUR").shipping(Quotes.money(shipping, "EUR"));
        for (QuoteLine x : lines) {
            b.line(x);
        }
        return b;
    }

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        return CALC.quote(req(date, shipping, lines).build());
    }

    private static Explanation entry(LandedCostQuote q, String ruleId, Explanation.Kind kind) {
        return q.explanations().stream().filter(e -> e.ruleId().equals(ruleId) && e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + ruleId + " in " + q.explanations()));
    }

    private static BigDecimal duty(LandedCostQuote q, int i) {
        return dec(q.lines().get(i).duty());
    }

    private static BigDecimal tax(LandedCostQuote q, int i) {
        return dec(q.lines().get(i).tax());
    }

    // ---- excludedHsPrefixes -----------------------------------------------------------------------

    @Test
    void anOriginDutyForAllGoodsSkipsTheExcludedPrefixes() {
        // CN, 2026: toy 95 4% + 5% = 9% of 200 = 18.00; laptop 8471 excluded: 0; phone 8517.13 excluded: 0;
        // other phone 8517.14 not excluded: 0% + 5% of 200 = 10.00
        LandedCostQuote q = quote(Y2026, "0", l("TOY", "9503000000", "CN", 1, "200"),
                l("LAPTOP", "8471300000", "CN", 1, "200"), l("PHONE", "8517130000", "CN", 1, "200"),
                l("RADIO", "8517140000", "CN", 1, "200"));
        assertThat(duty(q, 0)).isEqualByComparingTo("18.00");
        assertThat(duty(q, 1)).isEqualByComparingTo("0");
        assertThat(duty(q, 2)).isEqualByComparingTo("0");
        assertThat(duty(q, 3)).isEqualByComparingTo("10.00");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("sm.add-cn");
            assertThat(e.kind()).isEqualTo(Explanation.Kind.SKIPPED);
            assertThat(e.reason()).contains("PHONE").contains("excluded (851713)");
        });
    }

    @Test
    void aLineWithoutHsCodeIsNotAssumedOutsideTheExclusions() {
        LandedCostQuote q = quote(Y2026, "0", l("X", null, "CN", 1, "200"));
        assertThat(duty(q, 0)).isEqualByComparingTo("0");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("HS_CODE_MISSING"));
        assertThat(entry(q, "sm.add-cn", Explanation.Kind.SKIPPED).reason()).contains("no HS code");
    }

    // ---- TOP_UP_TO ----------------------------------------------------------------------------------

    @Test
    void aFloorRaisesALowBaseDutyToTheFloorRate() {
        // DE toy 200: base 4% = 8.00; floor 10% = 20.00: top-up 12.00, total 20.00
        LandedCostQuote q = quote(Y2026, "0", l("TOY", "9503000000", "DE", 1, "200"));
        assertThat(duty(q, 0)).isEqualByComparingTo("20.00");
        assertThat(entry(q, "sm.floor-10", Explanation.Kind.APPLIED).figures())
                .containsEntry("baseDuty", "8").containsEntry("floor", "20").containsEntry("duty", "12");
    }

    @Test
    void aBaseDutyAboveTheFloorStays() {
        // DE shoes 200: base 30% = 60.00 >= floor 20.00: top-up 0
        LandedCostQuote q = quote(Y2026, "0", l("SHOES", "6403990000", "DE", 1, "200"));
        assertThat(duty(q, 0)).isEqualByComparingTo("60.00");
        assertThat(entry(q, "sm.floor-10", Explanation.Kind.APPLIED).figures()).containsEntry("duty", "0");
    }

    @Test
    void aSpecificBaseDutyIsComparedInMoneyWithTheFloor() {
        // beer 0.50 per unit. 200 x 1.00: CV 200.00, base 100.00 >= floor 20.00: 100.00.
        // 10 x 20.00: CV 200.00, base 5.00 < floor 20.00: top-up 15.00, total 20.00
        assertThat(duty(quote(Y2026, "0", l("BEER", "2203000000", "DE", 200, "1.00")), 0)).isEqualByComparingTo("100.00");
        assertThat(duty(quote(Y2026, "0", l("BEER", "2203000000", "DE", 10, "20.00")), 0)).isEqualByComparingTo("20.00");
    }

    @Test
    void ofTwoMatchingFloorsTheHigherCounts() {
        // FR T-shirt 100 + shipping 0: base 10% = 10.00; floors 10% (10.00) and 12.5% (12.50): top-up 2.50
        LandedCostQuote q = quote(Y2026, "0", l("TEE", "6109100000", "FR", 1, "100"));
        assertThat(duty(q, 0)).isEqualByComparingTo("12.50");
        assertThat(entry(q, "sm.floor-12-5-fr-apparel", Explanation.Kind.APPLIED).figures()).containsEntry("duty", "2.5");
        assertThat(entry(q, "sm.floor-10", Explanation.Kind.SKIPPED).reason()).contains("higher floor");
    }

    @Test
    void aFloorRespectsItsExcludedPrefixesAndOtherOrigins() {
        // DE laptop excluded from the floor: 0; US toy: no floor, 4% of 200 = 8.00
        LandedCostQuote q = quote(Y2026, "0", l("LAPTOP", "8471300000", "DE", 1, "200"),
                l("TOY", "9503000000", "US", 1, "200"));
        assertThat(duty(q, 0)).isEqualByComparingTo("0");
        assertThat(duty(q, 1)).isEqualByComparingTo("8.00");
    }

    @Test
    void withoutABaseRateTheFloorIsNotGuessed() {
        LandedCostQuote q = quote(Y2026, "0", l("BOOK", "4901990000", "DE", 1, "200"));
        assertThat(duty(q, 0)).isEqualByComparingTo("0");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(entry(q, "sm.floor-10", Explanation.Kind.SKIPPED).reason()).contains("no base duty rate");
    }

    @Test
    void aToppedUpDutyIsTheHigherOfTheBaseDutyAndTheFloor() {
        // DE toy (4%), shoes (30%) and beer (0.50/unit) against the 10% floor, on random prices (above the
        // EUR 100 relief), quantities and shipping
        qt().withFixedSeed(20261123L).withExamples(1000)
                .forAll(integers().between(1, 50), integers().between(10_001, 100_000), integers().between(0, 5_000),
                        integers().between(0, 2))
                .checkAssert((qty, priceCents, shipCents, kind) -> {
                    String hs = new String[] {"9503000000", "6403990000", "2203000000"}[kind];
                    String price = BigDecimal.valueOf(priceCents, 2).toPlainString();
                    String ship = BigDecimal.valueOf(shipCents, 2).toPlainString();
                    LandedCostQuote de = quote(Y2026, ship, l("A", hs, "DE", qty, price));
                    LandedCostQuote us = quote(Y2026, ship, l("A", hs, "US", qty, price));
                    BigDecimal cv = dec(de.lines().get(0).customsValue());
                    BigDecimal floor = cv.multiply(BigDecimal.TEN).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal base = duty(us, 0);
                    assertThat(duty(de, 0)).isEqualByComparingTo(base.max(floor));
                });
    }

    // ---- PER_LINE reliefs ---------------------------------------------------------------------------

    @Test
    void aPerLineReliefCoversOnlyTheLinesMeetingItsGoodsConditions() {
        // 2026 (no factor), CN origin: T-shirt 6109 30 + toy 40: CV 70 <= 100. The toy is relieved of duty and tax;
        // the T-shirt (61, excluded) pays duty 10% + 5% = 4.50 and tax 10% x (30 + 4.50) = 3.45
        LandedCostQuote q = quote(Y2026, "0", l("TEE", "6109100000", "CN", 1, "30"), l("TOY", "9503000000", "CN", 1, "40"));
        assertThat(duty(q, 0)).isEqualByComparingTo("4.50");
        assertThat(tax(q, 0)).isEqualByComparingTo("3.45");
        assertThat(duty(q, 1)).isEqualByComparingTo("0");
        assertThat(tax(q, 1)).isEqualByComparingTo("0");
        Explanation e = entry(q, "sm.small-value-duty-100", Explanation.Kind.APPLIED);
        assertThat(e.figures()).containsEntry("linesIn", "TOY").containsEntry("split", "PER_LINE");
        assertThat(e.figures().get("linesOut")).startsWith("TEE: conditions not met");
        assertThat(e.reason()).contains("the other lines pay");
    }

    @Test
    void aPerLineReliefMeasuresTheWholeConsignment() {
        // T-shirt 30 + toy 80: CV 110 > 100: nobody is relieved. Toy duty 9% x 80 = 7.20
        LandedCostQuote q = quote(Y2026, "0", l("TEE", "6109100000", "CN", 1, "30"), l("TOY", "9503000000", "CN", 1, "80"));
        assertThat(duty(q, 1)).isEqualByComparingTo("7.20");
        assertThat(entry(q, "sm.small-value-duty-100", Explanation.Kind.SKIPPED).reason()).contains("above");
    }

    @Test
    void aPerLineReliefThatCoversNoLineIsSkipped() {
        // T-shirt 50 alone: duty 15% = 7.50, tax 10% x 57.50 = 5.75
        LandedCostQuote q = quote(Y2026, "0", l("TEE", "6109100000", "CN", 1, "50"));
        assertThat(duty(q, 0)).isEqualByComparingTo("7.50");
        assertThat(tax(q, 0)).isEqualByComparingTo("5.75");
        assertThat(entry(q, "sm.small-value-tax-100", Explanation.Kind.SKIPPED).reason()).contains("no line meets");
    }

    @Test
    void aPerLineReliefCoveringEveryLineRelievesTheConsignment() {
        LandedCostQuote q = quote(Y2026, "5", l("TOY", "9503000000", "CN", 1, "40"), l("CAR", "9503000000", "CN", 1, "40"));
        assertThat(dec(q.totals().duty())).isEqualByComparingTo("0");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("0");
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
    }

    @Test
    void aLineWithoutHsCodeIsNotRelievedByAnHsCondition() {
        // HS missing: not known to be outside 61, so not relieved (issue reported); the toy is relieved
        LandedCostQuote q = quote(Y2026, "0", l("X", null, "CN", 1, "30"), l("TOY", "9503000000", "CN", 1, "40"));
        assertThat(tax(q, 0)).isEqualByComparingTo("3.00");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("HS_CODE_MISSING"));
        assertThat(tax(q, 1)).isEqualByComparingTo("0");
    }

    @Test
    void perLineReliefsOnlyEverRemoveCharges() {
        // a mixed parcel under the threshold: the relieved toy pays nothing, the T-shirt exactly what it pays alone
        qt().withFixedSeed(20261124L).withExamples(500)
                .forAll(integers().between(1, 4_999), integers().between(1, 4_999))
                .checkAssert((teeCents, toyCents) -> {
                    String tee = BigDecimal.valueOf(teeCents, 2).toPlainString();
                    String toy = BigDecimal.valueOf(toyCents, 2).toPlainString();
                    LandedCostQuote both = quote(Y2026, "0", l("TEE", "6109100000", "CN", 1, tee),
                            l("TOY", "9503000000", "CN", 1, toy));
                    LandedCostQuote alone = quote(Y2026, "0", l("TEE", "6109100000", "CN", 1, tee));
                    assertThat(duty(both, 1).add(tax(both, 1))).isEqualByComparingTo("0");
                    assertThat(duty(both, 0)).isEqualByComparingTo(duty(alone, 0));
                    assertThat(tax(both, 0)).isEqualByComparingTo(tax(alone, 0));
                });
    }

    // ---- goodsValueFactor ------------------------------------------------------------------------------

    @Test
    void theFactorValuesTheGoodsButNotTheShipping() {
        // 2025: toy 200 + shipping 10: CV = 0.6 x 200 + 10 = 130 > 100; duty 9% x 130 = 11.70;
        // tax 10% x (120 + 10 + 11.70) = 14.17
        LandedCostQuote q = quote(Y2025, "10", l("TOY", "9503000000", "CN", 1, "200"));
        assertThat(dec(q.lines().get(0).customsValue())).isEqualByComparingTo("130.00");
        assertThat(duty(q, 0)).isEqualByComparingTo("11.70");
        assertThat(tax(q, 0)).isEqualByComparingTo("14.17");
        assertThat(dec(q.totals().goods())).isEqualByComparingTo("200.00");
        assertThat(dec(q.totals().landedCost())).isEqualByComparingTo("235.87");
        assertThat(entry(q, "sm.valuation", Explanation.Kind.APPLIED).figures()).containsEntry("goodsValueFactor", "0.6");
        assertThat(entry(q, "sm.valuation", Explanation.Kind.NOTE).reason()).contains("200 x 0.6 = 120");
    }

    @Test
    void customsValueTestsMeasureTheFactoredValue() {
        // toy 160: 2025 CV 96 <= 100: relieved; 2026 CV 160: duty 9% = 14.40, tax 10% x 174.40 = 17.44
        LandedCostQuote y25 = quote(Y2025, "0", l("TOY", "9503000000", "CN", 1, "160"));
        assertThat(dec(y25.totals().duty()).add(dec(y25.totals().tax()))).isEqualByComparingTo("0");
        LandedCostQuote y26 = quote(Y2026, "0", l("TOY", "9503000000", "CN", 1, "160"));
        assertThat(duty(y26, 0)).isEqualByComparingTo("14.40");
        assertThat(tax(y26, 0)).isEqualByComparingTo("17.44");
    }

    @Test
    void taxCollectedAtCheckoutIsOnThePriceNotTheFactoredValue() {
        // 2025, IOSS seller, toy 40 <= 50: SM_CHECKOUT; the import-only tax relief is skipped; tax 10% x 40 = 4.00
        // (not 10% x 24); duty relieved (CV 24 <= 100)
        LandedCostQuote q = CALC.quote(req(Y2025, "0", l("TOY", "9503000000", "CN", 1, "40")).registration(IOSS).build());
        assertThat(q.regime()).isEqualTo("SM_CHECKOUT");
        assertThat(tax(q, 0)).isEqualByComparingTo("4.00");
        assertThat(duty(q, 0)).isEqualByComparingTo("0");
    }
}
