package dev.xborder.tax.golden.duty;

import static dev.xborder.tax.golden.duty.DutyGolden.assertCitedAsConfirmed;
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
 * Duty lines of the AU pack, worked by hand above the AUD 1,000 border threshold (at or below it no duty is
 * collected), on the FOB customs value, prices in AUD so no conversion is involved.
 *
 * <p>Sources (see au.json): general rates of Schedule 3 to the Customs Tariff Act 1995 read from a copy of the ABF
 * Working Tariff pages ({@code abf-working-tariff}, post-dating the 1 July 2024 nuisance-tariff reform), the earlier
 * Home Affairs chapter 95 page, the treayo.com mirror; chapters 61/62 at 5% since 2015 (ifcba.org). Every 5% line
 * ends on 2026-07-01 because the 2026 tranche of nuisance-tariff removals was announced but its list was not read;
 * Free lines stay open-ended. Headings not encoded (33 and 73 among the e-commerce groups) report NO_DUTY_RATE.
 */
class AuDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("au.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "AU", "2000", "AUD").shipping(money(shipping, "AUD"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    private static LandedCostQuote quote(String date, QuoteLine... lines) {
        return quote(date, "0.00", lines);
    }

    // --- clothing 61/62 (unchanged expectations) ---

    @Test
    void wovenDressesPayFivePercentOnTheFobValue() {
        // 6204.44, 1 x 1,200.00 + shipping 50.00 (not in the FOB value): 5% x 1,200.00 = 60.00
        LandedCostQuote q = quote("2025-06-02", "50.00", line("DRESS", "6204440000", "CN", 1, "1200.00", "AUD"));
        assertLineDuty(q, 0, "60.00", "au.duty.62");
    }

    @Test
    void knittedTShirtsPayFivePercent() {
        // 6109.10, 20 x 60.00 = 1,200.00: 5% = 60.00
        LandedCostQuote q = quote("2025-06-02", line("TEE", "6109100010", "CN", 20, "60.00", "AUD"));
        assertLineDuty(q, 0, "60.00", "au.duty.61");
    }

    @Test
    void fromJuly2026TheClothingRateIsNoLongerAssertedAndTheLineSaysSo() {
        // au.duty.61 ends 2026-07-01 (2026 tranche of tariff removals not read): NO_DUTY_RATE on 2026-08-03
        LandedCostQuote q = quote("2026-08-03", line("TEE", "6109100010", "CN", 20, "60.00", "AUD"));
        assertNoDutyRate(q, 0);
        // and the quote says why: 5% or Free from 2026-07-01 (advisory au.tariff-removals-2026-not-modelled)
        assertThat(q.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("TARIFF_REMOVAL_NOT_MODELLED");
            assertThat(a.message()).contains("either 5% of the customs value or Free");
            assertThat(a.lines()).containsExactly(0);
        });
        // before 2026-07-01 the 5% line applies and no advisory is given
        assertThat(quote("2026-06-30", line("TEE", "6109100010", "CN", 20, "60.00", "AUD")).advisories()).isEmpty();
    }

    @Test
    void atOrBelowAud1000NoDutyIsCollected() {
        // 6109.10, 15 x 60.00 = 900.00 <= 1,000: duty 0.00 whatever the rate
        LandedCostQuote q = quote("2025-06-02", line("TEE", "6109100010", "CN", 15, "60.00", "AUD"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    // --- bags 42 ---

    @Test
    void leatherWalletsPayFivePercent() {
        // 4202.31.10, 30 x 40.00 = 1,200.00 (> 1,000): 5% = 60.00 (treayo.com mirror of Schedule 3, uncertain)
        LandedCostQuote q = quote("2025-06-02", line("WALLET", "4202311000", "CN", 30, "40.00", "AUD"));
        assertLineDuty(q, 0, "60.00", "au.duty.42023110");
    }

    @Test
    void handbagsAndWalletsPayFivePercent() {
        // 4202.21.00 leather handbag 700.00 x 5% = 35.00; 4202.22.00 canvas tote 200.00 x 5% = 10.00;
        // 4202.32.10 textile wallet 150.00 x 5% = 7.50; consignment 1,050.00 > 1,000, total 52.50
        LandedCostQuote q = quote("2025-06-02",
                line("HANDBAG", "4202210000", "CN", 1, "700.00", "AUD"),
                line("TOTE", "4202220000", "CN", 1, "200.00", "AUD"),
                line("WALLET", "4202321000", "CN", 1, "150.00", "AUD"));
        assertLineDuty(q, 0, "35.00", "au.duty.42022100");
        assertLineDuty(q, 1, "10.00", "au.duty.42022200");
        assertLineDuty(q, 2, "7.50", "au.duty.42023210");
        assertThat(totalDuty(q)).isEqualTo("52.50");
    }

    // --- footwear 64 (abf-working-tariff, 5%) ---

    @Test
    void sneakersAndLeatherShoesPayFivePercentLineByLine() {
        // consignment 400 + 300 + 200 + 100 + 500 + 250 + 150 = 1,900.00 > 1,000; each line 5%:
        // 6404.11.90 sneakers 400.00 x 5% = 20.00; 6404.19.90 canvas shoes 300.00 x 5% = 15.00;
        // 6403.59.00 leather shoes 200.00 x 5% = 10.00; 6402.20.00 thongs 100.00 x 5% = 5.00;
        // 6403.51.00 leather ankle boots 500.00 x 5% = 25.00; 6402.19.00 plastic sports shoes 250.00 x 5% = 12.50;
        // 6403.19.00 leather sports shoes 150.00 x 5% = 7.50; total 95.00
        LandedCostQuote q = quote("2025-06-02",
                line("SNEAKER", "6404119000", "CN", 1, "400.00", "AUD"),
                line("CANVAS", "6404199000", "CN", 1, "300.00", "AUD"),
                line("OXFORD", "6403590000", "CN", 1, "200.00", "AUD"),
                line("THONG", "6402200000", "CN", 1, "100.00", "AUD"),
                line("BOOT", "6403510000", "CN", 1, "500.00", "AUD"),
                line("RUNNER", "6402190000", "CN", 1, "250.00", "AUD"),
                line("CLEAT", "6403190000", "CN", 1, "150.00", "AUD"));
        assertLineDuty(q, 0, "20.00", "au.duty.64041190");
        assertLineDuty(q, 1, "15.00", "au.duty.64041990");
        assertLineDuty(q, 2, "10.00", "au.duty.64035900");
        assertLineDuty(q, 3, "5.00", "au.duty.64022000");
        assertLineDuty(q, 4, "25.00", "au.duty.64035100");
        assertLineDuty(q, 5, "12.50", "au.duty.64021900");
        assertLineDuty(q, 6, "7.50", "au.duty.64031900");
        assertThat(totalDuty(q)).isEqualTo("95.00");
    }

    @Test
    void footwearAtFivePercentIsNotAssertedAfterJuly2026() {
        // au.duty.64041190 ends 2026-07-01 like every 5% line: 1,200.00 of sneakers on 2026-08-03 -> NO_DUTY_RATE
        LandedCostQuote q = quote("2026-08-03", line("SNEAKER", "6404119000", "CN", 3, "400.00", "AUD"));
        assertNoDutyRate(q, 0);
    }

    // --- toys and sports 95 ---

    @Test
    void dollsPlushToysAndOtherToysPayFivePercentWhileConstructionSetsAreFree() {
        // consignment 400 + 300 + 200 + 500 = 1,400.00 > 1,000:
        // 9503.00.20 dolls 400.00 x 5% = 20.00 (ABF copy and Home Affairs page agree);
        // 9503.00.30 plush animals 300.00 x 5% = 15.00 (both agree); 9503.00.99 other toys 200.00 x 5% = 10.00;
        // 9503.00.70 construction sets 500.00 x Free = 0.00; total 45.00
        LandedCostQuote q = quote("2025-06-02",
                line("DOLL", "9503002000", "CN", 1, "400.00", "AUD"),
                line("PLUSH", "9503003000", "CN", 1, "300.00", "AUD"),
                line("SLIME", "9503009900", "CN", 1, "200.00", "AUD"),
                line("BRICKS", "9503007000", "CN", 1, "500.00", "AUD"));
        assertLineDuty(q, 0, "20.00", "au.duty.95030020");
        assertLineDuty(q, 1, "15.00", "au.duty.95030030");
        assertLineDuty(q, 2, "10.00", "au.duty.95030099");
        assertLineDuty(q, 3, "0.00", "au.duty.95030070");
        assertThat(totalDuty(q)).isEqualTo("45.00");
    }

    @Test
    void scootersWereFivePercentBeforeJuly2024AndAreFreeAfter() {
        // 9503.00.10, 4 x 300.00 = 1,200.00: 2023-10-02 5% = 60.00 (Home Affairs page); 2025-06-02 Free = 0.00
        LandedCostQuote before = quote("2023-10-02", line("SCOOTER", "9503001000", "CN", 4, "300.00", "AUD"));
        assertLineDuty(before, 0, "60.00", "au.duty.95030010.2018");
        LandedCostQuote after = quote("2025-06-02", line("SCOOTER", "9503001000", "CN", 4, "300.00", "AUD"));
        assertLineDuty(after, 0, "0.00", "au.duty.95030010");
    }

    @Test
    void sportsBallsAndGymEquipmentPayFivePercent() {
        // 9506.62.00 inflatable balls 20 x 30.00 = 600.00 x 5% = 30.00;
        // 9506.91.00 dumbbells 2 x 350.00 = 700.00 x 5% = 35.00; consignment 1,300.00
        LandedCostQuote q = quote("2025-06-02",
                line("BALL", "9506620000", "CN", 20, "30.00", "AUD"),
                line("DUMBBELL", "9506910000", "CN", 2, "350.00", "AUD"));
        assertLineDuty(q, 0, "30.00", "au.duty.95066200");
        assertLineDuty(q, 1, "35.00", "au.duty.95069100");
    }

    // --- electronics 8471, 8517, 8518, 8504, 8507 ---

    @Test
    void laptopsAndSmartphonesAreFreeNextToDutiableClothing() {
        // Changed from an earlier NO_DUTY_RATE expectation: 8471.30.00 is now sourced (Free).
        // laptop 1,500.00 x Free = 0.00; smartphone 8517.13.00 1,100.00 x Free = 0.00;
        // dress 6204.44 1,000.00 x 5% = 50.00; consignment 3,600.00, total duty 50.00
        LandedCostQuote q = quote("2025-06-02",
                line("LAPTOP", "8471300000", "CN", 1, "1500.00", "AUD"),
                line("PHONE", "8517130000", "CN", 1, "1100.00", "AUD"),
                line("DRESS", "6204440000", "CN", 1, "1000.00", "AUD"));
        assertLineDuty(q, 0, "0.00", "au.duty.84713000");
        assertLineDuty(q, 1, "0.00", "au.duty.85171300");
        assertLineDuty(q, 2, "50.00", "au.duty.62");
        assertThat(totalDuty(q)).isEqualTo("50.00");
    }

    @Test
    void freeElectronicsStayFreeAfterJuly2026() {
        // Free lines are open-ended (a tariff cut cannot make them dutiable): smartphone 1,100.00 on 2026-08-03 = 0.00
        LandedCostQuote q = quote("2026-08-03", line("PHONE", "8517130000", "CN", 1, "1100.00", "AUD"));
        assertLineDuty(q, 0, "0.00", "au.duty.85171300");
        assertThat(q.advisories()).isEmpty(); // the tariff-removal advisory concerns the former 5% lines only
    }

    @Test
    void bluetoothHeadsetsAndPlainEarphonesAreFree() {
        // Changed from an earlier NO_DUTY_RATE expectation for 8518.30.90: the Schedule 3 copy gives Free from
        // 2019-07-01. 8518.30.10 headset 1,100.00 x Free = 0.00; 8518.30.90 earbuds 300.00 x Free = 0.00.
        LandedCostQuote q = quote("2025-06-02",
                line("HEADSET", "8518301000", "CN", 1, "1100.00", "AUD"),
                line("EARBUDS", "8518309000", "CN", 1, "300.00", "AUD"));
        assertLineDuty(q, 0, "0.00", "au.duty.85183010");
        assertLineDuty(q, 1, "0.00", "au.duty.85183090");
    }

    @Test
    void earphonesAndChargersPaidThePhasingRateOf3Point75PercentIn2018To2019() {
        // 2018-12-03: 8518.30.90 earbuds 4 x 300.00 = 1,200.00 x 3.75% = 45.00;
        // 8504.40.90 wall chargers 20 x 20.00 = 400.00 x 3.75% = 15.00; consignment 1,600.00, total 60.00
        LandedCostQuote q = quote("2018-12-03",
                line("EARBUDS", "8518309000", "CN", 4, "300.00", "AUD"),
                line("CHARGER", "8504409000", "CN", 20, "20.00", "AUD"));
        assertLineDuty(q, 0, "45.00", "au.duty.85183090.2018");
        assertLineDuty(q, 1, "15.00", "au.duty.85044090.2018");
        assertThat(totalDuty(q)).isEqualTo("60.00");
    }

    @Test
    void chargersAreFreeAndLithiumBatteriesPayFivePercent() {
        // 8504.40.90 wall chargers 600.00 x Free = 0.00; 8504.40.30 telecom power supplies 200.00 x Free = 0.00;
        // 8507.60.00 power banks 10 x 50.00 = 500.00 x 5% = 25.00; consignment 1,300.00
        LandedCostQuote q = quote("2025-06-02",
                line("CHARGER", "8504409000", "CN", 30, "20.00", "AUD"),
                line("PSU", "8504403000", "CN", 1, "200.00", "AUD"),
                line("POWERBANK", "8507600000", "CN", 10, "50.00", "AUD"));
        assertLineDuty(q, 0, "0.00", "au.duty.85044090");
        assertLineDuty(q, 1, "0.00", "au.duty.85044030");
        assertLineDuty(q, 2, "25.00", "au.duty.85076000");
    }

    // --- jewellery 71, watches 91 ---

    @Test
    void jewelleryPaysFivePercentAndWatchesAreFree() {
        // 7113.11.00 silver ring 300.00 x 5% = 15.00; 7113.19.00 gold chain 800.00 x 5% = 40.00;
        // 7113.20.00 gold-clad bracelet 100.00 x 5% = 5.00; 7117.19.00 base-metal earrings 60.00 x 5% = 3.00;
        // 7117.90.00 glass-bead necklace 40.00 x 5% = 2.00; 9102.11.00 wrist-watch 700.00 x Free = 0.00;
        // 9101.21.00 gold automatic watch 900.00 x Free = 0.00; consignment 2,900.00, total 65.00
        LandedCostQuote q = quote("2025-06-02",
                line("RING", "7113110000", "CN", 1, "300.00", "AUD"),
                line("CHAIN", "7113190000", "CN", 1, "800.00", "AUD"),
                line("BANGLE", "7113200000", "CN", 1, "100.00", "AUD"),
                line("EARRINGS", "7117190000", "CN", 1, "60.00", "AUD"),
                line("BEADS", "7117900000", "CN", 1, "40.00", "AUD"),
                line("WATCH", "9102110000", "CN", 1, "700.00", "AUD"),
                line("GOLDWATCH", "9101210000", "CN", 1, "900.00", "AUD"));
        assertLineDuty(q, 0, "15.00", "au.duty.71131100");
        assertLineDuty(q, 1, "40.00", "au.duty.71131900");
        assertLineDuty(q, 2, "5.00", "au.duty.71132000");
        assertLineDuty(q, 3, "3.00", "au.duty.71171900");
        assertLineDuty(q, 4, "2.00", "au.duty.71179000");
        assertLineDuty(q, 5, "0.00", "au.duty.9102");
        assertLineDuty(q, 6, "0.00", "au.duty.9101");
        assertThat(totalDuty(q)).isEqualTo("65.00");
    }

    // --- home and kitchen 39, 69, 94; books 49; not sourced 33, 73 ---

    @Test
    void homewareAndFurniturePayFivePercent() {
        // 3924.10.00 plastic lunch boxes 200.00 x 5% = 10.00; 6911.10.00 porcelain dinner set 300.00 x 5% = 15.00;
        // 6912.00.00 stoneware mugs 100.00 x 5% = 5.00; 9403.60.00 wooden shelf 400.00 x 5% = 20.00;
        // 9403.20.00 metal bed frame 500.00 x 5% = 25.00; 9403.70.00 plastic stool 60.00 x 5% = 3.00;
        // consignment 1,560.00, total 78.00
        LandedCostQuote q = quote("2025-06-02",
                line("LUNCHBOX", "3924100000", "CN", 1, "200.00", "AUD"),
                line("DINNERSET", "6911100000", "CN", 1, "300.00", "AUD"),
                line("MUGS", "6912000000", "CN", 1, "100.00", "AUD"),
                line("SHELF", "9403600000", "CN", 1, "400.00", "AUD"),
                line("BEDFRAME", "9403200000", "CN", 1, "500.00", "AUD"),
                line("STOOL", "9403700000", "CN", 1, "60.00", "AUD"));
        assertLineDuty(q, 0, "10.00", "au.duty.39241000");
        assertLineDuty(q, 1, "15.00", "au.duty.69111000");
        assertLineDuty(q, 2, "5.00", "au.duty.69120000");
        assertLineDuty(q, 3, "20.00", "au.duty.94036000");
        assertLineDuty(q, 4, "25.00", "au.duty.94032000");
        assertLineDuty(q, 5, "3.00", "au.duty.94037000");
        assertThat(totalDuty(q)).isEqualTo("78.00");
    }

    @Test
    void booksAreFreeWhileCosmeticsAndSteelKitchenwareHaveNoDutyRate() {
        // 4901.99.90 books 400.00 x Free = 0.00 (every 4901 line Free, encoded at heading level);
        // 3304.99 and 7323.93 were not found in the sources read: NO_DUTY_RATE, never guessed. Consignment 1,200.00.
        LandedCostQuote q = quote("2025-06-02",
                line("SERUM", "3304990000", "CN", 1, "500.00", "AUD"),
                line("BOOK", "4901999000", "CN", 1, "400.00", "AUD"),
                line("POT", "7323930000", "CN", 1, "300.00", "AUD"));
        assertNoDutyRate(q, 0);
        assertLineDuty(q, 1, "0.00", "au.duty.4901");
        assertNoDutyRate(q, 2);
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    // --- second pass (2026-11-22): more lines from the Schedule 3 copy (abf-working-tariff) ---

    @Test
    void luggageBriefcasesAndBackpacksPayFivePercent() {
        // Schedule 3 copy: every line under 4202.11, 4202.12, 4202.91, 4202.92 is 5% general, and 4202.99.00 is 5%.
        // 4202.11.90 leather suitcase 400.00 x 5% = 20.00; 4202.12.10 plastic hard-shell suitcase 300.00 x 5% = 15.00;
        // 4202.91.90 leather duffel bag 200.00 x 5% = 10.00; 4202.92.90 textile backpack 250.00 x 5% = 12.50;
        // 4202.99.00 cork case 100.00 x 5% = 5.00; consignment 1,250.00 > 1,000, total 62.50
        LandedCostQuote q = quote("2025-06-02",
                line("SUITCASE", "4202119000", "CN", 1, "400.00", "AUD"),
                line("HARDSHELL", "4202121000", "CN", 1, "300.00", "AUD"),
                line("DUFFEL", "4202919000", "CN", 1, "200.00", "AUD"),
                line("BACKPACK", "4202929000", "CN", 1, "250.00", "AUD"),
                line("CORKCASE", "4202990000", "CN", 1, "100.00", "AUD"));
        assertLineDuty(q, 0, "20.00", "au.duty.420211");
        assertLineDuty(q, 1, "15.00", "au.duty.420212");
        assertLineDuty(q, 2, "10.00", "au.duty.420291");
        assertLineDuty(q, 3, "12.50", "au.duty.420292");
        assertLineDuty(q, 4, "5.00", "au.duty.42029900");
        assertThat(totalDuty(q)).isEqualTo("62.50");
    }

    @Test
    void backpacksAtFivePercentAreNotAssertedAfterJuly2026() {
        // au.duty.420292 ends 2026-07-01 like every 5% line (2026 removals proposed for apparel, footwear, textiles
        // and household goods; final list not found): 5 x 250.00 = 1,250.00 on 2026-08-03 -> NO_DUTY_RATE
        LandedCostQuote q = quote("2026-08-03", line("BACKPACK", "4202929000", "CN", 5, "250.00", "AUD"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void strawHandbagsAndTextilePhonePouchesAreFreeFromJuly2024Only() {
        // 4202.29.00 straw handbag 700.00 x Free = 0.00; 4202.32.90 textile phone pouches 20 x 30.00 = 600.00 x Free
        // = 0.00 (consignment 1,300.00). Both start 2024-07-01 (earlier rate not verified): on 2023-10-02 the same
        // lines report NO_DUTY_RATE rather than a guessed rate.
        LandedCostQuote after = quote("2025-06-02",
                line("STRAWBAG", "4202290000", "CN", 1, "700.00", "AUD"),
                line("POUCH", "4202329000", "CN", 20, "30.00", "AUD"));
        assertLineDuty(after, 0, "0.00", "au.duty.420229");
        assertLineDuty(after, 1, "0.00", "au.duty.42023290");
        LandedCostQuote before = quote("2023-10-02",
                line("STRAWBAG", "4202290000", "CN", 1, "700.00", "AUD"),
                line("POUCH", "4202329000", "CN", 20, "30.00", "AUD"));
        assertNoDutyRate(before, 0);
        assertNoDutyRate(before, 1);
    }

    @Test
    void gumbootsPayFivePercentWhileSafetyBootsAndLeatherSandalsAreFree() {
        // 6401.92.90 gumboots 3 x 200.00 = 600.00 x 5% = 30.00; 6403.40.00 steel-toe boots 2 x 250.00 = 500.00 x Free
        // = 0.00; 6403.20.00 leather strap sandals 1 x 150.00 x Free = 0.00; consignment 1,250.00, total 30.00
        LandedCostQuote q = quote("2025-06-02",
                line("GUMBOOT", "6401929000", "CN", 3, "200.00", "AUD"),
                line("STEELTOE", "6403400000", "CN", 2, "250.00", "AUD"),
                line("SANDAL", "6403200000", "CN", 1, "150.00", "AUD"));
        assertLineDuty(q, 0, "30.00", "au.duty.64019290");
        assertLineDuty(q, 1, "0.00", "au.duty.64034000");
        assertLineDuty(q, 2, "0.00", "au.duty.64032000");
        assertThat(totalDuty(q)).isEqualTo("30.00");
    }

    @Test
    void plasticStorageUpholsteredSeatsAndOfficeDesksPayFivePercent() {
        // 3924.90.00 plastic storage boxes 200.00 x 5% = 10.00; 9401.61.00 upholstered wooden armchair 600.00 x 5%
        // = 30.00; 9401.71.00 upholstered metal-frame chair 300.00 x 5% = 15.00; 9403.10.00 metal office desk
        // 400.00 x 5% = 20.00; consignment 1,500.00, total 75.00
        LandedCostQuote q = quote("2025-06-02",
                line("STORAGE", "3924900000", "CN", 1, "200.00", "AUD"),
                line("ARMCHAIR", "9401610000", "CN", 1, "600.00", "AUD"),
                line("CHAIR", "9401710000", "CN", 1, "300.00", "AUD"),
                line("DESK", "9403100000", "CN", 1, "400.00", "AUD"));
        assertLineDuty(q, 0, "10.00", "au.duty.39249000");
        assertLineDuty(q, 1, "30.00", "au.duty.94016100");
        assertLineDuty(q, 2, "15.00", "au.duty.94017100");
        assertLineDuty(q, 3, "20.00", "au.duty.94031000");
        assertThat(totalDuty(q)).isEqualTo("75.00");
    }

    @Test
    void woodenOfficeKitchenAndBedroomFurniturePayFivePercentWhileMattressesAreFree() {
        // 9403.30.00 wooden office desk 300.00 x 5% = 15.00; 9403.40.00 wooden kitchen cabinet 200.00 x 5% = 10.00;
        // 9403.50.00 wooden wardrobe 500.00 x 5% = 25.00; 9404.21.00 foam mattress 400.00 x Free = 0.00;
        // 9404.29.00 spring mattress 600.00 x Free = 0.00; consignment 2,000.00, total 50.00
        LandedCostQuote q = quote("2025-06-02",
                line("DESK", "9403300000", "CN", 1, "300.00", "AUD"),
                line("CABINET", "9403400000", "CN", 1, "200.00", "AUD"),
                line("WARDROBE", "9403500000", "CN", 1, "500.00", "AUD"),
                line("FOAM", "9404210000", "CN", 1, "400.00", "AUD"),
                line("SPRING", "9404290000", "CN", 1, "600.00", "AUD"));
        assertLineDuty(q, 0, "15.00", "au.duty.94033000");
        assertLineDuty(q, 1, "10.00", "au.duty.94034000");
        assertLineDuty(q, 2, "25.00", "au.duty.94035000");
        assertLineDuty(q, 3, "0.00", "au.duty.940421");
        assertLineDuty(q, 4, "0.00", "au.duty.940429");
        assertThat(totalDuty(q)).isEqualTo("50.00");
    }

    @Test
    void goldJewelleryRateIsCitedWithoutTheUncertainMarkSinceTwoSourcesAgree() {
        // 7113.19.00 gold necklace 1,200.00 AUD (> 1,000 threshold) x 5% = 60.00. Two independent sources agree on
        // 5% (abf-working-tariff Schedule 3 copy and the gerrythejeweler.com jewellery duty table, "Australia
        // 7113.19.0012 5%"), so the pack no longer marks the line uncertain and its citation carries no [UNCERTAIN].
        LandedCostQuote q = quote("2025-06-02",
                line("NECKLACE", "7113190000", "CN", 1, "1200.00", "AUD"));
        assertLineDuty(q, 0, "60.00", "au.duty.71131900");
        assertCitedAsConfirmed(q, "au.duty.71131900", "gerrythejeweler");
    }

    // ---- Anti-dumping (added 2026-11-22) ----

    @Test
    void chineseDeepDrawnSinksCarryAnAdvisoryUntilTheMeasuresEnded() {
        // Dumping duty notice of 2015-03-26 (deep drawn stainless steel sinks from China), revocation recommended from
        // 2025-03-26: exporter rates not sourced -> advisory only, 2018-07-01 to 2025-03-26; none afterwards.
        LandedCostQuote before = quote("2024-09-02", line("SINK", "7324100052", "CN", 1, "1500.00", "AUD"));
        assertThat(before.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("au.ad.deep-drawn-sinks-cn");
        });
        assertThat(quote("2025-06-02", line("SINK", "7324100052", "CN", 1, "1500.00", "AUD")).advisories()).isEmpty();
        assertThat(quote("2024-09-02", line("SINK", "7324100052", "IT", 1, "1500.00", "AUD")).advisories()).isEmpty();
    }
}
