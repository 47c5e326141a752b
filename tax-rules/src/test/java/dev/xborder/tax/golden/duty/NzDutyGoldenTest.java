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
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Duty lines of the NZ pack, worked by hand above the NZD 1,000 border threshold, FOB customs value (shipping is
 * never part of the duty base). Rates: clothing 10% and footwear 10% (textile, clothing and footwear tariffs held at
 * 10% since July 2009: IBISWorld on NZ Customs data, June 2024; customsdutyfree.com 6211.42 and 6402.99.19 10%;
 * AIO Express "footwear 10%"); computers free (trade.gov NZ import tariffs); cellular phones free as Information
 * Technology Agreement goods from 1 July 2019 (NZ Gazette 2019-go2537). Added 2026-11-22 (fourth pass), all 5% and
 * uncertain: NZ Normal Tariff (rate group NML) items read from an unofficial extraction of the NZ Customs tariff
 * tables (github.com/suestreet/NZ-Tariff, Pac_PAC_differences_val.csv, commit ea4e771, HS 2022, rates current in
 * 2022 or later; open-ended from the pack start because MBIE says tariff levels were frozen in 2009) for bags,
 * toys and sports goods, transformers, batteries, cosmetics, jewellery, watch straps, plastic and ceramic homeware,
 * steel kitchenware, furniture, gloves and footwear parts. Chargers (8504.40), audio (8518), watches (91.01/91.02)
 * and books (49) are not encoded (NO_DUTY_RATE).
 */
class NzDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("nz.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "NZ", "6011", "NZD").shipping(money(shipping, "NZD"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void wovenTrousersPayTenPercentOnTheFobValue() {
        // 6204.62, 1 x 1,500.00 + shipping 80.00 (not in FOB): 10% x 1,500.00 = 150.00
        LandedCostQuote q = quote("2025-06-02", "80.00", line("TROUSERS", "6204620000", "CN", 1, "1500.00", "NZD"));
        assertLineDuty(q, 0, "150.00", "nz.duty.62");
    }

    @Test
    void knittedSweatersPayTenPercent() {
        // 6110.20, 4 x 300.00 = 1,200.00: 10% = 120.00
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SWEATER", "6110200000", "CN", 4, "300.00", "NZD"));
        assertLineDuty(q, 0, "120.00", "nz.duty.61");
    }

    @Test
    void computersAreFreeButTheClothingInTheSameConsignmentIsNot() {
        // consignment 1,800.00 > 1,000: laptop 8471.30 1,000.00 x 0% = 0.00; sweater 800.00 x 10% = 80.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("LAPTOP", "8471300000", "CN", 1, "1000.00", "NZD"),
                line("SWEATER", "6110200000", "CN", 1, "800.00", "NZD"));
        assertLineDuty(q, 0, "0.00", "nz.duty.8471");
        assertLineDuty(q, 1, "80.00", "nz.duty.61");
        assertThat(totalDuty(q)).isEqualTo("80.00");
    }

    @Test
    void leatherShoesPayTenPercentAsFootwear() {
        // Changed 2026-11-22: this case pinned NO_DUTY_RATE while chapter 64 was not encoded. Footwear is now encoded
        // at 10% (nz.duty.64, uncertain: IBISWorld, TCF tariffs held at 10% since July 2009; AIO Express).
        // 6403.99, 1 x 1,500.00 + shipping 60.00 (not in FOB): 10% x 1,500.00 = 150.00
        LandedCostQuote q = quote("2025-06-02", "60.00", line("SHOES", "6403990000", "CN", 1, "1500.00", "NZD"));
        assertLineDuty(q, 0, "150.00", "nz.duty.64");
    }

    @Test
    void textileSportsShoesPayTenPercent() {
        // 6404.11, 3 x 400.00 = 1,200.00: 10% = 120.00 (nz.duty.64, chapter rate; source IBISWorld / AIO Express)
        LandedCostQuote q = quote("2026-03-10", "0.00", line("SNEAKERS", "6404110000", "CN", 3, "400.00", "NZD"));
        assertLineDuty(q, 0, "120.00", "nz.duty.64");
    }

    @Test
    void plasticHeelsUseTheMoreSpecificTariffItemAtTenPercent() {
        // 6402.99.19 stat. key 29, 1 x 1,100.00: the 8-digit line nz.duty.64029919 (customsdutyfree.com, 10%; no longer
        // uncertain since 2026-11-22: the NZ-Tariff extraction also gives 6402.99.19 NML 10%) wins over the chapter
        // line: 10% x 1,100.00 = 110.00
        LandedCostQuote q = quote("2025-06-02", "0.00", line("HEELS", "6402991929", "CN", 1, "1100.00", "NZD"));
        assertLineDuty(q, 0, "110.00", "nz.duty.64029919");
    }

    @Test
    void smartphonesAreFreeAsInformationTechnologyAgreementGoods() {
        // 8517.13, 1 x 1,800.00 > 1,000: 0% x 1,800.00 = 0.00 (nz.duty.851713; NZ Gazette 2019-go2537: all ITA goods free
        // from 1 July 2019)
        LandedCostQuote q = quote("2026-03-10", "0.00", line("PHONE", "8517130000", "CN", 1, "1800.00", "NZD"));
        assertLineDuty(q, 0, "0.00", "nz.duty.851713");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void otherCellularPhonesAreFreeButTheShoesBesideThemAreNot() {
        // consignment 1,300.00 > 1,000: feature phone 8517.14 2 x 250.00 = 500.00 x 0% = 0.00 (nz.duty.851714);
        // boots 6403.91 800.00 x 10% = 80.00 (nz.duty.64); total duty 80.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("FEATUREPHONE", "8517140000", "CN", 2, "250.00", "NZD"),
                line("BOOTS", "6403910000", "CN", 1, "800.00", "NZD"));
        assertLineDuty(q, 0, "0.00", "nz.duty.851714");
        assertLineDuty(q, 1, "80.00", "nz.duty.64");
        assertThat(totalDuty(q)).isEqualTo("80.00");
    }

    @Test
    void leatherHandbagsPayFivePercent() {
        // Changed 2026-11-22 (fourth pass): this case pinned NO_DUTY_RATE while heading 42.02 was not encoded. 4202.21.00
        // is now encoded at 5% (nz.duty.420221, uncertain: NZ Normal Tariff NML 0.05, github suestreet/NZ-Tariff).
        // 4202.21, 1 x 1,500.00: 5% x 1,500.00 = 75.00
        LandedCostQuote q = quote("2025-06-02", "0.00", line("HANDBAG", "4202210000", "CN", 1, "1500.00", "NZD"));
        assertLineDuty(q, 0, "75.00", "nz.duty.420221");
    }

    @Test
    void atOrBelowNzd1000NoDutyIsCollected() {
        // 6110.20, 2 x 300.00 = 600.00 <= 1,000: no duty at the border
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SWEATER", "6110200000", "CN", 2, "300.00", "NZD"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void phoneChargersAndUnlistedToyItemsAreReportedAsHavingNoDutyRate() {
        // 2026-11-22 fourth pass: no NZ tariff item found for 8504.40 (the ITA order frees only ITA goods, widening it to
        // the whole subheading is not allowed, and the NZ-Tariff extraction lists no 8504.40 item, which does not prove
        // it free). Toys are encoded only at item 9503.00.09; item 9503.00.01 is not in the source (was 9503.00.90, not
        // an NZ item). Consignment 20 x 30.00 + 4 x 200.00 = 1,400.00 > 1,000, both lines NO_DUTY_RATE
        LandedCostQuote q = quote("2026-03-10", "0.00",
                line("CHARGER", "8504409000", "CN", 20, "30.00", "NZD"),
                line("TOY", "9503000100", "CN", 4, "200.00", "NZD"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void booksHeadphonesAndWatchesAreReportedAsHavingNoDutyRate() {
        // 49.01, 85.18 and 91.02 have no source giving the NZ Normal Tariff item (the NZ-Tariff extraction lists none
        // of them, which is not read as free): 600.00 + 2 x 250.00 + 400.00 = 1,500.00 > 1,000, three NO_DUTY_RATE lines
        LandedCostQuote q = quote("2026-03-10", "0.00",
                line("BOOK", "4901990000", "GB", 1, "600.00", "NZD"),
                line("HEADPHONES", "8518300000", "CN", 2, "250.00", "NZD"),
                line("WATCH", "9102110000", "CN", 1, "400.00", "NZD"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
        assertNoDutyRate(q, 2);
    }

    // Fourth pass (2026-11-22): every case below uses rates from the NZ Normal Tariff extraction (github
    // suestreet/NZ-Tariff, Pac_PAC_differences_val.csv, commit ea4e771, rate group NML), all 5% and uncertain. FOB:
    // shipping is never in the duty base; each line's duty = 5% x quantity x unit price, rounded to the cent.

    @Test
    void bagsSuitcasesWalletsAndBackpacksPayFivePercent() {
        // consignment 400 + 300 + 500 + 200 + 200 + 120 + 250 = 1,970.00 > 1,000, shipping 50.00 not in FOB:
        // 4202.11.00 suitcase (leather) 400.00 x 5% = 20.00; 4202.12.00 suitcase (plastics) 300.00 x 5% = 15.00;
        // 4202.21.00 handbag (leather) 500.00 x 5% = 25.00; 4202.22.00 handbag (textile) 2 x 100.00 x 5% = 10.00;
        // 4202.31.09 wallet (leather) 4 x 50.00 x 5% = 10.00; 4202.32.09 purse (textile) 2 x 60.00 x 5% = 6.00;
        // 4202.92.09 backpack (textile) 250.00 x 5% = 12.50; total 98.50
        LandedCostQuote q = quote("2025-06-02", "50.00",
                line("SUITCASE-L", "4202110000", "CN", 1, "400.00", "NZD"),
                line("SUITCASE-P", "4202120000", "CN", 1, "300.00", "NZD"),
                line("HANDBAG-L", "4202210000", "CN", 1, "500.00", "NZD"),
                line("HANDBAG-T", "4202220000", "CN", 2, "100.00", "NZD"),
                line("WALLET", "4202310900", "CN", 4, "50.00", "NZD"),
                line("PURSE", "4202320900", "CN", 2, "60.00", "NZD"),
                line("BACKPACK", "4202920900", "CN", 1, "250.00", "NZD"));
        assertLineDuty(q, 0, "20.00", "nz.duty.420211");
        assertLineDuty(q, 1, "15.00", "nz.duty.420212");
        assertLineDuty(q, 2, "25.00", "nz.duty.420221");
        assertLineDuty(q, 3, "10.00", "nz.duty.420222");
        assertLineDuty(q, 4, "10.00", "nz.duty.42023109");
        assertLineDuty(q, 5, "6.00", "nz.duty.42023209");
        assertLineDuty(q, 6, "12.50", "nz.duty.42029209");
        assertThat(totalDuty(q)).isEqualTo("98.50");
    }

    @Test
    void toysGamesChristmasArticlesAndSportsGoodsPayFivePercent() {
        // consignment 600 + 150 + 150 + 100 + 450 = 1,450.00 > 1,000:
        // 9503.00.09 toys 3 x 200.00 x 5% = 30.00; 9504.90.00 games 150.00 x 5% = 7.50;
        // 9505.10.00 Christmas articles 2 x 75.00 x 5% = 7.50; 9506.62.00 inflatable balls 5 x 20.00 x 5% = 5.00;
        // 9506.91.00 exercise equipment 450.00 x 5% = 22.50; total 72.50
        LandedCostQuote q = quote("2026-03-10", "0.00",
                line("TOY", "9503000900", "CN", 3, "200.00", "NZD"),
                line("BOARDGAME", "9504900000", "CN", 1, "150.00", "NZD"),
                line("XMAS", "9505100000", "CN", 2, "75.00", "NZD"),
                line("BALL", "9506620000", "CN", 5, "20.00", "NZD"),
                line("ROWER", "9506910000", "CN", 1, "450.00", "NZD"));
        assertLineDuty(q, 0, "30.00", "nz.duty.95030009");
        assertLineDuty(q, 1, "7.50", "nz.duty.950490");
        assertLineDuty(q, 2, "7.50", "nz.duty.950510");
        assertLineDuty(q, 3, "5.00", "nz.duty.950662");
        assertLineDuty(q, 4, "22.50", "nz.duty.950691");
        assertThat(totalDuty(q)).isEqualTo("72.50");
    }

    @Test
    void perfumesMakeUpAndShampoosPayFivePercent() {
        // consignment 300 + 200 + 150 + 100 + 80 + 270 + 90 = 1,190.00 > 1,000:
        // 3303.00.09 perfume 2 x 150.00 x 5% = 15.00; 3304.10.00 lipstick 10 x 20.00 x 5% = 10.00;
        // 3304.20.00 eye make-up 5 x 30.00 x 5% = 7.50; 3304.30.00 nail polish 4 x 25.00 x 5% = 5.00;
        // 3304.91.00 powder 2 x 40.00 x 5% = 4.00; 3304.99.00 face cream 3 x 90.00 x 5% = 13.50;
        // 3305.10.00 shampoo 6 x 15.00 x 5% = 4.50; total 59.50
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PERFUME", "3303000900", "FR", 2, "150.00", "NZD"),
                line("LIPSTICK", "3304100000", "FR", 10, "20.00", "NZD"),
                line("MASCARA", "3304200000", "FR", 5, "30.00", "NZD"),
                line("NAILPOLISH", "3304300000", "FR", 4, "25.00", "NZD"),
                line("POWDER", "3304910000", "FR", 2, "40.00", "NZD"),
                line("CREAM", "3304990000", "FR", 3, "90.00", "NZD"),
                line("SHAMPOO", "3305100000", "FR", 6, "15.00", "NZD"));
        assertLineDuty(q, 0, "15.00", "nz.duty.33030009");
        assertLineDuty(q, 1, "10.00", "nz.duty.330410");
        assertLineDuty(q, 2, "7.50", "nz.duty.330420");
        assertLineDuty(q, 3, "5.00", "nz.duty.330430");
        assertLineDuty(q, 4, "4.00", "nz.duty.330491");
        assertLineDuty(q, 5, "13.50", "nz.duty.330499");
        assertLineDuty(q, 6, "4.50", "nz.duty.330510");
        assertThat(totalDuty(q)).isEqualTo("59.50");
    }

    @Test
    void plasticAndCeramicTablewarePayFivePercent() {
        // consignment 300 + 100 + 100 + 200 + 240 + 80 + 60 + 120 = 1,200.00 > 1,000:
        // 3924.10.09 plastic tableware 10 x 30.00 x 5% = 15.00; 3924.90.01 2 x 50.00 x 5% = 5.00;
        // 3924.90.09 4 x 25.00 x 5% = 5.00; 6911.10.01 porcelain 200.00 x 5% = 10.00;
        // 6911.10.09 porcelain 2 x 120.00 x 5% = 12.00; 6911.90.00 porcelain household 80.00 x 5% = 4.00;
        // 6912.00.01 stoneware 60.00 x 5% = 3.00; 6912.00.09 stoneware 3 x 40.00 x 5% = 6.00; total 60.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PLATES-P", "3924100900", "CN", 10, "30.00", "NZD"),
                line("BASKET-P", "3924900100", "CN", 2, "50.00", "NZD"),
                line("BIN-P", "3924900900", "CN", 4, "25.00", "NZD"),
                line("TEASET", "6911100100", "CN", 1, "200.00", "NZD"),
                line("DINNERSET", "6911100900", "CN", 2, "120.00", "NZD"),
                line("SOAPDISH", "6911900000", "CN", 1, "80.00", "NZD"),
                line("MUGS", "6912000100", "CN", 1, "60.00", "NZD"),
                line("BOWLS", "6912000900", "CN", 3, "40.00", "NZD"));
        assertLineDuty(q, 0, "15.00", "nz.duty.39241009");
        assertLineDuty(q, 1, "5.00", "nz.duty.39249001");
        assertLineDuty(q, 2, "5.00", "nz.duty.39249009");
        assertLineDuty(q, 3, "10.00", "nz.duty.69111001");
        assertLineDuty(q, 4, "12.00", "nz.duty.69111009");
        assertLineDuty(q, 5, "4.00", "nz.duty.691190");
        assertLineDuty(q, 6, "3.00", "nz.duty.69120001");
        assertLineDuty(q, 7, "6.00", "nz.duty.69120009");
        assertThat(totalDuty(q)).isEqualTo("60.00");
    }

    @Test
    void ironAndSteelKitchenwarePaysFivePercent() {
        // consignment 50 + 150 + 250 + 400 + 160 + 90 = 1,100.00 > 1,000:
        // 7323.10.00 scourers 10 x 5.00 x 5% = 2.50; 7323.91.00 cast-iron pan 150.00 x 5% = 7.50;
        // 7323.92.00 enamelled cast-iron pot 250.00 x 5% = 12.50; 7323.93.00 stainless pots 4 x 100.00 x 5% = 20.00;
        // 7323.94.00 enamelled steel 2 x 80.00 x 5% = 8.00; 7323.99.00 other 90.00 x 5% = 4.50; total 55.00
        LandedCostQuote q = quote("2026-03-10", "0.00",
                line("SCOURER", "7323100000", "CN", 10, "5.00", "NZD"),
                line("SKILLET", "7323910000", "CN", 1, "150.00", "NZD"),
                line("DUTCHOVEN", "7323920000", "FR", 1, "250.00", "NZD"),
                line("POTS", "7323930000", "CN", 4, "100.00", "NZD"),
                line("ENAMELMUG", "7323940000", "CN", 2, "80.00", "NZD"),
                line("RACK", "7323990000", "CN", 1, "90.00", "NZD"));
        assertLineDuty(q, 0, "2.50", "nz.duty.732310");
        assertLineDuty(q, 1, "7.50", "nz.duty.732391");
        assertLineDuty(q, 2, "12.50", "nz.duty.732392");
        assertLineDuty(q, 3, "20.00", "nz.duty.732393");
        assertLineDuty(q, 4, "8.00", "nz.duty.732394");
        assertLineDuty(q, 5, "4.50", "nz.duty.732399");
        assertThat(totalDuty(q)).isEqualTo("55.00");
    }

    @Test
    void jewelleryAndWatchStrapsPayFivePercent() {
        // consignment 300 + 600 + 100 + 100 + 120 = 1,220.00 > 1,000:
        // 7113.11.09 silver ring 2 x 150.00 x 5% = 15.00; 7113.19.09 gold necklace 600.00 x 5% = 30.00;
        // 7117.11.00 cuff links 4 x 25.00 x 5% = 5.00; 7117.19.00 costume jewellery 5 x 20.00 x 5% = 5.00;
        // 9113.90.00 leather watch straps 3 x 40.00 x 5% = 6.00; total 61.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("RING", "7113110900", "TH", 2, "150.00", "NZD"),
                line("NECKLACE", "7113190900", "IT", 1, "600.00", "NZD"),
                line("CUFFLINKS", "7117110000", "CN", 4, "25.00", "NZD"),
                line("BANGLES", "7117190000", "CN", 5, "20.00", "NZD"),
                line("STRAP", "9113900000", "CN", 3, "40.00", "NZD"));
        assertLineDuty(q, 0, "15.00", "nz.duty.71131109");
        assertLineDuty(q, 1, "30.00", "nz.duty.71131909");
        assertLineDuty(q, 2, "5.00", "nz.duty.711711");
        assertLineDuty(q, 3, "5.00", "nz.duty.711719");
        assertLineDuty(q, 4, "6.00", "nz.duty.911390");
        assertThat(totalDuty(q)).isEqualTo("61.00");
    }

    @Test
    void goldCladJewelleryAndNonMetalImitationJewelleryPayFivePercent() {
        // Added 2026-11-22 (addlines6): NZ tariff items 7113.20.09, 7117.90.01 and 7117.90.19, NML 0.05 in
        // suestreet/NZ-Tariff Pac_PAC_differences_val.csv (commit ea4e771, rows 1842, 1855, 1856; uncertain).
        // consignment 2 x 300.00 + 10 x 30.00 + 4 x 50.00 = 600.00 + 300.00 + 200.00 = 1,100.00 > 1,000:
        // 7113.20.09 gold-clad bracelets 600.00 x 5% = 30.00; 7117.90.01 300.00 x 5% = 15.00;
        // 7117.90.19 200.00 x 5% = 10.00; total 55.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("CLAD-BRACELET", "7113200900", "CN", 2, "300.00", "NZD"),
                line("BEADS", "7117900100", "CN", 10, "30.00", "NZD"),
                line("RESIN-EARRINGS", "7117901900", "CN", 4, "50.00", "NZD"));
        assertLineDuty(q, 0, "30.00", "nz.duty.71132009");
        assertLineDuty(q, 1, "15.00", "nz.duty.71179001");
        assertLineDuty(q, 2, "10.00", "nz.duty.71179019");
        assertThat(totalDuty(q)).isEqualTo("55.00");
    }

    @Test
    void furnitureAndMattressesPayFivePercent() {
        // consignment 700 + 300 + 400 + 260 + 900 + 120 + 70 + 550 = 3,300.00 > 1,000, shipping 200.00 not in FOB:
        // 9401.61.00 upholstered wooden chair 700.00 x 5% = 35.00; 9401.71.00 upholstered metal chair 300.00 x 5%
        // = 15.00; 9403.30.00 office desk 400.00 x 5% = 20.00; 9403.40.00 kitchen cabinet 260.00 x 5% = 13.00;
        // 9403.50.00 bed frame 900.00 x 5% = 45.00; 9403.60.00 shelf 120.00 x 5% = 6.00; 9403.70.00 plastic stools
        // 2 x 35.00 x 5% = 3.50; 9404.21.00 foam mattress 550.00 x 5% = 27.50; total 165.00
        LandedCostQuote q = quote("2026-03-10", "200.00",
                line("ARMCHAIR", "9401610000", "CN", 1, "700.00", "NZD"),
                line("OFFICECHAIR", "9401710000", "CN", 1, "300.00", "NZD"),
                line("DESK", "9403300000", "CN", 1, "400.00", "NZD"),
                line("CABINET", "9403400000", "CN", 1, "260.00", "NZD"),
                line("BED", "9403500000", "CN", 1, "900.00", "NZD"),
                line("SHELF", "9403600000", "CN", 1, "120.00", "NZD"),
                line("STOOL", "9403700000", "CN", 2, "35.00", "NZD"),
                line("MATTRESS", "9404210000", "CN", 1, "550.00", "NZD"));
        assertLineDuty(q, 0, "35.00", "nz.duty.940161");
        assertLineDuty(q, 1, "15.00", "nz.duty.940171");
        assertLineDuty(q, 2, "20.00", "nz.duty.940330");
        assertLineDuty(q, 3, "13.00", "nz.duty.940340");
        assertLineDuty(q, 4, "45.00", "nz.duty.940350");
        assertLineDuty(q, 5, "6.00", "nz.duty.940360");
        assertLineDuty(q, 6, "3.50", "nz.duty.940370");
        assertLineDuty(q, 7, "27.50", "nz.duty.940421");
        assertThat(totalDuty(q)).isEqualTo("165.00");
    }

    @Test
    void batteriesAndSmallTransformersPayFivePercentButChargersHaveNoRate() {
        // consignment 800 + 150 + 180 + 100 = 1,230.00 > 1,000:
        // 8507.60.00 lithium-ion power banks 20 x 40.00 x 5% = 40.00; 8507.50.00 NiMH cells 10 x 15.00 x 5% = 7.50;
        // 8504.31.09 travel transformer 2 x 90.00 x 5% = 9.00; 8504.40 charger 4 x 25.00: NO_DUTY_RATE; total 56.50
        LandedCostQuote q = quote("2026-03-10", "0.00",
                line("POWERBANK", "8507600000", "CN", 20, "40.00", "NZD"),
                line("NIMH", "8507500000", "JP", 10, "15.00", "NZD"),
                line("TRANSFORMER", "8504310900", "CN", 2, "90.00", "NZD"),
                line("CHARGER", "8504400000", "CN", 4, "25.00", "NZD"));
        assertLineDuty(q, 0, "40.00", "nz.duty.850760");
        assertLineDuty(q, 1, "7.50", "nz.duty.850750");
        assertLineDuty(q, 2, "9.00", "nz.duty.85043109");
        assertNoDutyRate(q, 3);
        assertThat(totalDuty(q)).isEqualTo("56.50");
    }

    @Test
    void glovesAndFootwearPartsPayFivePercentWhileOtherApparelKeepsTenPercent() {
        // The 5% items are more specific than the 10% chapter lines nz.duty.61 / nz.duty.62 / nz.duty.64.
        // consignment 90 + 90 + 100 + 70 + 110 + 300 + 400 + 200 = 1,360.00 > 1,000:
        // 6116.91.00 wool gloves 2 x 45.00 x 5% = 4.50; 6116.92.00 cotton gloves 3 x 30.00 x 5% = 4.50;
        // 6116.93.00 synthetic gloves 4 x 25.00 x 5% = 5.00; 6116.99.00 other 70.00 x 5% = 3.50;
        // 6216.00.00 leather-look woven gloves 2 x 55.00 x 5% = 5.50; 6406.10.00 uppers 300.00 x 5% = 15.00;
        // 6406.20.00 soles 400.00 x 5% = 20.00; 6110.20 sweater 200.00 x 10% = 20.00 (nz.duty.61); total 78.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("GLOVES-W", "6116910000", "CN", 2, "45.00", "NZD"),
                line("GLOVES-C", "6116920000", "CN", 3, "30.00", "NZD"),
                line("GLOVES-S", "6116930000", "CN", 4, "25.00", "NZD"),
                line("GLOVES-O", "6116990000", "CN", 1, "70.00", "NZD"),
                line("GLOVES-WOVEN", "6216000000", "CN", 2, "55.00", "NZD"),
                line("UPPERS", "6406100000", "VN", 1, "300.00", "NZD"),
                line("SOLES", "6406200000", "VN", 1, "400.00", "NZD"),
                line("SWEATER", "6110200000", "CN", 1, "200.00", "NZD"));
        assertLineDuty(q, 0, "4.50", "nz.duty.611691");
        assertLineDuty(q, 1, "4.50", "nz.duty.611692");
        assertLineDuty(q, 2, "5.00", "nz.duty.611693");
        assertLineDuty(q, 3, "3.50", "nz.duty.611699");
        assertLineDuty(q, 4, "5.50", "nz.duty.621600");
        assertLineDuty(q, 5, "15.00", "nz.duty.640610");
        assertLineDuty(q, 6, "20.00", "nz.duty.640620");
        assertLineDuty(q, 7, "20.00", "nz.duty.61");
        assertThat(totalDuty(q)).isEqualTo("78.00");
    }

    @Test
    void plasticHeelsAreCitedWithoutTheUncertainMarkWhileTheHandbagLineKeepsIt() {
        // Trace-mark check (confirmation pass 2026-11-22, branch confaunz). No NZ line was newly confirmed in that pass
        // (see docs/duty-tables.md, NZ notes); this case pins the line already confirmed in the fourth pass.
        // consignment 1,100.00 + 400.00 = 1,500.00 > 1,000: 6402.99.19 heels 1,100.00 x 10% = 110.00
        // (nz.duty.64029919: customsdutyfree.com and the NZ-Tariff extraction agree on 10%, so no [UNCERTAIN]);
        // 4202.21 leather handbag 400.00 x 5% = 20.00 (nz.duty.420221: single unofficial extraction, keeps the mark);
        // total 130.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("HEELS", "6402991929", "CN", 1, "1100.00", "NZD"),
                line("HANDBAG", "4202210000", "CN", 1, "400.00", "NZD"));
        assertLineDuty(q, 0, "110.00", "nz.duty.64029919");
        assertLineDuty(q, 1, "20.00", "nz.duty.420221");
        assertThat(totalDuty(q)).isEqualTo("130.00");
        assertCitedAsConfirmed(q, "nz.duty.64029919", "customsdutyfree.com");
        assertCitedAsUncertain(q, "nz.duty.420221");
    }
}
