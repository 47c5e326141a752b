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
 * Golden cases for the bundled (partial) MX pack, worked by hand. The courier global rate (RGCE rule 3.7.35)
 * is not expressible in format 1, so only IVA 16% and the USMCA USD 50 exemption are quoted; duty lines
 * report NO_DUTY_RATE. MXN values are compared with USD thresholds at the fixed ECB cross rate
 * 1.1252 / 21.9473 = 0.0512682653 (Source: ECB, 2025-05-09).
 * Sources: International Trade Compliance Update 2025-07-29 (US/CA up to USD 50: no duty, no IVA);
 * LIVA Art. 1 (16%).
 */
class MexicoGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("mx.json");

    private LandedCostQuote quote(String shippedFrom, String price, String shipping, TaxCategory cat,
                                  Incoterm incoterm) {
        return CALC.quote(request("2025-09-01", shippedFrom, "MX", "06600", "MXN")
                .line(line("SKU", "6109.10", shippedFrom, 1, price, "MXN", cat))
                .shipping(money(shipping, "MXN")).incoterm(incoterm).build());
    }

    @Test
    void courierShipmentFromTheUsOfUsd50OrLessPaysNeitherDutyNorIva() {
        // 800.00 + 100.00 shipping = CIF 900.00 MXN -> 900 x 0.0512682653 = 46.14 USD <= 50 -> both reliefs.
        LandedCostQuote q = quote("US", "800.00", "100.00", TaxCategory.STANDARD, Incoterm.DAP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=0.00 fees=0.00 landed=900.00");
    }

    @Test
    void aboveUsd50FromTheUsIvaIsDueAndDutyIsReportedUnknown() {
        // 2,000.00 + 100.00 = 2,100.00 MXN -> 107.66 USD > 50: IVA 16% x 2,100.00 = 336.00; duty not modelled.
        LandedCostQuote q = quote("US", "2000.00", "100.00", TaxCategory.STANDARD, Incoterm.DAP);
        assertThat(str(q.totals().tax())).isEqualTo("336.00");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
    }

    @Test
    void fromChinaTheUsmcaExemptionDoesNotApply() {
        // 800.00 + 100.00 from China: IVA 16% x 900.00 = 144.00, paid by the buyer at import.
        LandedCostQuote q = quote("CN", "800.00", "100.00", TaxCategory.STANDARD, Incoterm.DAP);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.BUYER);
        assertThat(totals(q)).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=144.00 fees=0.00 landed=1044.00");
    }

    @Test
    void underDdpTheSellerPrepaysIva() {
        LandedCostQuote q = quote("CN", "800.00", "100.00", TaxCategory.STANDARD, Incoterm.DDP);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
        assertThat(str(q.totals().tax())).isEqualTo("144.00");
    }

    @Test
    void booksFallBackToTheGeneralRate() {
        // No reduced rate encoded: BOOKS -> 16% x 900.00 = 144.00, with a NOTE in the trace.
        LandedCostQuote q = quote("CN", "800.00", "100.00", TaxCategory.BOOKS, Incoterm.DAP);
        assertThat(str(q.totals().tax())).isEqualTo("144.00");
        assertThat(q.explanations()).anyMatch(e -> e.kind() == Explanation.Kind.NOTE);
    }
}
