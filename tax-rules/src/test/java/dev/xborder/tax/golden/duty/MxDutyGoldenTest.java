package dev.xborder.tax.golden.duty;

import static dev.xborder.tax.golden.duty.DutyGolden.assertCitedAsConfirmed;
import static dev.xborder.tax.golden.duty.DutyGolden.assertCitedAsUncertain;
import static dev.xborder.tax.golden.duty.DutyGolden.assertLineDuty;
import static dev.xborder.tax.golden.duty.DutyGolden.assertNoDutyRate;
import static dev.xborder.tax.golden.duty.DutyGolden.line;
import static dev.xborder.tax.golden.duty.DutyGolden.money;
import static dev.xborder.tax.golden.duty.DutyGolden.request;
import static dev.xborder.tax.golden.duty.DutyGolden.totalDuty;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Duty lines of the MX pack. A few TIGIE lines are encoded for 2025 (added 2026-11-22, uncertain) and, from
 * 2026-01-01, cosmetics and footwear lines of the LIGIE reform (added 2026-11-22) and lines read from the SNICE Base Única
 * LIGIE of 2026-03-30 (apparel to 2026-04-24, electronics, jewellery, watches, ceramics, steel kitchenware, furniture,
 * toys, plastic household articles; fourth pass, 2026-11-22; see the end of this class). Courier parcels up to USD 2,500 pay the value-banded global rate (RGCE 3.7.35 courier regime, in
 * the MX pack's {@code bandedRates}), which replaces the tariff duty; above USD 2,500 the formal import applies
 * and a heading without a line is reported as NO_DUTY_RATE, never guessed (see docs/duty-tables.md). Values
 * here: 60,000.00 MXN is 3,076.10 USD at the ECB rates of 2025-05-09 used by the golden fixtures, above the
 * USD 2,500 ceiling. The helper's requests say {@code TransportMode.COURIER} (the global rate is for courier and parcel
 * companies only; since 2026-11-22 the pack requires the mode); a sea shipment below the ceiling is at the end.
 */
class MxDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("mx.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "MX", "06600", "MXN").shipping(money(shipping, "MXN"))
                .transportMode(TransportMode.COURIER);
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void apparelIsAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00", line("TEE", "6109100010", "CN", 2, "30000.00", "MXN"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void footwearAndBagsAboveTheSimplifiedCeilingPayTheirTigieRates() {
        // Changed 2026-11-22: this case expected NO_DUTY_RATE; the pack now has TIGIE lines for 6404.19 and
        // heading 42.02 in 2025 (Aivan125/anexo22 transcription, uncertain). 60,000.00 MXN > USD 2,500, shipping 0:
        // sneaker 35% x 30,000.00 = 10,500.00 (mx.duty.640419); bag 20% x 30,000.00 = 6,000.00 (mx.duty.4202).
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SNEAKER", "6404199000", "CN", 1, "30000.00", "MXN"),
                line("BAG", "4202221000", "CN", 1, "30000.00", "MXN"));
        assertLineDuty(q, 0, "10500.00", "mx.duty.640419");
        assertLineDuty(q, 1, "6000.00", "mx.duty.4202");
    }

    @Test
    void phonesAndChargersAreAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "60000.00", "MXN"),
                line("CHARGER", "8504405000", "CN", 1, "300.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void toysAndCosmeticsAreAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("TOY", "9503000000", "CN", 1, "30000.00", "MXN"),
                line("CREAM", "3304990000", "FR", 1, "30000.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void theCourierGlobalRateReplacesTariffDutyOnAMixedConsignment() {
        // 3 x 400.00 + 9,000.00 + 100.00 shipping = 10,300.00 MXN (about 528 USD <= 2,500), from China on
        // 2025-06-02 (before the 33.5% rate of 2025-08-15): global rate 19% x 10,300.00 = 1,957.00, reported
        // as duty; no tariff heading is looked up, so no NO_DUTY_RATE issue.
        LandedCostQuote q = quote("2025-06-02", "100.00",
                line("TEE", "6109100010", "CN", 3, "400.00", "MXN"),
                line("LAPTOP", "8471300000", "CN", 1, "9000.00", "MXN"));
        assertThat(totalDuty(q)).isEqualTo("1957.00");
        assertThat(q.lines()).allSatisfy(l -> assertThat(l.issues()).noneMatch(i -> i.startsWith("NO_DUTY_RATE")));
    }

    // Lines added 2026-11-22 from the Aivan125/anexo22 transcription of the TIGIE (sections VII, VIII, X, XII;
    // single secondary source, all uncertain), in force from the pack start 2025-01-01 to 2026-01-01 (LIGIE
    // reform). Each consignment is worth at least 60,000.00 MXN (3,076.10 USD > 2,500), so the formal import
    // applies; shipping 0, so each line's customs value is its price; duty rounded per line, half up.

    @Test
    void plasticKitchenwarePaysFifteenPercent() {
        // 3924.10.01 IGI 15%: 15% x 60,000.00 = 9,000.00 (mx.duty.392410).
        LandedCostQuote q = quote("2025-06-02", "0.00", line("BOWLS", "3924100100", "CN", 1, "60000.00", "MXN"));
        assertLineDuty(q, 0, "9000.00", "mx.duty.392410");
    }

    @Test
    void everyBagOfHeading4202PaysTwentyPercent() {
        // Heading 42.02, every fraccion IGI 20% (mx.duty.4202): 20% x 15,000.00 = 3,000.00 each (suitcase
        // 4202.12.03, leather handbag 4202.21.01, leather wallet 4202.31.01, textile wallet 4202.32.03, backpack
        // 4202.92.04; total 75,000.00 MXN).
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SUITCASE", "4202120303", "CN", 1, "15000.00", "MXN"),
                line("HANDBAG-LEATHER", "4202210100", "IT", 1, "15000.00", "MXN"),
                line("WALLET-LEATHER", "4202310100", "CN", 1, "15000.00", "MXN"),
                line("WALLET-TEXTILE", "4202320302", "CN", 1, "15000.00", "MXN"),
                line("BACKPACK", "4202920402", "CN", 1, "15000.00", "MXN"));
        for (int i = 0; i < 5; i++) {
            assertLineDuty(q, i, "3000.00", "mx.duty.4202");
        }
    }

    @Test
    void booksAreExemptExceptTheResidualFraccion() {
        // 4901.99.04 (Spanish) and 4901.99.91 (other literature) exempt: 0.00; 4901.99.99 IGI 15%:
        // 15% x 20,000.00 = 3,000.00.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("NOVEL-ES", "4901990400", "ES", 1, "20000.00", "MXN"),
                line("NOVEL-EN", "4901999100", "US", 1, "20000.00", "MXN"),
                line("OTHER-BOOK", "4901999900", "CN", 1, "20000.00", "MXN"));
        assertLineDuty(q, 0, "0.00", "mx.duty.49019904");
        assertLineDuty(q, 1, "0.00", "mx.duty.49019991");
        assertLineDuty(q, 2, "3000.00", "mx.duty.49019999");
    }

    @Test
    void footwearPaysThirtyFivePercentExceptAdultSportsShoesOfFraccion64041116() {
        // Heading 64.02 35%: 7,000.00; 6404.11.16 25%: 5,000.00; 6404.11.17 35%: 7,000.00; 6403.99.99 35%:
        // 7,000.00 (each 20,000.00 MXN).
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SANDAL-PVC", "6402999100", "CN", 1, "20000.00", "MXN"),
                line("SPORTS-SHOE", "6404111601", "VN", 1, "20000.00", "MXN"),
                line("TRAINER", "6404111701", "VN", 1, "20000.00", "MXN"),
                line("LEATHER-SHOE", "6403999901", "CN", 1, "20000.00", "MXN"));
        assertLineDuty(q, 0, "7000.00", "mx.duty.6402");
        assertLineDuty(q, 1, "5000.00", "mx.duty.64041116");
        assertLineDuty(q, 2, "7000.00", "mx.duty.64041117");
        assertLineDuty(q, 3, "7000.00", "mx.duty.64039999");
    }

    @Test
    void bagsMoveFromTwentyToTwentyFivePercentWithTheLigieReform() {
        // Changed 2026-11-22 (fourth pass): this case was theTigieLinesEndWithTheLigieReformOfJanuary2026 and expected
        // NO_DUTY_RATE in 2026 (first for 3924.10, then for the book line 4901.99.99). The SNICE Base Única of
        // 2026-03-30 now gives 2026 rates for both (3924.10 25%; books unchanged, so their 2025 lines run on), so the
        // reform boundary is shown on bags instead: heading 42.02 is 20% to 2025-12-31 (anexo22-tigie-s8) and 25% from
        // 2026-01-01 (every fracción 25% in the snapshot). 60,000.00 MXN: 20% = 12,000.00; 25% = 15,000.00.
        QuoteLine bag = line("BACKPACK", "4202920402", "CN", 1, "60000.00", "MXN");
        assertLineDuty(quote("2025-12-31", "0.00", bag), 0, "12000.00", "mx.duty.4202");
        assertLineDuty(quote("2026-01-01", "0.00", bag), 0, "15000.00", "mx.duty.4202");
    }

    @Test
    void otherHouseholdArticlesOfPlasticsPayFifteenPercent() {
        // 3924.90.99 IGI 15%: 15% x 60,000.00 = 9,000.00 (mx.duty.39249099).
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SOAP-DISH", "3924909900", "CN", 1, "60000.00", "MXN"));
        assertLineDuty(q, 0, "9000.00", "mx.duty.39249099");
    }

    @Test
    void moreFootwearLinesPayThirtyFivePercent() {
        // Each line 10,000.00 MXN (total 110,000.00), IGI 35%: 3,500.00 each.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("RAIN-BOOT", "6401929901", "CN", 1, "10000.00", "MXN"),
                line("LEATHER-SPORTS", "6403199901", "CN", 1, "10000.00", "MXN"),
                line("LEATHER-BOOT", "6403510503", "IT", 1, "10000.00", "MXN"),
                line("LEATHER-SOLE-SHOE", "6403599902", "IT", 1, "10000.00", "MXN"),
                line("HIGH-TOP-LEATHER", "6403911301", "VN", 1, "10000.00", "MXN"),
                line("ANKLE-BOOT", "6403919902", "CN", 1, "10000.00", "MXN"),
                line("LEATHER-TRAINER", "6403991301", "VN", 1, "10000.00", "MXN"),
                line("LEATHER-SANDAL", "6403991402", "CN", 1, "10000.00", "MXN"),
                line("CANVAS-SNEAKER", "6404119991", "CN", 1, "10000.00", "MXN"),
                line("ESPADRILLE-LEATHER-SOLE", "6404200102", "ES", 1, "10000.00", "MXN"),
                line("FELT-SLIPPER", "6405209992", "CN", 1, "10000.00", "MXN"));
        assertLineDuty(q, 0, "3500.00", "mx.duty.6401");
        assertLineDuty(q, 1, "3500.00", "mx.duty.640319");
        assertLineDuty(q, 2, "3500.00", "mx.duty.640351");
        assertLineDuty(q, 3, "3500.00", "mx.duty.640359");
        assertLineDuty(q, 4, "3500.00", "mx.duty.64039113");
        assertLineDuty(q, 5, "3500.00", "mx.duty.64039199");
        assertLineDuty(q, 6, "3500.00", "mx.duty.64039913");
        assertLineDuty(q, 7, "3500.00", "mx.duty.64039914");
        assertLineDuty(q, 8, "3500.00", "mx.duty.64041199");
        assertLineDuty(q, 9, "3500.00", "mx.duty.640420");
        assertLineDuty(q, 10, "3500.00", "mx.duty.64052099");
    }

    @Test
    void otherFootwearOfHeading6405PaysThirtyFivePercent() {
        // 6405.10.01 and 6405.90.99 IGI 35%: 35% x 30,000.00 = 10,500.00 each.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("LEATHER-UPPER-OTHER-SOLE", "6405100100", "CN", 1, "30000.00", "MXN"),
                line("DISPOSABLE-SLIPPER", "6405909901", "CN", 1, "30000.00", "MXN"));
        assertLineDuty(q, 0, "10500.00", "mx.duty.640510");
        assertLineDuty(q, 1, "10500.00", "mx.duty.640590");
    }

    @Test
    void footwearFraccionesLeftOutOrDeclaredAtSixDigitsHaveNoDutyRate() {
        // 6403.99.06 (wooden platform, 0% in the source) is deliberately not encoded, and 6403.99 is not
        // widened: a code of that fraccion gets NO_DUTY_RATE, as does a 6-digit 6403.99 declaration.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("CLOG", "6403990600", "SE", 1, "30000.00", "MXN"),
                line("SHOE-6DIGIT", "640399", "CN", 1, "30000.00", "MXN"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void bySeaBelowTheCourierCeilingTheTigieRateApplies() {
        // Added 2026-11-22 (transport modes): the courier global rate needs COURIER, so a sea shipment of 5,000.00 MXN
        // (about 256 USD, below USD 2,500) is a formal import: sneaker 6404.19 IGI 35% x 5,000.00 = 1,750.00
        // (mx.duty.640419, anexo22-tigie-s12, uncertain); by courier the same parcel pays 19% x 5,000.00 = 950.00
        // (mx.courier-global before 2025-08-15, latinnews-mx-2024-12).
        QuoteLine sneaker = line("SNEAKER", "6404199000", "CN", 1, "5000.00", "MXN");
        LandedCostQuote sea = CALC.quote(request("2025-06-02", "CN", "MX", "06600", "MXN").shipping(money("0.00", "MXN"))
                .transportMode(TransportMode.SEA).line(sneaker).build());
        assertLineDuty(sea, 0, "1750.00", "mx.duty.640419");
        assertThat(totalDuty(quote("2025-06-02", "0.00", sneaker))).isEqualTo("950.00");
    }

    // Lines added 2026-11-22 for the LIGIE reform (decree DOF 2025-12-29, in force 2026-01-01): it changes the
    // general duty (cuota) of the listed fracciones, so the new rate is the dutyRates line for every origin that
    // claims no FTA preference (preferences are not modelled). Dates in 2026; each consignment is worth at least
    // 60,000.00 MXN (3,076.10 USD at the fixture rates, above the USD 2,500 courier ceiling): formal import;
    // shipping 0, so each line's customs value is its price; duty rounded per line, half up.

    @Test
    void lipMakeUpPaysThirtySixPercentFrom2026() {
        // 3304.10.01 cuota 36 (tirant copy of the decree; Crónica 2025-12-11 and particle.news agree):
        // 36% x 60,000.00 = 21,600.00 (mx.duty.33041001).
        LandedCostQuote q = quote("2026-03-02", "0.00", line("LIPSTICK", "3304100101", "CN", 1, "60000.00", "MXN"));
        assertLineDuty(q, 0, "21600.00", "mx.duty.33041001");
    }

    @Test
    void eyeMakeUpPaysTwentyFivePercentFrom2026() {
        // 3304.20.01 cuota 25 (tirant; Crónica agrees): 25% x 60,000.00 = 15,000.00 (mx.duty.33042001).
        LandedCostQuote q = quote("2026-03-02", "0.00", line("MASCARA", "3304200101", "KR", 1, "60000.00", "MXN"));
        assertLineDuty(q, 0, "15000.00", "mx.duty.33042001");
    }

    @Test
    void manicurePreparationsPayTwentyFivePercentFrom2026() {
        // 3304.30.01 cuota 25 (tirant; Crónica agrees): 25% x 60,000.00 = 15,000.00 (mx.duty.33043001).
        LandedCostQuote q = quote("2026-03-02", "0.00", line("NAIL-POLISH", "3304300101", "CN", 1, "60000.00", "MXN"));
        assertLineDuty(q, 0, "15000.00", "mx.duty.33043001");
    }

    @Test
    void powdersPayTwentyFivePercentFrom2026() {
        // 3304.91.01 cuota 25 (tirant; Crónica 'polvos compactos' agrees): 25% x 60,000.00 = 15,000.00.
        LandedCostQuote q = quote("2026-03-02", "0.00", line("POWDER", "3304910101", "CN", 1, "60000.00", "MXN"));
        assertLineDuty(q, 0, "15000.00", "mx.duty.33049101");
    }

    @Test
    void skinMilksAndOtherSkinCarePayTwentyFivePercentFrom2026() {
        // 3304.99.01 leches cutáneas cuota 25 (tirant; Crónica agrees) and 3304.99.99 other cuota 25 (tirant; since
        // 2026-11-22 also the SNICE Base Única of 2026-03-30, so confirmed): 25% x 30,000.00 = 7,500.00 each.
        LandedCostQuote q = quote("2026-03-02", "0.00",
                line("BODY-MILK", "3304990101", "CN", 1, "30000.00", "MXN"),
                line("FACE-CREAM", "3304999901", "KR", 1, "30000.00", "MXN"));
        assertLineDuty(q, 0, "7500.00", "mx.duty.33049901");
        assertLineDuty(q, 1, "7500.00", "mx.duty.33049999");
    }

    @Test
    void toiletWatersAndOtherPerfumesPayTwentyFivePercentFrom2026() {
        // 3303.00.01 aguas de tocador cuota 25 (tirant; Crónica agrees) and 3303.00.99 other cuota 25 (tirant; since
        // 2026-11-22 also the SNICE Base Única of 2026-03-30, so confirmed): 25% x 30,000.00 = 7,500.00 each.
        LandedCostQuote q = quote("2026-03-02", "0.00",
                line("EAU-DE-TOILETTE", "3303000101", "CN", 1, "30000.00", "MXN"),
                line("PERFUME", "3303009901", "CN", 1, "30000.00", "MXN"));
        assertLineDuty(q, 0, "7500.00", "mx.duty.33030001");
        assertLineDuty(q, 1, "7500.00", "mx.duty.33030099");
    }

    @Test
    void cosmeticsHadNoKnownRateBeforeTheReform() {
        // The 2026 lines start on 2026-01-01; the 2025 rate of 3304.99.99 is not sourced: NO_DUTY_RATE.
        LandedCostQuote q = quote("2025-12-31", "0.00", line("FACE-CREAM", "3304999901", "KR", 1, "60000.00", "MXN"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void footwearStaysAtThirtyFivePercentUnderTheReform() {
        // From 2026-01-01 footwear of headings 64.01-64.05 from non-FTA countries: 35% (Jornal do Comércio
        // 2025-12-12; particle.news committee text), encoded only for the prefixes already at 35% in 2025
        // (uncertain). 17 lines of 10,000.00 MXN each (total 170,000.00): 35% x 10,000.00 = 3,500.00 each.
        String[][] cases = {
            {"6401", "6401929901"}, {"6402", "6402999100"}, {"640319", "6403199901"}, {"640351", "6403510503"},
            {"640359", "6403599902"}, {"64039113", "6403911301"}, {"64039199", "6403919902"},
            {"64039913", "6403991301"}, {"64039914", "6403991402"}, {"64039999", "6403999901"},
            {"64041117", "6404111701"}, {"64041199", "6404119991"}, {"640419", "6404199000"},
            {"640420", "6404200102"}, {"640510", "6405100100"}, {"64052099", "6405209992"}, {"640590", "6405909901"}};
        QuoteLine[] lines = new QuoteLine[cases.length];
        for (int i = 0; i < cases.length; i++) {
            lines[i] = line("SHOE-" + i, cases[i][1], "CN", 1, "10000.00", "MXN");
        }
        LandedCostQuote q = quote("2026-03-02", "0.00", lines);
        for (int i = 0; i < cases.length; i++) {
            assertLineDuty(q, i, "3500.00", "mx.duty." + cases[i][0]);
        }
        assertThat(totalDuty(q)).isEqualTo("59500.00");
    }

    @Test
    void adultSportsShoesOfFraccion64041116PayThirtyFivePercentFrom2026() {
        // Changed 2026-11-22 (fourth pass): this case expected NO_DUTY_RATE (6404.11.16 was 25% in 2025 and the
        // reform's sector figure was not applied to it). The SNICE Base Única of 2026-03-30 gives 35% for 6404.11.16,
        // the same as the sector figure (Jornal do Comércio): 35% x 60,000.00 = 21,000.00 (mx.duty.64041116).
        LandedCostQuote q = quote("2026-03-02", "0.00", line("SPORTS-SHOE", "6404111601", "VN", 1, "60000.00", "MXN"));
        assertLineDuty(q, 0, "21000.00", "mx.duty.64041116");
    }

    @Test
    void childrensSportsShoesPayThirtyFivePercentFrom2026() {
        // Added 2026-11-22 (addlines6): fracciones 6404.11.09 and 6404.11.12 (children's sports and training shoes),
        // 35% in the SNICE Base Única of 2026-03-30 (aduanai-baseunica-ligie-2026-03-30) and in the sector figure for
        // 64.01-64.05 (Jornal do Comércio). 2 x 30,000.00 MXN = 60,000.00 (above USD 2,500): 35% x 30,000.00 =
        // 10,500.00 each, total 21,000.00. In 2025 neither fracción has a line: NO_DUTY_RATE.
        QuoteLine sport = line("KIDS-SPORT", "6404110900", "VN", 1, "30000.00", "MXN");
        QuoteLine trainer = line("KIDS-TRAINER", "6404111201", "VN", 1, "30000.00", "MXN");
        LandedCostQuote q = quote("2026-03-02", "0.00", sport, trainer);
        assertLineDuty(q, 0, "10500.00", "mx.duty.64041109");
        assertLineDuty(q, 1, "10500.00", "mx.duty.64041112");
        assertThat(totalDuty(q)).isEqualTo("21000.00");
        LandedCostQuote before = quote("2025-06-02", "0.00", sport, trainer);
        assertNoDutyRate(before, 0);
        assertNoDutyRate(before, 1);
    }

    // Lines added 2026-11-22 (fourth pass) from the SNICE Base Única LIGIE of 2026-03-30 (JSON export in
    // raulmendez4ee24/aduanai, server/prisma/seed/data/ligie-fractions-2026.json, commit 2124bbe8; source
    // aduanai-baseunica-ligie-2026-03-30; single secondary copy, all uncertain), from 2026-01-01. Apparel lines end
    // 2026-04-24 (the 2024-12-19 apparel decree's 35% ran to 2026-04-23); the others are open-ended. Each consignment
    // is worth at least 60,000.00 MXN (above USD 2,500): formal import; shipping 0, so each line's customs value is its
    // price; duty rounded per line, half up.

    private static void assertLines(LandedCostQuote q, String[][] cases) {
        for (int i = 0; i < cases.length; i++) {
            assertLineDuty(q, i, cases[i][2], "mx.duty." + cases[i][0]);
        }
    }

    private static QuoteLine[] lines(String[][] cases, String price) {
        QuoteLine[] out = new QuoteLine[cases.length];
        for (int i = 0; i < cases.length; i++) {
            out[i] = line("ITEM-" + i, cases[i][1], "CN", 1, price, "MXN");
        }
        return out;
    }

    @Test
    void apparelPaysThirtyFivePercentIn2026UntilTheApparelDecreeEnds() {
        // 14 lines of 10,000.00 MXN (total 140,000.00), IGI 35% each: 35% x 10,000.00 = 3,500.00; total 49,000.00.
        // {rule prefix, declared code, expected duty}
        String[][] cases = {
            {"6109", "6109100301", "3500.00"}, {"611020", "6110200501", "3500.00"}, {"611030", "6110300199", "3500.00"},
            {"610510", "6105100201", "3500.00"}, {"610610", "6106100201", "3500.00"}, {"610442", "6104420301", "3500.00"},
            {"610462", "6104620301", "3500.00"}, {"611595", "6115950101", "3500.00"},
            {"62034291", "6203429101", "3500.00"}, {"62034292", "6203429201", "3500.00"},
            {"62052091", "6205209100", "3500.00"}, {"620442", "6204429901", "3500.00"},
            {"620462", "6204620901", "3500.00"}, {"620630", "6206300401", "3500.00"}};
        LandedCostQuote q = quote("2026-02-02", "0.00", lines(cases, "10000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("49000.00");
    }

    @Test
    void apparelLinesEndOnTheDayAfterTheApparelDecreeExpired() {
        // On 2026-04-23 (last day of the decree of 2024-12-19) the T-shirt pays 35% x 60,000.00 = 21,000.00
        // (mx.duty.6109); from 2026-04-24 the rate is not sourced: NO_DUTY_RATE. Before 2026 apparel stays
        // NO_DUTY_RATE too (see apparelIsAboveTheSimplifiedCeilingAreReportedAsHavingNoDutyRate).
        QuoteLine tee = line("TEE", "6109100301", "CN", 1, "60000.00", "MXN");
        assertLineDuty(quote("2026-04-23", "0.00", tee), 0, "21000.00", "mx.duty.6109");
        assertThat(quote("2026-04-23", "0.00", tee).advisories()).isEmpty();
        LandedCostQuote after = quote("2026-04-24", "0.00", tee);
        assertNoDutyRate(after, 0);
        // the quote says why (advisory mx.apparel-after-decree-not-modelled, El Universal 2025-12-26 on the reform)
        assertThat(after.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("DUTY_RATE_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("mx.apparel-after-decree-not-modelled");
            assertThat(a.lines()).containsExactly(0);
        });
    }

    @Test
    void computersPhonesChargersBatteriesAndHeadphonesAreExemptFrom2026() {
        // IGI Ex. (0%) on each of 8 lines of 10,000.00 MXN (total 80,000.00): 0.00 each; loudspeakers 8518.21.02
        // and 8518.22.02 IGI 15%: 15% x 10,000.00 = 1,500.00 each (total with them 100,000.00; duty 3,000.00).
        String[][] cases = {
            {"8471", "8471300101", "0.00"}, {"851713", "8517130100", "0.00"}, {"851714", "8517149101", "0.00"},
            {"851762", "8517621701", "0.00"}, {"85183099", "8518309901", "0.00"}, {"85044017", "8504401700", "0.00"},
            {"85044015", "8504401500", "0.00"}, {"850760", "8507600100", "0.00"},
            {"851821", "8518210201", "1500.00"}, {"851822", "8518220201", "1500.00"}};
        LandedCostQuote q = quote("2026-06-02", "0.00", lines(cases, "10000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("3000.00");
    }

    @Test
    void jewelleryOfPreciousMetalIsExemptAndImitationJewelleryPaysTenToFifteenPercent() {
        // 6 lines of 10,000.00 MXN (total 60,000.00): 7113.11.99, 7113.19.99, 7113.20.01 Ex.: 0.00; 7117.11.01 and
        // 7117.19.99 15%: 1,500.00 each; 7117.90.99 10%: 1,000.00.
        String[][] cases = {
            {"71131199", "7113119901", "0.00"}, {"71131999", "7113199901", "0.00"}, {"711320", "7113200100", "0.00"},
            {"711711", "7117110100", "1500.00"}, {"71171999", "7117199900", "1500.00"},
            {"71179099", "7117909900", "1000.00"}};
        LandedCostQuote q = quote("2026-06-02", "0.00", lines(cases, "10000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("4000.00");
    }

    @Test
    void watchesAreExemptAndCeramicTablewarePaysFifteenPercent() {
        // 4 lines of 20,000.00 MXN (total 80,000.00): watches 9101.21.01 and 9102.11.01 Ex.: 0.00; porcelain
        // 6911.10.01 and ceramic 6912.00.99 15%: 15% x 20,000.00 = 3,000.00 each (anti-dumping duties not encoded).
        String[][] cases = {
            {"9101", "9101210100", "0.00"}, {"9102", "9102110100", "0.00"}, {"6911", "6911100100", "3000.00"},
            {"6912", "6912009901", "3000.00"}};
        LandedCostQuote q = quote("2026-06-02", "0.00", lines(cases, "20000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("6000.00");
    }

    @Test
    void steelKitchenwarePaysThirtyFiveOrFifteenPercent() {
        // 6 lines of 10,000.00 MXN (total 60,000.00): stainless 7323.93.05, other 7323.99.99, enamelled steel
        // 7323.94.05, scourers 7323.10.01 35%: 3,500.00 each; cast iron 7323.91.03 and 7323.92.04 15%: 1,500.00 each.
        String[][] cases = {
            {"732393", "7323930501", "3500.00"}, {"732399", "7323999900", "3500.00"}, {"732394", "7323940501", "3500.00"},
            {"732310", "7323100100", "3500.00"}, {"732391", "7323910300", "1500.00"}, {"732392", "7323920401", "1500.00"}};
        LandedCostQuote q = quote("2026-06-02", "0.00", lines(cases, "10000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("17000.00");
    }

    @Test
    void furniturePaysTwentyFiveOrThirtyFivePercent() {
        // 9 lines of 10,000.00 MXN (total 90,000.00): metal furniture 9403.20.91 and 9403.10.03, upholstered metal
        // seats 9401.71.01 35%: 3,500.00 each; wooden furniture 9403.30/.40/.50, 9403.60.99, plastic furniture
        // 9403.70.03, upholstered wooden seats 9401.61.01 25%: 2,500.00 each. Total 3 x 3,500 + 6 x 2,500 = 25,500.00.
        String[][] cases = {
            {"940320", "9403209101", "3500.00"}, {"940310", "9403100301", "3500.00"}, {"940171", "9401710100", "3500.00"},
            {"940330", "9403300100", "2500.00"}, {"940340", "9403400100", "2500.00"}, {"940350", "9403500100", "2500.00"},
            {"94036099", "9403609900", "2500.00"}, {"940370", "9403700300", "2500.00"}, {"940161", "9401610100", "2500.00"}};
        LandedCostQuote q = quote("2026-06-02", "0.00", lines(cases, "10000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("25500.00");
    }

    @Test
    void toysPayThirtyPercentFrom2026() {
        // 7 lines of 10,000.00 MXN (total 70,000.00), IGI 30%: 3,000.00 each, total 21,000.00.
        String[][] cases = {
            {"95030099", "9503009901", "3000.00"}, {"95030092", "9503009200", "3000.00"},
            {"95030011", "9503001100", "3000.00"}, {"95030012", "9503001200", "3000.00"},
            {"95030017", "9503001700", "3000.00"}, {"95030020", "9503002000", "3000.00"},
            {"95030024", "9503002400", "3000.00"}};
        LandedCostQuote q = quote("2026-06-02", "0.00", lines(cases, "10000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("21000.00");
    }

    @Test
    void toyRateIsCitedWithoutTheUncertainMarkSinceTheSnapshotAndThePressAgree() {
        // 2026-06-02, one plush toy 9503.00.12 of 40,000.00 MXN and one video game console 9504.50.04 of 20,000.00 MXN
        // (60,000.00 MXN in all, above the USD 2,500 courier ceiling), shipping 0: toy 30% x 40,000.00 = 12,000.00;
        // console 0% x 20,000.00 = 0.00; total 12,000.00. Added 2026-11-22 (confirmation pass, branch confcamx): 30% for
        // toys is in the Base Única snapshot (aduanai-baseunica-ligie-2026-03-30) and in the press reports of the reform
        // decree (noroeste-ligie-2025-12-29, nxnoticias-ligie-2026), so the toy line's citation carries no [UNCERTAIN];
        // the console line rests on the snapshot alone and keeps the mark.
        LandedCostQuote q = quote("2026-06-02", "0.00",
                line("PLUSH", "9503001200", "CN", 1, "40000.00", "MXN"),
                line("CONSOLE", "9504500400", "CN", 1, "20000.00", "MXN"));
        assertLineDuty(q, 0, "12000.00", "mx.duty.95030012");
        assertLineDuty(q, 1, "0.00", "mx.duty.950450");
        assertThat(totalDuty(q)).isEqualTo("12000.00");
        assertCitedAsConfirmed(q, "mx.duty.95030012");
        assertCitedAsUncertain(q, "mx.duty.950450");
    }

    @Test
    void plasticHouseholdArticlesPayTwentyFivePercentFrom2026() {
        // 3924.10.01 and 3924.90.99 IGI 25% in the 2026 snapshot (15% in 2025): 25% x 30,000.00 = 7,500.00 each.
        String[][] cases = {{"392410", "3924100100", "7500.00"}, {"39249099", "3924909900", "7500.00"}};
        LandedCostQuote q = quote("2026-02-02", "0.00", lines(cases, "30000.00"));
        assertLines(q, cases);
    }

    @Test
    void fraccionesLeftOutOrDeclaredAtSixDigitsHaveNoDutyRateIn2026() {
        // Not encoded because their subheading mixes rates: telephone handset 8518.30.03 (15%), drawing table
        // 9403.60.01 (35%), a 6-digit 8518.30 declaration; toy parts 9503.00.30 (0%) are not encoded either.
        LandedCostQuote q = quote("2026-06-02", "0.00",
                line("HANDSET", "8518300300", "CN", 1, "20000.00", "MXN"),
                line("DRAWING-TABLE", "9403600100", "CN", 1, "20000.00", "MXN"),
                line("EARBUDS-6DIGIT", "851830", "CN", 1, "20000.00", "MXN"),
                line("DOLL-PART", "9503003000", "CN", 1, "20000.00", "MXN"));
        for (int i = 0; i < 4; i++) {
            assertNoDutyRate(q, i);
        }
    }

    @Test
    void booksKeepTheirTigieRatesAfterTheReform() {
        // The 2025 book lines are open-ended since 2026-11-22: the SNICE Base Única of 2026-03-30 gives the same rates.
        // 3 lines of 20,000.00 MXN on 2026-06-02: 4901.99.04 and 4901.99.91 Ex.: 0.00; 4901.99.99 15%: 3,000.00.
        String[][] cases = {
            {"49019904", "4901990400", "0.00"}, {"49019991", "4901999100", "0.00"}, {"49019999", "4901999900", "3000.00"}};
        LandedCostQuote q = quote("2026-06-02", "0.00", lines(cases, "20000.00"));
        assertLines(q, cases);
    }

    @Test
    void consolesAndFitnessGearAreExemptWhileCardsAndBallsPayDuty() {
        // 5 lines of 12,000.00 MXN (total 60,000.00): consoles 9504.50.04, fitness equipment 9506.91.03, skates
        // 9506.70.01 Ex.: 0.00; playing cards 9504.40.01 30%: 3,600.00; inflatable balls 9506.62.01 15%: 1,800.00.
        String[][] cases = {
            {"950450", "9504500401", "0.00"}, {"950691", "9506910301", "0.00"}, {"950670", "9506700100", "0.00"},
            {"950440", "9504400100", "3600.00"}, {"950662", "9506620100", "1800.00"}};
        LandedCostQuote q = quote("2026-06-02", "0.00", lines(cases, "12000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("5400.00");
    }

    @Test
    void downFilledTrousersAndBoysShirtsPayThirtyFivePercentUntilTheApparelDecreeEnds() {
        // Added 2026-11-22 (addlines6), Base Única rows re-read: 6203.42.01 (cotton trousers with down and feathers)
        // and 6205.20.92 (boys' cotton shirts) 35%. 2 lines of 30,000.00 MXN (total 60,000.00): 35% x 30,000.00 =
        // 10,500.00 each, total 21,000.00; from 2026-04-24, like the other apparel lines, NO_DUTY_RATE.
        String[][] cases = {{"62034201", "6203420100", "10500.00"}, {"62052092", "6205209200", "10500.00"}};
        LandedCostQuote q = quote("2026-02-02", "0.00", lines(cases, "30000.00"));
        assertLines(q, cases);
        assertThat(totalDuty(q)).isEqualTo("21000.00");
        LandedCostQuote after = quote("2026-04-24", "0.00", lines(cases, "30000.00"));
        assertNoDutyRate(after, 0);
        assertNoDutyRate(after, 1);
    }

    @Test
    void telephoneOperatorHeadsetsAreExemptFrom2026() {
        // Added 2026-11-22 (addlines6): fracción 8518.30.04 (headset with microphone for telephone operators) Ex. in the
        // Base Única: 1 x 60,000.00 MXN (above USD 2,500) x 0% = 0.00 (mx.duty.85183004), not NO_DUTY_RATE.
        LandedCostQuote q = quote("2026-06-02", "0.00", line("HEADSET", "8518300400", "CN", 1, "60000.00", "MXN"));
        assertLineDuty(q, 0, "0.00", "mx.duty.85183004");
    }

    // ---- Compensatory (anti-dumping) duty on Chinese tableware (added 2026-11-22) ----

    @Test
    void chineseCeramicTablewareCarriesAnAdvisoryThatThePriceBasedCompensatoryDutyIsNotModelled() {
        // Cuota compensatoria on vajillas from China (final resolution 2014-01-13, examen de vigencia DOF 2019-12-13:
        // duty = reference price USD 2.61/kg minus the customs value per kg, up to the dumping margin; review with
        // preliminary resolution DOF 2024-06-21): not modelled. 2026-03-10, 6911.10.01 1 x 60,000.00 MXN (USD 3,076.10
        // at the golden rates: 60,000.00 x (1.1252 / 21.9473 = 0.0512682653) = 3,076.0959 -> 3,076.10, above the courier
        // ceiling; corrected 2026-11-22 by the review pass from 3,076.12): IGI 15% x 60,000.00 = 9,000.00
        // (mx.duty.6911) and the advisory ANTI_DUMPING_NOT_MODELLED.
        LandedCostQuote cn = quote("2026-03-10", "0.00", line("PORCELAIN", "6911100100", "CN", 1, "60000.00", "MXN"));
        assertLineDuty(cn, 0, "9000.00", "mx.duty.6911");
        assertThat(cn.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("mx.ad.tableware-cn");
        });
        // The same porcelain from Spain: 9,000.00 and no advisory.
        LandedCostQuote es = quote("2026-03-10", "0.00", line("PORCELAIN", "6911100100", "ES", 1, "60000.00", "MXN"));
        assertLineDuty(es, 0, "9000.00", "mx.duty.6911");
        assertThat(es.advisories()).isEmpty();
    }
}
