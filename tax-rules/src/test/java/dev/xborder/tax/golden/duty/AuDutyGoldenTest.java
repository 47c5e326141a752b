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
 * Duty lines of the AU pack, worked by hand above the AUD 1,000 border threshold (below it no duty is
 * collected), FOB customs value. Encoded: chapters 61 and 62 at the 5% general rate since 2015 (ifcba.org,
 * ifc.com.au), uncertain and ending 2026-07-01 (nuisance-tariff removals, Treasury); wallets and purses
 * 4202.31.10 and 4202.32.10 at 5% (treayo.com mirror of Schedule 3, uncertain). Other headings report
 * NO_DUTY_RATE.
 */
class AuDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("au.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "AU", "2000", "AUD").shipping(money(shipping, "AUD"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
        return CALC.quote(b.build());
    }

    @Test
    void wovenDressesPayFivePercentOnTheFobValue() {
        // 6204.44, 1 x 1,200.00 + shipping 50.00 (not in the FOB value): 5% x 1,200.00 = 60.00
        LandedCostQuote q = quote("2025-06-02", "50.00", line("DRESS", "6204440000", "CN", 1, "1200.00", "AUD"));
        assertLineDuty(q, 0, "60.00", "au.duty.62");
    }

    @Test
    void knittedTShirtsPayFivePercent() {
        // 6109.10, 20 x 60.00 = 1,200.00: 5% = 60.00
        LandedCostQuote q = quote("2025-06-02", "0.00", line("TEE", "6109100010", "CN", 20, "60.00", "AUD"));
        assertLineDuty(q, 0, "60.00", "au.duty.61");
    }

    @Test
    void leatherWalletsPayFivePercent() {
        // 4202.31.10, 30 x 40.00 = 1,200.00 (> 1,000): 5% = 60.00 (treayo.com mirror of Schedule 3, uncertain)
        LandedCostQuote q = quote("2025-06-02", "0.00", line("WALLET", "4202311000", "CN", 30, "40.00", "AUD"));
        assertLineDuty(q, 0, "60.00", "au.duty.42023110");
    }

    @Test
    void laptopsAreReportedAsHavingNoDutyRateNextToDutiableClothing() {
        // 8471.30 not encoded -> NO_DUTY_RATE; dress 6204.44 1,000.00 x 5% = 50.00 (consignment 2,500.00)
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("LAPTOP", "8471300000", "CN", 1, "1500.00", "AUD"),
                line("DRESS", "6204440000", "CN", 1, "1000.00", "AUD"));
        assertNoDutyRate(q, 0);
        assertLineDuty(q, 1, "50.00", "au.duty.62");
        assertThat(totalDuty(q)).isEqualTo("50.00");
    }

    @Test
    void fromJuly2026TheClothingRateIsNoLongerAssertedAndTheLineSaysSo() {
        // au.duty.61 ends 2026-07-01 (tranche of tariff removals not confirmed): NO_DUTY_RATE on 2026-08-03
        LandedCostQuote q = quote("2026-08-03", "0.00", line("TEE", "6109100010", "CN", 20, "60.00", "AUD"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void atOrBelowAud1000NoDutyIsCollected() {
        // 6109.10, 15 x 60.00 = 900.00 <= 1,000: duty 0.00 whatever the rate
        LandedCostQuote q = quote("2025-06-02", "0.00", line("TEE", "6109100010", "CN", 15, "60.00", "AUD"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void bluetoothHeadsetsAreFreeButPlainEarphonesHaveNoRate() {
        // 8518.30.10 headset with radio transmission 1,100.00 x Free = 0.00 (treayo.com mirror of Schedule 3);
        // 8518.30.90 plain earphones: not sourced -> NO_DUTY_RATE. Consignment 1,400.00 > AUD 1,000.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("HEADSET", "8518301000", "CN", 1, "1100.00", "AUD"),
                line("EARBUDS", "8518309000", "CN", 1, "300.00", "AUD"));
        assertLineDuty(q, 0, "0.00", "au.duty.85183010");
        assertNoDutyRate(q, 1);
    }
}
