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
 * Golden cases for the bundled NZ pack, worked by hand.
 * Sources: IRD "GST on low value imported goods" (NZ$1,000, GST 15%, from 2019-12-01); NZ Customs notice
 * of 12 July 2019 (threshold on customs value, transport and insurance excluded; consignments of NZ$1,000
 * or less written off at the border); trade.gov (duty on FOB); IBISWorld/NZ Customs (apparel 10% since 2009).
 */
class NewZealandGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("nz.json");
    private static final Collection AT_CHECKOUT_BY_SELLER = new Collection(Collector.SELLER,
            CollectionPoint.AT_CHECKOUT, Collector.NONE, CollectionPoint.NOT_DUE);

    private LandedCostQuote quote(String hs, int qty, String price, String shipping, SalesChannel channel,
                                  Incoterm incoterm, TaxCategory category) {
        return CALC.quote(request("2025-06-02", "CN", "NZ", "6011", "NZD")
                .line(line("SKU", hs, "CN", qty, price, "NZD", category))
                .shipping(money(shipping, "NZD")).channel(channel).incoterm(incoterm).build());
    }

    @Test
    void ownStoreSellerChargesGstAtSaleUnderNzd1000() {
        // 2 x 50.00 = 100.00 customs value (FOB) <= 1,000 -> low value goods; collection at sale is mandatory.
        // GST 15% x (100.00 + 15.00 shipping) = 17.25. No duty (consignment <= 1,000). Landed 132.25.
        LandedCostQuote q = quote("6109.10", 2, "50.00", "15.00", SalesChannel.OWN_STORE, Incoterm.DAP,
                TaxCategory.STANDARD);
        assertThat(q.regime()).isEqualTo("NZ_LOW_VALUE_GOODS_1000");
        assertThat(q.collection()).isEqualTo(AT_CHECKOUT_BY_SELLER);
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=15.00 insurance=0.00 duty=0.00 tax=17.25 fees=0.00 landed=132.25");
    }

    @Test
    void marketplaceCollectsGstAtSaleUnderNzd1000() {
        // Same consignment on a marketplace: the marketplace collects 15% x 115.00 = 17.25.
        LandedCostQuote q = quote("6109.10", 2, "50.00", "15.00", SalesChannel.MARKETPLACE, Incoterm.DAP,
                TaxCategory.STANDARD);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        assertThat(str(q.totals().tax())).isEqualTo("17.25");
    }

    @Test
    void overNzd1000TheBuyerPaysTenPercentApparelDutyAndGstAtTheBorder() {
        // Jacket 1,200.00 FOB > 1,000: regime skipped. Duty 10% x 1,200.00 = 120.00.
        // GST 15% x (1,200.00 + 40.00 shipping + 120.00 duty) = 15% x 1,360.00 = 204.00. Landed 1,564.00.
        LandedCostQuote q = quote("620130", 1, "1200.00", "40.00", SalesChannel.OWN_STORE, Incoterm.DAP,
                TaxCategory.STANDARD);
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        assertThat(totals(q)).isEqualTo(
                "goods=1200.00 shipping=40.00 insurance=0.00 duty=120.00 tax=204.00 fees=0.00 landed=1564.00");
    }

    @Test
    void overNzd1000UnderDdpTheSellerPrepays() {
        // Same figures as above, prepaid by the seller.
        LandedCostQuote q = quote("620130", 1, "1200.00", "40.00", SalesChannel.OWN_STORE, Incoterm.DDP,
                TaxCategory.STANDARD);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER,
                Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER));
        assertThat(str(q.totals().duty())).isEqualTo("120.00");
        assertThat(str(q.totals().tax())).isEqualTo("204.00");
    }

    @Test
    void booksHaveNoReducedRateAndFallBackToFifteenPercent() {
        // NZ GST has no reduced rate: BOOKS falls back to STANDARD 15% x 40.00 = 6.00, at checkout.
        LandedCostQuote q = quote("490199", 1, "40.00", "0.00", SalesChannel.OWN_STORE, Incoterm.DAP,
                TaxCategory.BOOKS);
        assertThat(str(q.totals().tax())).isEqualTo("6.00");
        assertThat(q.explanations()).anyMatch(e -> e.kind() == Explanation.Kind.NOTE
                && e.reason().contains("the STANDARD rate applies"));
    }

    @Test
    void computersOverNzd1000AreDutyFreeButBearGst() {
        // Laptop 1,500.00 > 1,000: duty 0% (8471); GST 15% x 1,500.00 = 225.00 at import; no duty to collect.
        LandedCostQuote q = quote("847130", 1, "1500.00", "0.00", SalesChannel.OWN_STORE, Incoterm.DAP,
                TaxCategory.STANDARD);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=1500.00 shipping=0.00 insurance=0.00 duty=0.00 tax=225.00 fees=0.00 landed=1725.00");
    }

    // ---- NZ GST registration (core scheme NZ_GST, added 2026-11-22) -------------------------------------
    // IRD "GST on low value imported goods": offshore suppliers with more than NZ$60,000 of NZ sales register for
    // GST and charge it at sale on goods of NZ$1,000 or less. 49091850 is Inland Revenue's published valid test
    // IRD number (NRWT/RWT specification).

    @Test
    void aSellerShowingItsNzGstNumberChargesGstAtSaleAsRegistered() {
        // Same figures as the own-store case: 2 x 50.00 + 15.00 shipping; GST 15% x 115.00 = 17.25 at checkout by
        // the seller; the trace says the seller holds an NZ_GST registration (not merely that it is liable).
        LandedCostQuote q = CALC.quote(request("2025-06-02", "CN", "NZ", "6011", "NZD")
                .line(line("SKU", "6109.10", "CN", 2, "50.00", "NZD", TaxCategory.STANDARD))
                .shipping(money("15.00", "NZD"))
                .registration(TaxRegistration.of(RegistrationScheme.NZ_GST, "49-091-850")).build());
        assertThat(q.collection()).isEqualTo(AT_CHECKOUT_BY_SELLER);
        assertThat(str(q.totals().tax())).isEqualTo("17.25");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("nz.lvg-1000")
                && e.kind() == Explanation.Kind.APPLIED && e.reason().startsWith("seller holds a [NZ_GST] registration"));
    }

    @Test
    void withoutAnNzGstNumberTheSellerIsStillLiableToChargeGstAtSale() {
        // No registration shown: collection at sale stays mandatory (registration is compulsory above NZ$60,000);
        // the trace says the seller must register under NZ_GST. GST 15% x 115.00 = 17.25.
        LandedCostQuote q = quote("6109.10", 2, "50.00", "15.00", SalesChannel.OWN_STORE, Incoterm.DAP,
                TaxCategory.STANDARD);
        assertThat(q.collection()).isEqualTo(AT_CHECKOUT_BY_SELLER);
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("nz.lvg-1000")
                && e.reason().startsWith("seller is liable to charge the tax at the point of sale (must register under [NZ_GST])"));
    }
}
