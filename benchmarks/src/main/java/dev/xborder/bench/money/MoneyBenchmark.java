package dev.xborder.bench.money;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one result amount costs: a quote returns about 16 {@link MonetaryAmount}s (3 per line plus
 * 7 totals), so the price of creating one bounds how fast a quote can be while keeping
 * {@code MonetaryAmount} at the API. {@code bigDecimalOfCents} (a {@code BigDecimal} from scaled
 * cents, what an engine computing in longs must do at the end anyway) is the baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MoneyBenchmark {
    private CurrencyUnit eur;
    private long cents = 59_563;

    @Setup
    public void setUp() {
        eur = Monetary.getCurrency("EUR");
    }

    /** Moneta {@code Money.of(BigDecimal, CurrencyUnit)} from scaled cents. */
    @Benchmark
    public MonetaryAmount monetaMoneyOf() {
        return Money.of(BigDecimal.valueOf(cents++ & 0xFFFF, 2), eur);
    }

    /** Moneta {@code FastMoney.of} (a long with 5 decimals inside) from scaled cents. */
    @Benchmark
    public MonetaryAmount monetaFastMoneyOf() {
        return FastMoney.of(BigDecimal.valueOf(cents++ & 0xFFFF, 2), eur);
    }

    /** Baseline: only the {@code BigDecimal}. */
    @Benchmark
    public BigDecimal bigDecimalOfCents() {
        return BigDecimal.valueOf(cents++ & 0xFFFF, 2);
    }
}
