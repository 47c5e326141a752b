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
 * Duty lines of the CA pack (Canadian Customs Tariff, Most-Favoured-Nation Tariff column), worked by hand on
 * courier shipments above the CAD 20 low-value threshold, mostly from China. Value for duty excludes transport
 * after the place of direct shipment (CBSA D13-3-3), so shipping is not dutiable; the pack rounds each line
 * half-up to the cent.
 *
 * <p>Rates: CBSA Customs Tariff T2026-2 (chapters in force 2026-09-01) read from a JSON extraction of the CBSA
 * chapter tables (sources {@code cbsa-t2026-chNN} in ca.json). Where an older mirror gives the same figure
 * (betterdollar.com 2009 pages, etoolsage.com, htshub.com 2025, the CPTPP Implementation Act for 6403.51) the
 * line is not marked uncertain; lines seen only in the extraction are. CUSMA (UST, MXT) Free for US-origin goods.
 */
class CaDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("ca.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        return quoteFrom("CN", date, shipping, lines);
    }

    private static LandedCostQuote quoteFrom(String shippedFrom, String date, String shipping, QuoteLine... lines) {
        var b = request(date, shippedFrom, "CA", "T2P 1J9", "CAD").shipping(money(shipping, "CAD"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void cottonTShirtsPayEighteenPercentOnTheValueForDuty() {
        // 6109.10, 2 x 50.00 = 100.00, shipping 15.00 not dutiable: 18% x 100.00 = 18.00
        // (T2026-2 ch. 61: 6109.10.00 18%, same as the betterdollar.com 2009 mirror)
        LandedCostQuote q = quote("2025-06-02", "15.00", line("TEE", "6109100011", "CN", 2, "50.00", "CAD"));
        assertLineDuty(q, 0, "18.00", "ca.duty.6109");
    }

    @Test
    void pyjamasPulloversAndCottonHoodiesPayEighteenPercent() {
        // 6108.31 nightdress 40.00 x 18% = 7.20; 6108.32 pyjamas 50.00 x 18% = 9.00;
        // 6110.12 cashmere pullover 200.00 x 18% = 36.00; 6110.20 cotton hoodie 60.00 x 18% = 10.80;
        // total 63.00 (T2026-2 ch. 61; 6110.20.00 only in the T2026-2 extraction)
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("NIGHTDRESS", "6108310010", "CN", 1, "40.00", "CAD"),
                line("PYJAMAS", "6108320011", "CN", 1, "50.00", "CAD"),
                line("CASHMERE", "6110129060", "CN", 1, "200.00", "CAD"),
                line("HOODIE", "6110200011", "CN", 1, "60.00", "CAD"));
        assertLineDuty(q, 0, "7.20", "ca.duty.610831");
        assertLineDuty(q, 1, "9.00", "ca.duty.610832");
        assertLineDuty(q, 2, "36.00", "ca.duty.611012");
        assertLineDuty(q, 3, "10.80", "ca.duty.611020");
        assertThat(totalDuty(q)).isEqualTo("63.00");
    }

    @Test
    void textilePursesPayEightPercent() {
        // 4202.32.10, 1 x 50.00: 8% x 50.00 = 4.00 (T2026-2 ch. 42 and the etoolsage.com mirror agree)
        LandedCostQuote q = quote("2025-06-02", "0.00", line("PURSE", "4202321010", "CN", 1, "50.00", "CAD"));
        assertLineDuty(q, 0, "4.00", "ca.duty.42023210");
    }

    @Test
    void suitcasesPayElevenPercentAndLeatherHandbagsTenPercent() {
        // 4202.11 leather suitcase 250.00 x 11% = 27.50; 4202.12 textile suitcase 120.00 x 11% = 13.20;
        // 4202.21 leather handbag 300.00 x 10% = 30.00; total 70.70 (T2026-2 ch. 42)
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("TRUNK", "4202110000", "CN", 1, "250.00", "CAD"),
                line("CARRYON", "4202129000", "CN", 1, "120.00", "CAD"),
                line("HANDBAG", "4202210000", "CN", 1, "300.00", "CAD"));
        assertLineDuty(q, 0, "27.50", "ca.duty.420211");
        assertLineDuty(q, 1, "13.20", "ca.duty.420212");
        assertLineDuty(q, 2, "30.00", "ca.duty.420221");
        assertThat(totalDuty(q)).isEqualTo("70.70");
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
    void phonesEarphonesSpeakersLaptopsAndChargersEnterFree() {
        // T2026-2 ch. 85 and 84, MFN Free for each: 8517.13 smartphone 800.00, 8517.14 other mobile phone
        // 150.00, 8518.30.90 earphones 120.00, 8518.22 Bluetooth speaker 90.00, 8471.30 laptop 1,200.00,
        // 8504.40.90 charger 30.00: 0% x each = 0.00; total 0.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "800.00", "CAD"),
                line("FEATUREPHONE", "8517140000", "CN", 1, "150.00", "CAD"),
                line("EARBUDS", "8518309010", "CN", 1, "120.00", "CAD"),
                line("SPEAKER", "8518220000", "CN", 1, "90.00", "CAD"),
                line("LAPTOP", "8471300000", "CN", 1, "1200.00", "CAD"),
                line("CHARGER", "85044090", "CN", 1, "30.00", "CAD"));
        assertLineDuty(q, 0, "0.00", "ca.duty.851713");
        assertLineDuty(q, 1, "0.00", "ca.duty.851714");
        assertLineDuty(q, 2, "0.00", "ca.duty.851830");
        assertLineDuty(q, 3, "0.00", "ca.duty.851822");
        assertLineDuty(q, 4, "0.00", "ca.duty.847130");
        assertLineDuty(q, 5, "0.00", "ca.duty.85044090");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void lithiumIonPowerBanksPaySevenPercent() {
        // 8507.60.90 (lithium-ion accumulators, other), 2 x 40.00 = 80.00, shipping 10.00 not dutiable:
        // 7% x 80.00 = 5.60 (T2026-2 ch. 85)
        LandedCostQuote q = quote("2025-06-02", "10.00", line("POWERBANK", "8507609000", "CN", 2, "40.00", "CAD"));
        assertLineDuty(q, 0, "5.60", "ca.duty.85076090");
    }

    @Test
    void makeUpSkinCareAndPerfumePaySixAndAHalfPercent() {
        // T2026-2 ch. 33, 6.5% each: 3304.10 lipstick 3 x 20.00 = 60.00 -> 3.90; 3304.20 mascara 30.00 -> 1.95;
        // 3304.30 nail polish 10.00 -> 0.65; 3304.91 powder 40.00 -> 2.60; 3304.99.90 face cream 50.00 -> 3.25;
        // 3303 eau de toilette 80.00 -> 5.20; total 17.55
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("LIPSTICK", "3304100000", "CN", 3, "20.00", "CAD"),
                line("MASCARA", "3304200000", "CN", 1, "30.00", "CAD"),
                line("POLISH", "3304300000", "CN", 1, "10.00", "CAD"),
                line("POWDER", "3304910000", "CN", 1, "40.00", "CAD"),
                line("CREAM", "3304999020", "CN", 1, "50.00", "CAD"),
                line("PERFUME", "3303000020", "CN", 1, "80.00", "CAD"));
        assertLineDuty(q, 0, "3.90", "ca.duty.330410");
        assertLineDuty(q, 1, "1.95", "ca.duty.330420");
        assertLineDuty(q, 2, "0.65", "ca.duty.330430");
        assertLineDuty(q, 3, "2.60", "ca.duty.330491");
        assertLineDuty(q, 4, "3.25", "ca.duty.33049990");
        assertLineDuty(q, 5, "5.20", "ca.duty.3303");
        assertThat(totalDuty(q)).isEqualTo("17.55");
    }

    @Test
    void wristWatchesPayFivePercent() {
        // T2026-2 ch. 91, 5% each: 9102.11 analogue quartz 150.00 -> 7.50; 9102.12 digital 60.00 -> 3.00;
        // 9102.19 other electric 100.00 -> 5.00; 9102.21 automatic 300.00 -> 15.00; 9102.29 other 200.00 -> 10.00;
        // total 40.50
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("QUARTZ", "9102110000", "CN", 1, "150.00", "CAD"),
                line("DIGITAL", "9102120000", "CN", 1, "60.00", "CAD"),
                line("HYBRID", "9102190000", "CN", 1, "100.00", "CAD"),
                line("AUTOMATIC", "9102210000", "CN", 1, "300.00", "CAD"),
                line("HANDWOUND", "9102290000", "CN", 1, "200.00", "CAD"));
        assertLineDuty(q, 0, "7.50", "ca.duty.910211");
        assertLineDuty(q, 1, "3.00", "ca.duty.910212");
        assertLineDuty(q, 2, "5.00", "ca.duty.910219");
        assertLineDuty(q, 3, "15.00", "ca.duty.910221");
        assertLineDuty(q, 4, "10.00", "ca.duty.910229");
        assertThat(totalDuty(q)).isEqualTo("40.50");
    }

    @Test
    void porcelainAndStonewareTablewarePaySevenPercent() {
        // T2026-2 ch. 69: 6911.10.90 porcelain dinner set 120.00 x 7% = 8.40;
        // 6912.00.90 stoneware mugs 2 x 25.00 = 50.00 x 7% = 3.50; total 11.90
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("DINNERSET", "6911109090", "CN", 1, "120.00", "CAD"),
                line("MUGS", "6912009010", "CN", 2, "25.00", "CAD"));
        assertLineDuty(q, 0, "8.40", "ca.duty.69111090");
        assertLineDuty(q, 1, "3.50", "ca.duty.69120090");
        assertThat(totalDuty(q)).isEqualTo("11.90");
    }

    @Test
    void stainlessSteelKitchenwarePaysSixAndAHalfPercent() {
        // 7323.93.90, 2 x 45.00 = 90.00: 6.5% x 90.00 = 5.85 (T2026-2 ch. 73). Shipped from Taiwan: no Canadian
        // preference or surtax known for that origin (surtaxes on Chinese steel goods were not researched).
        LandedCostQuote q = quoteFrom("TW", "2025-06-02", "0.00",
                line("POTS", "7323939010", "TW", 2, "45.00", "CAD"));
        assertLineDuty(q, 0, "5.85", "ca.duty.73239390");
    }

    @Test
    void booksAndChildrensPictureBooksEnterFree() {
        // T2026-2 ch. 49: 4901.99 novels 2 x 35.00 = 70.00 x Free = 0.00; 4903 picture book 20.00 x Free = 0.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("NOVEL", "4901999991", "CN", 2, "35.00", "CAD"),
                line("PICTUREBOOK", "4903000010", "CN", 1, "20.00", "CAD"));
        assertLineDuty(q, 0, "0.00", "ca.duty.4901");
        assertLineDuty(q, 1, "0.00", "ca.duty.4903");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void sneakersPayEighteenPercentAndWoodenFurnitureNineAndAHalf() {
        // 6404.11.99 trainers 90.00 x 18% = 16.20 (T2026-2 ch. 64);
        // 9403.60.10 wooden side table 250.00 x 9.5% = 23.75 (T2026-2 ch. 94); total 39.95
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SNEAKERS", "6404119921", "CN", 1, "90.00", "CAD"),
                line("TABLE", "9403601091", "CN", 1, "250.00", "CAD"));
        assertLineDuty(q, 0, "16.20", "ca.duty.64041199");
        assertLineDuty(q, 1, "23.75", "ca.duty.94036010");
        assertThat(totalDuty(q)).isEqualTo("39.95");
    }

    @Test
    void sixDigitCodesThatTheTariffSplitsAreReportedAsHavingNoDutyRate() {
        // 3304.99 splits into .10 (Free) and .90 (6.5%), 8507.60 into .10/.20 (Free) and .90 (7%): only the
        // 8-digit lines are encoded, so a 6-digit code gets NO_DUTY_RATE and no duty is guessed.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("CREAM", "330499", "CN", 1, "50.00", "CAD"),
                line("BATTERY", "850760", "CN", 1, "80.00", "CAD"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void usOriginatingTShirtsAbove150EnterFreeUnderCusma() {
        // 6109.10 of US origin shipped from the US, 200.00 > CAD 150: UST Free replaces 18%: duty 0.00.
        // Dated 2025-10-01 (was 2025-06-02): from 2025-03-04 to 2025-09-01 Canada's US Surtax Order (2025-1)
        // added 25% of value for duty on listed US goods (clothing, cosmetics and appliances among them; whether
        // 6109 was listed was not checked), which the pack does not model.
        var q = CALC.quote(request("2025-10-01", "US", "CA", "T2P 1J9", "CAD")
                .line(line("TEE", "6109100011", "US", 1, "200.00", "CAD")).build());
        assertLineDuty(q, 0, "0.00", "ca.cusma-free");
    }

    @Test
    void usOriginatingPowerBanksAbove150EnterFreeUnderCusma() {
        // 8507.60.90 of US origin shipped from the US, 2 x 100.00 = 200.00 > CAD 150: UST Free replaces 7%
        // (T2026-2 ch. 85 lists UST, MXT Free): duty 0.00
        var q = CALC.quote(request("2025-10-01", "US", "CA", "T2P 1J9", "CAD")
                .line(line("POWERBANK", "8507609000", "US", 2, "100.00", "CAD")).build());
        assertLineDuty(q, 0, "0.00", "ca.cusma-free-t2026");
    }

    @Test
    void leatherAnkleBootsPayEighteenPercent() {
        // 6403.51.90, 2 x 120.00 = 240.00, shipping 20.00 not dutiable: 18% x 240.00 = 43.20
        // (CPTPP Implementation Act, S.C. 2018, c. 23, Schedule 3: MFN 18%, final rate; T2026-2 ch. 64 agrees)
        LandedCostQuote q = quote("2025-06-02", "20.00", line("BOOTS", "6403519000", "CN", 2, "120.00", "CAD"));
        assertLineDuty(q, 0, "43.20", "ca.duty.640351");
    }

    @Test
    void silverAndGoldJewelleryPayTheirTariffItemRates() {
        // 7113.11.90 silver ring 200.00 x 8.5% = 17.00; 7113.19.90 gold chain 300.00 x 6.5% = 19.50;
        // total 36.50 (betterdollar.com mirror of heading 71.13 and T2026-2 ch. 71 agree)
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("RING", "7113119000", "CN", 1, "200.00", "CAD"),
                line("CHAIN", "7113199000", "CN", 1, "300.00", "CAD"));
        assertLineDuty(q, 0, "17.00", "ca.duty.71131190");
        assertLineDuty(q, 1, "19.50", "ca.duty.71131990");
        assertThat(totalDuty(q)).isEqualTo("36.50");
    }

    @Test
    void jewelleryFindingsPayFivePercentAndCladJewelleryEightAndAHalf() {
        // 7113.11.10 silver clasps 40.00 x 5% = 2.00; 7113.19.10 gold findings 60.00 x 5% = 3.00;
        // 7113.20.90 gold-clad bracelet 100.00 x 8.5% = 8.50; total 13.50 (heading 71.13, both sources)
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("CLASPS", "7113111090", "CN", 1, "40.00", "CAD"),
                line("FINDINGS", "7113191090", "CN", 1, "60.00", "CAD"),
                line("BRACELET", "7113209090", "CN", 1, "100.00", "CAD"));
        assertLineDuty(q, 0, "2.00", "ca.duty.71131110");
        assertLineDuty(q, 1, "3.00", "ca.duty.71131910");
        assertLineDuty(q, 2, "8.50", "ca.duty.71132090");
        assertThat(totalDuty(q)).isEqualTo("13.50");
    }

    @Test
    void foamMattressesPayNineAndAHalfPercent() {
        // 9404.21, 1 x 450.00: 9.5% x 450.00 = 42.75
        LandedCostQuote q = quote("2025-06-02", "0.00", line("MATTRESS", "9404210000", "CN", 1, "450.00", "CAD"));
        assertLineDuty(q, 0, "42.75", "ca.duty.940421");
    }

    @Test
    void springMattressesAndBedBasesPayTheirTariffItemRates() {
        // 9404.29 spring mattress 600.00 x 9.5% = 57.00; 9404.10 bed base 200.00 x 8% = 16.00; total 73.00
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SPRING", "9404290000", "CN", 1, "600.00", "CAD"),
                line("BASE", "9404100000", "CN", 1, "200.00", "CAD"));
        assertLineDuty(q, 0, "57.00", "ca.duty.940429");
        assertLineDuty(q, 1, "16.00", "ca.duty.940410");
        assertThat(totalDuty(q)).isEqualTo("73.00");
    }

    @Test
    void usOriginatingJewelleryAbove150EntersFreeUnderCusma() {
        // 7113.11.90 of US origin shipped from the US, 400.00 > CAD 150: UST Free replaces 8.5%: duty 0.00.
        // Dated 2025-10-01 (was 2025-06-02), after the 2025 US surtax period, which the pack does not model.
        var q = CALC.quote(request("2025-10-01", "US", "CA", "T2P 1J9", "CAD")
                .line(line("RING", "7113119000", "US", 1, "400.00", "CAD")).build());
        assertLineDuty(q, 0, "0.00", "ca.cusma-free");
    }

    // ---- SIMA anti-dumping and countervailing duties (added 2026-11-22) ----

    @Test
    void chineseStainlessSteelSinksCarryAnAdvisoryThatSimaDutiesAreNotModelled() {
        // CITT finding NQ-2011-002 continued by Expiry Review RR-2022-002 (2023-10-04); CBSA measures in force SSS,
        // usually 7324.10.00.11. The exporter-specific normal values and amounts of subsidy were not sourced: no duty
        // is charged (7324.10 has no encoded MFN line either: NO_DUTY_RATE), the quote says SIMA duties may apply.
        LandedCostQuote cn = quote("2025-06-02", "0.00", line("SINK", "7324100011", "CN", 1, "500.00", "CAD"));
        assertThat(totalDuty(cn)).isEqualTo("0.00");
        assertThat(cn.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("ca.ad.stainless-sinks-cn");
            assertThat(a.lines()).containsExactly(0);
        });
        // The same sink from Italy: no advisory.
        assertThat(quote("2025-06-02", "0.00", line("SINK", "7324100011", "IT", 1, "500.00", "CAD")).advisories())
                .isEmpty();
    }

    @Test
    void chineseUpholsteredSeatingCarriesAnAdvisoryThatSimaDutiesAreNotModelled() {
        // CITT finding of 2021-09-02 (CBSA MIF UDS), usually 9401.61.10.10 (upholstered, wooden frame, domestic):
        // SIMA duties not sourced -> advisory only; no duty is charged by this rule.
        LandedCostQuote cn = quote("2025-06-02", "0.00", line("SOFA", "9401611010", "CN", 1, "900.00", "CAD"));
        assertThat(cn.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ANTI_DUMPING_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("ca.ad.upholstered-seating-cn");
        });
        assertThat(quote("2025-06-02", "0.00", line("SOFA", "9401611010", "MY", 1, "900.00", "CAD")).advisories())
                .isEmpty();
    }
}
