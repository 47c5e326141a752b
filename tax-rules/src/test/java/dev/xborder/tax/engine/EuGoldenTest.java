package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.CALC;
import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.GoldenSupport.totals;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.money;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.NoApplicableRuleException;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for the EU pack. Sources: DE 19% standard, PL 5% books, FI 24% -> 25.5% on 2024-09-01
 * and books 13.5% from 2026 (vatnode history / tax-facts 1a); IOSS <= EUR 150 intrinsic value (VAT
 * Directive, Commission explanatory notes); duty relief <= EUR 150 until 2026-06-30 (Reg. 1186/2009) and
 * EUR 3 per distinct tariff item from 2026-07-01 (Reg. 2026/382, Del. Reg. 2026/1022); CN 6109 12%
 * (CCT, marked uncertain in the pack); Canary Islands outside the VAT area (VAT Directive Art. 6).
 * National and EU parcel fees (checked 2026-11-22): RO 25 lei per parcel below EUR 150 (Law 239/2025); FR
 * small-parcels tax EUR 2 per article below EUR 150, 2026-03-01 to 2026-12-31 (loi de finances 2026 art. 82,
 * Service Public); IT EUR 2 per consignment of customs value up to EUR 150 (Law 199/2025, postponed to 1 July 2026
 * by the MEF on 12 March 2026); the EU handling fee expected from 2026-11-01 is an advisory only.
 */
class EuGoldenTest {
    private static final TaxRegistration IOSS = TaxRegistration.of(RegistrationScheme.IOSS, "IM2760000001");

    @Test
    void iossRegisteredSellerCollectsGermanVatAtCheckoutAndDutyIsRelievedBeforeJuly2026() {
        LandedCostQuote q = CALC.quote(request("2026-03-10", "CN", "DE", "10115", "EUR").registration(IOSS)
                .line(line("TEE", "6109100010", "CN", 2, "20.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("5.00", "EUR")).build());
        // intrinsic value 2 x 20 = 40 <= 150: IOSS; duty relief (<= 150, before 2026-07-01): duty 0
        // VAT base under IOSS = price + delivery = 40 + 5 = 45; 45 x 19% = 8.55
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.AT_CHECKOUT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        // customs value (CIF) = 40 + 5 = 45; landed = 40 + 5 + 0 + 8.55 = 53.55
        assertThat(dec(q.lines().get(0).customsValue())).isEqualByComparingTo("45.00");
        totals(q, "40.00", "5.00", "0", "8.55", "0", "53.55");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("eu.duty-relief-150");
            assertThat(e.kind()).isEqualTo(Explanation.Kind.APPLIED);
        });
    }

    @Test
    void unregisteredSellerLeavesImportVatToTheBuyerAtImport() {
        LandedCostQuote q = CALC.quote(request("2026-03-10", "CN", "DE", "10115", "EUR")
                .line(line("TEE", "6109100010", "CN", 2, "20.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("5.00", "EUR")).build());
        // IOSS skipped (no registration, own store); import VAT base = CV 45 + duty 0 = 45; x 19% = 8.55
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.BUYER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_IMPORT);
        totals(q, "40.00", "5.00", "0", "8.55", "0", "53.55");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("eu.ioss");
            assertThat(e.kind()).isEqualTo(Explanation.Kind.SKIPPED);
        });
    }

    @Test
    void overEur150DutyAndImportVatAreDueOnTheCifValuePlusDuty() {
        LandedCostQuote q = CALC.quote(request("2026-03-10", "CN", "DE", "10115", "EUR").registration(IOSS)
                .line(line("TEE", "6109100010", "CN", 5, "30.00", "EUR", TaxCategory.STANDARD))
                .line(line("PHONE", "8517130000", "CN", 1, "200.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("14.00", "EUR")).build());
        // intrinsic 150 + 200 = 350 > 150: no IOSS, no relief
        // shipping split by value: 14 x 150/350 = 6.00, 14 x 200/350 = 8.00
        // duty: TEE CV 156.00 x 12% = 18.72; PHONE CV 208.00 x 0% = 0
        // VAT: (150 + 6 + 18.72) x 19% = 33.1968 -> 33.20; (200 + 8 + 0) x 19% = 39.52; total 72.72
        // landed = 350 + 14 + 18.72 + 72.72 = 455.44
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(dec(q.lines().get(0).duty())).isEqualByComparingTo("18.72");
        assertThat(dec(q.lines().get(0).tax())).isEqualByComparingTo("33.20");
        assertThat(dec(q.lines().get(1).tax())).isEqualByComparingTo("39.52");
        totals(q, "350.00", "14.00", "18.72", "72.72", "0", "455.44");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
    }

    @Test
    void underDdpTheSellerPrepaysImportCharges() {
        LandedCostQuote q = CALC.quote(request("2026-03-10", "CN", "DE", "10115", "EUR").incoterm(Incoterm.DDP)
                .line(line("TEE", "6109100010", "CN", 5, "30.00", "EUR", TaxCategory.STANDARD))
                .line(line("PHONE", "8517130000", "CN", 1, "200.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("14.00", "EUR")).build());
        // same figures as the DAP case above
        totals(q, "350.00", "14.00", "18.72", "72.72", "0", "455.44");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER,
                Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER));
    }

    @Test
    void fromJuly2026EachDistinctTariffItemCostsEur3() {
        LandedCostQuote q = CALC.quote(request("2026-08-03", "CN", "DE", "10115", "EUR").registration(IOSS)
                .line(line("TEE-BLACK", "6109100010", "CN", 5, "10.00", "EUR", TaxCategory.STANDARD))
                .line(line("TEE-WHITE", "6109100090", "CN", 1, "12.00", "EUR", TaxCategory.STANDARD))
                .line(line("WATCH", "9102110000", "CN", 1, "30.00", "EUR", TaxCategory.STANDARD)).build());
        // intrinsic 50 + 12 + 30 = 92 <= 150: relief ended 2026-06-30; flat duty EUR 3 per distinct
        // 6-digit item: 610910 (both tees) and 910211 -> 2 x 3 = 6.00
        // IOSS VAT on the price (no duty in the IOSS base): 50 x 19% = 9.50, 12 x 19% = 2.28, 30 x 19% = 5.70
        // -> 17.48; landed = 92 + 6 + 17.48 = 115.48
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        assertThat(dec(q.lines().get(0).duty())).isEqualByComparingTo("3.00");
        assertThat(dec(q.lines().get(1).duty())).isEqualByComparingTo("0");
        assertThat(dec(q.lines().get(2).duty())).isEqualByComparingTo("3.00");
        totals(q, "92.00", "0", "6.00", "17.48", "0", "115.48");
        // the duty is a customs debt at import for which the IOSS holder (declarant) is liable
        // (Commission guidance, June 2026)
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.AT_CHECKOUT,
                Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER));
    }

    @Test
    void fromJuly2026AnUnregisteredSellersBuyerPaysTheFlatDutyAndVatOnItAtImport() {
        LandedCostQuote q = CALC.quote(request("2026-08-03", "CN", "FR", "75001", "EUR")
                .line(line("TEE", "6109100010", "CN", 2, "15.00", "EUR", TaxCategory.STANDARD))
                .line(line("SHOES", "6403990000", "CN", 1, "40.00", "EUR", TaxCategory.STANDARD)).build());
        // intrinsic 30 + 40 = 70 <= 150: EUR 3 x 2 distinct items = 6.00 (Commission guidance example:
        // two T-shirts and a pair of shoes to France -> EUR 6, VAT on the duty 6 x 20% = 1.20)
        // import VAT 20% x (30 + 3) = 6.60 and 20% x (40 + 3) = 8.60 -> 15.20; FR fee EUR 2 per declaration
        // line (uncertain secondary source) x 2 distinct codes = 4.00 (not in the EU tax base)
        // landed = 70 + 6 + 15.20 + 4 = 95.20
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        totals(q, "70.00", "0", "6.00", "15.20", "4.00", "95.20");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
    }

    @Test
    void romaniasParcelTaxIsForParcelsBelowEur150SoAParcelOfExactly150PaysNone() {
        var q = CALC.quote(request("2026-02-02", "CN", "RO", "010011", "EUR")
                .line(line("BOOK", "4901990000", "CN", 1, "150.00", "EUR", TaxCategory.BOOKS)).build());
        // Law 239/2025 (quoted by Realitatea.net): 25 lei per parcel whose declared value is "sub plafonul de
        // 150 Euro" (below). Corrected 2026-11-22 from "at or below": intrinsic EUR 150.00 is not below 150, no fee.
        // 150 EUR x 5.1181 (the test table's latest ECB rate on or before the penultimate Wednesday of January 2026,
        // 2026-01-21, is that of 2025-05-09; Source: ECB) = 767.715 -> 767.72 RON; duty relief (<= EUR 150,
        // before 2026-07-01); VAT books 11% x 767.72 = 84.4492 -> 84.45; landed = 767.72 + 84.45 = 852.17
        totals(q, "767.72", "0", "0", "84.45", "0", "852.17");
        assertThat(q.fees()).isEmpty();
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("ro.fee-logistics-25");
            assertThat(e.kind()).isEqualTo(Explanation.Kind.SKIPPED);
        });
    }

    @Test
    void italysEur2ContributionPerConsignmentIsChargedFromJuly2026OnTheCustomsValue() {
        var q = CALC.quote(request("2026-08-03", "CN", "IT", "00118", "EUR")
                .line(line("TEE", "6109100010", "CN", 2, "20.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("5.00", "EUR")).build());
        // Law 199/2025 art. 1(126)-(128): EUR 2 per consignment of declared (customs) value <= EUR 150, applied from
        // 1 July 2026 (MEF postponement, 12 March 2026); not in the VAT base (ADM circular 4/2026).
        // intrinsic 40 <= 150: EUR 3 flat duty x 1 distinct item = 3.00; customs value 40 + 5 = 45 <= 150: fee 2.00
        // import VAT 22% x (45 + 3) = 10.56; landed = 40 + 5 + 3 + 10.56 + 2 = 60.56
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        totals(q, "40.00", "5.00", "3.00", "10.56", "2.00", "60.56");
        assertThat(q.fees()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("it.fee-contributo-spedizioni-2"));
        assertThat(q.advisories()).noneSatisfy(a -> assertThat(a.ruleId()).isEqualTo("it.contributo-spedizioni-postponed"));

        var cifOver = CALC.quote(request("2026-08-03", "CN", "IT", "00118", "EUR")
                .line(line("TEE", "6109100010", "CN", 1, "145.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("10.00", "EUR")).build());
        // the contribution measures the customs value: 145 + 10 = 155 > 150, no contribution; the flat duty
        // measures the intrinsic value: 145 <= 150, duty 3.00; VAT 22% x (155 + 3) = 34.76
        // landed = 145 + 10 + 3 + 34.76 = 192.76
        totals(cifOver, "145.00", "10.00", "3.00", "34.76", "0", "192.76");
        assertThat(cifOver.fees()).isEmpty();
    }

    @Test
    void italysContributionBeforeJuly2026IsAnAdvisoryNotACharge() {
        var q = CALC.quote(request("2026-03-10", "CN", "IT", "00118", "EUR")
                .line(line("TEE", "6109100010", "CN", 2, "20.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("5.00", "EUR")).build());
        // law since 1 January 2026, application postponed until 30 June 2026 (MEF, 12 March 2026; LaPresse): whether
        // earlier consignments owe it is not confirmed, so the quote says so and charges nothing.
        // duty relief (<= EUR 150 before 2026-07-01); VAT 22% x (40 + 5) = 9.90; landed = 40 + 5 + 9.90 = 54.90
        totals(q, "40.00", "5.00", "0", "9.90", "0", "54.90");
        assertThat(q.fees()).isEmpty();
        assertThat(q.advisories()).anySatisfy(a -> {
            assertThat(a.code()).isEqualTo("FEE_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("it.contributo-spedizioni-postponed");
            assertThat(a.source()).contains("lapresse.it");
        });
    }

    @Test
    void theExpectedEuHandlingFeeIsAnAdvisoryFromNovember2026ForConsignmentsUpToEur150() {
        var today = CALC.quote(request("2026-11-22", "CN", "DE", "10115", "EUR").registration(IOSS)
                .line(line("TEE", "6109100010", "CN", 2, "20.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("5.00", "EUR")).build());
        // EU handling fee (EUR 2 per item proposed; expected by 1 November 2026: Agence Europe, Passport Global,
        // Bird & Bird): amount and date of the adopted act not confirmed, so no charge, only the advisory.
        // intrinsic 40 <= 150: IOSS; flat duty EUR 3 x 1 distinct item = 3.00; VAT 19% x (40 + 5) = 8.55
        // landed = 40 + 5 + 3 + 8.55 = 56.55
        totals(today, "40.00", "5.00", "3.00", "8.55", "0", "56.55");
        assertThat(today.advisories()).anySatisfy(a -> {
            assertThat(a.code()).isEqualTo("FEE_NOT_MODELLED");
            assertThat(a.ruleId()).isEqualTo("eu.handling-fee-not-modelled");
        });
        var before = CALC.quote(request("2026-10-31", "CN", "DE", "10115", "EUR").registration(IOSS)
                .line(line("TEE", "6109100010", "CN", 2, "20.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("5.00", "EUR")).build());
        assertThat(before.advisories()).noneSatisfy(a -> assertThat(a.ruleId()).isEqualTo("eu.handling-fee-not-modelled"));
        var over150 = CALC.quote(request("2026-11-22", "CN", "DE", "10115", "EUR")
                .line(line("TEE", "6109100010", "CN", 5, "40.00", "EUR", TaxCategory.STANDARD)).build());
        // intrinsic 200 > 150: outside the low-value scope, no advisory
        assertThat(over150.advisories()).noneSatisfy(a -> assertThat(a.ruleId()).isEqualTo("eu.handling-fee-not-modelled"));
    }

    @Test
    void francesSmallParcelsTaxEndsAtTheLatestOnDecember31st2026() {
        var last = CALC.quote(request("2026-12-31", "CN", "FR", "75001", "EUR")
                .line(line("TEE", "6109100010", "CN", 2, "15.00", "EUR", TaxCategory.STANDARD))
                .line(line("SHOES", "6403990000", "CN", 1, "40.00", "EUR", TaxCategory.STANDARD)).build());
        // Service Public (20 Feb 2026): the TPC is transitional and ends at the latest on 31 December 2026.
        // intrinsic 70 < 150: TPC EUR 2 x 2 distinct codes = 4.00; flat duty 3 x 2 = 6.00;
        // VAT 20% x (30 + 3) + 20% x (40 + 3) = 6.60 + 8.60 = 15.20; landed = 70 + 6 + 15.20 + 4 = 95.20
        totals(last, "70.00", "0", "6.00", "15.20", "4.00", "95.20");
        var after = CALC.quote(request("2027-01-04", "CN", "FR", "75001", "EUR")
                .line(line("TEE", "6109100010", "CN", 2, "15.00", "EUR", TaxCategory.STANDARD))
                .line(line("SHOES", "6403990000", "CN", 1, "40.00", "EUR", TaxCategory.STANDARD)).build());
        // from 2027-01-01 no TPC: landed = 70 + 6 + 15.20 = 91.20
        totals(after, "70.00", "0", "6.00", "15.20", "0", "91.20");
        assertThat(after.fees()).isEmpty();
    }

    @Test
    void francesSmallParcelsTaxAlsoAppliesToMonaco() {
        var q = CALC.quote(request("2026-08-03", "CN", "MC", "98000", "EUR")
                .line(line("TEE", "6109100010", "CN", 1, "20.00", "EUR", TaxCategory.STANDARD)).build());
        // Service Public (20 Feb 2026): the TPC covers consignments to mainland France, Martinique, Guadeloupe,
        // La Reunion and Monaco; Monaco is quoted by the FR rules (shared tax area).
        // intrinsic 20 < 150: TPC 2 x 1 article = 2.00; flat duty 3 x 1 item = 3.00; VAT 20% x (20 + 3) = 4.60
        // landed = 20 + 3 + 4.60 + 2 = 29.60
        totals(q, "20.00", "0", "3.00", "4.60", "2.00", "29.60");
        assertThat(q.fees()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("fr.fee-declaration-line-2"));
    }

    @Test
    void francesSmallParcelsTaxIsNotChargedInFrenchGuianaMayotteOrSaintMartin() {
        // French customs (fr-tpc-douane): the TPC is not due on imports into French Guiana, Mayotte and Saint-Martin;
        // Service Public lists mainland France, Martinique, Guadeloupe, La Reunion and Monaco. The fee names the three
        // pack territories in excludedTerritories (2026-11-22). Same parcel, intrinsic 20 < 150: EUR 2 x 1 article in
        // Guadeloupe (97100), none in Cayenne (97300), Mamoudzou (97600) or Marigot (97150).
        var guadeloupe = CALC.quote(request("2026-08-03", "CN", "FR", "97100", "EUR")
                .line(line("TEE", "6109100010", "CN", 1, "20.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(guadeloupe.fees()).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("fr.fee-declaration-line-2"));
        assertThat(guadeloupe.totals().fees().getNumber().numberValue(java.math.BigDecimal.class))
                .isEqualByComparingTo("2.00");
        for (String postal : List.of("97300", "97600", "97150")) {
            var q = CALC.quote(request("2026-08-03", "CN", "FR", postal, "EUR").explain(true)
                    .line(line("TEE", "6109100010", "CN", 1, "20.00", "EUR", TaxCategory.STANDARD)).build());
            assertThat(q.fees()).as(postal).isEmpty();
            assertThat(q.explanations()).as(postal).anySatisfy(e -> {
                assertThat(e.ruleId()).isEqualTo("fr.fee-declaration-line-2");
                assertThat(e.kind()).isEqualTo(Explanation.Kind.SKIPPED);
                assertThat(e.reason()).startsWith("not charged in ");
            });
        }
    }

    @Test
    void polandConvertsAmountsAtThePenultimateWednesdayRateAndTaxesBooksAt5Percent() {
        LandedCostQuote q = CALC.quote(request("2025-05-09", "CN", "PL", "00-001", "EUR")
                .line(line("BOOK", "4901990000", "CN", 2, "25.00", "EUR", TaxCategory.BOOKS))
                .shipping(money("10.00", "EUR")).build());
        // penultimate Wednesday of April 2025 = 2025-04-23; ECB EUR/PLN 4.2915 (Source: ECB)
        // goods 50 x 4.2915 = 214.575 -> 214.58 PLN; shipping 10 x 4.2915 = 42.915 -> 42.92 PLN
        // intrinsic EUR 50 <= 150: duty relief; VAT books 5% x (214.58 + 42.92) = 12.875 -> 12.88
        // landed = 214.58 + 42.92 + 12.88 = 270.38 PLN
        assertThat(q.currency().getCurrencyCode()).isEqualTo("PLN");
        totals(q, "214.58", "42.92", "0", "12.88", "0", "270.38");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Explanation.Kind.CONVERSION);
            assertThat(e.figures()).containsEntry("rateDate", "2025-04-23").containsEntry("rate", "4.2915");
        });
    }

    @Test
    void theEur150TestConvertsTheSalePriceAtTheEcbRateOfTheSaleDate() {
        // ECB 2025-05-09 EUR/USD 1.1252 (Source: ECB): USD 168 = EUR 149.31 (<= 150); USD 169 = EUR 150.20
        LandedCostQuote under = CALC.quote(request("2025-05-09", "US", "DE", "10115", "USD").registration(IOSS)
                .line(line("BAG", "4202220000", "CN", 1, "168.00", "USD", TaxCategory.STANDARD)).build());
        LandedCostQuote over = CALC.quote(request("2025-05-09", "US", "DE", "10115", "USD").registration(IOSS)
                .line(line("BAG", "4202220000", "CN", 1, "169.00", "USD", TaxCategory.STANDARD)).build());
        assertThat(under.regime()).isEqualTo("EU_IOSS");
        assertThat(over.regime()).isEqualTo("STANDARD_IMPORT");
        // no EU duty rate for 4202 in the bundled table: reported, not guessed
        assertThat(over.lines().get(0).issues()).anySatisfy(i -> assertThat(i).startsWith("NO_DUTY_RATE"));
    }

    @Test
    void finlandsStandardRateRisesTo25Point5OnSeptember1st2024() {
        var before = CALC.quote(request("2024-08-31", "CN", "FI", "00100", "EUR")
                .line(line("PHONE", "8517130000", "CN", 1, "100.00", "EUR", TaxCategory.STANDARD)).build());
        var after = CALC.quote(request("2024-09-01", "CN", "FI", "00100", "EUR")
                .line(line("PHONE", "8517130000", "CN", 1, "100.00", "EUR", TaxCategory.STANDARD)).build());
        // 100 x 24% = 24.00; 100 x 25.5% = 25.50 (duty relieved: <= EUR 150)
        assertThat(dec(before.totals().tax())).isEqualByComparingTo("24.00");
        assertThat(dec(after.totals().tax())).isEqualByComparingTo("25.50");
    }

    @Test
    void finnishBooksAre13Point5PercentFrom2026() {
        var q = CALC.quote(request("2026-02-02", "GB", "FI", "00100", "EUR")
                .line(line("BOOK", "4901990000", "GB", 1, "40.00", "EUR", TaxCategory.BOOKS)).build());
        // 40 x 13.5% = 5.40
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("5.40");
    }

    @Test
    void canaryIslandsAreOutsideTheVatAreaButInsideTheCustomsUnion() {
        var small = CALC.quote(request("2026-03-10", "CN", "ES", "38001", "EUR").registration(IOSS)
                .line(line("TEE", "6109100010", "CN", 2, "20.00", "EUR", TaxCategory.STANDARD))
                .shipping(money("5.00", "EUR")).build());
        assertThat(small.regime()).isEqualTo("TERRITORY_OUTSIDE_TAX_AREA");
        totals(small, "40.00", "5.00", "0", "0", "0", "45.00");
        var big = CALC.quote(request("2026-03-10", "CN", "ES", "35001", "EUR")
                .line(line("TEE", "6109100010", "CN", 5, "40.00", "EUR", TaxCategory.STANDARD)).build());
        // 200 > 150: duty 200 x 12% = 24.00; no EU VAT (IGIC not modelled)
        totals(big, "200.00", "0", "24.00", "0", "0", "224.00");
        assertThat(big.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        // mainland Madrid is taxed normally
        var madrid = CALC.quote(request("2026-03-10", "CN", "ES", "28001", "EUR")
                .line(line("TEE", "6109100010", "CN", 5, "40.00", "EUR", TaxCategory.STANDARD)).build());
        // VAT (200 + 24) x 21% = 47.04
        assertThat(dec(madrid.totals().tax())).isEqualByComparingTo("47.04");
    }

    @Test
    void marketplaceSaleIsCollectedByTheMarketplace() {
        var q = CALC.quote(request("2026-03-10", "CN", "FR", "75001", "EUR").channel(SalesChannel.MARKETPLACE)
                .line(line("TEE", "6109100010", "CN", 1, "20.00", "EUR", TaxCategory.STANDARD)).build());
        // 20 x 20% = 4.00 at checkout by the marketplace; FR fee EUR 2 per declaration line (uncertain
        // secondary source) applies to imports < EUR 150 from 2026-03-01: 1 line -> 2.00
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        totals(q, "20.00", "0", "0", "4.00", "2.00", "26.00");
        assertThat(q.fees()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("fr.fee-declaration-line-2"));
    }

    @Test
    void aLineWithoutHsCodeIsReportedNotGuessed() {
        var q = CALC.quote(request("2026-03-10", "CN", "DE", "10115", "EUR")
                .line(line("MYSTERY", null, "CN", 1, "300.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(q.lines().get(0).issues()).anySatisfy(i -> assertThat(i).startsWith("HS_CODE_MISSING"));
        assertThat(dec(q.lines().get(0).duty())).isEqualByComparingTo("0");
        // VAT still due on 300 x 19% = 57.00
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("57.00");
    }

    @Test
    void aDateBeforeThePackCoverageNamesTheDate() {
        assertThatThrownBy(() -> CALC.quote(request("2023-06-01", "CN", "DE", "10115", "EUR")
                .line(line("TEE", "6109100010", "CN", 1, "20.00", "EUR", TaxCategory.STANDARD)).build()))
                .isInstanceOf(NoApplicableRuleException.class)
                .hasMessageContaining("2023-06-01")
                .satisfies(e -> assertThat(((NoApplicableRuleException) e).field()).contains("date"));
    }
}
