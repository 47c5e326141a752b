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
 * products" (as of 2023-04-01): watches, personal computers, toys free; fishing tackle 3.2%. Apparel, footwear
 * other than 6403, jewellery, electronics and homeware: Japan's Tariff Schedule as of 2025-04-01 (customs.go.jp
 * data/j_39, j_61, j_62, j_64, j_69, j_71, j_73, j_85), read through the qlitre/japan-tariff-mcp scrape of those
 * pages; the applied rate is the lower of the General and WTO columns (the WTO rate for a CN origin, a WTO member).
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
    void aTShirtDeclaredOnlyAtSixDigitsIsReportedAsHavingNoDutyRate() {
        // 6109.10 splits nationally: printed or yarn-dyed 6109.10.010 (10.9%) vs other 6109.10.020 (7.4%): never guessed
        LandedCostQuote q = quote("2025-06-02", "0", line("TEE", "610910", "CN", 2, "10000", "JPY"));
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

    // ---- 2025-04-01 schedule lines (customs.go.jp tariff/2025_04_01/data/j_XX.htm via the qlitre scrape) ----

    @Test
    void cottonTShirtsPaySevenPointFourPercentPlainAndTenPointNinePrinted() {
        // j_61: 6109.10.020 other (General 11.2%, WTO 7.4%) 2 x 5,000 = 10,000 x 7.4% = 740;
        // 6109.10.010 printed or of yarns of different colours (General 10.9%, WTO (10.9%)) 8,000 x 10.9% = 872.
        // CV 18,000 > 10,000; total 1,612
        LandedCostQuote q = quote("2025-06-02", "0",
                line("TEE", "610910020", "CN", 2, "5000", "JPY"),
                line("PRINTTEE", "610910010", "CN", 1, "8000", "JPY"));
        assertLineDuty(q, 0, "740", "jp.duty.610910020");
        assertLineDuty(q, 1, "872", "jp.duty.610910010");
        assertThat(totalDuty(q)).isEqualTo("1612");
    }

    @Test
    void aPlainTShirtDutyIsRoundedDownToTheYen() {
        // j_61: 6109.10.020 7.4% x 13,333 = 986.642 -> 986 (DOWN)
        LandedCostQuote q = quote("2025-06-02", "0", line("TEE", "6109100200", "CN", 1, "13333", "JPY"));
        assertLineDuty(q, 0, "986", "jp.duty.610910020");
    }

    @Test
    void cottonSweatshirtsAndEmbroideredJumpersPayTenPointNineOtherJumpersNinePointOne() {
        // j_61: 6110.20 General 10.9%; WTO (10.9%) for 6110.20.030 sweatshirts and .019 embroidered/lace/figured,
        // WTO 9.1% for .029 other. 12,000 x 10.9% = 1,308; 10,000 x 10.9% = 1,090; 10,000 x 9.1% = 910
        LandedCostQuote q = quote("2025-06-02", "0",
                line("SWEAT", "611020030", "CN", 1, "12000", "JPY"),
                line("LACEJUMPER", "611020019", "CN", 1, "10000", "JPY"),
                line("JUMPER", "611020029", "CN", 1, "10000", "JPY"));
        assertLineDuty(q, 0, "1308", "jp.duty.611020030");
        assertLineDuty(q, 1, "1090", "jp.duty.611020019");
        assertLineDuty(q, 2, "910", "jp.duty.611020029");
    }

    @Test
    void mensCottonJeansPayNinePointOnePercentOnGoodsPlusShipping() {
        // j_62: 6203.42.200 (General 11.2%, WTO 9.1%): CV 15,000 + shipping 1,000 = 16,000 x 9.1% = 1,456
        LandedCostQuote q = quote("2025-06-02", "1000", line("JEANS", "620342200", "CN", 1, "15000", "JPY"));
        assertLineDuty(q, 0, "1456", "jp.duty.620342200");
    }

    @Test
    void cottonTrousersWithFurskinPayTenPercentOthersNinePointOneAndCottonShirtsSevenPointFour() {
        // j_62: 6203.42.100 / 6204.62.100 containing furskin (General 16%, WTO 10%) 20,000 x 10% = 2,000 each;
        // 6204.62.200 (General 11.2%, WTO 9.1%) 11,000 x 9.1% = 1,001; 6205.20.000 (General 9%, WTO 7.4%)
        // 10,000 x 7.4% = 740
        LandedCostQuote q = quote("2025-06-02", "0",
                line("MFUR", "620342100", "CN", 1, "20000", "JPY"),
                line("WFUR", "620462100", "CN", 1, "20000", "JPY"),
                line("CHINOS", "620462200", "CN", 1, "11000", "JPY"),
                line("SHIRT", "620520000", "CN", 1, "10000", "JPY"));
        assertLineDuty(q, 0, "2000", "jp.duty.620342100");
        assertLineDuty(q, 1, "2000", "jp.duty.620462100");
        assertLineDuty(q, 2, "1001", "jp.duty.620462200");
        assertLineDuty(q, 3, "740", "jp.duty.620520");
    }

    @Test
    void rubberAndTextileFootwearPaysTheWtoRates() {
        // j_64 (General -> WTO): 6404.11.000 sneakers 10% -> 8%: 12,000 x 8% = 960; 6402.19.000 sports 20% -> 6.7%:
        // 10,000 x 6.7% = 670; 6402.20.000 flip-flops 20% -> 6.7%: 3,000 x 6.7% = 201; 6404.19.290 other 10% -> 8%:
        // 9,000 x 8% = 720; 6404.19.220 canvas shoes 10% -> 6.7%: 7,000 x 6.7% = 469; 6404.19.210 jika-tabi
        // 10% -> 6.7%: 4,000 x 6.7% = 268; 6404.19.190 furskin uppers 30% (WTO (30%)): 20,000 x 30% = 6,000
        LandedCostQuote q = quote("2025-06-02", "0",
                line("SNEAKER", "640411000", "CN", 1, "12000", "JPY"),
                line("CLEAT", "640219000", "CN", 1, "10000", "JPY"),
                line("FLIPFLOP", "640220000", "CN", 1, "3000", "JPY"),
                line("SLIPON", "640419290", "CN", 1, "9000", "JPY"),
                line("CANVAS", "640419220", "CN", 1, "7000", "JPY"),
                line("TABI", "640419210", "CN", 1, "4000", "JPY"),
                line("FURBOOT", "640419190", "CN", 1, "20000", "JPY"));
        assertLineDuty(q, 0, "960", "jp.duty.640411");
        assertLineDuty(q, 1, "670", "jp.duty.640219");
        assertLineDuty(q, 2, "201", "jp.duty.640220");
        assertLineDuty(q, 3, "720", "jp.duty.640419290");
        assertLineDuty(q, 4, "469", "jp.duty.640419220");
        assertLineDuty(q, 5, "268", "jp.duty.640419210");
        assertLineDuty(q, 6, "6000", "jp.duty.640419190");
        assertThat(totalDuty(q)).isEqualTo("9288");
    }

    @Test
    void rubberFootwearWhoseRateDependsOnAToeCapIsReportedAsHavingNoDutyRate() {
        // j_64: 6402.99 and 6402.91 carry two WTO rates on one line (6.7% with protective metal toe-cap, else 8%)
        LandedCostQuote q = quote("2025-06-02", "0", line("BOOT", "640299010", "CN", 1, "12000", "JPY"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void phonesHeadphonesChargersAndPowerBanksAreFree() {
        // j_85: 8517.13.000, 8518.30.000, 8504.40.010/.090, 8507.60.000: General free, WTO (free). CV 103,000: duty 0
        LandedCostQuote q = quote("2025-06-02", "0",
                line("PHONE", "851713000", "CN", 1, "80000", "JPY"),
                line("EARBUDS", "851830000", "CN", 1, "15000", "JPY"),
                line("CHARGER", "850440090", "CN", 1, "3000", "JPY"),
                line("POWERBANK", "850760000", "CN", 1, "5000", "JPY"));
        assertLineDuty(q, 0, "0", "jp.duty.851713");
        assertLineDuty(q, 1, "0", "jp.duty.851830");
        assertLineDuty(q, 2, "0", "jp.duty.850440");
        assertLineDuty(q, 3, "0", "jp.duty.850760");
        assertThat(totalDuty(q)).isEqualTo("0");
    }

    @Test
    void preciousMetalJewelleryPaysFivePointTwoOrFivePointFourPercent() {
        // j_71 (General -> WTO): 7113.11.000 silver 6.2% -> 5.2%: 20,000 x 5.2% = 1,040; 7113.19.010 platinum
        // 6.2% -> 5.2%: 50,000 x 5.2% = 2,600; 7113.19.029 gold 6.6% -> 5.4%: 100,000 x 5.4% = 5,400;
        // 7113.19.021 gold chain 6.6% -> 5.4%: 30,000 x 5.4% = 1,620; 7113.20.000 clad 6.6% -> 5.4%: 10,000 x 5.4% = 540
        LandedCostQuote q = quote("2025-06-02", "0",
                line("SILVER", "711311000", "CN", 1, "20000", "JPY"),
                line("PLATINUM", "711319010", "CN", 1, "50000", "JPY"),
                line("GOLDRING", "711319029", "CN", 1, "100000", "JPY"),
                line("GOLDCHAIN", "711319021", "CN", 1, "30000", "JPY"),
                line("CLAD", "711320000", "CN", 1, "10000", "JPY"));
        assertLineDuty(q, 0, "1040", "jp.duty.711311");
        assertLineDuty(q, 1, "2600", "jp.duty.711319010");
        assertLineDuty(q, 2, "5400", "jp.duty.711319029");
        assertLineDuty(q, 3, "1620", "jp.duty.711319021");
        assertLineDuty(q, 4, "540", "jp.duty.711320");
        assertThat(totalDuty(q)).isEqualTo("11200");
    }

    @Test
    void imitationJewelleryPaysItsNationalLineRate() {
        // j_71 (General -> WTO): 7117.19 base metal 5.6% -> 3.7%: 12,000 x 3.7% = 444; 7117.11.010 plated cuff links
        // 6.6% -> 5.4%: 5,000 x 5.4% = 270; 7117.11.020 other cuff links 6.4% -> 5.3%: 5,000 x 5.3% = 265;
        // 7117.90.010 two or more materials 12.5% -> 10%: 10,000 x 10% = 1,000; .021 wood 3.2% -> 2.7%:
        // 3,000 x 2.7% = 81; .022 shell 4.1% -> 3.4%: 5,000 x 3.4% = 170; .023 plastics, .024 plated, .029 other
        // 5.5% -> 5%: 4,000 x 5% = 200, 6,000 x 5% = 300, 2,000 x 5% = 100. Total 2,830
        LandedCostQuote q = quote("2025-06-02", "0",
                line("BRACELET", "711719090", "CN", 1, "12000", "JPY"),
                line("CUFFPLATED", "711711010", "CN", 1, "5000", "JPY"),
                line("CUFF", "711711020", "CN", 1, "5000", "JPY"),
                line("MIXED", "711790010", "CN", 1, "10000", "JPY"),
                line("WOOD", "711790021", "CN", 1, "3000", "JPY"),
                line("SHELL", "711790022", "CN", 1, "5000", "JPY"),
                line("PLASTIC", "711790023", "CN", 1, "4000", "JPY"),
                line("PLATED", "711790024", "CN", 1, "6000", "JPY"),
                line("GLASS", "711790029", "CN", 1, "2000", "JPY"));
        assertLineDuty(q, 0, "444", "jp.duty.711719");
        assertLineDuty(q, 1, "270", "jp.duty.711711010");
        assertLineDuty(q, 2, "265", "jp.duty.711711020");
        assertLineDuty(q, 3, "1000", "jp.duty.711790010");
        assertLineDuty(q, 4, "81", "jp.duty.711790021");
        assertLineDuty(q, 5, "170", "jp.duty.711790022");
        assertLineDuty(q, 6, "200", "jp.duty.711790023");
        assertLineDuty(q, 7, "300", "jp.duty.711790024");
        assertLineDuty(q, 8, "100", "jp.duty.711790029");
        assertThat(totalDuty(q)).isEqualTo("2830");
    }

    @Test
    void plasticAndCeramicTablewarePayTheWtoRatesAndSteelKitchenwareIsFree() {
        // j_39: 3924.10.000 5.8% -> 3.9%: 15,000 x 3.9% = 585; j_69: 6911.10.000 porcelain 3.4% -> 2.3%:
        // 20,000 x 2.3% = 460; 6912.00.000 other ceramic 3.4% -> 2.3%: 10,000 x 2.3% = 230; j_73: 7323.93.000
        // stainless free: 12,000 -> 0. Total 1,275
        LandedCostQuote q = quote("2025-06-02", "0",
                line("BOWLS", "392410000", "CN", 1, "15000", "JPY"),
                line("PLATES", "691110000", "CN", 1, "20000", "JPY"),
                line("MUGS", "691200000", "CN", 1, "10000", "JPY"),
                line("POT", "732393000", "CN", 1, "12000", "JPY"));
        assertLineDuty(q, 0, "585", "jp.duty.392410");
        assertLineDuty(q, 1, "460", "jp.duty.6911");
        assertLineDuty(q, 2, "230", "jp.duty.6912");
        assertLineDuty(q, 3, "0", "jp.duty.7323");
        assertThat(totalDuty(q)).isEqualTo("1275");
    }

    @Test
    void beforeTheVerifiedScheduleEditionTheNewLinesDoNotApply() {
        // the 2025-04-01 lines start on the schedule edition they were read from: a 2025-03-31 quote is not guessed
        LandedCostQuote q = quote("2025-03-31", "0", line("TEE", "610910020", "CN", 2, "10000", "JPY"));
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
