package dev.xborder.tax.golden;

import static dev.xborder.tax.golden.GoldenSupport.line;
import static dev.xborder.tax.golden.GoldenSupport.money;
import static dev.xborder.tax.golden.GoldenSupport.request;
import static dev.xborder.tax.golden.GoldenSupport.totals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import org.junit.jupiter.api.Test;

/**
 * The JP and KR packs' weekly customs rate rules with dated rates: the bundled ECB euro reference rates
 * (core resource ecb-eurofxref-hist-2024.csv, 2024-01-02 .. 2025-05-09), crossed through the euro. These are
 * ECB rates, not the Tokyo market or Korean broker rates Customs average, so the figures show the rule applied to
 * the data given, not Customs' own published rate.
 *
 * <p>Request date Wednesday 2025-05-14 (week Sunday 2025-05-11 .. Saturday 2025-05-17).
 * Japan (Customs Answer 1406, AVERAGE_OF_WEEK_BEFORE_LAST): week 2025-04-27 .. 05-03; ECB has no rate on
 * 05-01 (TARGET holiday; the 7-day staleness answers it with 04-30's rate, counted once). JPY per USD =
 * JPY/EUR / USD/EUR: 04-28 162.8 / 1.1358, 04-29 162.28 / 1.1373, 04-30 162.68 / 1.1373, 05-02 163.93 / 1.1343
 * = 143.33509..., 142.68882..., 143.04053..., 144.52084...; mean 143.3963257695639113130671896421644.
 * Korea (Customs Act Art. 18, AVERAGE_OF_PREVIOUS_WEEK): week 2025-05-04 .. 05-10, KRW per USD =
 * 05-05 1555.49 / 1.1343, 05-06 1564.07 / 1.1325, 05-07 1580.35 / 1.136, 05-08 1580.13 / 1.1297,
 * 05-09 1575.72 / 1.1252; mean 1388.531893315993393687995506535747.
 * Converted amounts are rounded half up to the yen/won once; duty and tax are truncated (packs round DOWN).
 */
class CustomsWeeklyRatesGoldenTest {
    private static LandedCostCalculator calculator(String pack) {
        return LandedCostCalculator.of(RulePackLoader.builder().classpath(RulePackLoader.BUNDLED_FOLDER + pack, 0)
                .load(), ExchangeRates.bundledEcb());
    }

    private static final LandedCostCalculator JP = calculator("jp.json");
    private static final LandedCostCalculator KR = calculator("kr.json");

    @Test
    void japanConvertsAtTheMeanOfTheWeekTwoWeeksBeforeTheDeclarationWeek() {
        // Watch USD 100 + USD 10 shipping: 100 x 143.39632... = 14,339.63 -> 14,340; 10 x ... = 1,433.96 -> 1,434.
        // Personal-use valuation (jp.valuation, factor 0.6 until 2028-04-01): customs value 0.6 x 14,340 + 1,434 =
        // 8,604 + 1,434 = 10,038 JPY > 10,000: no relief. Duty 0% (chapter 91); consumption tax 10% x 10,038 = 1,003.8
        // -> 1,003 (rounded down). (At the rate of 05-09, 163.36 / 1.1252, the watch would be 14,518 JPY.)
        LandedCostQuote q = JP.quote(request("2025-05-14", "US", "JP", "100-0001", "USD").explain(true)
                .line(line("SKU", "910211", "US", 1, "100", "USD", TaxCategory.STANDARD))
                .shipping(money("10", "USD")).incoterm(Incoterm.DAP).build());
        assertThat(totals(q)).isEqualTo("goods=14340 shipping=1434 insurance=0 duty=0 tax=1003 fees=0 landed=16777");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Explanation.Kind.CONVERSION);
            assertThat(e.figures()).containsEntry("rule", "AVERAGE_OF_WEEK_BEFORE_LAST")
                    .containsEntry("week", "2025-04-27..2025-05-03")
                    .containsEntry("rateDates", "2025-04-28, 2025-04-29, 2025-04-30, 2025-05-02")
                    .containsEntry("rate", "143.3963257695639113130671896421644")
                    .containsEntry("result", "14340 JPY");
        });
    }

    @Test
    void koreaConvertsAtTheMeanOfThePreviousWeek() {
        // T-shirt USD 200 from CN + USD 20 shipping: USD 200 > 150 (no conversion for the USD test).
        // 200 x 1388.53189... = 277,706.38 -> 277,706 KRW; 20 x ... = 27,770.64 -> 27,771 KRW; CIF 305,477.
        // Duty 13% x 305,477 = 39,712.01 -> 39,712; VAT 10% x (305,477 + 39,712) = 34,518.9 -> 34,518.
        // Landed 277,706 + 27,771 + 39,712 + 34,518 = 379,707.
        LandedCostQuote q = KR.quote(request("2025-05-14", "CN", "KR", "04524", "USD").explain(true)
                .line(line("SKU", "6109.10", "CN", 1, "200", "USD", TaxCategory.STANDARD))
                .shipping(money("20", "USD")).incoterm(Incoterm.DAP).build());
        assertThat(totals(q)).isEqualTo(
                "goods=277706 shipping=27771 insurance=0 duty=39712 tax=34518 fees=0 landed=379707");
        assertThat(q.explanations()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Explanation.Kind.CONVERSION);
            assertThat(e.figures()).containsEntry("rule", "AVERAGE_OF_PREVIOUS_WEEK")
                    .containsEntry("week", "2025-05-04..2025-05-10")
                    .containsEntry("rateDates", "2025-05-05, 2025-05-06, 2025-05-07, 2025-05-08, 2025-05-09");
        });
    }

    @Test
    void aWeekBeyondTheRatesFailsNamingThePairAndTheWeek() {
        // 2025-05-28: previous week 2025-05-19 .. 05-23; the newest bundled rate (05-09) is more than 7 days older.
        assertThatThrownBy(() -> KR.quote(request("2025-05-28", "CN", "KR", "04524", "USD")
                .line(line("SKU", "6109.10", "CN", 1, "200", "USD", TaxCategory.STANDARD)).build()))
                .isInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("USD->KRW")
                .hasMessageContaining("2025-05-19..2025-05-23");
    }
}
