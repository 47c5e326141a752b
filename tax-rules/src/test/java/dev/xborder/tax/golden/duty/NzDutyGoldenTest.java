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
 * Duty lines of the NZ pack, worked by hand above the NZD 1,000 border threshold, FOB customs value (shipping is
 * never part of the duty base). Rates: clothing 10% and footwear 10% (textile, clothing and footwear tariffs held at
 * 10% since July 2009: IBISWorld on NZ Customs data, June 2024; customsdutyfree.com 6211.42 and 6402.99.19 10%;
 * AIO Express "footwear 10%"); computers free (trade.gov NZ import tariffs); cellular phones free as Information
 * Technology Agreement goods from 1 July 2019 (NZ Gazette 2019-go2537). Bags, toys, audio, chargers, batteries,
 * cosmetics, jewellery, watches, homeware, furniture and books are not encoded (NO_DUTY_RATE).
 */
class NzDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("nz.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "NZ", "6011", "NZD").shipping(money(shipping, "NZD"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
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
        // 6402.99.19 stat. key 29, 1 x 1,100.00: the 8-digit line nz.duty.64029919 (customsdutyfree.com, 10%) wins over
        // the chapter line: 10% x 1,100.00 = 110.00
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
    void handbagsAreReportedAsHavingNoDutyRate() {
        // 4202.21 is not encoded (OTEXA gives only a 0-5% range for travel goods 4202): reported, never guessed
        LandedCostQuote q = quote("2025-06-02", "0.00", line("HANDBAG", "4202210000", "CN", 1, "1500.00", "NZD"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void atOrBelowNzd1000NoDutyIsCollected() {
        // 6110.20, 2 x 300.00 = 600.00 <= 1,000: no duty at the border
        LandedCostQuote q = quote("2025-06-02", "0.00", line("SWEATER", "6110200000", "CN", 2, "300.00", "NZD"));
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void phoneChargersAndToysAreReportedAsHavingNoDutyRate() {
        // 2026-11-22 third pass: no NZ tariff item found for 8504.40 (the ITA order frees only ITA goods, and widening it
        // to the whole subheading is not allowed) nor for 9503; consignment 1,400.00 > 1,000, both lines NO_DUTY_RATE
        LandedCostQuote q = quote("2026-03-10", "0.00",
                line("CHARGER", "8504409000", "CN", 20, "30.00", "NZD"),
                line("TOY", "9503009000", "CN", 4, "200.00", "NZD"));
        assertNoDutyRate(q, 0);
        assertNoDutyRate(q, 1);
    }
}
