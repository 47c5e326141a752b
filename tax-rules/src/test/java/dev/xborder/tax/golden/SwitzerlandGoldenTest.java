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
 * Golden cases for the bundled CH pack, worked by hand.
 * Sources: vatabout.com / SFTA (8.1% and 2.6% from 2024-01-01); ch.ch and Swiss Post (import tax and duty
 * not levied at CHF 5 or less per declaration, separately; VAT on goods + shipping + duties); SECO
 * (industrial tariffs abolished from 2024-01-01); VAT Act Art. 4 (Samnaun outside the customs territory).
 */
class SwitzerlandGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("ch.json");
    private static final Collection NOTHING_DUE = new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
            Collector.NONE, CollectionPoint.NOT_DUE);

    private LandedCostQuote quote(String postalCode, String hs, String price, String shipping, TaxCategory cat,
                                  SalesChannel channel, Incoterm incoterm) {
        return CALC.quote(request("2025-06-02", "DE", "CH", postalCode, "CHF")
                .line(line("SKU", hs, "DE", 1, price, "CHF", cat))
                .shipping(money(shipping, "CHF")).channel(channel).incoterm(incoterm).build());
    }

    @Test
    void importVatOfFiveFrancsOrLessIsNotLevied() {
        // T-shirt 50.00 + 10.00 shipping: duty 0 (industrial goods free); VAT 8.1% x 60.00 = 4.86 <= 5.00 -> not levied.
        LandedCostQuote q = quote("8001", "6109.10", "50.00", "10.00", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection()).isEqualTo(NOTHING_DUE);
        assertThat(totals(q)).isEqualTo(
                "goods=50.00 shipping=10.00 insurance=0.00 duty=0.00 tax=0.00 fees=0.00 landed=60.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("ch.tax-not-levied-5")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void importVatAboveFiveFrancsIsPaidByTheBuyer() {
        // T-shirt 100.00 + 10.00 shipping: VAT 8.1% x 110.00 = 8.91 > 5.00 -> levied at import; duty 0.
        LandedCostQuote q = quote("8001", "6109.10", "100.00", "10.00", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=10.00 insurance=0.00 duty=0.00 tax=8.91 fees=0.00 landed=118.91");
    }

    @Test
    void underDdpTheSellerPrepaysTheImportVat() {
        // Same consignment, DDP: 8.91 prepaid by the seller.
        LandedCostQuote q = quote("8001", "6109.10", "100.00", "10.00", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DDP);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
        assertThat(str(q.totals().tax())).isEqualTo("8.91");
    }

    @Test
    void booksAtTwoPointSixPercentStayUnderTheFiveFrancLimitUpToAboutCHF192() {
        // Book 150.00 + 10.00: 2.6% x 160.00 = 4.16 <= 5 -> 0. Book 250.00 + 10.00: 2.6% x 260.00 = 6.76 -> levied.
        LandedCostQuote small = quote("3011", "490199", "150.00", "10.00", TaxCategory.BOOKS,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        LandedCostQuote large = quote("3011", "490199", "250.00", "10.00", TaxCategory.BOOKS,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(str(small.totals().tax())).isEqualTo("0.00");
        assertThat(str(large.totals().tax())).isEqualTo("6.76");
    }

    @Test
    void samnaunIsOutsideTheSwissCustomsAndVatTerritoryForGoods() {
        // Postal code 7563 (Samnaun): VAT Act Art. 4 -> no import VAT, no duty from this pack.
        LandedCostQuote q = quote("7563", "6109.10", "100.00", "10.00", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(q.regime()).isEqualTo("TERRITORY_OUTSIDE_TAX_AREA");
        assertThat(q.collection()).isEqualTo(NOTHING_DUE);
        assertThat(str(q.totals().landedCost())).isEqualTo("110.00");
    }

    private LandedCostQuote sale(String date, SalesChannel channel, boolean chVat, String price) {
        var b = request(date, "DE", "CH", "8001", "CHF")
                .line(line("SKU", "6109.10", "DE", 1, price, "CHF", TaxCategory.STANDARD))
                .shipping(money("10.00", "CHF")).channel(channel);
        if (chVat) {
            b.registration(TaxRegistration.of(RegistrationScheme.CH_VAT, "CHE123456789MWST"));
        }
        return CALC.quote(b.build());
    }

    @Test
    void fromTwentyTwentyFiveAPlatformChargesSwissVatAtSaleEvenBelowFiveFrancs() {
        // Art. 20a VATA (ESTV): marketplace sale of 50.00 + 10.00 on 2025-06-02 -> CH_PLATFORM; VAT 8.1% x 60.00 = 4.86
        // charged at checkout; the CHF 5 rule is import-only and does not cancel it.
        LandedCostQuote q = sale("2025-06-02", SalesChannel.MARKETPLACE, false, "50.00");
        assertThat(q.regime()).isEqualTo("CH_PLATFORM");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
        assertThat(str(q.totals().tax())).isEqualTo("4.86");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("ch.tax-not-levied-5")
                && e.kind() == Explanation.Kind.SKIPPED);
    }

    @Test
    void beforeTwentyTwentyFiveAMarketplaceSaleIsTaxedAtImportAndTheFiveFrancRuleApplies() {
        // 2024-06-03: no platform rule yet. 50.00 + 10.00 -> import VAT 4.86 <= 5: not levied.
        // 100.00 + 10.00 -> 8.91 at import, paid by the buyer.
        assertThat(str(sale("2024-06-03", SalesChannel.MARKETPLACE, false, "50.00").totals().tax())).isEqualTo("0.00");
        LandedCostQuote q = sale("2024-06-03", SalesChannel.MARKETPLACE, false, "100.00");
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.BUYER);
        assertThat(str(q.totals().tax())).isEqualTo("8.91");
    }

    @Test
    void aSellerRegisteredUnderTheMailOrderRuleChargesSwissVatOnEverySale() {
        // ESTV mail-order rule: a CH_VAT-registered seller's deliveries are domestic supplies; it imports in its own
        // name. 50.00 + 10.00 -> 4.86 and 100.00 + 10.00 -> 8.91, both at checkout by the seller.
        LandedCostQuote small = sale("2025-06-02", SalesChannel.OWN_STORE, true, "50.00");
        LandedCostQuote large = sale("2025-06-02", SalesChannel.OWN_STORE, true, "100.00");
        assertThat(small.regime()).isEqualTo("CH_MAIL_ORDER");
        assertThat(small.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(str(small.totals().tax())).isEqualTo("4.86");
        assertThat(str(large.totals().tax())).isEqualTo("8.91");
        assertThat(large.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
    }
}
