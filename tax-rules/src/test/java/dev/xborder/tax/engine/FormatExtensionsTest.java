package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.GoldenSupport.totals;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.money;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.pack.RulePackLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Engine behaviour for the format extensions of 2026-11-22 (import-only reliefs, regimes without a value
 * limit, regional tax rates from the postal code, value-banded rates with deductions, conditions on HS code
 * and tax category) over the synthetic pack format-extensions-ad.json (test data, not facts; EUR, so no
 * conversion except the USD bands, converted with the ECB test rates of 2025-05-09: 1 EUR = 1.1252 USD).
 */
class FormatExtensionsTest {
    private static final String PACK = "dev/xborder/tax/engine/format-extensions-ad.json";
    private static final LandedCostCalculator CALC = LandedCostCalculator.of(
            RulePackLoader.builder().classpath(PACK, 0).load(), new EcbTestRates());
    private static final String DATE = "2025-05-09";

    private static LandedCostQuote quote(String from, String postal, SalesChannel channel, String price,
                                         TaxCategory cat, String hs) {
        return CALC.quote(request(DATE, from, "AD", postal, "EUR").channel(channel)
                .line(line("A", hs, "CN", 1, price, "EUR", cat)).build());
    }

    private static boolean traced(LandedCostQuote q, String ruleId, Explanation.Kind kind) {
        return q.explanations().stream().anyMatch(e -> e.ruleId().equals(ruleId) && e.kind() == kind);
    }

    @Test
    void taxRateOfTheRegionFoundByPostalCodePrefixOrRangeTakesPrecedenceOverTheNationalRate() {
        // 200 EUR from GB (no banded rule), tariff 10% = 20; tax base 220
        // AD700 -> region HI (prefix AD7): 20% x 220 = 44
        assertThat(dec(quote("GB", "AD700", SalesChannel.OWN_STORE, "200", TaxCategory.STANDARD, "6109100010")
                .totals().tax())).isEqualByComparingTo("44.00");
        // AD150 -> region LO (range AD100..AD199): 5% x 220 = 11
        assertThat(dec(quote("GB", "AD150", SalesChannel.OWN_STORE, "200", TaxCategory.STANDARD, "6109100010")
                .totals().tax())).isEqualByComparingTo("11.00");
        // AD500 lies in no region: national 10% x 220 = 22, and the trace says so
        LandedCostQuote q = quote("GB", "AD500", SalesChannel.OWN_STORE, "200", TaxCategory.STANDARD, "6109100010");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("22.00");
        assertThat(traced(q, "region", Explanation.Kind.NOTE)).isTrue();
        // a category without a regional rate falls back to the national category rate:
        // 300 EUR, duty 30, FOOD 2% x 330 = 6.60 (above the 5 EUR minimum)
        assertThat(dec(quote("GB", "AD700", SalesChannel.OWN_STORE, "300", TaxCategory.FOOD, "6109100010")
                .totals().tax())).isEqualByComparingTo("6.60");
    }

    @Test
    void withoutPostalCodeTheAddressRegionCodeIsUsedElseTheLineReportsRegionUnknown() {
        var byRegion = CALC.quote(request(DATE, "GB", "AD", null, "EUR")
                .destination(new Address(CountryCode.of("AD"), null, "hi", null, List.of()))
                .line(line("A", "6109100010", "CN", 1, "200", "EUR", TaxCategory.STANDARD)).build());
        assertThat(dec(byRegion.totals().tax())).isEqualByComparingTo("44.00");
        var unknown = CALC.quote(request(DATE, "GB", "AD", null, "EUR")
                .line(line("A", "6109100010", "CN", 1, "200", "EUR", TaxCategory.STANDARD)).build());
        assertThat(dec(unknown.totals().tax())).isEqualByComparingTo("22.00");
        assertThat(unknown.lines().get(0).issues()).anySatisfy(i -> assertThat(i).startsWith("REGION_UNKNOWN: "));
    }

    @Test
    void aRegimeWithoutValueTestAppliesAtAnyValueAndImportOnlyReliefsDoNotCancelCheckoutTax() {
        // marketplace, 5000 EUR: no value limit -> AD_PLATFORM; tax at checkout on goods only (taxBase shipping,
        // insurance: none here): 10% x 5000 = 500; duty 10% x 5000 = 500 paid by the seller
        LandedCostQuote big = quote("GB", "AD500", SalesChannel.MARKETPLACE, "5000", TaxCategory.STANDARD, "6109100010");
        assertThat(big.regime()).isEqualTo("AD_PLATFORM");
        totals(big, "5000", "0", "500.00", "500.00", "0", "6000.00");
        assertThat(big.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        assertThat(big.collection().dutyPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
        // marketplace, 40 EUR: the import-only reliefs (<= 100 intrinsic value; tax <= 5) are skipped:
        // checkout tax 10% x 40 = 4.00 stays
        LandedCostQuote small = quote("GB", "AD500", SalesChannel.MARKETPLACE, "40", TaxCategory.STANDARD, "6109100010");
        assertThat(small.regime()).isEqualTo("AD_PLATFORM");
        assertThat(dec(small.totals().tax())).isEqualByComparingTo("4.00");
        assertThat(traced(small, "ad.border-tax-100", Explanation.Kind.SKIPPED)).isTrue();
        // own store, 40 EUR: no regime; the border relief (<= 100) removes the import tax
        LandedCostQuote own = quote("GB", "AD500", SalesChannel.OWN_STORE, "40", TaxCategory.STANDARD, "6109100010");
        assertThat(own.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(dec(own.totals().tax())).isEqualByComparingTo("0");
        assertThat(traced(own, "ad.border-tax-100", Explanation.Kind.APPLIED)).isTrue();
    }

    @Test
    void aCategoryConditionKeepsExcludedGoodsOutOfTheRegime() {
        // FOOD is excluded from AD_PLATFORM: 500 EUR of food on a marketplace is taxed at import:
        // duty 10% x 500 = 50; tax FOOD 2% x 550 = 11
        LandedCostQuote q = quote("GB", "AD500", SalesChannel.MARKETPLACE, "500", TaxCategory.FOOD, "0901210000");
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        totals(q, "500", "0", "50.00", "11.00", "0", "561.00");
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_IMPORT);
    }

    @Test
    void anHsConditionAppliesAReliefOnlyWhenEveryLineMatchesAndAMissingHsCodeIsReported() {
        // books (49) of 300 EUR: duty relief; tax 10% x 300 = 30
        LandedCostQuote books = quote("GB", "AD500", SalesChannel.OWN_STORE, "300", TaxCategory.STANDARD, "4901990000");
        totals(books, "300", "0", "0.00", "30.00", "0", "330.00");
        // books + a T-shirt: not every line is a book -> tariff 10% on both (30 + 10), tax 10% x (440) = 44
        var mixed = CALC.quote(request(DATE, "GB", "AD", "AD500", "EUR")
                .line(line("B", "4901990000", "CN", 1, "300", "EUR", TaxCategory.STANDARD))
                .line(line("T", "6109100010", "CN", 1, "100", "EUR", TaxCategory.STANDARD)).build());
        totals(mixed, "400", "0", "40.00", "44.00", "0", "484.00");
        // a line without HS code: the HS condition cannot be decided: relief skipped, issue reported
        var noHs = CALC.quote(request(DATE, "GB", "AD", "AD500", "EUR")
                .line(line("B", null, "CN", 1, "300", "EUR", TaxCategory.STANDARD)).build());
        assertThat(noHs.lines().get(0).issues()).anySatisfy(i -> assertThat(i).startsWith("HS_CODE_MISSING: "));
        assertThat(traced(noHs, "ad.books-duty-free-1000", Explanation.Kind.SKIPPED)).isTrue();
    }

    @Test
    void aBandedDutyWithADeductionReplacesTariffDutyAndTaxStillApplies() {
        // from CN, 40 EUR: band <= 50 EUR: 20% x 40 = 8.00 duty; tax 10% x 48 = 4.80
        LandedCostQuote low = quote("CN", "AD500", SalesChannel.OWN_STORE, "40", TaxCategory.STANDARD, "6109100010");
        assertThat(low.regime()).isEqualTo("AD_SIMPLIFIED");
        totals(low, "40", "0", "8.00", "0", "0", "48.00"); // tax 4.80 <= 5: not levied at import (import-only)
        // 200 EUR: band <= 3000: 60% x 200 - 20 = 100.00 duty; tax 10% x 300 = 30.00
        LandedCostQuote mid = quote("CN", "AD500", SalesChannel.OWN_STORE, "200", TaxCategory.STANDARD, "6109100010");
        totals(mid, "200", "0", "100.00", "30.00", "0", "330.00");
        // 60 EUR: second band, 60% x 60 - 20 = 16.00
        LandedCostQuote sixty = quote("CN", "AD500", SalesChannel.OWN_STORE, "60", TaxCategory.STANDARD, "6109100010");
        assertThat(dec(sixty.totals().duty())).isEqualByComparingTo("16.00");
        // 4000 EUR: above the last band -> the rule is skipped, tariff 10% = 400, tax 10% x 4400 = 440
        LandedCostQuote high = quote("CN", "AD500", SalesChannel.OWN_STORE, "4000", TaxCategory.STANDARD, "6109100010");
        assertThat(high.regime()).isEqualTo("STANDARD_IMPORT");
        totals(high, "4000", "0", "400.00", "440.00", "0", "4840.00");
        assertThat(traced(high, "ad.simplified-import-tax", Explanation.Kind.SKIPPED)).isTrue();
    }

    @Test
    void aGlobalRateReplacesDutyAndTaxWithBandsInAnotherCurrency() {
        // from US, 40 EUR = 45.01 USD (x 1.1252) <= 50 USD: rate 0 -> no duty, no tax
        LandedCostQuote low = quote("US", "AD500", SalesChannel.OWN_STORE, "40", TaxCategory.STANDARD, "6109100010");
        assertThat(low.regime()).isEqualTo("AD_COURIER_GLOBAL");
        totals(low, "40", "0", "0.00", "0.00", "0", "40.00");
        // 100 EUR = 112.52 USD: 30% x 100 = 30.00 reported as duty, no tax (even in the high-rate region)
        LandedCostQuote mid = quote("US", "AD700", SalesChannel.OWN_STORE, "100", TaxCategory.STANDARD, "6109100010");
        totals(mid, "100", "0", "30.00", "0.00", "0", "130.00");
        assertThat(mid.collection().dutyCollector()).isEqualTo(Collector.BUYER);
        assertThat(mid.collection().taxCollector()).isEqualTo(Collector.NONE);
    }

    @Test
    void shippingSpreadsTheBandedAmountOverLinesByCustomsValue() {
        // from CN: 30 + 10 EUR goods, 10 EUR shipping -> CV 37.50 + 12.50 = 50 <= 50: 20% x 50 = 10.00,
        // split 7.50 / 2.50; intrinsic value 40 <= 100: the import-only border relief removes the tax
        var q = CALC.quote(request(DATE, "CN", "AD", "AD500", "EUR")
                .line(line("A", "6109100010", "CN", 1, "30", "EUR", TaxCategory.STANDARD))
                .line(line("B", "6109100010", "CN", 1, "10", "EUR", TaxCategory.STANDARD))
                .shipping(money("10", "EUR")).build());
        assertThat(dec(q.lines().get(0).duty())).isEqualByComparingTo("7.50");
        assertThat(dec(q.lines().get(1).duty())).isEqualByComparingTo("2.50");
        totals(q, "40", "10", "10.00", "0", "0", "60.00");
    }
}
