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
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Duty lines of the EU pack (Common Customs Tariff third-country duty), worked by hand. Consignments above
 * EUR 150 in March 2026 (before the EUR 3 flat duty), destination DE, so the tariff duty applies on the CIF
 * customs value. Rates: HSRates comparison pages of EU TARIC, accessed 2026-02-22 (6404 19 16.9%, 6403 19 8%,
 * 4202 22 10 9.7%, 4202 22 90 3.7%, 8518 30 0%, 7113 11 2.5%, 7117 19 4%, 7323 93 3.2%, 3924 10 6.5%,
 * 6911 10 12%); import VAT DE 19% on customs value + duty (UCC Art. 70/71, VAT Directive Art. 85/86).
 * Confirmation pass 2026-11-22: 6403 19, 9403 30 and 9403 60 also read on taric-check.com (TARIC, DG TAXUD CIRCABC)
 * and 8471 30 on celna24.pl, so those lines rest on two independent mirrors and are no longer marked uncertain.
 */
class EuDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("eu.json");

    private static LandedCostQuote quote(String shipping, dev.xborder.core.landed.QuoteLine... lines) {
        return quote("2026-03-10", shipping, lines);
    }

    /** A consignment from China to Berlin on {@code date}. */
    private static LandedCostQuote quote(String date, String shipping, dev.xborder.core.landed.QuoteLine... lines) {
        var b = request(date, "CN", "DE", "10115", "EUR").shipping(money(shipping, "EUR"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void textileSneakersPayTheMostSpecificSubheadingRateOnTheCifValue() {
        // 6404 19 90, 1 x 180.00 + shipping 20.00: CV 200.00; duty 16.9% x 200.00 = 33.80
        // VAT 19% x (200.00 + 33.80) = 44.422 -> 44.42
        LandedCostQuote q = quote("20.00", line("SNEAKER", "6404199000", "CN", 1, "180.00", "EUR"));
        assertLineDuty(q, 0, "33.80", "eu.duty.640419");
        assertThat(str(q.totals().tax())).isEqualTo("44.42");
        assertThat(q.explanations()).noneMatch(e -> e.ruleId().equals("eu.duty.6404")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void leatherSportsShoesPayEightPercent() {
        // 6403 19 00, 1 x 160.00, no shipping: 8% x 160.00 = 12.80
        // (since the confirmation pass of 2026-11-22 two mirrors agree on 8%: taric-check TARIC 6403190000 and HSRates)
        LandedCostQuote q = quote("0.00", line("SHOE", "6403190000", "VN", 1, "160.00", "EUR"));
        assertLineDuty(q, 0, "12.80", "eu.duty.640319");
    }

    @Test
    void confirmedLinesAreCitedWithoutTheUncertainMarkWhileTheHeadingFallbackKeepsIt() {
        // Confirmation pass (2026-11-22): two independent mirrors of TARIC agree on these lines, so the pack no longer
        // marks them uncertain and their citations carry no [UNCERTAIN]:
        //   9403 60 10 dining-room table  1 x 300.00 x 0% = 0.00 (eu.duty.940360: taric-check 9403 60 10/30/90 + HSRates)
        //   8471 30 00 laptop             1 x 900.00 x 0% = 0.00 (eu.duty.847130: celna24 + HSRates)
        //   6403 19 00 leather sports shoe 1 x 100.00 x 8% = 8.00 (eu.duty.640319: taric-check 6403190000 + HSRates)
        // The desktop 8471 41 00, 1 x 500.00 x 0% = 0.00, still falls to the heading line eu.duty.8471 (one general
        // source only), which keeps the mark. 2026-03-10, CN -> Berlin, no shipping, 1,800.00 > EUR 150 (no relief):
        // duty 8.00; VAT 19% x (1,800.00 + 8.00) = 343.52.
        LandedCostQuote q = quote("0.00",
                line("TABLE", "9403601000", "CN", 1, "300.00", "EUR"),
                line("LAPTOP", "8471300000", "CN", 1, "900.00", "EUR"),
                line("SHOE", "6403190000", "CN", 1, "100.00", "EUR"),
                line("DESKTOP", "8471410000", "CN", 1, "500.00", "EUR"));
        assertLineDuty(q, 0, "0.00", "eu.duty.940360");
        assertLineDuty(q, 1, "0.00", "eu.duty.847130");
        assertLineDuty(q, 2, "8.00", "eu.duty.640319");
        assertLineDuty(q, 3, "0.00", "eu.duty.8471");
        assertThat(totalDuty(q)).isEqualTo("8.00");
        assertThat(str(q.totals().tax())).isEqualTo("343.52");
        assertCitedAsConfirmed(q, "eu.duty.940360", "taric-check.com");
        assertCitedAsConfirmed(q, "eu.duty.640319", "taric-check.com");
        assertCitedAsConfirmed(q, "eu.duty.847130", "celna24");
        assertCitedAsUncertain(q, "eu.duty.8471");
    }

    @Test
    void woodenOfficeFurnitureIsFreeOnEveryCn8Code() {
        // eu.duty.940330 confirmed (taric-check 9403 30 11/19/91/99 all 0% + HSRates 0%): desk 9403 30 11 and
        // cupboard 9403 30 91, 2 x 250.00 each = 1,000.00 at 0% -> 0.00, cited without [UNCERTAIN].
        LandedCostQuote q = quote("0.00",
                line("DESK", "9403301100", "CN", 2, "250.00", "EUR"),
                line("CUPBOARD", "9403309100", "CN", 2, "250.00", "EUR"));
        assertLineDuty(q, 0, "0.00", "eu.duty.940330");
        assertLineDuty(q, 1, "0.00", "eu.duty.940330");
        assertCitedAsConfirmed(q, "eu.duty.940330");
    }

    @Test
    void handbagsOfPlasticSheetingAndOfTextileHaveDifferentRates() {
        // 4202 22 10 (plastic sheeting) 100.00 and 4202 22 90 (textile) 100.00, shipping 20.00 split 10/10:
        // CVs 110.00 each; 9.7% x 110.00 = 10.67; 3.7% x 110.00 = 4.07; total 14.74
        LandedCostQuote q = quote("20.00",
                line("BAG-PVC", "4202221000", "CN", 1, "100.00", "EUR"),
                line("BAG-TEX", "4202229000", "CN", 1, "100.00", "EUR"));
        assertLineDuty(q, 0, "10.67", "eu.duty.42022210");
        assertLineDuty(q, 1, "4.07", "eu.duty.42022290");
        assertThat(totalDuty(q)).isEqualTo("14.74");
    }

    @Test
    void headphonesAreFreeWhileJewelleryAndStainlessKitchenwareAreDutiable() {
        // 8518 30 00 100.00 at 0% = 0.00; 7113 11 00 (silver ring) 100.00 at 2.5% = 2.50;
        // 7117 19 00 (imitation jewellery) 50.00 at 4% = 2.00; 7323 93 00 (stainless pot) 100.00 at 3.2% = 3.20
        // total duty 7.70
        LandedCostQuote q = quote("0.00",
                line("EARBUDS", "8518300090", "CN", 1, "100.00", "EUR"),
                line("RING", "7113110000", "TH", 1, "100.00", "EUR"),
                line("BANGLE", "7117190000", "CN", 1, "50.00", "EUR"),
                line("POT", "7323930000", "CN", 1, "100.00", "EUR"));
        assertLineDuty(q, 0, "0.00", "eu.duty.851830");
        assertLineDuty(q, 1, "2.50", "eu.duty.711311");
        assertLineDuty(q, 2, "2.00", "eu.duty.711719");
        assertLineDuty(q, 3, "3.20", "eu.duty.732393");
        assertThat(totalDuty(q)).isEqualTo("7.70");
    }

    @Test
    void plasticTablewareAndPorcelainMugsPayTheirOwnRates() {
        // 3924 10 00, 4 x 50.00 = 200.00 at 6.5% = 13.00; 6911 10 00, 2 x 45.00 = 90.00 at 12% = 10.80.
        // Expectation changed 2026-11-22 (fourth pass): the Chinese porcelain mugs (TARIC 6911100090) also pay the
        // anti-dumping duty in force on 2026-03-10, 79.0% (Implementing Regulation (EU) 2026/274, from 2026-02-07,
        // eu.ad.ceramic-tableware-cn-2026): 79.0% x 90.00 = 71.10, so line 2 = 10.80 + 71.10 = 81.90 (was 10.80);
        // total 13.00 + 81.90 = 94.90 (was 23.80).
        LandedCostQuote q = quote("0.00",
                line("PLATES", "3924100090", "CN", 4, "50.00", "EUR"),
                line("MUGS", "6911100090", "CN", 2, "45.00", "EUR"));
        assertLineDuty(q, 0, "13.00", "eu.duty.392410");
        assertLineDuty(q, 1, "81.90", "eu.duty.691110");
        assertLineDuty(q, 1, "81.90", "eu.ad.ceramic-tableware-cn-2026");
        assertThat(totalDuty(q)).isEqualTo("94.90");
    }

    @Test
    void chargersAreReportedAsHavingNoDutyRateRatherThanGuessed() {
        // 8504 40: only one TARIC line was sourced, so nothing is encoded; the line says NO_DUTY_RATE.
        // The phone in the same consignment is free (8517 13, ITA): total duty 0.00.
        LandedCostQuote q = quote("0.00",
                line("CHARGER", "8504405590", "CN", 1, "60.00", "EUR"),
                line("PHONE", "8517130000", "CN", 1, "300.00", "EUR"));
        assertNoDutyRate(q, 0);
        assertLineDuty(q, 1, "0.00", "eu.duty.851713");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void atOrBelowEur150BeforeJuly2026TheDutyIsRelievedWhateverTheRate() {
        // 6404 19 90, 1 x 120.00 intrinsic value <= 150 (Reg. 1186/2009 Art. 23): duty 0.00
        LandedCostQuote q = quote("10.00", line("SNEAKER", "6404199000", "CN", 1, "120.00", "EUR"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("eu.duty-relief-150")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void convertersForComputersAreFreeWhileRectifierChargersStayUnrated() {
        // consignment 260.00 > EUR 150 (no relief): 8504 40 60 90 converter 200.00 x 0% = 0.00 (HSRates mirror of
        // TARIC); 8504 40 83 rectifier (wall charger) has no sourced EU rate -> NO_DUTY_RATE
        LandedCostQuote q = quote("0.00",
                line("ADAPTER", "8504406090", "CN", 1, "200.00", "EUR"),
                line("CHARGER", "8504408390", "CN", 1, "60.00", "EUR"));
        assertLineDuty(q, 0, "0.00", "eu.duty.8504406090");
        assertNoDutyRate(q, 1);
    }

    // ---- watches 9102: 4.5% with minimum EUR 0.30 and maximum EUR 0.80 per piece (per: UNIT) -------------

    @Test
    void wristWatchDutyIsCappedAtEightyCentsAPiece() {
        // 9102 11 00, 10 x 20.00 = 200.00 (> 150, no relief), no shipping: 4.5% x 200.00 = 9.00;
        // per-piece bounds 10 x 0.30 = 3.00 .. 10 x 0.80 = 8.00 -> 8.00. VAT 19% x 208.00 = 39.52.
        // Source: TARIC form "4.50 % MIN 0.30 EUR / p/st MAX 0.80 EUR / p/st" (eu.duty.910211, uncertain).
        LandedCostQuote q = quote("0.00", line("WATCH", "9102110000", "CN", 10, "20.00", "EUR"));
        assertLineDuty(q, 0, "8.00", "eu.duty.910211");
        assertThat(str(q.totals().tax())).isEqualTo("39.52");
    }

    @Test
    void cheapWristWatchesPayThirtyCentsAPieceAtLeast() {
        // 9102 11 00, 40 x 4.00 = 160.00: 4.5% x 160.00 = 7.20 < 40 x 0.30 = 12.00 -> 12.00
        // (a per-line minimum would have left 7.20)
        LandedCostQuote q = quote("0.00", line("WATCH", "9102110000", "CN", 40, "4.00", "EUR"));
        assertLineDuty(q, 0, "12.00", "eu.duty.910211");
    }

    @Test
    void handWoundAndPocketWatchesCarryTheSamePerPieceBounds() {
        // 9102 29 00, 1 x 180.00, shipping 20.00 -> CV 200.00: 4.5% = 9.00 > 1 x 0.80 -> 0.80 (HSRates mirror of TARIC)
        assertLineDuty(quote("20.00", line("HANDWOUND", "9102290000", "CN", 1, "180.00", "EUR")), 0, "0.80",
                "eu.duty.910229");
        // 9102 99 00, 10 x 16.00 = 160.00: 4.5% = 7.20 within [3.00, 8.00] -> 7.20
        assertLineDuty(quote("0.00", line("POCKET", "9102990000", "CN", 10, "16.00", "EUR")), 0, "7.20",
                "eu.duty.910299");
    }

    @Test
    void otherWatchSubheadingsKeepTheUnboundedHeadingRate() {
        // 9102 12 00 (opto-electronic display), 1 x 200.00: bounds not sourced for this subheading -> eu.duty.9102
        // 4.5% x 200.00 = 9.00
        LandedCostQuote q = quote("0.00", line("DIGITAL", "9102120000", "CN", 1, "200.00", "EUR"));
        assertLineDuty(q, 0, "9.00", "eu.duty.9102");
    }

    // ---- Anti-dumping duty on Chinese ceramic tableware (added 2026-11-22) ----

    private static LandedCostQuote quoteOn(String date, dev.xborder.core.landed.QuoteLine... lines) {
        return quote(date, "0.00", lines);
    }

    @Test
    void chinesePorcelainTablewarePaysTheResidualAntiDumpingDutyOnTopOfTheTariffDuty() {
        // Implementing Regulation (EU) 2019/1198 Art. 1(2) as amended by 2019/2131 Art. 1(1): 36.1% for 'all other
        // companies' on TARIC 6911100090 from China. 2024-03-10, 1 x 200.00 (> EUR 150, no relief), no shipping:
        // CCT 12% x 200.00 = 24.00 (eu.duty.691110) + AD 36.1% x 200.00 = 72.20 -> duty 96.20;
        // VAT 19% x (200.00 + 96.20) = 56.278 -> 56.28.
        LandedCostQuote q = quoteOn("2024-03-10", line("DINNERSET", "6911100090", "CN", 1, "200.00", "EUR"));
        assertLineDuty(q, 0, "96.20", "eu.ad.ceramic-tableware-cn");
        assertThat(str(q.totals().tax())).isEqualTo("56.28");
        assertThat(q.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_RATE_MAY_DIFFER");
            assertThat(a.ruleId()).isEqualTo("eu.ad.ceramic-tableware-cn-rate");
            assertThat(a.lines()).containsExactly(0);
        });
        // Same plates from Portugal: 24.00, no advisory.
        LandedCostQuote pt = quoteOn("2024-03-10", line("DINNERSET", "6911100090", "PT", 1, "200.00", "EUR"));
        assertLineDuty(pt, 0, "24.00", "eu.duty.691110");
        assertThat(pt.advisories()).isEmpty();
    }

    @Test
    void chineseTablewareDeclaredOutsideTheTaricCodesGetsOnlyAnAdvisory() {
        // 6911 10 00 declared with TARIC suffix 00 (not one of the act's TARIC codes): 12% x 200.00 = 24.00, and the
        // advisory says an anti-dumping duty may apply.
        LandedCostQuote q = quoteOn("2024-03-10", line("MUGS", "6911100000", "CN", 1, "200.00", "EUR"));
        assertLineDuty(q, 0, "24.00", "eu.duty.691110");
        assertThat(q.advisories()).extracting(a -> a.ruleId()).containsExactly("eu.ad.ceramic-tableware-cn-rate");
    }

    @Test
    void chineseTablewareStillPaysTheResidualRateAfterJuly2024WhileTheExpiryReviewRuns() {
        // Fourth pass (2026-11-22), replaces the advisory-only case: the expiry review opened 2024-07-12 kept the
        // duties in force (Art. 11(2), cerameunie-fepf-2018) and Implementing Regulation (EU) 2025/1981 maintained
        // them at 13.1%-36.1% (sintact-eu-2025-1981, veille-douaniere-2025-1981). 2025-06-02, TARIC 6911100090,
        // 1 x 200.00, no shipping: CCT 12% x 200.00 = 24.00 + AD 36.1% x 200.00 = 72.20 -> duty 96.20;
        // VAT 19% x (200.00 + 96.20) = 56.278 -> 56.28.
        LandedCostQuote later = quoteOn("2025-06-02", line("DINNERSET", "6911100090", "CN", 1, "200.00", "EUR"));
        assertLineDuty(later, 0, "96.20", "eu.ad.ceramic-tableware-cn");
        assertThat(str(later.totals().tax())).isEqualTo("56.28");
        assertThat(later.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_RATE_MAY_DIFFER");
            assertThat(a.ruleId()).isEqualTo("eu.ad.ceramic-tableware-cn-rate");
        });
    }

    @Test
    void chineseTablewarePaysSeventyNinePercentFromTheInterimReviewOfFebruary2026() {
        // Implementing Regulation (EU) 2026/274 (OJ 2026-02-06, in force 2026-02-07): single 79.0% for all Chinese
        // exporters (reuters-2026-02-06-ceramics, gdtbt-eu-2026-274, tradedaas-eu-ceramics-2026; uncertain).
        // 2026-03-10 (before the EUR 3 flat duty), TARIC 6911100090, 1 x 200.00, no shipping: CCT 12% x 200.00 = 24.00 + AD 79.0% x 200.00 = 158.00 -> 182.00;
        // VAT 19% x (200.00 + 182.00) = 72.58.
        LandedCostQuote q = quoteOn("2026-03-10", line("DINNERSET", "6911100090", "CN", 1, "200.00", "EUR"));
        assertLineDuty(q, 0, "182.00", "eu.ad.ceramic-tableware-cn-2026");
        assertThat(str(q.totals().tax())).isEqualTo("72.58");
        assertThat(q.explanations()).noneMatch(e -> e.ruleId().equals("eu.ad.ceramic-tableware-cn")
                && e.kind() == Explanation.Kind.APPLIED);
        assertThat(q.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_RATE_MAY_DIFFER");
            assertThat(a.ruleId()).isEqualTo("eu.ad.ceramic-tableware-cn-2026-rate");
            assertThat(a.message()).contains("79.0%");
        });
        // The day before (2026-02-06) the residual 36.1% still applies: 24.00 + 72.20 = 96.20.
        LandedCostQuote dayBefore = quoteOn("2026-02-06", line("DINNERSET", "6911100090", "CN", 1, "200.00", "EUR"));
        assertLineDuty(dayBefore, 0, "96.20", "eu.ad.ceramic-tableware-cn");
        // Same plates from Portugal: 24.00, no advisory.
        LandedCostQuote pt = quoteOn("2026-03-10", line("DINNERSET", "6911100090", "PT", 1, "200.00", "EUR"));
        assertLineDuty(pt, 0, "24.00", "eu.duty.691110");
        assertThat(pt.advisories()).isEmpty();
    }

    @Test
    void theEur150ReliefAlsoRemovesTheAntiDumpingDutyAndTheAdvisorySaysSo() {
        // 2024-03-10, 1 x 120.00 <= EUR 150 (Reg. 1186/2009 Art. 23 relief as modelled): duty 0.00, AD included;
        // whether the relief covers anti-dumping duty is not confirmed, the advisory says so.
        LandedCostQuote q = quoteOn("2024-03-10", line("DINNERSET", "6911100090", "CN", 1, "120.00", "EUR"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
        assertThat(q.advisories()).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("EUR 150"));
    }

    // ---- Anti-dumping and countervailing duties on Chinese e-bikes and bicycles (added 2026-11-22) ----

    @Test
    void chineseEBikesPayTheAntiDumpingAndCountervailingDutiesForAllOtherCompanies() {
        // Implementing Regulation (EU) 2019/73 Art. 1(2) 'all other companies' 62.1% (kept by 2025/120 from
        // 2025-01-25) and the countervailing duty of 2019/72 / 2025/114, all other imports 17.2%, on CN 8711 60 10.
        // 2025-06-02, 1 x 1,000.00 (> EUR 150), no shipping: 62.1% x 1,000.00 = 621.00 + 17.2% x 1,000.00 = 172.00
        // -> 793.00 (no MFN line for 8711 is encoded: NO_DUTY_RATE as well).
        LandedCostQuote q = quoteOn("2025-06-02", line("EBIKE", "8711601000", "CN", 1, "1000.00", "EUR"));
        assertThat(str(q.lines().get(0).duty())).isEqualTo("793.00");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("eu.ad.e-bikes-cn")
                && e.kind() == Explanation.Kind.APPLIED);
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("eu.cvd.e-bikes-cn")
                && e.kind() == Explanation.Kind.APPLIED);
        assertThat(q.advisories()).extracting(a -> a.ruleId()).containsExactly("eu.ad.e-bikes-cn-rate");
        // From Taiwan: no duty charged, no advisory.
        LandedCostQuote tw = quoteOn("2025-06-02", line("EBIKE", "8711601000", "TW", 1, "1000.00", "EUR"));
        assertThat(totalDuty(tw)).isEqualTo("0.00");
        assertThat(tw.advisories()).isEmpty();
    }

    @Test
    void chineseBicyclesPayFortyEightAndAHalfPercentUntilTheExpiryReviewThenOnlyAnAdvisory() {
        // Implementing Regulation (EU) 2019/1379, 48.5% (road.cc; uncertain), CN 8712 00 30. 2025-06-02, 1 x 400.00:
        // 48.5% x 400.00 = 194.00 (no MFN line for 8712: NO_DUTY_RATE as well).
        LandedCostQuote q = quoteOn("2025-06-02", line("BIKE", "8712003000", "CN", 1, "400.00", "EUR"));
        assertThat(str(q.lines().get(0).duty())).isEqualTo("194.00");
        assertThat(q.advisories()).extracting(a -> a.ruleId()).containsExactly("eu.ad.bicycles-cn-rate");
        // 2026-03-10, after Implementing Regulation (EU) 2025/2146 (rates not read): no AD duty, advisory only.
        LandedCostQuote later = quoteOn("2026-03-10", line("BIKE", "8712003000", "CN", 1, "400.00", "EUR"));
        assertThat(totalDuty(later)).isEqualTo("0.00");
        assertThat(later.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("eu.ad.bicycles-cn-after-review");
        });
        assertThat(quoteOn("2026-03-10", line("BIKE", "8712003000", "VN", 1, "400.00", "EUR")).advisories()).isEmpty();
    }
}
