package dev.xborder.tax.golden.duty;

import static dev.xborder.tax.golden.duty.DutyGolden.assertCitedAsConfirmed;
import static dev.xborder.tax.golden.duty.DutyGolden.assertCitedAsUncertain;
import static dev.xborder.tax.golden.duty.DutyGolden.assertLineDuty;
import static dev.xborder.tax.golden.duty.DutyGolden.assertNoDutyRate;
import static dev.xborder.tax.golden.duty.DutyGolden.line;
import static dev.xborder.tax.golden.duty.DutyGolden.money;
import static dev.xborder.tax.golden.duty.DutyGolden.request;
import static dev.xborder.tax.golden.duty.DutyGolden.str;
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
 * Confirmation pass 2026-11-22: the chapter 33, 39, 42, 71, 73, 85, 91, 94 and 95 lines also read in a copy of the
 * USITC HTS JSON export (github.com/brendanxmac/hts-hero, sources usitc-export-*) and the 6404 lines on htshub
 * (HTS 2024 Revisions 9 and 10): same rates, so those lines are no longer uncertain; the expectations are unchanged.
 */
class UsDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("us.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "US", "10001", "USD").shipping(money(shipping, "USD"));
        DutyGolden.addLines(b, lines);
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
        // 2025-10-01, VN origin: 9102.12.40.00 150.00 Free = 0.00; 9101.19.20 gold-case digital watch
        // 500.00 Free = 0.00; 9102.11 analogue quartz watch: per piece + % on case, strap and battery is not
        // expressible -> NO_DUTY_RATE. Corrected 2026-11-22 (USITC HTS export copy, usitc-export-91-94):
        // 9102.12.40.00 is the "other" strap or bracelet entered with a digital watch, not the watch; the digital
        // watch itself is 9102.12.80.00 (Free in that export too), a line the pack does not encode -> NO_DUTY_RATE.
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("DIGITAL", "9102124000", "VN", 1, "150.00", "USD"),
                line("GOLDDIGITAL", "9101192040", "VN", 1, "500.00", "USD"),
                line("ANALOGUE", "9102114500", "VN", 1, "80.00", "USD"),
                line("DIGITALWATCH", "9102128000", "VN", 1, "150.00", "USD"));
        assertLineDuty(q, 0, "0.00", "us.duty.9102124000");
        assertLineDuty(q, 1, "0.00", "us.duty.91011920");
        assertNoDutyRate(q, 2);
        assertNoDutyRate(q, 3);
    }

    @Test
    void confirmedLinesAreCitedWithoutTheUncertainMarkWhileTheSweaterLineKeepsIt() {
        // Confirmation pass 2026-11-22, VN origin, 2025-10-01 (no origin duty for VN then):
        // 4202.22.15 plastic-sheeting handbag 100.00 x 16% = 16.00: HSRates and the USITC HTS export copy
        //   (usitc-export-42) agree -> the citation names the export and carries no [UNCERTAIN];
        // 6404.11.90 running shoes 1 pair x 120.00 x 20% = 24.00: hsciq and htshub (HTS 2024 Rev. 9/10) agree -> no mark;
        // 6110.20.20 cotton sweater 50.00 x 16.5% = 8.25: still one pre-USMCA etoolsage page -> [UNCERTAIN] stays.
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("BAG", "4202221500", "VN", 1, "100.00", "USD"),
                line("RUNNER", "6404119020", "VN", 1, "120.00", "USD"),
                line("SWEATER", "6110202020", "VN", 1, "50.00", "USD"));
        assertLineDuty(q, 0, "16.00", "us.duty.42022215");
        assertLineDuty(q, 1, "24.00", "us.duty.64041190");
        assertLineDuty(q, 2, "8.25", "us.duty.61102020");
        assertThat(totalDuty(q)).isEqualTo("48.25");
        assertCitedAsConfirmed(q, "us.duty.42022215", "USITC HTS JSON export", "hts-hero");
        assertCitedAsConfirmed(q, "us.duty.64041190", "htshub");
        assertCitedAsUncertain(q, "us.duty.61102020");
    }

    // ---- Section 301 (China) per HTS line, four-year review, forced-labor action (added 2026-11-22) ----
    // Line membership: chapter 99 endnotes of the USITC HTS export ("See 9903.88.01/.03/.15"), U.S. note 31 for
    // the four-year review (89 FR 76581), CBP CSMS #69326983 / 91 FR 47318 for the forced-labor action. Sources in
    // us.json (ustr-301-list1, ustr-301-list3, ustr-301-list4a, ustr-301-4yr, ustr-301-forced-labor, cbp-hk-origin).

    private static boolean applied(LandedCostQuote q, String ruleId) {
        return q.explanations().stream().anyMatch(e -> e.ruleId().equals(ruleId) && e.kind() == Explanation.Kind.APPLIED);
    }

    private static boolean anySection301(LandedCostQuote q) {
        return q.explanations().stream().anyMatch(e -> e.ruleId().startsWith("us.sec301")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void listThreeAddsTwentyFivePercentOnChineseBagsButNotOnVietnameseOnes() {
        // 2025-10-01 (List 3, 9903.88.03, 25% since 2019-05-10; 83 FR 47974, 84 FR 20459):
        // 4202.22.15 CN 100.00: 16% + 25% = 41% = 41.00; 4202.91.90 CN 200.00: 4.5% + 25% = 29.5% = 59.00
        // the same plastic bag of VN origin: 16% only = 16.00
        LandedCostQuote cn = quote("2025-10-01", "0.00",
                line("BAG", "4202221500", "CN", 1, "100.00", "USD"),
                line("DUFFLE", "4202919030", "CN", 1, "200.00", "USD"));
        LandedCostQuote vn = quote("2025-10-01", "0.00", line("BAG", "4202221500", "VN", 1, "100.00", "USD"));
        assertLineDuty(cn, 0, "41.00", "us.sec301-list3");
        assertLineDuty(cn, 1, "59.00", "us.duty.42029190");
        assertThat(totalDuty(cn)).isEqualTo("100.00");
        assertLineDuty(vn, 0, "16.00", "us.duty.42022215");
        assertThat(anySection301(vn)).isFalse();
    }

    @Test
    void chineseChargersAndWoodenFurnitureAreOnListThreeAndSpeedControllersOnListOne() {
        // 2025-10-01, CN, all general rates Free: 8504.40.60 charger 30.00 x 25% (List 3) = 7.50;
        // 9403.60.80 wooden table 200.00 x 25% (List 3) = 50.00; 8504.40.40 speed drive controller 100.00 x 25%
        // (List 1, 9903.88.01, 83 FR 28710) = 25.00; total 82.50
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("CHARGER", "8504406001", "CN", 1, "30.00", "USD"),
                line("TABLE", "9403608040", "CN", 1, "200.00", "USD"),
                line("DRIVE", "8504404000", "CN", 1, "100.00", "USD"));
        assertLineDuty(q, 0, "7.50", "us.sec301-list3");
        assertLineDuty(q, 1, "50.00", "us.sec301-list3");
        assertLineDuty(q, 2, "25.00", "us.sec301-list1");
        assertThat(totalDuty(q)).isEqualTo("82.50");
    }

    @Test
    void listFourAAddsSevenAndAHalfPercentOnChineseJewelleryPlatesAndHandsets() {
        // 2025-10-01, CN (List 4A, 9903.88.15, 7.5% since 2020-02-14; 85 FR 3741):
        // 7117.19.90 50.00 x (11% + 7.5%) = 9.25; 3924.10.20 40.00 x (6.5% + 7.5%) = 5.60;
        // 8518.30.10 20.00 x (Free + 7.5%) = 1.50; total 16.35
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("BANGLE", "7117199000", "CN", 1, "50.00", "USD"),
                line("PLATES", "3924102000", "CN", 1, "40.00", "USD"),
                line("HANDSET", "8518301000", "CN", 1, "20.00", "USD"));
        assertLineDuty(q, 0, "9.25", "us.sec301-list4a");
        assertLineDuty(q, 1, "5.60", "us.sec301-list4a");
        assertLineDuty(q, 2, "1.50", "us.sec301-list4a");
        assertThat(totalDuty(q)).isEqualTo("16.35");
    }

    @Test
    void hongKongGoodsAreNotProductsOfChinaForSection301() {
        // CBP FAQ 2020-08-12: goods of Hong Kong keep origin HK for chapter 99 duties. 2025-10-01,
        // 7117.19.90 of HK origin 50.00: 11% only = 5.50, no Section 301 duty
        LandedCostQuote q = quote("2025-10-01", "0.00", line("BANGLE", "7117199000", "HK", 1, "50.00", "USD"));
        assertLineDuty(q, 0, "5.50", "us.duty.71171990");
        assertThat(anySection301(q)).isFalse();
    }

    @Test
    void chineseToysSmartphonesAndLaptopsCarryNoSection301DutyBecauseListFourBIsSuspended() {
        // 2025-10-01, CN: 9503.00.00, 8517.13.00 and 8471.30.01 have no 9903.88 endnote in the HTS (List 4B,
        // suspended since 2019-12-18) and a Free general rate: 0.00 each
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("DOLL", "9503000073", "CN", 1, "30.00", "USD"),
                line("PHONE", "8517130000", "CN", 1, "500.00", "USD"),
                line("LAPTOP", "8471300100", "CN", 1, "800.00", "USD"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
        assertThat(anySection301(q)).isFalse();
    }

    @Test
    void chineseLithiumIonPowerBanksGoFromSevenAndAHalfToTwentyFivePercentOnNewYear2026() {
        // 8507.60.00.20 (non-EV lithium-ion), 40.00, general rate 3.4%:
        // CN 2025-10-01: 3.4% + 7.5% (List 4A) = 10.9% = 4.36
        // CN 2026-01-15: 3.4% + 25% (9903.91.06, note 31(g), from 2026-01-01, in place of 7.5%) = 28.4% = 11.36
        // VN 2026-01-15: 3.4% = 1.36
        LandedCostQuote before = quote("2025-10-01", "0.00", line("PWRBANK", "8507600020", "CN", 1, "40.00", "USD"));
        LandedCostQuote after = quote("2026-01-15", "0.00", line("PWRBANK", "8507600020", "CN", 1, "40.00", "USD"));
        LandedCostQuote vn = quote("2026-01-15", "0.00", line("PWRBANK", "8507600020", "VN", 1, "40.00", "USD"));
        assertLineDuty(before, 0, "4.36", "us.sec301-list4a-li-ion-nonev");
        assertLineDuty(after, 0, "11.36", "us.sec301-4yr-li-ion");
        assertThat(applied(after, "us.sec301-list4a-li-ion-nonev")).isFalse();
        assertLineDuty(vn, 0, "1.36", "us.duty.850760");
        assertThat(anySection301(vn)).isFalse();
    }

    @Test
    void chineseElectricVehicleBatteriesMovedToTwentyFivePercentOnSeptember27th2024() {
        // 8507.60.00.10, CN, 1,000.00 (above the USD 800 de minimis), general rate 3.4%:
        // 2024-06-01: 3.4% + 7.5% (List 4A) = 10.9% = 109.00
        // 2024-10-01: 3.4% + 25% (9903.91.01, note 31(b), from 2024-09-27) = 28.4% = 284.00
        LandedCostQuote before = quote("2024-06-01", "0.00", line("EVBATT", "8507600010", "CN", 1, "1000.00", "USD"));
        LandedCostQuote after = quote("2024-10-01", "0.00", line("EVBATT", "8507600010", "CN", 1, "1000.00", "USD"));
        assertLineDuty(before, 0, "109.00", "us.sec301-list4a-li-ion");
        assertLineDuty(after, 0, "284.00", "us.sec301-4yr-ev-battery");
        assertThat(applied(after, "us.sec301-list4a-li-ion")).isFalse();
    }

    @Test
    void theForcedLaborSection301DutiesFollowTheSection122SurchargeOnJuly24th2026() {
        // 6109.10.00 T-shirts, 100.00, general 16.5%.
        // 2026-07-23 VN: 16.5% + 10% (Section 122) = 26.50
        // 2026-08-01 VN: 16.5% + 12.5% (9903.05.84, 12.5% group) = 29.00; Section 122 expired
        // 2026-08-01 CN: 16.5% + 7.5% (List 4A) + 12.5% (9903.05.31) = 36.5% = 36.50
        // 2026-08-01 GB: 16.5% + 10% (10% group) = 26.50; MX: 16.5% only (USMCA approximation) = 16.50
        LandedCostQuote vnBefore = quote("2026-07-23", "0.00", line("TEE", "6109100010", "VN", 1, "100.00", "USD"));
        LandedCostQuote vn = quote("2026-08-01", "0.00", line("TEE", "6109100010", "VN", 1, "100.00", "USD"));
        LandedCostQuote cn = quote("2026-08-01", "0.00", line("TEE", "6109100010", "CN", 1, "100.00", "USD"));
        LandedCostQuote gb = quote("2026-08-01", "0.00", line("TEE", "6109100010", "GB", 1, "100.00", "USD"));
        LandedCostQuote mx = quote("2026-08-01", "0.00", line("TEE", "6109100010", "MX", 1, "100.00", "USD"));
        assertLineDuty(vnBefore, 0, "26.50", "us.sec122-surcharge");
        assertLineDuty(vn, 0, "29.00", "us.sec301-fl-12-5");
        assertThat(applied(vn, "us.sec122-surcharge")).isFalse();
        assertLineDuty(cn, 0, "36.50", "us.sec301-fl-cn");
        assertThat(applied(cn, "us.sec301-list4a-apparel")).isTrue();
        assertLineDuty(gb, 0, "26.50", "us.sec301-fl-10");
        assertLineDuty(mx, 0, "16.50", "us.duty.610910");
        assertThat(anySection301(mx)).isFalse();
    }

    @Test
    void aChinesePowerBankStacksTheFourYearReviewRateWithSection122AndThenWithTheForcedLaborDuty() {
        // 8507.60.00.20, CN, 40.00: 2026-03-10: 3.4% + 25% + 10% (Section 122) = 38.4% = 15.36
        // 2026-08-01: 3.4% + 25% + 12.5% (9903.05.31) = 40.9% = 16.36
        LandedCostQuote march = quote("2026-03-10", "0.00", line("PWRBANK", "8507600020", "CN", 1, "40.00", "USD"));
        LandedCostQuote august = quote("2026-08-01", "0.00", line("PWRBANK", "8507600020", "CN", 1, "40.00", "USD"));
        assertLineDuty(march, 0, "15.36", "us.sec122-surcharge");
        assertLineDuty(august, 0, "16.36", "us.sec301-fl-cn");
    }

    @Test
    void chineseApparelAndFootwearPayListFourAOnEveryLineTheHtsNoteLists() {
        // U.S. note 20(s)(i) lists 6105.10.00, 6110.20.20 and 6404.11.90. 2025-10-01, CN:
        // 6105.10.00 shirt 30.00 x (19.7% + 7.5%) = 8.16; 6110.20.20 sweater 50.00 x (16.5% + 7.5%) = 12.00;
        // 6404.11.90 trainers 2 x 75.00 = 150.00 x (20% + 7.5%) = 41.25; total 61.41
        LandedCostQuote q = quote("2025-10-01", "0.00",
                line("SHIRT", "6105100010", "CN", 1, "30.00", "USD"),
                line("SWEATER", "6110202075", "CN", 1, "50.00", "USD"),
                line("RUNNER", "6404119020", "CN", 2, "75.00", "USD"));
        assertLineDuty(q, 0, "8.16", "us.sec301-list4a-apparel");
        assertLineDuty(q, 1, "12.00", "us.sec301-list4a-apparel");
        assertLineDuty(q, 2, "41.25", "us.sec301-list4a-footwear");
        assertThat(totalDuty(q)).isEqualTo("61.41");
    }

    @Test
    void chineseSingleSheetPrintedMatterPaysListFourAOnAFreeGeneralRate() {
        // 4901.10.00 (note 20(s)(i)), CN, 20.00, general Free: 7.5% x 20.00 = 1.50; the same of GB origin: 0.00
        LandedCostQuote cn = quote("2025-10-01", "0.00", line("LEAFLET", "4901100000", "CN", 1, "20.00", "USD"));
        LandedCostQuote gb = quote("2025-10-01", "0.00", line("LEAFLET", "4901100000", "GB", 1, "20.00", "USD"));
        assertLineDuty(cn, 0, "1.50", "us.sec301-list4a");
        assertLineDuty(gb, 0, "0.00", "us.duty.4901");
    }

    @Test
    void smartphonesAndLaptopsAreExemptFromTheForcedLaborDutyButEarbudsAreNot() {
        // 2026-08-01. U.S. note 52(b) (9903.05.86) exempts 8517.13.00 and all of 8471 from 9903.05.20-.84;
        // 8518.30.20 is not exempt. CN smartphone 500.00: Free, no List 1-4A line, exempt = 0.00;
        // VN laptop 800.00: Free, exempt = 0.00; CN earbuds 100.00: Free + 12.5% (9903.05.31) = 12.50
        LandedCostQuote q = quote("2026-08-01", "0.00",
                line("PHONE", "8517130000", "CN", 1, "500.00", "USD"),
                line("LAPTOP", "8471300100", "VN", 1, "800.00", "USD"),
                line("EARBUDS", "8518302000", "CN", 1, "100.00", "USD"));
        assertLineDuty(q, 0, "0.00", "us.duty.851713");
        assertLineDuty(q, 1, "0.00", "us.duty.8471");
        assertLineDuty(q, 2, "12.50", "us.sec301-fl-cn");
        assertThat(totalDuty(q)).isEqualTo("12.50");
    }

    @Test
    void smartphonesAndLaptopsWereExemptFromTheSection122Surcharge() {
        // 2026-03-10. U.S. note 2(aa)(ii) (9903.03.03) exempts 8517.13.00 and all of 8471 from 9903.03.01.
        // VN smartphone 500.00: Free, exempt = 0.00; CN laptop 800.00: Free, List 4B suspended, exempt = 0.00;
        // VN earbuds 8518.30.20 100.00: Free + 10% = 10.00
        LandedCostQuote q = quote("2026-03-10", "0.00",
                line("PHONE", "8517130000", "VN", 1, "500.00", "USD"),
                line("LAPTOP", "8471300100", "CN", 1, "800.00", "USD"),
                line("EARBUDS", "8518302000", "VN", 1, "100.00", "USD"));
        assertLineDuty(q, 0, "0.00", "us.duty.851713");
        assertLineDuty(q, 1, "0.00", "us.duty.8471");
        assertLineDuty(q, 2, "10.00", "us.sec122-surcharge");
        assertThat(totalDuty(q)).isEqualTo("10.00");
    }

    // ---- forced-labor Section 301 floors (TOP_UP_TO, added 2026-11-22) ------------------------------------
    // Source: ustr-301-forced-labor (91 FR 47318; HTSUS note 52 as read by one repository): for the 27 EU member
    // states and Taiwan the duty brings the total rate up to at least 10%, for Japan, Korea and Switzerland to at
    // least 12.5%; a line whose general rate is already at or above the floor pays nothing more. FOB basis.

    @Test
    void forEuAndTaiwaneseGoodsTheForcedLaborDutyIsAFloorOfTenPercent() {
        // 2026-08-01. DE T-shirt 6109.10.00 100.00: general 16.5% >= 10%: 16.50 (top-up 0).
        // FR earbuds 8518.30.20 100.00: Free -> 10% x 100.00 = 10.00. TW toy 9503 50.00: Free -> 5.00.
        LandedCostQuote q = quote("2026-08-01", "0.00",
                line("TEE", "6109100010", "DE", 1, "100.00", "USD"),
                line("EARBUDS", "8518302000", "FR", 1, "100.00", "USD"),
                line("TOY", "9503000090", "TW", 1, "50.00", "USD"));
        assertLineDuty(q, 0, "16.50", "us.sec301-fl-floor-10");
        assertLineDuty(q, 1, "10.00", "us.sec301-fl-floor-10");
        assertLineDuty(q, 2, "5.00", "us.sec301-fl-floor-10");
        assertThat(totalDuty(q)).isEqualTo("31.50");
        assertThat(applied(q, "us.sec301-fl-10")).isFalse();
    }

    @Test
    void forJapaneseKoreanAndSwissGoodsTheFloorIsTwelveAndAHalfPercent() {
        // 2026-08-01. JP earbuds 100.00: Free -> 12.5% = 12.50. KR T-shirt 100.00: 16.5% >= 12.5%: 16.50.
        // CH toy 40.00: Free -> 5.00. KR smartphone 8517.13 500.00: note 52(b) exemption, Free: 0.00
        LandedCostQuote q = quote("2026-08-01", "0.00",
                line("EARBUDS", "8518302000", "JP", 1, "100.00", "USD"),
                line("TEE", "6109100010", "KR", 1, "100.00", "USD"),
                line("TOY", "9503000090", "CH", 1, "40.00", "USD"),
                line("PHONE", "8517130000", "KR", 1, "500.00", "USD"));
        assertLineDuty(q, 0, "12.50", "us.sec301-fl-floor-12-5");
        assertLineDuty(q, 1, "16.50", "us.sec301-fl-floor-12-5");
        assertLineDuty(q, 2, "5.00", "us.sec301-fl-floor-12-5");
        assertLineDuty(q, 3, "0.00", "us.duty.851713");
        assertThat(totalDuty(q)).isEqualTo("34.00");
    }

    @Test
    void beforeTheFloorsEuGoodsPaidTheSection122SurchargeOnTopOfTheGeneralRate() {
        // 2026-07-23 DE T-shirt 100.00: 16.5% + 10% (Section 122) = 26.50; 2026-08-01: floor 10% < 16.5%: 16.50
        LandedCostQuote before = quote("2026-07-23", "0.00", line("TEE", "6109100010", "DE", 1, "100.00", "USD"));
        LandedCostQuote after = quote("2026-08-01", "0.00", line("TEE", "6109100010", "DE", 1, "100.00", "USD"));
        assertLineDuty(before, 0, "26.50", "us.sec122-surcharge");
        assertLineDuty(after, 0, "16.50", "us.duty.610910");
        assertThat(applied(after, "us.sec122-surcharge")).isFalse();
    }

    @Test
    void theExcludedPrefixesKeepThePartlyExemptSubheadingsExact() {
        // The forced-labor rules list their exemptions (excludedHsPrefixes) instead of the covered chapters; same
        // results as the old positive list (checked against every HS 2022 subheading). 8541 is exempt except
        // 8541.42/.43: CN photovoltaic modules 8541.43 are charged, CN LEDs 8541.41 are not (no general rate
        // encoded for 8541: only the additional duty is shown, 12.5% x 200.00 = 25.00).
        LandedCostQuote q = quote("2026-08-01", "0.00",
                line("SOLAR", "8541430010", "CN", 1, "200.00", "USD"),
                line("LED", "8541410000", "CN", 1, "200.00", "USD"));
        assertThat(DutyGolden.str(q.lines().get(0).duty())).isEqualTo("25.00");
        assertThat(DutyGolden.str(q.lines().get(1).duty())).isEqualTo("0.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("us.sec301-fl-cn")
                && e.kind() == Explanation.Kind.SKIPPED && e.reason().contains("LED") && e.reason().contains("854141"));
    }

    // ---- Antidumping duty on Chinese drawn stainless steel sinks (added 2026-11-22) ----

    @Test
    void chineseDrawnSinksPayTheChinaWideAntidumpingRate() {
        // Order A-570-983 (78 FR 21592, continued 2024-02-07): China-wide rate 76.45% (Communications Daily 2016 and
        // 2018 review results; uncertain). 2024-03-10, 1 x 1,000.00 (> USD 800 de minimis), FOB basis, no other
        // origin duty in force for 7324.10 then: 76.45% x 1,000.00 = 764.50. The MFN rate of 7324.10 is not encoded,
        // so the line also reports NO_DUTY_RATE.
        LandedCostQuote q = quote("2024-03-10", "0.00", line("SINK", "7324100000", "CN", 1, "1000.00", "USD"));
        assertThat(str(q.lines().get(0).duty())).isEqualTo("764.50");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(applied(q, "us.ad.drawn-sinks-cn")).isTrue();
        assertThat(q.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_RATE_MAY_DIFFER");
            assertThat(a.ruleId()).isEqualTo("us.ad.drawn-sinks-cn-rate");
        });
        // From Mexico: no antidumping duty, no advisory.
        LandedCostQuote mx = quote("2024-03-10", "0.00", line("SINK", "7324100000", "MX", 1, "1000.00", "USD"));
        assertThat(str(mx.lines().get(0).duty())).isEqualTo("0.00");
        assertThat(mx.advisories()).isEmpty();
    }

    @Test
    void chineseMattressesPayTheChinaWideAntidumpingRateAndBedroomFurnitureCarriesAnAdvisoryOnly() {
        // Mattresses A-570-092: China-wide 1,731.75% (final determination, BedTimes 2019; 2025 sunset review) on the
        // six HTSUS lines the order names, here 9404.21.0010: 1,731.75% x 600.00 (FOB, 2024-03-10, consignment
        // 1,200.00 > USD 800 de minimis) = 10,390.50 on top of what the same mattress pays from Viet Nam (encoded since
        // the format accepts origin duties above 1,000%, 2026-11-22; before, an advisory only). Wooden bedroom furniture
        // A-570-890 (China-wide 216.01%; HTSUS lines not sourced): advisory only, same duty as from Viet Nam.
        LandedCostQuote q = quote("2024-03-10", "0.00",
                line("MATTRESS", "9404210010", "CN", 1, "600.00", "USD"),
                line("BEDFRAME", "9403509045", "CN", 1, "600.00", "USD"));
        assertThat(q.advisories()).extracting(a -> a.ruleId() + " " + a.code()).containsExactlyInAnyOrder(
                "us.ad.mattresses-cn-rate ANTI_DUMPING_RATE_MAY_DIFFER",
                "us.ad.wooden-bedroom-furniture-cn ANTI_DUMPING_NOT_MODELLED");
        assertThat(applied(q, "us.ad.mattresses-cn")).isTrue();
        LandedCostQuote vn = quote("2024-03-10", "0.00",
                line("MATTRESS", "9404210010", "VN", 1, "600.00", "USD"),
                line("BEDFRAME", "9403509045", "VN", 1, "600.00", "USD"));
        assertThat(vn.advisories()).isEmpty();
        assertThat(q.lines().get(0).duty().subtract(vn.lines().get(0).duty()).getNumber().numberValue(
                java.math.BigDecimal.class)).isEqualByComparingTo("10390.50");
        assertThat(str(q.lines().get(1).duty())).isEqualTo(str(vn.lines().get(1).duty()));
    }
}
