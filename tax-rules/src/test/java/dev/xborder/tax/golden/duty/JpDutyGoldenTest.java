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
 * Duty lines of the JP pack, worked by hand above the JPY 10,000 customs-value exemption, CIF basis, duty
 * rounded down to the yen (pack rounding). Rates: Japan Customs, Customs Answer 1204 "Duty rates for major
 * products" (as of 2023-04-01): watches, personal computers, toys free; fishing tackle 3.2%. Clothing is a
 * range (7.4% to 13.4%) and is not encoded (NO_DUTY_RATE).
 */
class JpDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("jp.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "JP", "1000001", "JPY").shipping(money(shipping, "JPY"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
        return CALC.quote(b.build());
    }

    @Test
    void fishingTacklePaysThreePointTwoPercentOnTheCifValue() {
        // 9507.10, 50,000 + shipping 2,000: CV 52,000 x 3.2% = 1,664
        LandedCostQuote q = quote("2025-06-02", "2000", line("ROD", "9507100000", "CN", 1, "50000", "JPY"));
        assertLineDuty(q, 0, "1664", "jp.duty.9507");
    }

    @Test
    void dutyIsRoundedDownToTheYen() {
        // 9507.10, 33,333: 3.2% x 33,333 = 1,066.656 -> 1,066 (DOWN)
        LandedCostQuote q = quote("2025-06-02", "0", line("ROD", "9507100000", "CN", 1, "33333", "JPY"));
        assertLineDuty(q, 0, "1066", "jp.duty.9507");
    }

    @Test
    void watchesComputersAndToysAreFree() {
        LandedCostQuote q = quote("2025-06-02", "0",
                line("WATCH", "9102110000", "CH", 1, "30000", "JPY"),
                line("LAPTOP", "8471300000", "CN", 1, "120000", "JPY"),
                line("TOY", "9503000000", "CN", 1, "20000", "JPY"));
        assertLineDuty(q, 0, "0", "jp.duty.91");
        assertLineDuty(q, 1, "0", "jp.duty.8471");
        assertLineDuty(q, 2, "0", "jp.duty.9503");
        assertThat(totalDuty(q)).isEqualTo("0");
    }

    @Test
    void clothingIsReportedAsHavingNoDutyRate() {
        // chapters 61/62: only a range of rates is sourced -> not encoded
        LandedCostQuote q = quote("2025-06-02", "0", line("TEE", "6109100010", "CN", 2, "10000", "JPY"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void atOrBelowJpy10000CustomsValueNoDutyIsCharged() {
        // 9507.10, 9,000 + shipping 500: CV 9,500 <= 10,000: duty 0
        LandedCostQuote q = quote("2025-06-02", "500", line("ROD", "9507100000", "CN", 1, "9000", "JPY"));
        assertThat(totalDuty(q)).isEqualTo("0");
    }

    @Test
    void textileHandbagsPayTheWtoRateOfEightPercentOnTheCifValue() {
        // 4202.22.200 (other than precious-trimmed), 2 x 15,000 + shipping 3,000: CV 33,000 x 8% = 2,640
        // (htshub.com mirror of Japan's Tariff Schedule, April 2024: general 10%, WTO 8%)
        LandedCostQuote q = quote("2025-06-02", "3000", line("TOTE", "420222200", "CN", 2, "15000", "JPY"));
        assertLineDuty(q, 0, "2640", "jp.duty.420222200");
    }

    @Test
    void leatherWalletsPayTenPercentAndPreciousTrimmedOnesSixteen() {
        // 4202.31.200 wallet 20,000 x 10% = 2,000; 4202.31.100 (trimmed with precious metal, over JPY 6,000
        // per piece) 50,000 x 16% = 8,000; total 10,000
        LandedCostQuote q = quote("2025-06-02", "0",
                line("WALLET", "420231200", "CN", 1, "20000", "JPY"),
                line("GOLDWALLET", "420231100", "CN", 1, "50000", "JPY"));
        assertLineDuty(q, 0, "2000", "jp.duty.420231200");
        assertLineDuty(q, 1, "8000", "jp.duty.420231100");
        assertThat(totalDuty(q)).isEqualTo("10000");
    }

    @Test
    void aBagDeclaredOnlyAtSixDigitsIsReportedAsHavingNoDutyRate() {
        // 4202.22 without the national split (precious-trimmed 16% vs other 8%): never guessed
        LandedCostQuote q = quote("2025-06-02", "0", line("TOTE", "420222", "CN", 1, "30000", "JPY"));
        assertNoDutyRate(q, 0);
    }

    // ---- leather footwear 6403: 30% or JPY 4,300 per pair, whichever is higher (Customs Answer 1204) -------

    @Test
    void oneCheapPairOfLeatherShoesPaysJpy4300() {
        // 6403.99, 1 pair x 12,000 + shipping 1,000: CV 13,000 (> 10,000 exemption); 30% = 3,900 < 4,300 -> 4,300
        LandedCostQuote q = quote("2025-06-02", "1000", line("SHOES", "6403990000", "CN", 1, "12000", "JPY"));
        assertLineDuty(q, 0, "4300", "jp.duty.6403");
    }

    @Test
    void expensiveLeatherShoesPayThirtyPercent() {
        // 6403.99, 2 pairs x 20,000 + shipping 2,000: CV 42,000; 30% = 12,600 > 2 x 4,300 = 8,600 -> 12,600
        LandedCostQuote q = quote("2025-06-02", "2000", line("SHOES", "6403990000", "IT", 2, "20000", "JPY"));
        assertLineDuty(q, 0, "12600", "jp.duty.6403");
    }

    @Test
    void theJpy4300MinimumCountsEveryPair() {
        // 6403.51, 3 pairs x 8,000: CV 24,000; 30% = 7,200 < 3 x 4,300 = 12,900 -> 12,900
        // (a per-line minimum would have given 7,200)
        LandedCostQuote q = quote("2025-06-02", "0", line("BOOTS", "6403510000", "CN", 3, "8000", "JPY"));
        assertLineDuty(q, 0, "12900", "jp.duty.6403");
    }
}
