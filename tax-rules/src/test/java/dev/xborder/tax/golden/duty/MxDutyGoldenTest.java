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
 * Duty lines of the MX pack. A few TIGIE lines are encoded for 2025 (added 2026-11-22, uncertain; see the end of
 * this class). Courier parcels up to USD 2,500 pay the value-banded global rate (RGCE 3.7.35 courier regime, in
 * the MX pack's {@code bandedRates}), which replaces the tariff duty; above USD 2,500 the formal import applies
 * and a heading without a line is reported as NO_DUTY_RATE, never guessed (see docs/duty-tables.md). Values
 * here: 60,000.00 MXN is 3,076.10 USD at the ECB rates of 2025-05-09 used by the golden fixtures, above the
 * USD 2,500 ceiling.
 */
class MxDutyGoldenTest {
    private static final LandedCostCalculator CALC = DutyGolden.calculator("mx.json");

    private static LandedCostQuote quote(String date, String shipping, QuoteLine... lines) {
        var b = request(date, "CN", "MX", "06600", "MXN").shipping(money(shipping, "MXN"));
        for (QuoteLine l : lines) {
            b.line(l);
        }
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
        // 4202.22 in 2025 (Aivan125/anexo22 transcription, uncertain). 60,000.00 MXN > USD 2,500, shipping 0:
        // sneaker 35% x 30,000.00 = 10,500.00 (mx.duty.640419); bag 20% x 30,000.00 = 6,000.00 (mx.duty.420222).
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SNEAKER", "6404199000", "CN", 1, "30000.00", "MXN"),
                line("BAG", "4202221000", "CN", 1, "30000.00", "MXN"));
        assertLineDuty(q, 0, "10500.00", "mx.duty.640419");
        assertLineDuty(q, 1, "6000.00", "mx.duty.420222");
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
    void walletsAndOtherBagsPayTwentyPercent() {
        // 4202.31.01, 4202.32.03, 4202.92.04 IGI 20%: 20% x 20,000.00 = 4,000.00 each.
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("WALLET-LEATHER", "4202310100", "CN", 1, "20000.00", "MXN"),
                line("WALLET-TEXTILE", "4202320302", "CN", 1, "20000.00", "MXN"),
                line("BACKPACK", "4202920402", "CN", 1, "20000.00", "MXN"));
        assertLineDuty(q, 0, "4000.00", "mx.duty.420231");
        assertLineDuty(q, 1, "4000.00", "mx.duty.420232");
        assertLineDuty(q, 2, "4000.00", "mx.duty.420292");
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
        // 6402.99 35%: 7,000.00; 6404.11.16 25%: 5,000.00; 6404.11.17 35%: 7,000.00; 6403.99.99 35%: 7,000.00
        // (each 20,000.00 MXN).
        LandedCostQuote q = quote("2025-06-02", "0.00",
                line("SANDAL-PVC", "6402999100", "CN", 1, "20000.00", "MXN"),
                line("SPORTS-SHOE", "6404111601", "VN", 1, "20000.00", "MXN"),
                line("TRAINER", "6404111701", "VN", 1, "20000.00", "MXN"),
                line("LEATHER-SHOE", "6403999901", "CN", 1, "20000.00", "MXN"));
        assertLineDuty(q, 0, "7000.00", "mx.duty.640299");
        assertLineDuty(q, 1, "5000.00", "mx.duty.64041116");
        assertLineDuty(q, 2, "7000.00", "mx.duty.64041117");
        assertLineDuty(q, 3, "7000.00", "mx.duty.64039999");
    }

    @Test
    void theTigieLinesEndWithTheLigieReformOfJanuary2026() {
        // From 2026-01-01 the reform's rates are not known: the same kitchenware is NO_DUTY_RATE again.
        LandedCostQuote q = quote("2026-02-02", "0.00", line("BOWLS", "3924100100", "CN", 1, "60000.00", "MXN"));
        assertNoDutyRate(q, 0);
    }
}
