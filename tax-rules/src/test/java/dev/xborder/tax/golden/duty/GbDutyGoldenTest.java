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
 * Duty lines of the GB pack (UK Global Tariff third-country duty), worked by hand on consignments above
 * GBP 135 (below it the duty relief applies), CIF customs value, import VAT 20% on customs value + duty.
 * Rates: HSRates comparison pages of the UK Trade Tariff, accessed 2026-02-22 (6404 19 16%, 4202 22 10 8%,
 * 4202 22 90 2%, 9102 11 GBP 0.20 per piece, 7323 93 00 10 3.2% / 90 0%, 8507 60 2%, 8504 40 60 0%,
 * 7113 11 2%, 3924 10 6%).
 */
class GbDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("gb.json");

    private static LandedCostQuote quote(String shipping, QuoteLine... lines) {
        var b = request("2025-06-02", "CN", "GB", "SW1A 1AA", "GBP").shipping(money(shipping, "GBP"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void trainersWithTextileUppersPaySixteenPercentOnGoodsAndShipping() {
        // 6404 19 90 00, 1 x 150.00 + shipping 10.00: CV 160.00; duty 16% x 160.00 = 25.60
        // VAT 20% x (160.00 + 25.60) = 37.12
        LandedCostQuote q = quote("10.00", line("TRAINER", "6404199000", "CN", 1, "150.00", "GBP"));
        assertLineDuty(q, 0, "25.60", "gb.duty.640419");
        assertThat(str(q.totals().tax())).isEqualTo("37.12");
    }

    @Test
    void wristWatchesPayASpecificDutyPerPiece() {
        // 9102 11 00 00, 2 x 80.00 = 160.00 > 135: GBP 0.20 per piece x 2 = 0.40 (not a percentage)
        LandedCostQuote q = quote("0.00", line("WATCH", "9102110000", "CN", 2, "80.00", "GBP"));
        assertLineDuty(q, 0, "0.40", "gb.duty.910211");
    }

    @Test
    void handbagsOfPlasticSheetingPayEightPercentAndOfTextileTwoPercent() {
        // 4202 22 10 00: 100.00 x 8% = 8.00; 4202 22 90 00: 100.00 x 2% = 2.00; total 10.00
        LandedCostQuote q = quote("0.00",
                line("BAG-PVC", "4202221000", "CN", 1, "100.00", "GBP"),
                line("BAG-TEX", "4202229000", "CN", 1, "100.00", "GBP"));
        assertLineDuty(q, 0, "8.00", "gb.duty.42022210");
        assertLineDuty(q, 1, "2.00", "gb.duty.42022290");
        assertThat(totalDuty(q)).isEqualTo("10.00");
    }

    @Test
    void stainlessKitchenwareDependsOnTheTenDigitCommodityCode() {
        // 7323 93 00 10 at 3.2% x 100.00 = 3.20; 7323 93 00 90 at 0% = 0.00; shipping 0
        LandedCostQuote q = quote("0.00",
                line("PAN", "7323930010", "CN", 1, "100.00", "GBP"),
                line("BOWL", "7323930090", "CN", 1, "100.00", "GBP"));
        assertLineDuty(q, 0, "3.20", "gb.duty.7323930010");
        assertLineDuty(q, 1, "0.00", "gb.duty.7323930090");
    }

    @Test
    void powerBanksPayTwoPercentChargersAndSilverJewelleryAsSourced() {
        // 8507 60 00 15 (li-ion battery) 100.00 x 2% = 2.00; 8504 40 60 90 (charger) 40.00 x 0% = 0.00;
        // 7113 11 00 00 (silver ring) 60.00 x 2% = 1.20; total 3.20
        LandedCostQuote q = quote("0.00",
                line("POWERBANK", "8507600015", "CN", 1, "100.00", "GBP"),
                line("CHARGER", "8504406090", "CN", 1, "40.00", "GBP"),
                line("RING", "7113110000", "CN", 1, "60.00", "GBP"));
        assertLineDuty(q, 0, "2.00", "gb.duty.850760");
        assertLineDuty(q, 1, "0.00", "gb.duty.85044060");
        assertLineDuty(q, 2, "1.20", "gb.duty.711311");
        assertThat(totalDuty(q)).isEqualTo("3.20");
    }

    @Test
    void toysAreReportedAsHavingNoDutyRateWhilePlasticTablewarePaysSixPercent() {
        // 9503: no UK line sourced -> NO_DUTY_RATE; 3924 10 00: 150.00 x 6% = 9.00
        LandedCostQuote q = quote("0.00",
                line("DOLL", "9503007000", "CN", 1, "50.00", "GBP"),
                line("PLATES", "3924100000", "CN", 1, "150.00", "GBP"));
        assertNoDutyRate(q, 0);
        assertLineDuty(q, 1, "9.00", "gb.duty.392410");
        assertThat(totalDuty(q)).isEqualTo("9.00");
    }

    @Test
    void atOrBelowGbp135NoDutyIsChargedWhateverTheRate() {
        // 6404 19 90 00, 1 x 120.00 <= 135: duty relief (customs duty relief for low value consignments)
        LandedCostQuote q = quote("10.00", line("TRAINER", "6404199000", "CN", 1, "120.00", "GBP"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("gb.duty-relief-135")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void wheeledToysAndWallChargersAreFreeWhileDollsPayFourPercent() {
        // consignment 250.00 > GBP 135, no shipping: scooter 9503 00 10 100.00 x 0% = 0.00; doll 9503 00 21
        // 100.00 x 4% = 4.00; USB wall charger 8504 40 83 90 (HMRC ruling 600013055) 50.00 x 0% = 0.00
        LandedCostQuote q = quote("0.00",
                line("SCOOTER", "9503001000", "CN", 1, "100.00", "GBP"),
                line("DOLL", "9503002100", "CN", 1, "100.00", "GBP"),
                line("CHARGER", "8504408390", "CN", 1, "50.00", "GBP"));
        assertLineDuty(q, 0, "0.00", "gb.duty.95030010");
        assertLineDuty(q, 1, "4.00", "gb.duty.95030021");
        assertLineDuty(q, 2, "0.00", "gb.duty.8504408390");
        assertThat(totalDuty(q)).isEqualTo("4.00");
    }

    // ---- Confirmation pass (2026-11-22, branch confgb) ----

    @Test
    void smartphoneAndHeadphoneRatesAreCitedWithoutTheUncertainMarkWhileTheCottonTShirtKeepsIt() {
        // Consignment 400.00 GBP (> 135, no relief), no shipping:
        //   smartphone 8517 13 00 00, 250.00 x 0% = 0.00 (gb.duty.851713: HSRates 8517.13 page and the Tariffik
        //     electronics guide of 2026-01-17 both say 0%);
        //   headphones 8518 30 00 90, 100.00 x 0% = 0.00 (gb.duty.851830: HSRates 8518.30 page and Tariffik
        //     'Headphones 0%');
        //   cotton T-shirt 6109 10 00 10, 50.00 x 12% = 6.00 (gb.duty.610910: HSRates 6109.10 page; the Apify
        //     tudorlane/hs-tariff-code sample output (undated) and the Tariffik table headed 'Approximate Duty Rate'
        //     also say 12%, which the lead did not accept as a second source, so the line stays uncertain).
        // Total duty 6.00. Two independent sources agree on the phone and headphone rates, so the pack no longer marks
        // them uncertain and their citations carry no [UNCERTAIN]; the T-shirt and trainers 6404 19 90 00 still do.
        LandedCostQuote q = quote("0.00",
                line("PHONE", "8517130000", "CN", 1, "250.00", "GBP"),
                line("HEADPHONES", "8518300090", "CN", 1, "100.00", "GBP"),
                line("TSHIRT", "6109100010", "CN", 1, "50.00", "GBP"));
        assertLineDuty(q, 0, "0.00", "gb.duty.851713");
        assertLineDuty(q, 1, "0.00", "gb.duty.851830");
        assertLineDuty(q, 2, "6.00", "gb.duty.610910");
        assertThat(totalDuty(q)).isEqualTo("6.00");
        assertCitedAsConfirmed(q, "gb.duty.851713");
        assertCitedAsConfirmed(q, "gb.duty.851830");
        assertCitedAsUncertain(q, "gb.duty.610910");
        assertThat(q.explanations()).filteredOn(e -> e.ruleId().equals("gb.duty.851713"))
                .allMatch(e -> e.source().contains("custom-tariffs-seo.pages.dev/en/codes/8517-13-smartphones"));
        LandedCostQuote trainers = quote("0.00", line("TRAINER", "6404199000", "CN", 1, "150.00", "GBP"));
        assertCitedAsUncertain(trainers, "gb.duty.640419");
    }

    // ---- Confirmation pass (2026-11-22, branch confeugb2) ----

    @Test
    void handbagAndImitationJewelleryRatesAreCitedWithoutTheUncertainMarkSinceTwoSourcesAgree() {
        // Consignment 300.00 GBP (> 135, no relief), no shipping:
        //   handbag of plastic sheeting 4202 22 10 00, 100.00 x 8% = 8.00 (gb.duty.42022210: HSRates 4202.22 page and
        //     the DNK research note of 2026-08-08 reading the UK Trade Tariff, commodity 4202221000 MFN 8.0%);
        //   textile handbag 4202 22 90 00, 100.00 x 2% = 2.00 (gb.duty.42022290: HSRates and the DNK bags category
        //     doc, 'UKGT MFN ... 4202.22.90 ... = 2%');
        //   base-metal bangle 7117 19 00 90, 100.00 x 4% = 4.00 (gb.duty.711719: HSRates 7117.19 page and the DNK
        //     jewellery category doc, 4.00% for 7117190010 and 7117190090).
        // Total duty 14.00. Two independent sources agree on each rate, so the pack no longer marks these lines
        // uncertain and their citations carry no [UNCERTAIN]; the silver ring 7113 11 (one mirror only) still does.
        LandedCostQuote q = quote("0.00",
                line("BAG-PVC", "4202221000", "CN", 1, "100.00", "GBP"),
                line("BAG-TEX", "4202229000", "CN", 1, "100.00", "GBP"),
                line("BANGLE", "7117190090", "CN", 1, "100.00", "GBP"));
        assertLineDuty(q, 0, "8.00", "gb.duty.42022210");
        assertLineDuty(q, 1, "2.00", "gb.duty.42022290");
        assertLineDuty(q, 2, "4.00", "gb.duty.711719");
        assertThat(totalDuty(q)).isEqualTo("14.00");
        assertCitedAsConfirmed(q, "gb.duty.42022210");
        assertCitedAsConfirmed(q, "gb.duty.42022290");
        assertCitedAsConfirmed(q, "gb.duty.711719");
        LandedCostQuote ring = quote("0.00", line("RING", "7113110000", "CN", 1, "150.00", "GBP"));
        assertCitedAsUncertain(ring, "gb.duty.711311");
    }

    // ---- Anti-dumping duty on Chinese ceramic tableware (added 2026-11-22) ----

    @Test
    void chineseCeramicTablewarePaysTheResidualAntiDumpingDutyOnTopOfTheTariffDuty() {
        // UK measure inherited from Implementing Regulation (EU) 2019/1198, residual 36.1% (GOV.UK press releases of
        // 2024-05-15 and 2025-11-25: maintained until 16 July 2029 at current levels), CN ex 6911 10 00.
        // 2025-06-02, 1 x 200.00 GBP (> 135, no relief), no shipping: UKGT 12% x 200.00 = 24.00 (gb.duty.691110)
        // + AD 36.1% x 200.00 = 72.20 -> 96.20.
        LandedCostQuote q = quote("0.00", line("DINNERSET", "6911100000", "CN", 1, "200.00", "GBP"));
        assertLineDuty(q, 0, "96.20", "gb.ad.ceramic-tableware-cn");
        assertThat(q.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_RATE_MAY_DIFFER");
            assertThat(a.ruleId()).isEqualTo("gb.ad.ceramic-tableware-cn-rate");
        });
        // From Thailand: 24.00, no advisory.
        LandedCostQuote th = quote("0.00", line("DINNERSET", "6911100000", "TH", 1, "200.00", "GBP"));
        assertLineDuty(th, 0, "24.00", "gb.duty.691110");
        assertThat(th.advisories()).isEmpty();
    }

    @Test
    void atOrBelowGbp135TheReliefAlsoRemovesTheAntiDumpingDutyAndTheAdvisorySaysSo() {
        // 1 x 100.00 GBP <= 135 (gb.duty-relief-135): duty 0.00; the advisory names the relief as unconfirmed for AD.
        LandedCostQuote q = quote("0.00", line("MUG", "6911100000", "CN", 1, "100.00", "GBP"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
        assertThat(q.advisories()).singleElement().satisfies(a -> assertThat(a.message()).contains("GBP 135"));
    }

    // ---- Bicycles and e-bikes from China (added 2026-11-22) ----

    @Test
    void chineseBicyclesPayTheTransitionedAntiDumpingDuty() {
        // Measure transitioned from Implementing Regulation (EU) 2019/1379 (GOV.UK notice 2020/34), 48.5% (road.cc;
        // uncertain), 8712 00 30. 2025-06-02, 1 x 400.00 GBP (> 135): 48.5% x 400.00 = 194.00 (no UKGT line for 8712
        // is encoded: NO_DUTY_RATE as well).
        LandedCostQuote q = quote("0.00", line("BIKE", "8712003000", "CN", 1, "400.00", "GBP"));
        assertThat(str(q.lines().get(0).duty())).isEqualTo("194.00");
        assertThat(q.advisories()).extracting(a -> a.ruleId()).containsExactly("gb.ad.bicycles-cn-rate");
        LandedCostQuote vn = quote("0.00", line("BIKE", "8712003000", "VN", 1, "400.00", "GBP"));
        assertThat(totalDuty(vn)).isEqualTo("0.00");
        assertThat(vn.advisories()).isEmpty();
    }

    @Test
    void chineseEBikesCarryAnAdvisoryUntilTheUkRevokedTheInheritedDuties() {
        // AD/CVD inherited from Regulations (EU) 2019/73 and 2019/72, revoked in early 2025 (LEVA-EU 2025-02-10):
        // UK rates not sourced, so only the advisory, until 2025-02-11; none on 2025-06-02.
        var before = CALC.quote(request("2024-06-03", "CN", "GB", "SW1A 1AA", "GBP").shipping(money("0.00", "GBP"))
                .line(line("EBIKE", "8711601000", "CN", 1, "900.00", "GBP")).build());
        assertThat(totalDuty(before)).isEqualTo("0.00");
        assertThat(before.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("gb.ad.e-bikes-cn");
        });
        assertThat(quote("0.00", line("EBIKE", "8711601000", "CN", 1, "900.00", "GBP")).advisories()).isEmpty();
    }
}
