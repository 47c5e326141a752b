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
 * Duty lines of the NO pack, worked by hand for a seller outside VOEC (items of NOK 3,000 or more, so VOEC
 * cannot apply), CIF customs value. Rates: toll.no "Importation of clothing" (clothing 10.7% "in most cases",
 * marked uncertain; "There is no customs duty on shoes"). Other headings are not encoded (NO_DUTY_RATE).
 */
class NoDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("no.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "NO", "0150", "NOK").shipping(money(shipping, "NOK"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
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
    void cosmeticsAreReportedAsHavingNoDutyRate() {
        // 3304.99: no source states the Norwegian rate for cosmetics -> NO_DUTY_RATE, never guessed
        LandedCostQuote q = quote("2025-06-02", "0.00", line("CREAM", "3304990000", "FR", 1, "4000.00", "NOK"));
        assertNoDutyRate(q, 0);
    }
}
