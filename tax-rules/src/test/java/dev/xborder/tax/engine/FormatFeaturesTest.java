package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.GoldenSupport.totals;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.money;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.NoApplicableRuleException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.tax.pack.RulePackLoader;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Engine behaviour for format features the bundled EU/GB/US packs do not use, over a synthetic
 * pack (test resource format-features-is.json; its figures are test data, not facts): consignment
 * rounding in a zero-decimal currency, specific duties per unit and per kg with min/max, preferential
 * (REPLACE) and additional (ADD) origin duties, percentage and parcel fees in the tax base, a per-item
 * value test, a tax not levied at or below a minimum charge, and a tax-inclusive base.
 */
class FormatFeaturesTest {
    private static final String PACK = "dev/xborder/tax/engine/format-features-is.json";
    private static final LandedCostCalculator CALC = LandedCostCalculator.of(
            RulePackLoader.builder().classpath(PACK, 0).load(), new EcbTestRates());

    private static QuoteLine watch(boolean withWeight) {
        return new QuoteLine(Sku.of("WATCH"), HsCode.of("9102110000"), CountryCode.of("NO"), 2, Money.of(2500, "ISK"),
                TaxCategory.STANDARD, withWeight ? Weight.kg("0.05") : null);
    }

    @Test
    void consignmentRoundingSpecificDutiesOriginDutiesAndFeesWorkTogether() {
        var q = CALC.quote(request("2025-01-10", "CN", "IS", "101", "ISK")
                .line(line("TEE", "6109100010", "CN", 3, "1999", "ISK", TaxCategory.STANDARD))
                .line(line("SHOES", "6403990000", "CN", 1, "10001", "ISK", TaxCategory.STANDARD))
                .line(watch(true)).shipping(money("1000", "ISK")).build());
        // goods 5997, 10001, 5000 = 20998; max unit 10001 >= 3000: no item regime
        // shipping 1000 by value: 285.59.., 476.28.., 238.11.. -> floors 285/476/238 (999) + 1 unit to the
        // largest remainder (line 0) -> 286/476/238; CV 6283, 10477, 5238 (sum 21998)
        // duty: TEE 10% x 6283 = 628.3 (CN: no preference)
        //       SHOES 5% x 10477 + 100 x 1 = 623.85 (within 300..2000) + ADD 2% x 10477 = 209.54 -> 833.39
        //       WATCH 1000/kg x 0.05 x 2 = 100 (NO origin: no origin duty for 9102)
        //       total 1561.69 -> 1562 (consignment, HALF_UP); split 628/833/100 + 1 unit to line 1 -> 628/834/100
        // fees: 1.5% x 21998 = 329.97 (within 200..1000) -> 330; parcel 450; total 780
        //       by CV: 222.77../371.49../185.72.. -> 222/371/185 + 2 units -> 223/371/186
        // tax 24%: (5997+286+628+223) = 7134 -> 1712.16; (10001+476+834+371) = 11682 -> 2803.68;
        //          (5000+238+100+186) = 5524 -> 1325.76; total 5841.60 -> 5842; split 1712/2804/1326
        // landed = 20998 + 1000 + 1562 + 5842 + 780 = 30182
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(q.lines()).extracting(l -> dec(l.duty()).intValueExact()).containsExactly(628, 834, 100);
        assertThat(q.lines()).extracting(l -> dec(l.tax()).intValueExact()).containsExactly(1712, 2804, 1326);
        totals(q, "20998", "1000", "1562", "5842", "780", "30182");
        assertThat(q.fees()).extracting(f -> dec(f.amount()).intValueExact()).containsExactly(330, 450);
    }

    @Test
    void aPerKgDutyWithoutWeightIsReportedNotGuessed() {
        var q = CALC.quote(request("2025-01-10", "NO", "IS", "101", "ISK").line(watch(false)).build());
        assertThat(q.lines().get(0).issues()).anySatisfy(i -> assertThat(i).startsWith("WEIGHT_MISSING"));
        assertThat(dec(q.totals().duty())).isZero();
    }

    @Test
    void aSmallTaxAtOrBelowTheMinimumChargeIsNotLevied() {
        var q = CALC.quote(request("2025-01-10", "GB", "IS", "101", "ISK").channel(SalesChannel.MARKETPLACE)
                .line(line("BOOK", "4901990000", "GB", 1, "2000", "ISK", TaxCategory.BOOKS)).build());
        // unit 2000 < 3000: item regime, marketplace collects; no duty rate for 49 -> issue, duty 0
        // fees: 1.5% x 2000 = 30 -> minimum 200; parcel 450 -> 650
        // tax 11% x (2000 + 650) = 291.5 -> 292 <= 500: not levied
        assertThat(q.regime()).isEqualTo("IS_ITEM_LOW");
        assertThat(q.lines().get(0).issues()).anySatisfy(i -> assertThat(i).startsWith("NO_DUTY_RATE"));
        totals(q, "2000", "0", "0", "0", "650", "2650");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.NONE);
        assertThat(q.collection().dutyPoint()).isEqualTo(CollectionPoint.AT_IMPORT);
    }

    @Test
    void aPreferentialOriginReplacesTheBaseDutyAndATaxInclusiveBaseGrossesUp() {
        String override = """
                {"formatVersion": 1, "dataVersion": "test", "jurisdiction": "IS", "kind": "OVERRIDE",
                 "valuation": [{"id": "is.valuation", "from": "2025-01-01", "source": "test", "dutyBasis": "CIF",
                                "taxBase": ["DUTY", "SHIPPING", "INSURANCE", "FEES"], "taxInclusiveBase": true}]}
                """;
        var calc = LandedCostCalculator.of(RulePackLoader.builder().classpath(PACK, 0).json("inclusive", override, 1)
                .load(), new EcbTestRates());
        var q = calc.quote(request("2025-01-10", "NO", "IS", "101", "ISK")
                .line(line("TEE", "6109100010", "NO", 1, "10000", "ISK", TaxCategory.STANDARD)).build());
        // NO origin: preferential 0% replaces 10%; fees 1.5% x 10000 = 150 -> min 200, + 450 = 650
        // tax inclusive: (10000 + 650) x 24 / 76 = 3363.157.. -> 3363
        totals(q, "10000", "0", "0", "3363", "650", "14013");
        assertThat(q.explanations()).anySatisfy(e -> assertThat(e.ruleId()).isEqualTo("is.pref-no-61"));
    }

    @Test
    void aDestinationWithoutPackIsNamed() {
        assertThatThrownBy(() -> CALC.quote(request("2025-01-10", "CN", "AQ", null, "ISK")
                .line(line("TEE", "6109100010", "CN", 1, "100", "ISK", TaxCategory.STANDARD)).build()))
                .isInstanceOf(NoApplicableRuleException.class)
                .satisfies(e -> assertThat(((NoApplicableRuleException) e).field()).contains("destination.country"));
    }

    @Test
    void withoutExplainTheQuoteCarriesNoTrace() {
        var q = CALC.quote(request("2025-01-10", "CN", "IS", "101", "ISK").explain(false)
                .line(line("TEE", "6109100010", "CN", 1, "100", "ISK", TaxCategory.STANDARD)).build());
        assertThat(q.explanations()).isEmpty();
    }
}
