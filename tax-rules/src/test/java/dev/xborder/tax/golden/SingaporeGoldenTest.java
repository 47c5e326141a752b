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
 * Golden cases for the bundled SG pack, worked by hand.
 * Sources: IRAS e-Tax Guide on imported low-value goods (OVR, S$400, air/post, from 2023-01-01);
 * Janio (8% in 2023, 9% from 2024, S$400 incl. freight and insurance); Baker McKenzie (S$400 border relief);
 * research notes (duty only on liquor, tobacco, motor vehicles, petroleum: uncertain; GST on CIF + duty).
 */
class SingaporeGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("sg.json");

    private LandedCostQuote quote(String date, String hs, int qty, String price, String shipping, TaxCategory cat,
                                  SalesChannel channel, Incoterm incoterm) {
        return CALC.quote(request(date, "CN", "SG", "018956", "SGD")
                .line(line("SKU", hs, "CN", qty, price, "SGD", cat))
                .shipping(money(shipping, "SGD")).channel(channel).incoterm(incoterm).build());
    }

    @Test
    void sellerChargesGstAtSaleOnLowValueGoodsOfSgd400OrLess() {
        // 2 x 50.00 + 20.00 shipping: CIF 120.00 <= 400 -> OVR regime (collection at sale treated as mandatory).
        // GST 9% x 120.00 = 10.80. Duty 0 (apparel not dutiable). Landed 130.80.
        LandedCostQuote q = quote("2025-06-02", "6109.10", 2, "50.00", "20.00", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(q.regime()).isEqualTo("SG_OVR_LOW_VALUE_GOODS_400");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.AT_CHECKOUT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=20.00 insurance=0.00 duty=0.00 tax=10.80 fees=0.00 landed=130.80");
    }

    @Test
    void marketplaceChargesGstAtSaleOnLowValueGoods() {
        LandedCostQuote q = quote("2025-06-02", "6109.10", 2, "50.00", "20.00", TaxCategory.STANDARD,
                SalesChannel.MARKETPLACE, Incoterm.DAP);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        assertThat(str(q.totals().tax())).isEqualTo("10.80");
    }

    @Test
    void aboveSgd400GstIsPaidAtImportOnCif() {
        // Laptop 1,500.00 + 50.00 shipping: CIF 1,550.00 > 400. Duty 0; GST 9% x 1,550.00 = 139.50. Landed 1,689.50.
        LandedCostQuote q = quote("2025-06-02", "847130", 1, "1500.00", "50.00", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=1500.00 shipping=50.00 insurance=0.00 duty=0.00 tax=139.50 fees=0.00 landed=1689.50");
    }

    @Test
    void aboveSgd400UnderDdpTheSellerPrepaysGst() {
        LandedCostQuote q = quote("2025-06-02", "847130", 1, "1500.00", "50.00", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DDP);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
        assertThat(str(q.totals().tax())).isEqualTo("139.50");
    }

    @Test
    void in2023TheRateWasEightPercent() {
        // 2023-06-01: GST 8% x 1,550.00 = 124.00.
        LandedCostQuote q = quote("2023-06-01", "847130", 1, "1500.00", "50.00", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(str(q.totals().tax())).isEqualTo("124.00");
    }

    @Test
    void booksHaveNoReducedRate() {
        // BOOKS falls back to STANDARD: 9% x 30.00 = 2.70, charged at sale.
        LandedCostQuote q = quote("2025-06-02", "490199", 1, "30.00", "0.00", TaxCategory.BOOKS,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(str(q.totals().tax())).isEqualTo("2.70");
        assertThat(q.explanations()).anyMatch(e -> e.kind() == Explanation.Kind.NOTE);
    }

    // ---- SG GST registration (core scheme SG_GST, added 2026-11-22) -------------------------------------
    // IRAS e-Tax Guide (OVR for imported low-value goods): OVR-registered suppliers charge GST at sale on goods of
    // S$400 or less. M91234567X follows the IRAS GST-reference form quoted by secondary sources (format only).

    @Test
    void anOvrRegisteredSellerShowingItsGstNumberChargesGstAtSale() {
        // 2 x 50.00 + 20.00 shipping: CIF 120.00 <= 400; GST 9% x 120.00 = 10.80 at checkout by the seller, who holds
        // an SG_GST registration (trace).
        LandedCostQuote q = CALC.quote(request("2025-06-02", "CN", "SG", "018956", "SGD")
                .line(line("SKU", "6109.10", "CN", 2, "50.00", "SGD", TaxCategory.STANDARD))
                .shipping(money("20.00", "SGD"))
                .registration(dev.xborder.core.trade.TaxRegistration.of(dev.xborder.core.trade.RegistrationScheme.SG_GST,
                        "M91234567X")).build());
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.AT_CHECKOUT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=20.00 insurance=0.00 duty=0.00 tax=10.80 fees=0.00 landed=130.80");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("sg.ovr-lvg-400")
                && e.reason().startsWith("seller holds a [SG_GST] registration"));
    }
}
