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
 * Golden cases for the bundled JP pack, worked by hand. Yen amounts are truncated per line (pack rounding DOWN).
 * Sources: Japan Customs Answer 1006 (total customs value JPY 10,000 or less: no duty, no consumption tax);
 * Customs Answer 1204 (duty rates for major products as of 2023-04-01: watches, toys free, fishing tackle 3.2%);
 * kdeldycke/vat-rates (10%); OTEXA (CIF basis); SK Advisory on the FY2026 reform (from 2028-04-01, uncertain).
 */
class JapanGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("jp.json");

    private LandedCostQuote quote(String date, String hs, String price, String shipping, TaxCategory cat,
                                  SalesChannel channel, Incoterm incoterm) {
        return CALC.quote(request(date, "US", "JP", "100-0001", "JPY")
                .line(line("SKU", hs, "US", 1, price, "JPY", cat))
                .shipping(money(shipping, "JPY")).channel(channel).incoterm(incoterm).build());
    }

    @Test
    void consignmentOfTenThousandYenOrLessBearsNoDutyAndNoConsumptionTax() {
        // Watch 8,000 + 1,500 shipping: CIF customs value 9,500 <= 10,000 -> both reliefs apply.
        LandedCostQuote q = quote("2025-06-02", "910211", "8000", "1500", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo("goods=8000 shipping=1500 insurance=0 duty=0 tax=0 fees=0 landed=9500");
    }

    @Test
    void aboveTenThousandYenWatchesAreDutyFreeAndBearTenPercentOnCif() {
        // Watch 30,000 + 2,000 shipping: CIF 32,000 > 10,000. Duty 0% (chapter 91). Tax 10% x 32,000 = 3,200.
        LandedCostQuote q = quote("2025-06-02", "910211", "30000", "2000", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo("goods=30000 shipping=2000 insurance=0 duty=0 tax=3200 fees=0 landed=35200");
    }

    @Test
    void fishingTackleUnderDdpPaysThreePointTwoPercentDutyAndTaxOnCifPlusDuty() {
        // Reel 20,000, no shipping: duty 3.2% x 20,000 = 640; tax 10% x (20,000 + 640) = 2,064; prepaid by the seller.
        LandedCostQuote q = quote("2025-06-02", "950790", "20000", "0", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DDP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER,
                Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER));
        assertThat(totals(q)).isEqualTo("goods=20000 shipping=0 insurance=0 duty=640 tax=2064 fees=0 landed=22704");
    }

    @Test
    void foodAtTheReducedEightPercentIsTruncatedToTheYenAndItsDutyIsReportedUnknown() {
        // Biscuits 20,000 + 1,001 shipping: CIF 21,001 > 10,000. Tax 8% x 21,001 = 1,680.08 -> 1,680 (truncated).
        // No duty rate for HS 1905 in the pack: NO_DUTY_RATE, duty not guessed.
        LandedCostQuote q = quote("2025-06-02", "190531", "20000", "1001", TaxCategory.FOOD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(str(q.totals().tax())).isEqualTo("1680");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(str(q.totals().landedCost())).isEqualTo("22681");
    }

    @Test
    void fromApril2028ASellerChargesConsumptionTaxOnLowValueMailOrderGoods() {
        // 2028-05-01 (reform date uncertain): toy 5,000 <= 10,000 intrinsic value -> JP_LOW_VALUE_MAIL_ORDER, seller
        // liable. Duty relief still applies (CIF 6,000 <= 10,000); tax relief ended 2028-04-01.
        // Tax 10% x (5,000 + 1,000 shipping) = 600 at checkout.
        LandedCostQuote q = quote("2028-05-01", "950300", "5000", "1000", TaxCategory.STANDARD,
                SalesChannel.OWN_STORE, Incoterm.DAP);
        assertThat(q.regime()).isEqualTo("JP_LOW_VALUE_MAIL_ORDER");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.AT_CHECKOUT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo("goods=5000 shipping=1000 insurance=0 duty=0 tax=600 fees=0 landed=6600");
    }

    @Test
    void fromApril2028AMarketplaceCollectsForItsSellers() {
        // Same toy sold on a marketplace: the platform collects 600 at checkout.
        LandedCostQuote q = quote("2028-05-01", "950300", "5000", "1000", TaxCategory.STANDARD,
                SalesChannel.MARKETPLACE, Incoterm.DAP);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        assertThat(str(q.totals().tax())).isEqualTo("600");
    }
}
