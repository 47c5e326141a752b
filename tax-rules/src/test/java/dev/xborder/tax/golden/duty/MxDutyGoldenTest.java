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
 * Duty lines of the MX pack. No tariff (MFN) line is encoded for MX: e-commerce parcels there are taxed by
 * a value-banded global rate that replaces the tariff duty (RGCE 3.7.35 courier regime), which formatVersion 1
 * cannot condition duty rates on; encoding the general tariff would overstate or double-count duty for the
 * typical parcel (see docs/duty-tables.md). Each heading is therefore reported as NO_DUTY_RATE, never guessed.
 * When the global rate is modelled, these expectations change.
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
    void apparelIsReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00", line("TEE", "6109100010", "CN", 2, "500.00", "MXN"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void footwearAndBagsAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SNEAKER", "6404199000", "CN", 1, "900.00", "MXN"),
                line("BAG", "4202221000", "CN", 1, "900.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void phonesAndChargersAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "5000.00", "MXN"),
                line("CHARGER", "8504405000", "CN", 1, "300.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void toysAndCosmeticsAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("TOY", "9503000000", "CN", 1, "700.00", "MXN"),
                line("CREAM", "3304990000", "FR", 1, "700.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void noTariffDutyIsAddedToAMixedConsignment() {
        LandedCostQuote q = quote("2025-06-02", "100.00",
                line("TEE", "6109100010", "CN", 3, "400.00", "MXN"),
                line("LAPTOP", "8471300000", "CN", 1, "9000.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }
}
