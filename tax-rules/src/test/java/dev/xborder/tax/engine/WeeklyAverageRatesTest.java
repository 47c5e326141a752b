package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.money.RateTable;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * The weekly-average rate-date rules (added 2026-11-22) over the synthetic pack format-weekly-rates-kr.json
 * ({@code amounts}: AVERAGE_OF_PREVIOUS_WEEK, {@code thresholds}: AVERAGE_OF_WEEK_BEFORE_LAST; KRW quote, USD 150
 * duty relief, 10% duty on HS 61, 10% VAT) with a dated synthetic euro rate table (test data, not real rates).
 *
 * <p>Request date Wednesday 2025-05-14, in the week Sunday 2025-05-11 .. Saturday 2025-05-17.
 * Previous week: Monday 2025-05-05 .. Friday 2025-05-09. Week before last: 2025-04-28 .. 2025-05-02.
 */
class WeeklyAverageRatesTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit KRW = Monetary.getCurrency("KRW");
    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final RuleBook BOOK = RulePackLoader.builder()
            .classpath("dev/xborder/tax/engine/format-weekly-rates-kr.json", 0).load();

    /**
     * KRW per EUR: 2025-05-05 1500, 05-06 1510, (no rate 05-07), 05-08 1530, 05-09 1540, request week 1600.
     * USD per EUR: 2025-04-28 1.10, 04-29 1.11, 04-30 1.12, (no rate 05-01), 05-02 1.13, request week 1.20.
     * With the default 7-day staleness the table answers 05-07 with 05-06's rate and 05-01 with 04-30's.
     */
    private static final RateTable TABLE = table();
    private static final ExchangeRates RATES = ExchangeRates.builder().addSource(TABLE).build();

    private static RateTable table() {
        RateTable.Builder b = RateTable.builder(EUR, "synthetic weekly test rates, not real data");
        put(b, "2025-05-05", KRW, "1500");
        put(b, "2025-05-06", KRW, "1510");
        put(b, "2025-05-08", KRW, "1530");
        put(b, "2025-05-09", KRW, "1540");
        put(b, "2025-04-28", USD, "1.10");
        put(b, "2025-04-29", USD, "1.11");
        put(b, "2025-04-30", USD, "1.12");
        put(b, "2025-05-02", USD, "1.13");
        for (String d : List.of("2025-05-12", "2025-05-13", "2025-05-14")) {
            put(b, d, KRW, "1600");
            put(b, d, USD, "1.20");
        }
        return b.build();
    }

    private static void put(RateTable.Builder b, String date, CurrencyUnit c, String rate) {
        b.put(LocalDate.parse(date), c, new BigDecimal(rate));
    }

    private static QuoteRequest eur(String date, String price) {
        return request(date, "CN", "KR", null, "EUR").explain(true)
                .line(line("A", "6109100010", "CN", 1, price, "EUR", TaxCategory.STANDARD)).build();
    }

    private static Explanation conversion(LandedCostQuote q, String what) {
        return q.explanations().stream().filter(e -> e.kind() == Explanation.Kind.CONVERSION
                && e.reason().contains(what)).findFirst().orElseThrow();
    }

    @Test
    void requestAmountsUseTheMeanOfThePreviousWeeksDailyRatesSkippingDaysWithoutOwnRate() {
        LandedCostQuote q = LandedCostCalculator.of(BOOK, RATES).quote(eur("2025-05-14", "100"));
        // mean KRW/EUR of 2025-05-05, 06, 08, 09 = (1500 + 1510 + 1530 + 1540) / 4 = 1520 (05-07 has no rate of
        // its own: the table answers it with 05-06's rate, which counts once); 100 EUR x 1520 = 152,000 KRW
        // (the request week's 1600 would give 160,000). USD test: 100 EUR x 1.115 = 111.50 USD <= 150: no duty.
        // VAT 10% x 152,000 = 15,200.
        assertThat(dec(q.totals().goods())).isEqualByComparingTo("152000");
        assertThat(dec(q.totals().duty())).isEqualByComparingTo("0");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("15200");
        Explanation c = conversion(q, "lines[0] value");
        assertThat(c.figures()).containsEntry("rule", "AVERAGE_OF_PREVIOUS_WEEK")
                .containsEntry("week", "2025-05-04..2025-05-10")
                .containsEntry("rateDates", "2025-05-05, 2025-05-06, 2025-05-08, 2025-05-09")
                .containsEntry("dailyRates", "1500, 1510, 1530, 1540")
                .containsEntry("rate", "1520")
                .containsEntry("result", "152000 KRW");
        assertThat(c.source()).isEqualTo("synthetic weekly test rates, not real data");
    }

    @Test
    void thresholdsUseTheMeanOfTheWeekBeforeLastSoAValueOverTheLimitAtTodaysRateCanStillBeRelieved() {
        // 130 EUR: week-before-last mean USD/EUR (1.10 + 1.11 + 1.12 + 1.13) / 4 = 1.115 (May Day 05-01 has no
        // rate: answered with 04-30's, counted once) -> 144.95 USD <= 150: duty relieved. At the request day's
        // 1.20 it would be 156 USD, over the limit. Goods 130 x 1520 = 197,600 KRW; VAT 10% = 19,760.
        LandedCostQuote q = LandedCostCalculator.of(BOOK, RATES).quote(eur("2025-05-14", "130"));
        assertThat(dec(q.totals().duty())).isEqualByComparingTo("0");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("19760");
        Explanation c = conversion(q, "value test");
        assertThat(c.figures()).containsEntry("rule", "AVERAGE_OF_WEEK_BEFORE_LAST")
                .containsEntry("week", "2025-04-27..2025-05-03")
                .containsEntry("rateDates", "2025-04-28, 2025-04-29, 2025-04-30, 2025-05-02")
                .containsEntry("rate", "1.115")
                .containsEntry("result", "144.95 USD");
        // 140 EUR x 1.115 = 156.10 USD > 150: duty 10% x (140 x 1520 = 212,800) = 21,280;
        // VAT 10% x (212,800 + 21,280) = 23,408
        LandedCostQuote over = LandedCostCalculator.of(BOOK, RATES).quote(eur("2025-05-14", "140"));
        assertThat(dec(over.totals().duty())).isEqualByComparingTo("21280");
        assertThat(dec(over.totals().tax())).isEqualByComparingTo("23408");
    }

    @Test
    void anyConverterGivesTheSameFiguresAsExchangeRatesLookups() {
        CurrencyConverter plain = (amount, target, date) -> RATES.convert(amount, target, date);
        for (String price : List.of("100", "130", "140", "99.99")) {
            LandedCostQuote a = LandedCostCalculator.of(BOOK, RATES).quote(eur("2025-05-14", price));
            LandedCostQuote b = LandedCostCalculator.of(BOOK, plain).quote(eur("2025-05-14", price));
            assertThat(b.totals()).isEqualTo(a.totals());
            assertThat(b.explanations()).isEqualTo(a.explanations());
        }
    }

    @Test
    void everyDayOfTheWeekInsideTheWeekIsAveragedAndTheWeekFollowsSundayToSaturday() {
        // Saturday 2025-05-17 and Sunday 2025-05-11 are in the same week as 2025-05-14: same previous week.
        for (String d : List.of("2025-05-11", "2025-05-17")) {
            LandedCostQuote q = LandedCostCalculator.of(BOOK, RATES).quote(eur(d, "100"));
            assertThat(conversion(q, "lines[0] value").figures()).containsEntry("week", "2025-05-04..2025-05-10");
            assertThat(dec(q.totals().goods())).isEqualByComparingTo("152000");
        }
    }

    @Test
    void aWeekWithoutAnyRateFailsNamingThePairAndTheWeekNeverGuessing() {
        // 2025-06-11: previous week 2025-06-02..06-06; the table's newest rate (05-14) is older than 7 days
        assertThatThrownBy(() -> LandedCostCalculator.of(BOOK, RATES).quote(eur("2025-06-11", "100")))
                .isInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("EUR->KRW")
                .hasMessageContaining("2025-06-02..2025-06-06")
                .hasMessageContaining("AVERAGE_OF_PREVIOUS_WEEK");
    }

    @Test
    void aRateFromBeforeTheWeekIsUsedOnlyWhenTheConverterHasNoneInsideIt() {
        // A converter with one fixed table of 2025-05-09 (as the golden tests use): every day of the week
        // before last is answered with that rate, which counts once: the mean is that rate. 100 EUR x 1540.
        CurrencyConverter fixed = (amount, target, date) -> RATES.convert(amount, target, LocalDate.of(2025, 5, 9));
        LandedCostQuote q = LandedCostCalculator.of(BOOK, fixed).quote(eur("2025-05-21", "100"));
        assertThat(dec(q.totals().goods())).isEqualByComparingTo("154000");
        assertThat(conversion(q, "lines[0] value").figures()).containsEntry("rateDates", "2025-05-09");
    }

    @Test
    void everyAmountIsConvertedAtTheWeeklyMeanRoundedOnceAndBothConverterPathsAgree() {
        // 1520 KRW per EUR is the mean of the previous week; any price in cents converts to price x 1520 rounded
        // half up to the won, whether the calculator looks rates up in ExchangeRates or asks a plain converter.
        CurrencyConverter plain = (amount, target, date) -> RATES.convert(amount, target, date);
        LandedCostCalculator viaRates = LandedCostCalculator.of(BOOK, RATES);
        LandedCostCalculator viaPlain = LandedCostCalculator.of(BOOK, plain);
        qt().withFixedSeed(20261122L).withExamples(1000).forAll(integers().between(1, 10_000_000)).checkAssert(cents -> {
            String price = BigDecimal.valueOf(cents, 2).toPlainString();
            QuoteRequest req = request("2025-05-14", "CN", "KR", null, "EUR")
                    .line(line("A", "6109100010", "CN", 1, price, "EUR", TaxCategory.STANDARD)).build();
            LandedCostQuote a = viaRates.quote(req);
            assertThat(dec(a.totals().goods())).isEqualByComparingTo(
                    new BigDecimal(price).multiply(new BigDecimal("1520")).setScale(0, RoundingMode.HALF_UP));
            assertThat(viaPlain.quote(req).totals()).isEqualTo(a.totals());
        });
    }
}
