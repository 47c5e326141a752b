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
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for the bundled AU pack, worked by hand.
 * Sources: ATO "GST on low value imported goods: information for transporters and customs brokers"
 * (A$1,000 customs value; vendor collection since 2018-07-01); GST Act 1999 s 9-70 (10%) and
 * Subdivision 38-A (food GST-free); duty 5% on clothing since 2015-01-01 (IFCBA/CustomsInfo);
 * duty on the FOB value, GST on customs value + duty + transport and insurance (omegacargo.com.au).
 */
class AustraliaGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("au.json");
    private static final TaxRegistration ARN = TaxRegistration.of(RegistrationScheme.AU_ARN, "300000000001");

    private LandedCostQuote tShirts(int qty, String shipping, SalesChannel channel, Incoterm incoterm,
                                    boolean arn, String date) {
        var b = request(date, "CN", "AU", "2000", "AUD")
                .line(line("TEE", "6109.10.00", "CN", qty, "40.00", "AUD", TaxCategory.STANDARD))
                .shipping(money(shipping, "AUD")).channel(channel).incoterm(incoterm);
        if (arn) b.registration(ARN);
        return CALC.quote(b.build());
    }

    @Test
    void arnRegisteredSellerChargesGstAtCheckoutOnGoodsAndShippingUnderAud1000() {
        // 2 x 40.00 = 80.00 goods; FOB customs value 80.00 <= 1,000 -> low value goods regime, ARN seller collects.
        // Duty: consignment customs value 80.00 <= 1,000 -> no duty.
        // GST: 10% x (80.00 goods + 20.00 shipping) = 10.00. Landed: 80 + 20 + 10 = 110.00.
        LandedCostQuote q = tShirts(2, "20.00", SalesChannel.OWN_STORE, Incoterm.DAP, true, "2025-06-02");
        assertThat(q.regime()).isEqualTo("AU_LOW_VALUE_GOODS_1000");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.AT_CHECKOUT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=80.00 shipping=20.00 insurance=0.00 duty=0.00 tax=10.00 fees=0.00 landed=110.00");
    }

    @Test
    void marketplaceIsTheDeemedSupplierUnderAud1000() {
        // Same goods sold on a marketplace: the electronic distribution platform collects 10% x 100.00 = 10.00.
        LandedCostQuote q = tShirts(2, "20.00", SalesChannel.MARKETPLACE, Incoterm.DAP, false, "2025-06-02");
        assertThat(q.regime()).isEqualTo("AU_LOW_VALUE_GOODS_1000");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        assertThat(str(q.totals().tax())).isEqualTo("10.00");
    }

    @Test
    void sellerWithoutArnShipsUnderTheBorderThresholdWithoutGstOrDuty() {
        // No ARN shown: the seller is taken to be below the A$75,000 registration threshold, so no GST at sale;
        // at the border consignments with a customs value <= A$1,000 pay neither GST nor duty (ATO).
        LandedCostQuote q = tShirts(2, "20.00", SalesChannel.OWN_STORE, Incoterm.DAP, false, "2025-06-02");
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=80.00 shipping=20.00 insurance=0.00 duty=0.00 tax=0.00 fees=0.00 landed=100.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("au.border-threshold-tax-1000")
                && e.kind() == dev.xborder.core.landed.Explanation.Kind.APPLIED);
    }

    @Test
    void theBorderThresholdNeverCancelsGstChargedAtSale() {
        // ARN seller, same goods: the import-only border relief is skipped and GST 10.00 stays at checkout.
        LandedCostQuote q = tShirts(2, "20.00", SalesChannel.OWN_STORE, Incoterm.DAP, true, "2025-06-02");
        assertThat(str(q.totals().tax())).isEqualTo("10.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("au.border-threshold-tax-1000")
                && e.kind() == dev.xborder.core.landed.Explanation.Kind.SKIPPED);
    }

    @Test
    void overAud1000TheBuyerPaysDutyOnFobAndGstOnCifPlusDutyAtImport() {
        // 30 x 40.00 = 1,200.00 FOB > 1,000 -> regime skipped, standard import.
        // Duty 5% x 1,200.00 (FOB: shipping excluded) = 60.00.
        // GST 10% x (1,200.00 + 50.00 shipping + 10.00 insurance + 60.00 duty) = 10% x 1,320.00 = 132.00.
        // Landed 1,200 + 50 + 10 + 60 + 132 = 1,452.00.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "CN", "AU", "2000", "AUD")
                .line(line("TEE", "6109.10.00", "CN", 30, "40.00", "AUD", TaxCategory.STANDARD))
                .shipping(money("50.00", "AUD")).insurance(money("10.00", "AUD")).build());
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        assertThat(totals(q)).isEqualTo(
                "goods=1200.00 shipping=50.00 insurance=10.00 duty=60.00 tax=132.00 fees=0.00 landed=1452.00");
        assertThat(str(q.lines().get(0).customsValue())).isEqualTo("1200.00");
    }

    @Test
    void overAud1000UnderDdpTheSellerPrepaysTheSameCharges() {
        // As above without insurance: duty 5% x 1,200.00 = 60.00; GST 10% x (1,200 + 50 + 60) = 131.00.
        LandedCostQuote q = tShirts(30, "50.00", SalesChannel.OWN_STORE, Incoterm.DDP, false, "2025-06-02");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER,
                Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER));
        assertThat(totals(q)).isEqualTo(
                "goods=1200.00 shipping=50.00 insurance=0.00 duty=60.00 tax=131.00 fees=0.00 landed=1441.00");
    }

    @Test
    void gstFreeFoodLineBearsNoGstWhileItsShareOfShippingIsSpreadByValue() {
        // Biscuits 30.00 (FOOD, 0%) + T-shirt 70.00 (10%), shipping 10.00 spread by value: 3.00 and 7.00.
        // GST: food 0% x 33.00 = 0.00; T-shirt 10% x 77.00 = 7.70. Customs value 100.00 <= 1,000: no duty.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "GB", "AU", "3000", "AUD")
                .line(line("BISCUITS", "190531", "GB", 1, "30.00", "AUD", TaxCategory.FOOD))
                .line(line("TEE", "6109.10.00", "GB", 1, "70.00", "AUD", TaxCategory.STANDARD))
                .shipping(money("10.00", "AUD")).registration(ARN).build());
        assertThat(q.regime()).isEqualTo("AU_LOW_VALUE_GOODS_1000");
        assertThat(str(q.lines().get(0).tax())).isEqualTo("0.00");
        assertThat(str(q.lines().get(1).tax())).isEqualTo("7.70");
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=10.00 insurance=0.00 duty=0.00 tax=7.70 fees=0.00 landed=117.70");
    }

    @Test
    void apparelDutyIsNotGuessedAfterTheUncertainJuly2026TariffReview() {
        // 2026-08-03: the 5% apparel rule ends 2026-07-01 (second nuisance-tariff tranche proposed), so the line
        // reports NO_DUTY_RATE and no duty. GST 10% x (1,200 + 50) = 125.00, paid by the buyer at import.
        LandedCostQuote q = tShirts(30, "50.00", SalesChannel.OWN_STORE, Incoterm.DAP, false, "2026-08-03");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(totals(q)).isEqualTo(
                "goods=1200.00 shipping=50.00 insurance=0.00 duty=0.00 tax=125.00 fees=0.00 landed=1375.00");
        assertThat(q.collection().dutyCollector()).isEqualTo(Collector.NONE);
    }
}
