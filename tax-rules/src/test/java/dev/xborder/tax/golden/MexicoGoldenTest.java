package dev.xborder.tax.golden;

import static dev.xborder.tax.golden.GoldenSupport.line;
import static dev.xborder.tax.golden.GoldenSupport.money;
import static dev.xborder.tax.golden.GoldenSupport.request;
import static dev.xborder.tax.golden.GoldenSupport.str;
import static dev.xborder.tax.golden.GoldenSupport.totals;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for the bundled MX pack, worked by hand: the courier simplified procedure (RGCE rule 3.7.35) as
 * banded global rates replacing duty and IVA, IVA 16% above USD 2,500. MXN values are compared with USD
 * thresholds at the fixed ECB cross rate 1.1252 / 21.9473 = 0.0512682653 (Source: ECB, 2025-05-09).
 * Sources: International Trade Compliance Update 2025-07-29 (US/CA: up to USD 50 exempt with the MXN 445 customs
 * processing fee, 50-117 17%, above 117 19%; other origins 19% -> 33.5% from 2025-08-15); J.A. Del Rio on the
 * Fourth RGCE 2025 amendment (in force 2025-08-15); LIVA Art. 1 (16%).
 */
class MexicoGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("mx.json");

    private LandedCostQuote quote(String date, String shippedFrom, String price, String shipping, TaxCategory cat,
                                  Incoterm incoterm) {
        return CALC.quote(request(date, shippedFrom, "MX", "06600", "MXN")
                .line(line("SKU", "6109.10", shippedFrom, 1, price, "MXN", cat))
                .shipping(money(shipping, "MXN")).incoterm(incoterm).build());
    }

    private LandedCostQuote quote(String shippedFrom, String price, String shipping) {
        return quote("2025-09-01", shippedFrom, price, shipping, TaxCategory.STANDARD, Incoterm.DAP);
    }

    @Test
    void courierShipmentFromTheUsOfUsd50OrLessPaysOnlyTheProcessingFee() {
        // 800.00 + 100.00 shipping = CIF 900.00 MXN -> 46.14 USD <= 50: global rate 0 -> no duty, no IVA;
        // customs processing fee (DTA) MXN 445.00. Landed 900 + 445 = 1,345.00.
        LandedCostQuote q = quote("US", "800.00", "100.00");
        assertThat(q.regime()).isEqualTo("MX_COURIER_GLOBAL_RATE");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        assertThat(totals(q)).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=0.00 fees=445.00 landed=1345.00");
    }

    @Test
    void fromTheUsBetweenUsd50And117TheGlobalRateIsSeventeenPercent() {
        // 2,000.00 + 100.00 = 2,100.00 MXN -> 107.66 USD: 17% x 2,100.00 = 357.00, reported as duty, no IVA.
        LandedCostQuote q = quote("US", "2000.00", "100.00");
        assertThat(totals(q)).isEqualTo(
                "goods=2000.00 shipping=100.00 insurance=0.00 duty=357.00 tax=0.00 fees=0.00 landed=2457.00");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.NONE);
    }

    @Test
    void fromTheUsAboveUsd117TheGlobalRateIsNineteenPercent() {
        // 3,000.00 + 100.00 = 3,100.00 MXN -> 158.93 USD: 19% x 3,100.00 = 589.00.
        LandedCostQuote q = quote("US", "3000.00", "100.00");
        assertThat(str(q.totals().duty())).isEqualTo("589.00");
        assertThat(str(q.totals().tax())).isEqualTo("0.00");
    }

    @Test
    void fromChinaTheGlobalRateRoseFromNineteenToThirtyThreeAndAHalfPercentOnAugust15() {
        // 800.00 + 100.00 = 900.00 MXN (46.14 USD <= 2,500), from China:
        // 2025-06-01: 19% x 900.00 = 171.00; 2025-09-01: 33.5% x 900.00 = 301.50.
        assertThat(totals(quote("2025-06-01", "CN", "800.00", "100.00", TaxCategory.STANDARD, Incoterm.DAP)))
                .isEqualTo("goods=800.00 shipping=100.00 insurance=0.00 duty=171.00 tax=0.00 fees=0.00 landed=1071.00");
        assertThat(totals(quote("CN", "800.00", "100.00")))
                .isEqualTo("goods=800.00 shipping=100.00 insurance=0.00 duty=301.50 tax=0.00 fees=0.00 landed=1201.50");
    }

    @Test
    void aboveUsd2500TheFormalImportChargesIvaAndReportsTheDutyUnknown() {
        // 60,000.00 MXN -> 3,076.10 USD > 2,500: no global rate; IVA 16% x 60,000.00 = 9,600.00; duty not encoded.
        LandedCostQuote q = quote("CN", "60000.00", "0.00");
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(str(q.totals().tax())).isEqualTo("9600.00");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("mx.courier-global")
                && e.kind() == Explanation.Kind.SKIPPED);
    }

    @Test
    void underDdpTheSellerPrepaysTheGlobalRate() {
        LandedCostQuote q = quote("2025-09-01", "CN", "800.00", "100.00", TaxCategory.STANDARD, Incoterm.DDP);
        assertThat(q.collection().dutyCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().dutyPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
        assertThat(str(q.totals().duty())).isEqualTo("301.50");
    }

    @Test
    void booksPayTheSameGlobalRate() {
        // The global rate does not depend on the tax category: BOOKS 33.5% x 900.00 = 301.50.
        LandedCostQuote q = quote("2025-09-01", "CN", "800.00", "100.00", TaxCategory.BOOKS, Incoterm.DAP);
        assertThat(str(q.totals().duty())).isEqualTo("301.50");
    }
}
