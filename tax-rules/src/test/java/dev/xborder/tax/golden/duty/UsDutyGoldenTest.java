package dev.xborder.tax.golden.duty;

import static dev.xborder.tax.golden.duty.DutyGolden.assertLineDuty;
import static dev.xborder.tax.golden.duty.DutyGolden.assertNoDutyRate;
import static dev.xborder.tax.golden.duty.DutyGolden.line;
import static dev.xborder.tax.golden.duty.DutyGolden.money;
import static dev.xborder.tax.golden.duty.DutyGolden.request;
import static dev.xborder.tax.golden.duty.DutyGolden.totalDuty;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Duty lines of the US pack (HTSUS general column 1 rates, FOB basis: international shipping is not
 * dutiable), worked by hand. Dates after the suspension of de minimis for all countries (2025-08-29, EO 14324)
 * so duty is due from the first dollar. Rates: HSRates pages of the USITC HTS accessed 2026-02-22
 * (4202.22.15 16%, 7117.19.90 11%, 8518.30.10 Free, 7323.93.00 2%); etoolsage HTS mirror (3924.10.20 6.5%,
 * 6912.00.44 10%, 9403.60 Free); dripcapital (8504.40 Free); hsciq.com mirror (6404.11.90 20%); hsfinder/USITC 6109.10.00 16.5%; Section 301
 * List 4A +7.5% (pack, uncertain); Section 122 surcharge +10% 2026-02-24 to 2026-07-24 (pack, uncertain).
 */
class UsDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("us.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "US", "10001", "USD").shipping(money(shipping, "USD"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
        return CALC.quote(b.build());
    }

    @Test
    void plasticHandbagPaysSixteenPercentOnTheGoodsValueOnly() {
        // 4202.22.15, made in VN, 100.00 + shipping 20.00 (FOB: shipping not dutiable): 16% x 100.00 = 16.00
        LandedCostQuote q = quote("2025-10-01", "20.00", line("BAG", "4202221500", "VN", 1, "100.00", "USD"));
        assertLineDuty(q, 0, "16.00", "us.duty.42022215");
    }

    @Test
    void chineseCottonTShirtsPayTheGeneralRatePlusSection301() {
        // 6109.10.00, CN, 4 x 25.00 = 100.00: 16.5% + 7.5% (List 4A) = 24% x 100.00 = 24.00
        LandedCostQuote q = quote("2025-10-01", "0.00", line("TEE", "6109100010", "CN", 4, "25.00", "USD"));
        assertLineDuty(q, 0, "24.00", "us.duty.610910");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("us.sec301-list4a-apparel")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void imitationJewelleryAndHomewareFollowTheirEightDigitLines() {
        // 7117.19.90 50.00 x 11% = 5.50; 3924.10.20 (plastic plates) 40.00 x 6.5% = 2.60;
        // 6912.00.44 (ceramic mugs) 30.00 x 10% = 3.00; 7323.93.00 (stainless pot) 60.00 x 2% = 1.20; total 12.30
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("BANGLE", "7117199000", "IN", 1, "50.00", "USD"),
                line("PLATES", "3924102000", "TH", 1, "40.00", "USD"),
                line("MUGS", "6912004400", "TH", 1, "30.00", "USD"),
                line("POT", "7323930080", "TH", 1, "60.00", "USD"));
        assertLineDuty(q, 0, "5.50", "us.duty.71171990");
        assertLineDuty(q, 1, "2.60", "us.duty.39241020");
        assertLineDuty(q, 2, "3.00", "us.duty.69120044");
        assertLineDuty(q, 3, "1.20", "us.duty.73239300");
        assertThat(totalDuty(q)).isEqualTo("12.30");
    }

    @Test
    void chargersHeadphonesAndWoodenFurnitureAreFree() {
        // 8504.40.60 (charger), 8518.30.10 (headset), 9403.60.80 (wooden table), VN origin: all Free
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("CHARGER", "8504406001", "VN", 1, "30.00", "USD"),
                line("HEADSET", "8518301000", "VN", 1, "50.00", "USD"),
                line("TABLE", "9403608040", "VN", 1, "200.00", "USD"));
        assertLineDuty(q, 0, "0.00", "us.duty.850440");
        assertLineDuty(q, 1, "0.00", "us.duty.85183010");
        assertLineDuty(q, 2, "0.00", "us.duty.940360");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void theSection122SurchargeAddsTenPercentExceptForUsmcaOrigins() {
        // 2026-03-10: 4202.22.15 VN 100.00: 16% + 10% = 26.00; the same bag of MX origin: 16% only = 16.00
        LandedCostQuote vn = quote("2026-03-10", "0.00", line("BAG", "4202221500", "VN", 1, "100.00", "USD"));
        LandedCostQuote mx = quote("2026-03-10", "0.00", line("BAG", "4202221500", "MX", 1, "100.00", "USD"));
        assertLineDuty(vn, 0, "26.00", "us.sec122-surcharge");
        assertLineDuty(mx, 0, "16.00", "us.duty.42022215");
        assertThat(mx.explanations()).noneMatch(e -> e.ruleId().equals("us.sec122-surcharge")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void leatherTravelBagsAndSilverJewelleryPayTheirGeneralRates() {
        // 4202.91.90 (leather travel bag) 200.00 x 4.5% = 9.00; 7113.11.50 (silver ring) 80.00 x 5% = 4.00
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("DUFFLE", "4202919030", "IT", 1, "200.00", "USD"),
                line("RING", "7113115000", "IT", 1, "80.00", "USD"));
        assertLineDuty(q, 0, "9.00", "us.duty.42029190");
        assertLineDuty(q, 1, "4.00", "us.duty.71131150");
        assertThat(totalDuty(q)).isEqualTo("13.00");
    }

    @Test
    void textileRunningShoesAboveTwelveDollarsAPairPayTwentyPercent() {
        // 6404.11.90 (valued over USD 12/pair), VN, 2 pairs x 75.00 = 150.00: 20% = 30.00
        LandedCostQuote q = quote("2025-10-01", "0.00", line("RUNNER", "6404119020", "VN", 2, "75.00", "USD"));
        assertLineDuty(q, 0, "30.00", "us.duty.64041190");
    }

    @Test
    void beforeTheSuspensionA100DollarShipmentFromVietnamWasDutyFree() {
        // 2025-03-01: de minimis USD 800 (19 U.S.C. 1321) still open to all origins: duty 0.00
        LandedCostQuote q = quote("2025-03-01", "0.00", line("BAG", "4202221500", "VN", 1, "100.00", "USD"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("us.de-minimis-800")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void digitalWatchesAreFreeButMechanicalDisplayWatchesHaveNoExpressibleRate() {
        // 2025-10-01, VN origin: 9102.12.40 digital watch 150.00 Free = 0.00; 9101.19.20 gold-case digital watch
        // 500.00 Free = 0.00; 9102.11 analogue quartz watch: per piece + % on case, strap and battery is not
        // expressible -> NO_DUTY_RATE
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("DIGITAL", "9102124000", "VN", 1, "150.00", "USD"),
                line("GOLDDIGITAL", "9101192040", "VN", 1, "500.00", "USD"),
                line("ANALOGUE", "9102114500", "VN", 1, "80.00", "USD"));
        assertLineDuty(q, 0, "0.00", "us.duty.9102124000");
        assertLineDuty(q, 1, "0.00", "us.duty.91011920");
        assertNoDutyRate(q, 2);
    }
}
