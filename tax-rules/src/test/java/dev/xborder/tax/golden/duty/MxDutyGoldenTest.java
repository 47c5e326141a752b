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
 * Duty lines of the MX pack. No tariff (MFN) line is encoded for MX. Courier parcels up to USD 2,500 pay the
 * value-banded global rate (RGCE 3.7.35 courier regime, in the MX pack's {@code bandedRates}), which replaces
 * the tariff duty; above USD 2,500 the formal import applies and each tariff heading is reported as
 * NO_DUTY_RATE, never guessed (see docs/duty-tables.md). Values here: 60,000.00 MXN is 3,076.10 USD at the
 * ECB rates of 2025-05-09 used by the golden fixtures, above the USD 2,500 ceiling.
 */
class MxDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("mx.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "MX", "06600", "MXN").shipping(money(shipping, "MXN"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
        return CALC.quote(b.build());
    }

    @Test
    void apparelIsAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00", line("TEE", "6109100010", "CN", 2, "30000.00", "MXN"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void footwearAndBagsAreAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SNEAKER", "6404199000", "CN", 1, "30000.00", "MXN"),
                line("BAG", "4202221000", "CN", 1, "30000.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void phonesAndChargersAreAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "60000.00", "MXN"),
                line("CHARGER", "8504405000", "CN", 1, "300.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void toysAndCosmeticsAreAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("TOY", "9503000000", "CN", 1, "30000.00", "MXN"),
                line("CREAM", "3304990000", "FR", 1, "30000.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void theCourierGlobalRateReplacesTariffDutyOnAMixedConsignment() {
        // 3 x 400.00 + 9,000.00 + 100.00 shipping = 10,300.00 MXN (about 528 USD <= 2,500), from China on
        // 2025-06-02 (before the 33.5% rate of 2025-08-15): global rate 19% x 10,300.00 = 1,957.00, reported
        // as duty; no tariff heading is looked up, so no NO_DUTY_RATE issue.
        LandedCostQuote q = quote("2025-06-02", "100.00",
                line("TEE", "6109100010", "CN", 3, "400.00", "MXN"),
                line("LAPTOP", "8471300000", "CN", 1, "9000.00", "MXN"));
        assertThat(totalDuty(q)).isEqualTo("1957.00");
        assertThat(q.lines()).allSatisfy(l -> assertThat(l.issues()).noneMatch(i -> i.startsWith("NO_DUTY_RATE")));
    }
}
