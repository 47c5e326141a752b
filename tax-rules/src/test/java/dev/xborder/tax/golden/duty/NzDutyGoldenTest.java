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
 * Duty lines of the NZ pack, worked by hand above the NZD 1,000 border threshold, FOB customs value.
 * Rates: clothing 10% (IBISWorld on NZ Customs data; customsdutyfree.com 6211.42 10%); computers free
 * (trade.gov NZ import tariffs). Footwear and other headings are not encoded (NO_DUTY_RATE).
 */
class NzDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("nz.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "NZ", "6011", "NZD").shipping(money(shipping, "NZD"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
        return CALC.quote(b.build());
    }

    @Test
    void wovenTrousersPayTenPercentOnTheFobValue() {
        // 6204.62, 1 x 1,500.00 + shipping 80.00 (not in FOB): 10% x 1,500.00 = 150.00
        LandedCostQuote q = quote("2025-06-02", "80.00", line("TROUSERS", "6204620000", "CN", 1, "1500.00", "NZD"));
        assertLineDuty(q, 0, "150.00", "nz.duty.62");
    }

    @Test
    void knittedSweatersPayTenPercent() {
        // 6110.20, 4 x 300.00 = 1,200.00: 10% = 120.00
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SWEATER", "6110200000", "CN", 4, "300.00", "NZD"));
        assertLineDuty(q, 0, "120.00", "nz.duty.61");
    }

    @Test
    void computersAreFreeButTheClothingInTheSameConsignmentIsNot() {
        // consignment 1,800.00 > 1,000: laptop 8471.30 1,000.00 x 0% = 0.00; sweater 800.00 x 10% = 80.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("LAPTOP", "8471300000", "CN", 1, "1000.00", "NZD"),
                line("SWEATER", "6110200000", "CN", 1, "800.00", "NZD"));
        assertLineDuty(q, 0, "0.00", "nz.duty.8471");
        assertLineDuty(q, 1, "80.00", "nz.duty.61");
        assertThat(totalDuty(q)).isEqualTo("80.00");
    }

    @Test
    void leatherShoesAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SHOES", "6403990000", "CN", 1, "1500.00", "NZD"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void atOrBelowNzd1000NoDutyIsCollected() {
        // 6110.20, 2 x 300.00 = 600.00 <= 1,000: no duty at the border
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SWEATER", "6110200000", "CN", 2, "300.00", "NZD"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }
}
