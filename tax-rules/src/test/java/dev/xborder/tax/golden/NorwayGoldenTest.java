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
 * Golden cases for the bundled NO pack, worked by hand.
 * Sources: Skatteetaten "VAT on low value imported goods" (NOK 3,000 per item, shipping excluded from the
 * test and included in the VAT); toll.no "The VOEC scheme" (VOEC goods exempt from customs duty; books
 * VAT-exempt but inside VOEC; VAT from the first krone outside VOEC from 2024-01-01); toll.no "Importation of
 * clothing" (clothing 10.7% in most cases, no duty on shoes, VAT 25% on goods + freight + duty);
 * vatnode (food 15%).
 */
class NorwayGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("no.json");
    private static final TaxRegistration VOEC = TaxRegistration.of(RegistrationScheme.NO_VOEC, "VOEC2026001");

    @Test
    void voecSellerChargesVatOnItemsAndShippingAndNoDutyIsDue() {
        // 2 x 400.00 T-shirts: every item < 3,000 -> VOEC. Duty: VOEC goods duty exempt.
        // VAT 25% x (800.00 + 100.00 shipping) = 225.00 at checkout. Landed 1,125.00.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "GB", "NO", "0150", "NOK")
                .line(line("TEE", "6109.10", "GB", 2, "400.00", "NOK", TaxCategory.STANDARD))
                .shipping(money("100.00", "NOK")).registration(VOEC).build());
        assertThat(q.regime()).isEqualTo("NO_VOEC");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.AT_CHECKOUT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=225.00 fees=0.00 landed=1125.00");
    }

    @Test
    void withoutVoecDutyAndVatAreDueFromTheFirstKroneOnCif() {
        // No VOEC number: regime skipped. CIF 800.00 + 100.00 = 900.00; duty 10.7% x 900.00 = 96.30.
        // VAT 25% x (900.00 + 96.30) = 249.075 -> 249.08 (half up). Landed 800 + 100 + 96.30 + 249.08 = 1,245.38.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "GB", "NO", "0150", "NOK")
                .line(line("TEE", "6109.10", "GB", 2, "400.00", "NOK", TaxCategory.STANDARD))
                .shipping(money("100.00", "NOK")).build());
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        assertThat(totals(q)).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=96.30 tax=249.08 fees=0.00 landed=1245.38");
    }

    @Test
    void anItemAtOrAbove3000IsOutsideVoecEvenForARegisteredSellerUnderDdp() {
        // Jacket 3,500.00 is not below 3,000 -> border collection. Duty 10.7% x 3,500.00 = 374.50.
        // VAT 25% x 3,874.50 = 968.625 -> 968.63. Prepaid by the seller (DDP). Landed 4,843.13.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "GB", "NO", "0150", "NOK")
                .line(line("JACKET", "620130", "GB", 1, "3500.00", "NOK", TaxCategory.STANDARD))
                .registration(VOEC).incoterm(Incoterm.DDP).build());
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER,
                Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER));
        assertThat(totals(q)).isEqualTo(
                "goods=3500.00 shipping=0.00 insurance=0.00 duty=374.50 tax=968.63 fees=0.00 landed=4843.13");
    }

    @Test
    void marketplaceSaleOfABookAndATShirtChargesZeroOnTheBookAndItsShippingShare() {
        // Book 200.00 (BOOKS 0%) + T-shirt 300.00, shipping 50.00 spread by value: 20.00 and 30.00.
        // VAT: book 0% x 220.00 = 0.00; T-shirt 25% x 330.00 = 82.50. Duty: VOEC (marketplace) exempt.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "DE", "NO", "5003", "NOK")
                .line(line("BOOK", "490199", "DE", 1, "200.00", "NOK", TaxCategory.BOOKS))
                .line(line("TEE", "6109.10", "DE", 1, "300.00", "NOK", TaxCategory.STANDARD))
                .shipping(money("50.00", "NOK")).channel(SalesChannel.MARKETPLACE).build());
        assertThat(q.regime()).isEqualTo("NO_VOEC");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        assertThat(str(q.lines().get(0).tax())).isEqualTo("0.00");
        assertThat(str(q.lines().get(1).tax())).isEqualTo("82.50");
        assertThat(totals(q)).isEqualTo(
                "goods=500.00 shipping=50.00 insurance=0.00 duty=0.00 tax=82.50 fees=0.00 landed=632.50");
    }

    @Test
    void shoesCarryNoDutyButFullVatAtImport() {
        // Shoes 1,000.00 + 100.00 shipping, no VOEC: duty 0% (chapter 64); VAT 25% x 1,100.00 = 275.00.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "CN", "NO", "7010", "NOK")
                .line(line("SHOES", "640399", "CN", 1, "1000.00", "NOK", TaxCategory.STANDARD))
                .shipping(money("100.00", "NOK")).build());
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=1000.00 shipping=100.00 insurance=0.00 duty=0.00 tax=275.00 fees=0.00 landed=1375.00");
    }

    @Test
    void foodTakesTheFifteenPercentRateAndItsDutyIsReportedUnknown() {
        // Biscuits 200.00, no VOEC: FOOD 15% x 200.00 = 30.00; no duty rate for HS 1905 in the pack -> NO_DUTY_RATE.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "SE", "NO", "9008", "NOK")
                .line(line("BISCUITS", "190531", "SE", 1, "200.00", "NOK", TaxCategory.FOOD)).build());
        assertThat(str(q.totals().tax())).isEqualTo("30.00");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
    }

    private LandedCostQuote smallTee(String date, String price, boolean voec) {
        var b = request(date, "GB", "NO", "0150", "NOK")
                .line(line("TEE", "6109.10", "GB", 1, price, "NOK", TaxCategory.STANDARD))
                .shipping(money("40.00", "NOK"));
        if (voec) b.registration(VOEC);
        return CALC.quote(b.build());
    }

    @Test
    void foodIsExcludedFromVoecSoAVoecSellersFoodIsTaxedAtImport() {
        // toll.no: foodstuffs are excluded from VOEC. Biscuits 200.00 by a VOEC seller: regime skipped;
        // VAT FOOD 15% x 200.00 = 30.00 at import, paid by the buyer.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "SE", "NO", "9008", "NOK")
                .line(line("BISCUITS", "190531", "SE", 1, "200.00", "NOK", TaxCategory.FOOD)).registration(VOEC).build());
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.BUYER);
        assertThat(str(q.totals().tax())).isEqualTo("30.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("no.voec") && e.kind() == Explanation.Kind.SKIPPED);
    }

    @Test
    void before2024ANonVoecShipmentBelowNok350IncludingFreightPaidNeitherVatNorDuty() {
        // 2023-06-01: 300.00 + 40.00 freight = 340.00 < 350: duty and VAT relieved (toll.no transitional rule).
        LandedCostQuote q = smallTee("2023-06-01", "300.00", false);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=300.00 shipping=40.00 insurance=0.00 duty=0.00 tax=0.00 fees=0.00 landed=340.00");
    }

    @Test
    void before2024TheNok350ReliefNeverCancelledVatChargedAtSaleByAVoecSeller() {
        // 2023-06-01, VOEC seller: VAT 25% x 340.00 = 85.00 at checkout; the import-only NOK 350 relief is skipped.
        LandedCostQuote q = smallTee("2023-06-01", "300.00", true);
        assertThat(q.regime()).isEqualTo("NO_VOEC");
        assertThat(str(q.totals().tax())).isEqualTo("85.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("no.transitional-350-tax")
                && e.kind() == Explanation.Kind.SKIPPED);
    }

    @Test
    void before2024AShipmentOfNok350OrMoreWasTaxedInFull() {
        // 2023-06-01: 400.00 + 40.00 = 440.00 >= 350: duty 10.7% x 440.00 = 47.08; VAT 25% x 487.08 = 121.77.
        LandedCostQuote q = smallTee("2023-06-01", "400.00", false);
        assertThat(totals(q)).isEqualTo(
                "goods=400.00 shipping=40.00 insurance=0.00 duty=47.08 tax=121.77 fees=0.00 landed=608.85");
    }

    @Test
    void from2024TheSameSmallShipmentPaysDutyAndVatFromTheFirstKrone() {
        // 2025-06-02: 300.00 + 40.00 = 340.00: duty 10.7% x 340.00 = 36.38; VAT 25% x 376.38 = 94.095 -> 94.10.
        LandedCostQuote q = smallTee("2025-06-02", "300.00", false);
        assertThat(totals(q)).isEqualTo(
                "goods=300.00 shipping=40.00 insurance=0.00 duty=36.38 tax=94.10 fees=0.00 landed=470.48");
    }

    // ---- per-line VOEC split (regime no.voec, split PER_LINE) -------------------------------------------
    // Skatteetaten, "Sending goods under the VOEC scheme": the NOK 3,000 limit applies per item and not per
    // consignment; foodstuffs are outside VOEC and cleared through customs. toll.no "The VOEC scheme": VOEC goods
    // are exempt from customs duty. So one parcel can hold VOEC items (VAT at sale, no duty) and other goods
    // (duty and import VAT at the border). Shipping is spread over the lines by value (engine convention).

    private static final java.util.function.Function<dev.xborder.core.landed.CollectionGroup, String> GROUP = g ->
            g.regime() + " " + g.lines() + " tax " + g.collection().taxCollector() + "/" + g.collection().taxPoint()
                    + " " + str(g.tax()) + " duty " + g.collection().dutyCollector() + "/" + g.collection().dutyPoint()
                    + " " + str(g.duty()) + " fees " + str(g.fees());

    private static dev.xborder.core.landed.QuoteRequest.Builder teeAndJacketAt3000() {
        return request("2025-06-02", "GB", "NO", "0150", "NOK")
                .line(line("TEE", "6109.10", "GB", 1, "400.00", "NOK", TaxCategory.STANDARD))
                .line(line("JACKET", "620130", "GB", 1, "3000.00", "NOK", TaxCategory.STANDARD))
                .shipping(money("100.00", "NOK")).registration(VOEC);
    }

    @Test
    void aVoecSellersParcelIsSplitAnItemBelowNok3000AtCheckoutAndAnItemAtNok3000AtTheBorder() {
        // T-shirt 400.00 (< 3,000: VOEC item), jacket 3,000.00 (not below 3,000: border). Shipping 100.00 by value
        // over 3,400.00: T-shirt 11.7647 -> 11.76, jacket 88.2353 -> 88.24 (largest remainder; sum 100.00).
        // T-shirt: no duty (VOEC); VAT 25% x (400.00 + 11.76) = 102.94, charged by the seller at checkout.
        // Jacket: CIF 3,088.24; duty 10.7% x 3,088.24 = 330.44168 -> 330.44; VAT 25% x (3,088.24 + 330.44)
        // = 25% x 3,418.68 = 854.67, paid by the buyer at import.
        // Totals: duty 330.44; tax 102.94 + 854.67 = 957.61; landed 3,400 + 100 + 330.44 + 957.61 = 4,788.05.
        LandedCostQuote q = CALC.quote(teeAndJacketAt3000().build());
        assertThat(totals(q)).isEqualTo(
                "goods=3400.00 shipping=100.00 insurance=0.00 duty=330.44 tax=957.61 fees=0.00 landed=4788.05");
        assertThat(str(q.lines().get(0).tax())).isEqualTo("102.94");
        assertThat(str(q.lines().get(0).duty())).isEqualTo("0.00");
        assertThat(str(q.lines().get(1).tax())).isEqualTo("854.67");
        assertThat(q.regime()).isEqualTo("NO_VOEC+STANDARD_IMPORT");
        // quote-level: a charge split between checkout and import is reported at import; the groups say who collects what
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        assertThat(q.collectionGroups()).extracting(GROUP).containsExactly(
                "NO_VOEC [0] tax SELLER/AT_CHECKOUT 102.94 duty NONE/NOT_DUE 0.00 fees 0.00",
                "STANDARD_IMPORT [1] tax BUYER/AT_IMPORT 854.67 duty BUYER/AT_IMPORT 330.44 fees 0.00");
        // the trace says which line went which way
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("no.voec");
            assertThat(e.kind()).isEqualTo(Explanation.Kind.APPLIED);
            assertThat(e.figures()).containsEntry("linesIn", "TEE")
                    .containsEntry("linesOut", "JACKET: item value 3000 NOK not below 3000");
        });
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("split")
                && e.reason().contains("NO_VOEC lines [TEE]") && e.reason().contains("STANDARD_IMPORT lines [JACKET]"));
    }

    @Test
    void underDdpTheBorderPartOfASplitVoecParcelIsPrepaidByTheSeller() {
        // Same parcel as above under DDP: same figures; the seller charges the T-shirt's VAT at checkout and
        // prepays the jacket's duty and VAT at import (the quote-level collection reports the import part).
        LandedCostQuote q = CALC.quote(teeAndJacketAt3000().incoterm(Incoterm.DDP).build());
        assertThat(totals(q)).isEqualTo(
                "goods=3400.00 shipping=100.00 insurance=0.00 duty=330.44 tax=957.61 fees=0.00 landed=4788.05");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER,
                Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER));
        assertThat(q.collectionGroups()).extracting(GROUP).containsExactly(
                "NO_VOEC [0] tax SELLER/AT_CHECKOUT 102.94 duty NONE/NOT_DUE 0.00 fees 0.00",
                "STANDARD_IMPORT [1] tax SELLER/PREPAID_BY_SELLER 854.67 duty SELLER/PREPAID_BY_SELLER 330.44 fees 0.00");
    }

    @Test
    void aFoodLineInAVoecSellersParcelIsTaxedAtTheBorderWhileTheOtherItemStaysInVoec() {
        // T-shirt 300.00 (VOEC item) + biscuits 200.00 (FOOD: outside VOEC), shipping 50.00 by value: 30.00 and 20.00.
        // T-shirt: VAT 25% x 330.00 = 82.50 at checkout by the seller, no duty.
        // Biscuits: VAT FOOD 15% x (200.00 + 20.00) = 33.00 at import, paid by the buyer; no duty rate for HS 1905 in
        // the pack -> NO_DUTY_RATE (duty not determined, reported 0.00).
        // Totals: tax 82.50 + 33.00 = 115.50; landed 500 + 50 + 115.50 = 665.50.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "SE", "NO", "9008", "NOK")
                .line(line("TEE", "6109.10", "SE", 1, "300.00", "NOK", TaxCategory.STANDARD))
                .line(line("BISCUITS", "190531", "SE", 1, "200.00", "NOK", TaxCategory.FOOD))
                .shipping(money("50.00", "NOK")).registration(VOEC).build());
        assertThat(totals(q)).isEqualTo(
                "goods=500.00 shipping=50.00 insurance=0.00 duty=0.00 tax=115.50 fees=0.00 landed=665.50");
        assertThat(q.regime()).isEqualTo("NO_VOEC+STANDARD_IMPORT");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(q.collectionGroups()).extracting(GROUP).containsExactly(
                "NO_VOEC [0] tax SELLER/AT_CHECKOUT 82.50 duty NONE/NOT_DUE 0.00 fees 0.00",
                "STANDARD_IMPORT [1] tax BUYER/AT_IMPORT 33.00 duty NONE/NOT_DUE 0.00 fees 0.00");
        assertThat(q.lines().get(0).issues()).isEmpty();
        assertThat(q.lines().get(1).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("no.voec");
            assertThat(e.figures()).containsEntry("linesIn", "TEE");
            assertThat(e.figures().get("linesOut")).startsWith("BISCUITS: conditions not met");
        });
    }

    @Test
    void aParcelWhoseItemsAreAllBelowNok3000StaysOneVoecGroup() {
        // 2 x 400.00 T-shirts by a VOEC seller (first case above): one group, the quote as before the split existed.
        LandedCostQuote q = CALC.quote(request("2025-06-02", "GB", "NO", "0150", "NOK")
                .line(line("TEE", "6109.10", "GB", 2, "400.00", "NOK", TaxCategory.STANDARD))
                .shipping(money("100.00", "NOK")).registration(VOEC).build());
        assertThat(q.collectionGroups()).extracting(GROUP).containsExactly(
                "NO_VOEC [0] tax SELLER/AT_CHECKOUT 225.00 duty NONE/NOT_DUE 0.00 fees 0.00");
    }

    @Test
    void before2024TheNok350ReliefDidNotCoverFoodLineByLine() {
        // toll.no (the NOK 350 limit): food and drinks are not covered (from 2020-01-01). 2023-06-01, non-VOEC:
        // T-shirt 200.00 + biscuits 100.00 + freight 30.00 = 330.00 < 350. Freight by value: T-shirt 20.00,
        // biscuits 10.00. T-shirt: relieved. Biscuits (FOOD): no duty rate for 1905 in the pack (NO_DUTY_RATE, not
        // guessed); VAT 15% x (100.00 + 10.00) = 16.50, at import from the buyer.
        LandedCostQuote q = CALC.quote(request("2023-06-01", "GB", "NO", "0150", "NOK")
                .line(line("TEE", "6109.10", "GB", 1, "200.00", "NOK", TaxCategory.STANDARD))
                .line(line("BISCUITS", "1905.31", "GB", 1, "100.00", "NOK", TaxCategory.FOOD))
                .shipping(money("30.00", "NOK")).build());
        assertThat(str(q.lines().get(0).duty())).isEqualTo("0.00");
        assertThat(str(q.lines().get(0).tax())).isEqualTo("0.00");
        assertThat(str(q.lines().get(1).tax())).isEqualTo("16.50");
        assertThat(q.lines().get(1).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(totals(q)).isEqualTo(
                "goods=300.00 shipping=30.00 insurance=0.00 duty=0.00 tax=16.50 fees=0.00 landed=346.50");
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_IMPORT);
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("no.transitional-350-tax");
            assertThat(e.kind()).isEqualTo(Explanation.Kind.APPLIED);
            assertThat(e.figures()).containsEntry("linesIn", "TEE");
        });
    }
}
