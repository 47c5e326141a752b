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
 * Duty lines of the CH pack: industrial tariffs abolished from 2024-01-01 for chapters 25 to 97 (except some
 * agricultural goods of chapters 35 and 38), per SECO (internationaltradecomplianceupdate.com, sisa.ch,
 * economiesuisse.ch), so every covered heading is free; agricultural goods are not encoded (NO_DUTY_RATE).
 */
class ChDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("ch.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "CH", "8001", "CHF").shipping(money(shipping, "CHF"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void clothingIsFreeSince2024() {
        LandedCostQuote q = quote("2025-06-02", "10.00", line("TEE", "6109100010", "CN", 2, "100.00", "CHF"));
        assertLineDuty(q, 0, "0.00", "ch.duty.61");
    }

    @Test
    void footwearAndHandbagsAreFree() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SNEAKER", "6404199000", "CN", 1, "150.00", "CHF"),
                line("BAG", "4202221000", "CN", 1, "150.00", "CHF"));
        assertLineDuty(q, 0, "0.00", "ch.duty.64");
        assertLineDuty(q, 1, "0.00", "ch.duty.42");
    }

    @Test
    void phonesAndComputersAreFreeUnderTheirChapterRules() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "800.00", "CHF"),
                line("LAPTOP", "8471300000", "CN", 1, "1200.00", "CHF"));
        assertLineDuty(q, 0, "0.00", "ch.duty.85");
        assertLineDuty(q, 1, "0.00", "ch.duty.84");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void watchesJewelleryAndFurnitureAreFree() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("WATCH", "9102110000", "CN", 1, "300.00", "CHF"),
                line("RING", "7113110000", "TH", 1, "200.00", "CHF"),
                line("CHAIR", "9401610000", "CN", 1, "400.00", "CHF"));
        assertLineDuty(q, 0, "0.00", "ch.duty.91");
        assertLineDuty(q, 1, "0.00", "ch.duty.71");
        assertLineDuty(q, 2, "0.00", "ch.duty.94");
    }

    @Test
    void wineIsAgriculturalAndIsReportedAsHavingNoDutyRate() {
        // chapter 22 is outside the 2024 abolition; its specific duties are not encoded
        LandedCostQuote q = quote("2025-06-02", "0.00", line("WINE", "2204210000", "FR", 6, "20.00", "CHF"));
        assertNoDutyRate(q, 0);
    }
}
