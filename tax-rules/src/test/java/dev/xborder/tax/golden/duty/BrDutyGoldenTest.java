package dev.xborder.tax.golden.duty;

import static dev.xborder.tax.golden.duty.DutyGolden.assertLineDuty;
import static dev.xborder.tax.golden.duty.DutyGolden.assertNoDutyRate;
import static dev.xborder.tax.golden.duty.DutyGolden.line;
import static dev.xborder.tax.golden.duty.DutyGolden.money;
import static dev.xborder.tax.golden.duty.DutyGolden.request;
import static dev.xborder.tax.golden.duty.DutyGolden.totalDuty;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Duty lines of the BR pack. No tariff (MFN) line is encoded for BR. Parcels up to USD 3,000 pay the federal
 * import tax of the simplified regime (Remessa Conforme or the 60% rate, in the BR pack's {@code bandedRates}),
 * which replaces the tariff duty; above USD 3,000 the simplified regime does not apply and each tariff heading
 * is reported as NO_DUTY_RATE, never guessed (see docs/duty-tables.md). Values here: 20,000.00 BRL is
 * 3,535.75 USD at the ECB rates of 2025-05-09 used by the golden fixtures, above the USD 3,000 ceiling.
 */
class BrDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("br.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "BR", "01310100", "BRL").shipping(money(shipping, "BRL"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
        return CALC.quote(b.build());
    }

    @Test
    void apparelIsAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00", line("TEE", "6109100010", "CN", 2, "10000.00", "BRL"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void footwearAndBagsAreAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SNEAKER", "6404199000", "CN", 1, "10000.00", "BRL"),
                line("BAG", "4202221000", "CN", 1, "10000.00", "BRL"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void phonesAndChargersAreAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "20000.00", "BRL"),
                line("CHARGER", "8504405000", "CN", 1, "300.00", "BRL"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void toysAndCosmeticsAreAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("TOY", "9503000000", "CN", 1, "10000.00", "BRL"),
                line("CREAM", "3304990000", "FR", 1, "10000.00", "BRL"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void theSimplifiedImportTaxReplacesTariffDutyOnAMixedConsignment() {
        // Own store (not Remessa Conforme): 3 x 400.00 + 9,000.00 + 100.00 shipping = 10,300.00 BRL (about
        // 1,821 USD <= 3,000): import tax 60% x 10,300.00 = 6,180.00, reported as duty; no tariff heading is
        // looked up, so no NO_DUTY_RATE issue.
        LandedCostQuote q = quote("2025-06-02", "100.00",
                line("TEE", "6109100010", "CN", 3, "400.00", "BRL"),
                line("LAPTOP", "8471300000", "CN", 1, "9000.00", "BRL"));
        assertThat(totalDuty(q)).isEqualTo("6180.00");
        assertThat(q.lines()).allSatisfy(l -> assertThat(l.issues()).noneMatch(i -> i.startsWith("NO_DUTY_RATE")));
    }
}
