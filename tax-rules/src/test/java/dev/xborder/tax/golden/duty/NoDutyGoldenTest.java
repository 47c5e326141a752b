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
 * Duty lines of the NO pack, worked by hand for a seller outside VOEC (items of NOK 3,000 or more, so VOEC
 * cannot apply), CIF customs value. Rates: toll.no "Importation of clothing" (clothing 10.7% "in most cases",
 * marked uncertain; "There is no customs duty on shoes"); toll.no electric products (no duty); Ministry of Finance
 * 2008 / Minister of Finance to Stortinget 2009 (industrial goods carry duty only on clothing and certain textile
 * goods: cosmetics, plastic homeware, bags, books, ceramics, jewellery, steel kitchenware, watches, furniture and
 * toys at 0%); Statsbudsjettet 2013 (babies' garments, woven shawls and scarves, ties 5.6%, uncertain). The 0% lines
 * other than bags 4202 are confirmed since 2026-11-22 by a second, independent source (ShipCustomerDirect's Norway
 * duty table by product category) and cited without the uncertain mark. Headings not encoded give NO_DUTY_RATE.
 */
class NoDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("no.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "NO", "0150", "NOK").shipping(money(shipping, "NOK"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void jacketsPayTenPointSevenPercentOnGoodsAndShipping() {
        // 6201.40, 1 x 4,000.00 + shipping 200.00: CV 4,200.00 x 10.7% = 449.40
        LandedCostQuote q = quote("2025-06-02", "200.00", line("JACKET", "6201400000", "CN", 1, "4000.00", "NOK"));
        assertLineDuty(q, 0, "449.40", "no.duty.62");
    }

    @Test
    void knittedSweatersPayTenPointSevenPercent() {
        // 6110.20, 1 x 3,500.00: 10.7% = 374.50
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SWEATER", "6110200000", "CN", 1, "3500.00", "NOK"));
        assertLineDuty(q, 0, "374.50", "no.duty.61");
    }

    @Test
    void shoesAreDutyFree() {
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SHOES", "6403990000", "IT", 1, "3500.00", "NOK"));
        assertLineDuty(q, 0, "0.00", "no.duty.64");
    }

    @Test
    void shippingIsSplitByValueAndOnlyTheClothingLinePaysDuty() {
        // jacket 4,000.00 and boots 4,000.00, shipping 400.00 split 200.00 / 200.00:
        // jacket CV 4,200.00 x 10.7% = 449.40; boots 0.00; total 449.40
        LandedCostQuote q = quote("2025-06-02", "400.00",
                line("JACKET", "6201400000", "CN", 1, "4000.00", "NOK"),
                line("BOOTS", "6403910000", "CN", 1, "4000.00", "NOK"));
        assertLineDuty(q, 0, "449.40", "no.duty.62");
        assertLineDuty(q, 1, "0.00", "no.duty.64");
        assertThat(totalDuty(q)).isEqualTo("449.40");
    }

    @Test
    void electricProductsAreFreeWhileTheJacketInTheSameConsignmentPaysDuty() {
        // toll.no: no customs duty on electric products. Laptop 8471.30 9,000.00, power bank 8507.60 500.00,
        // earbuds 8518.30 800.00: 0% each; jacket 6201.40 4,000.00 x 10.7% = 428.00; total 428.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("LAPTOP", "8471300000", "CN", 1, "9000.00", "NOK"),
                line("POWERBANK", "8507600000", "CN", 1, "500.00", "NOK"),
                line("EARBUDS", "8518300000", "CN", 1, "800.00", "NOK"),
                line("JACKET", "6201400000", "CN", 1, "4000.00", "NOK"));
        assertLineDuty(q, 0, "0.00", "no.duty.8471");
        assertLineDuty(q, 1, "0.00", "no.duty.8507");
        assertLineDuty(q, 2, "0.00", "no.duty.8518");
        assertLineDuty(q, 3, "428.00", "no.duty.62");
        assertThat(totalDuty(q)).isEqualTo("428.00");
    }

    @Test
    void cosmeticsAreDutyFreeIndustrialGoods() {
        // Ministry of Finance 2008: industrial goods carry duty only on clothing and certain textile goods.
        // Perfume 3303.00 3,500.00, cream 3304.99 4,000.00, shampoo 3305.10 3,200.00, toothpaste 3306.10 3,100.00,
        // deodorant 3307.20 3,000.00: 0% each -> total 0.00 (was NO_DUTY_RATE before this source was found)
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PERFUME", "3303000000", "FR", 1, "3500.00", "NOK"),
                line("CREAM", "3304990000", "FR", 1, "4000.00", "NOK"),
                line("SHAMPOO", "3305100000", "FR", 1, "3200.00", "NOK"),
                line("TOOTHPASTE", "3306100000", "FR", 1, "3100.00", "NOK"),
                line("DEODORANT", "3307200000", "FR", 1, "3000.00", "NOK"));
        assertLineDuty(q, 0, "0.00", "no.duty.3303");
        assertLineDuty(q, 1, "0.00", "no.duty.3304");
        assertLineDuty(q, 2, "0.00", "no.duty.3305");
        assertLineDuty(q, 3, "0.00", "no.duty.3306");
        assertLineDuty(q, 4, "0.00", "no.duty.3307");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void essentialOilsOfHeading3301StayUnknown() {
        // 3301 (essential oils) is an agricultural product under the WTO Agreement on Agriculture: the industrial-goods
        // statement does not cover it, so chapter 33 is not encoded as a whole -> NO_DUTY_RATE, never guessed
        LandedCostQuote q = quote("2025-06-02", "0.00", line("OIL", "3301290000", "FR", 1, "4000.00", "NOK"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void bagsBooksCeramicsJewelleryAndSteelKitchenwareAreFreeWhileTheJacketPays() {
        // Ministry of Finance 2008 (industrial goods other than clothing and textile goods: no duty), 0% each:
        // handbag 4202.21 5,000.00; novel 4901.99 3,000.00; porcelain set 6911.10 3,500.00; ring 7113.19 8,000.00;
        // stainless pans 7323.93 3,200.00; plastic boxes 3924.10 3,000.00.
        // Jacket 6201.40 4,000.00 x 10.7% = 428.00 (toll.no); total 428.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("HANDBAG", "4202210000", "IT", 1, "5000.00", "NOK"),
                line("NOVEL", "4901990000", "GB", 1, "3000.00", "NOK"),
                line("PORCELAIN", "6911100000", "CN", 1, "3500.00", "NOK"),
                line("RING", "7113190000", "IT", 1, "8000.00", "NOK"),
                line("PANS", "7323930000", "CN", 1, "3200.00", "NOK"),
                line("BOXES", "3924100000", "CN", 1, "3000.00", "NOK"),
                line("JACKET", "6201400000", "CN", 1, "4000.00", "NOK"));
        assertLineDuty(q, 0, "0.00", "no.duty.4202");
        assertLineDuty(q, 1, "0.00", "no.duty.49");
        assertLineDuty(q, 2, "0.00", "no.duty.69");
        assertLineDuty(q, 3, "0.00", "no.duty.71");
        assertLineDuty(q, 4, "0.00", "no.duty.73");
        assertLineDuty(q, 5, "0.00", "no.duty.3924");
        assertLineDuty(q, 6, "428.00", "no.duty.62");
        assertThat(totalDuty(q)).isEqualTo("428.00");
    }

    @Test
    void watchesFurnitureAndToysAreFree() {
        // Ministry of Finance 2008, 0% each: gold watch 9101.11 20,000.00; steel watch 9102.11 4,500.00;
        // sofa 9401.61 9,000.00; table 9403.60 6,000.00; LEGO set 9503.00 3,500.00; skis 9506.11 5,000.00;
        // shipping 1,000.00 split by value does not change a 0% duty -> total 0.00
        LandedCostQuote q = quote("2025-06-02", "1000.00",
                line("GOLDWATCH", "9101110000", "CH", 1, "20000.00", "NOK"),
                line("WATCH", "9102110000", "CN", 1, "4500.00", "NOK"),
                line("SOFA", "9401610000", "CN", 1, "9000.00", "NOK"),
                line("TABLE", "9403600000", "CN", 1, "6000.00", "NOK"),
                line("LEGO", "9503007000", "DK", 1, "3500.00", "NOK"),
                line("SKIS", "9506110000", "AT", 1, "5000.00", "NOK"));
        assertLineDuty(q, 0, "0.00", "no.duty.9101");
        assertLineDuty(q, 1, "0.00", "no.duty.9102");
        assertLineDuty(q, 2, "0.00", "no.duty.9401");
        assertLineDuty(q, 3, "0.00", "no.duty.9403");
        assertLineDuty(q, 4, "0.00", "no.duty.95");
        assertLineDuty(q, 5, "0.00", "no.duty.95");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void beddingAndWatchStrapsMayBeTextileGoodsAndStayUnknown() {
        // 9404.90 (duvets) and 9113.90 (textile watch straps) are not covered by the encoded lines: NO_DUTY_RATE
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("DUVET", "9404909000", "CN", 1, "3500.00", "NOK"),
                line("STRAP", "9113900000", "CN", 1, "3000.00", "NOK"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }

    @Test
    void babyClothesScarvesAndTiesPayFivePointSixPercentInsteadOfTheChapterRate() {
        // Statsbudsjettet 2013: babies' garments, woven shawls and scarves, ties cut to 5.6% (uncertain).
        // Baby bodysuit 6111.20 3,000.00 x 5.6% = 168.00; baby dress 6209.20 3,500.00 x 5.6% = 196.00;
        // silk scarf 6214.10 4,000.00 x 5.6% = 224.00; silk tie 6215.10 3,100.00 x 5.6% = 173.60;
        // knitted sweater 6110.20 3,500.00 still pays the chapter rate 10.7% = 374.50.
        // Total 168.00 + 196.00 + 224.00 + 173.60 + 374.50 = 1,136.10
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("BODY", "6111200000", "CN", 1, "3000.00", "NOK"),
                line("DRESS", "6209200000", "CN", 1, "3500.00", "NOK"),
                line("SCARF", "6214100000", "CN", 1, "4000.00", "NOK"),
                line("TIE", "6215100000", "CN", 1, "3100.00", "NOK"),
                line("SWEATER", "6110200000", "CN", 1, "3500.00", "NOK"));
        assertLineDuty(q, 0, "168.00", "no.duty.6111");
        assertLineDuty(q, 1, "196.00", "no.duty.6209");
        assertLineDuty(q, 2, "224.00", "no.duty.6214");
        assertLineDuty(q, 3, "173.60", "no.duty.6215");
        assertLineDuty(q, 4, "374.50", "no.duty.61");
        assertThat(totalDuty(q)).isEqualTo("1136.10");
    }

    @Test
    void smartphoneDutyIsCitedFromTollNoWithoutTheUncertainMarkWhileBagsKeepIt() {
        // 8517.13 smartphone 6,000.00 NOK x 0% = 0.00; 4202.92 textile backpack 3,500.00 x 0% = 0.00; total 0.00.
        // toll.no ("no customs duty on ... electric products") and ShipCustomerDirect's Norway table ("Mobiles 0%")
        // agree, so no.duty.8517 is confirmed (2026-11-22): its citation names toll.no and carries no [UNCERTAIN].
        // Bags keep the mark: "Luggage 0%" does not settle whether textile-surfaced bags count as textile goods.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "6000.00", "NOK"),
                line("BACKPACK", "4202920000", "CN", 1, "3500.00", "NOK"));
        assertLineDuty(q, 0, "0.00", "no.duty.8517");
        assertLineDuty(q, 1, "0.00", "no.duty.4202");
        assertThat(totalDuty(q)).isEqualTo("0.00");
        assertCitedAsConfirmed(q, "no.duty.8517", "toll.no/en/goods/buying-white-goods-and-electric-products");
        assertCitedAsUncertain(q, "no.duty.4202");
    }
}
