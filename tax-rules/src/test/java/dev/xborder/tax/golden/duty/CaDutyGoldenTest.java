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
 * Duty lines of the CA pack (Canadian Customs Tariff, MFN column), worked by hand on courier shipments from
 * China above the CAD 20 low-value threshold. Value for duty excludes transport after the place of direct
 * shipment (CBSA D13-3-3), so shipping is not dutiable. Rates: Canadian Customs Tariff via betterdollar.com
 * (6109 18%, 3924 6.5%) and etoolsage.com (4202.32.10 8%) mirrors, 2025 tariff (9503.00.10 8%,
 * 9503.00.90 Free); CUSMA (UST) free for US-origin goods of those lines.
 */
class CaDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("ca.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "CA", "T2P 1J9", "CAD").shipping(money(shipping, "CAD"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
        return CALC.quote(b.build());
    }

    @Test
    void cottonTShirtsPayEighteenPercentOnTheValueForDuty() {
        // 6109.10, 2 x 50.00 = 100.00, shipping 15.00 not dutiable: 18% x 100.00 = 18.00
        LandedCostQuote q = quote("2025-06-02", "15.00", line("TEE", "6109100011", "CN", 2, "50.00", "CAD"));
        assertLineDuty(q, 0, "18.00", "ca.duty.6109");
    }

    @Test
    void textilePursesPayEightPercent() {
        // 4202.32.10, 1 x 50.00: 8% x 50.00 = 4.00
        LandedCostQuote q = quote("2025-06-02", "0.00", line("PURSE", "4202321010", "CN", 1, "50.00", "CAD"));
        assertLineDuty(q, 0, "4.00", "ca.duty.42023210");
    }

    @Test
    void plasticKitchenwarePaysSixAndAHalfPercent() {
        // 3924.10, 4 x 25.00 = 100.00: 6.5% x 100.00 = 6.50
        LandedCostQuote q = quote("2025-06-02", "0.00", line("BOWLS", "3924100000", "CN", 4, "25.00", "CAD"));
        assertLineDuty(q, 0, "6.50", "ca.duty.3924");
    }

    @Test
    void rideOnToysAndOtherToysAreSplitAtTheTariffItem() {
        // 9503.00.10 scooter 100.00 x 8% = 8.00; 9503.00.90 doll 100.00 x Free = 0.00; total 8.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SCOOTER", "9503001010", "CN", 1, "100.00", "CAD"),
                line("DOLL", "9503009011", "CN", 1, "100.00", "CAD"));
        assertLineDuty(q, 0, "8.00", "ca.duty.95030010");
        assertLineDuty(q, 1, "0.00", "ca.duty.95030090");
        assertThat(totalDuty(q)).isEqualTo("8.00");
    }

    @Test
    void phonesAndLeatherHandbagsAreReportedAsHavingNoDutyRate() {
        // 8517.13 and 4202.21 are not encoded (MFN rows not confirmed): NO_DUTY_RATE, no duty guessed
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "500.00", "CAD"),
                line("HANDBAG", "4202210000", "CN", 1, "300.00", "CAD"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void usOriginatingTShirtsAbove150EnterFreeUnderCusma() {
        // 6109.10 of US origin shipped from the US, 200.00 > CAD 150: UST Free replaces 18%: duty 0.00
        var q = CALC.quote(request("2025-06-02", "US", "CA", "T2P 1J9", "CAD")
                .line(line("TEE", "6109100011", "US", 1, "200.00", "CAD")).build());
        assertLineDuty(q, 0, "0.00", "ca.cusma-free");
    }

    @Test
    void leatherAnkleBootsPayEighteenPercent() {
        // 6403.51.90, 2 x 120.00 = 240.00, shipping 20.00 not dutiable: 18% x 240.00 = 43.20
        // (CPTPP Implementation Act, S.C. 2018, c. 23, Schedule 3: MFN 18%, final rate)
        LandedCostQuote q = quote("2025-06-02", "20.00", line("BOOTS", "6403519000", "CN", 2, "120.00", "CAD"));
        assertLineDuty(q, 0, "43.20", "ca.duty.640351");
    }

    @Test
    void silverAndGoldJewelleryPayTheirTariffItemRates() {
        // 7113.11.90 silver ring 200.00 x 8.5% = 17.00; 7113.19.90 gold chain 300.00 x 6.5% = 19.50;
        // total 36.50 (betterdollar.com mirror of the Customs Tariff, heading 71.13)
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("RING", "7113119000", "CN", 1, "200.00", "CAD"),
                line("CHAIN", "7113199000", "CN", 1, "300.00", "CAD"));
        assertLineDuty(q, 0, "17.00", "ca.duty.71131190");
        assertLineDuty(q, 1, "19.50", "ca.duty.71131990");
        assertThat(totalDuty(q)).isEqualTo("36.50");
    }

    @Test
    void foamMattressesPayNineAndAHalfPercent() {
        // 9404.21, 1 x 450.00: 9.5% x 450.00 = 42.75
        LandedCostQuote q = quote("2025-06-02", "0.00", line("MATTRESS", "9404210000", "CN", 1, "450.00", "CAD"));
        assertLineDuty(q, 0, "42.75", "ca.duty.940421");
    }

    @Test
    void usOriginatingJewelleryAbove150EntersFreeUnderCusma() {
        // 7113.11.90 of US origin shipped from the US, 400.00 > CAD 150: UST Free replaces 8.5%: duty 0.00
        var q = CALC.quote(request("2025-06-02", "US", "CA", "T2P 1J9", "CAD")
                .line(line("RING", "7113119000", "US", 1, "400.00", "CAD")).build());
        assertLineDuty(q, 0, "0.00", "ca.cusma-free");
    }
}
