package dev.xborder.bench.fx;

import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.money.XborderRateProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversion;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Converting an amount at the rate of a date, on the same data (the bundled ECB 2024..2025-05-09
 * table): xborder's {@link ExchangeRates#convert} against Moneta's {@link CurrencyConversion}
 * obtained from {@link XborderRateProvider} (the JSR 354 way: {@code amount.with(conversion)}).
 *
 * <p>Each call takes the next of 256 (amount, date) pairs: dates spread over the bundled window,
 * weekends and holidays included, so the staleness walk and binary search do real work. The
 * target {@code EUR} is one leg (USD to the table's base); {@code GBP} is a cross rate through EUR.
 * The Moneta side gets its {@code CurrencyConversion} per date prebuilt in setup (kinder to Moneta
 * than building a query per call).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FxConversionBenchmark {
    private static final int N = 256;

    @Param({"EUR", "GBP"})
    public String target;

    private ExchangeRates rates;
    private CurrencyUnit targetUnit;
    private MonetaryAmount[] amounts;
    private LocalDate[] dates;
    private CurrencyConversion[] monetaConversions;
    private int i;

    @Setup
    public void setUp() {
        rates = ExchangeRates.bundledEcb();
        XborderRateProvider provider = XborderRateProvider.of(rates);
        targetUnit = Monetary.getCurrency(target);
        CurrencyUnit usd = Monetary.getCurrency("USD");
        Random rnd = new Random(8);
        amounts = new MonetaryAmount[N];
        dates = new LocalDate[N];
        monetaConversions = new CurrencyConversion[N];
        LocalDate first = LocalDate.of(2024, 1, 8);
        int span = (int) (LocalDate.of(2025, 5, 9).toEpochDay() - first.toEpochDay());
        for (int k = 0; k < N; k++) {
            amounts[k] = Money.of(BigDecimal.valueOf(100 + rnd.nextInt(99_900), 2), usd);
            dates[k] = first.plusDays(rnd.nextInt(span + 1));
            monetaConversions[k] = provider.getCurrencyConversion(ConversionQueryBuilder.of()
                    .setTermCurrency(targetUnit).set(LocalDate.class, dates[k]).build());
        }
    }

    /** xborder: dated conversion with its audit record (rate, rate date, source). */
    @Benchmark
    public Conversion xborderConvert() {
        int k = i++ & (N - 1);
        return rates.convert(amounts[k], targetUnit, dates[k]);
    }

    /** Baseline: Moneta's {@code CurrencyConversion} (via {@code XborderRateProvider}) on the same data. */
    @Benchmark
    public MonetaryAmount monetaCurrencyConversion() {
        int k = i++ & (N - 1);
        return amounts[k].with(monetaConversions[k]);
    }
}
