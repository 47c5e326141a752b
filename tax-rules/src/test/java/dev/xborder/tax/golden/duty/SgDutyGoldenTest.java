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
 * Duty lines of the SG pack: customs duty only on intoxicating liquors, tobacco, motor vehicles and petroleum
 * products and biodiesel blends (Singapore Customs, Duties and Dutiable Goods: "All other products are
 * non-dutiable"; also 3E Accounting, lowtax.net), so the covered chapters are free and, since the confirmation pass
 * of 2026-11-22, cited without the uncertain mark; chapter 33 stays uncertain because alcoholic preparations of
 * heading 33.02 are dutiable liquors. Dutiable goods are not encoded and are reported as NO_DUTY_RATE.
 */
class SgDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("sg.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "SG", "018956", "SGD").shipping(money(shipping, "SGD"));
        DutyGolden.addLines(b, lines);
        return CALC.quote(b.build());
    }

    @Test
    void clothingIsFree() {
        LandedCostQuote q = quote("2025-06-02", "20.00", line("JACKET", "6201400000", "CN", 1, "500.00", "SGD"));
        assertLineDuty(q, 0, "0.00", "sg.duty.62");
    }

    @Test
    void phonesAndComputersAreFree() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("PHONE", "8517130000", "CN", 1, "900.00", "SGD"),
                line("LAPTOP", "8471300000", "CN", 1, "1500.00", "SGD"));
        assertLineDuty(q, 0, "0.00", "sg.duty.85");
        assertLineDuty(q, 1, "0.00", "sg.duty.84");
    }

    @Test
    void watchesAndJewelleryAreFree() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("WATCH", "9102110000", "CH", 1, "800.00", "SGD"),
                line("RING", "7113110000", "TH", 1, "300.00", "SGD"));
        assertLineDuty(q, 0, "0.00", "sg.duty.91");
        assertLineDuty(q, 1, "0.00", "sg.duty.71");
    }

    @Test
    void toysAndFurnitureAreFree() {
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("TOY", "9503000000", "CN", 1, "450.00", "SGD"),
                line("TABLE", "9403600000", "CN", 1, "450.00", "SGD"));
        assertLineDuty(q, 0, "0.00", "sg.duty.95");
        assertLineDuty(q, 1, "0.00", "sg.duty.94");
        assertThat(totalDuty(q)).isEqualTo("0.00");
    }

    @Test
    void wineIsDutiableButNotEncodedSoTheLineSaysNoDutyRate() {
        LandedCostQuote q = quote("2025-06-02", "0.00", line("WINE", "2204210000", "FR", 6, "80.00", "SGD"));
        assertNoDutyRate(q, 0);
    }

    @Test
    void clothingAndPerfumeDutyIsCitedFromSingaporeCustomsWithoutTheUncertainMark() {
        // 6109.10 cotton T-shirt 250.00 SGD x 0% = 0.00; 3303 perfume 150.00 SGD x 0% = 0.00. Singapore Customs' Duties
        // and Dutiable Goods page makes only liquors, tobacco, motor vehicles and petroleum products dutiable ("All
        // other products are non-dutiable"), which 3E Accounting states too: sg.duty.61 and sg.duty.3303 are confirmed
        // (2026-11-22) and their citations name the customs page and carry no [UNCERTAIN]. The chapter-wide 33 line is
        // gone: alcoholic preparations of 33.02 are dutiable (Customs (Duties) Order: 3302.90 190 at $74.00 per kgm), so
        // an odoriferous mixture of 3302.90 has no encoded rate and reports NO_DUTY_RATE instead of a wrong 0%.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("TSHIRT", "6109100000", "CN", 1, "250.00", "SGD"),
                line("PERFUME", "3303000000", "FR", 1, "150.00", "SGD"),
                line("FLAVOUR", "3302900000", "FR", 1, "80.00", "SGD"));
        assertLineDuty(q, 0, "0.00", "sg.duty.61");
        assertLineDuty(q, 1, "0.00", "sg.duty.3303");
        for (String rule : new String[] {"sg.duty.61", "sg.duty.3303"}) {
            assertCitedAsConfirmed(q, rule, "customs.gov.sg/businesses/valuation-duties-taxes-and-fees");
        }
        assertThat(q.lines().get(2).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
    }
}
