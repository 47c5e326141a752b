package dev.xborder.bench.quote;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.EcbRates;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.money.XborderRateProvider;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One landed-cost quote of the 3-line USD order to DE on 2026-07-15 ({@link QuoteScenario}).
 *
 * <ul>
 *   <li>{@code xborderQuote} / {@code xborderQuoteNoTrace}: {@link LandedCostCalculator#quote} with the
 *       bundled rule packs, trace on and off.</li>
 *   <li>baseline {@code naiveMoneta} / {@code naiveMonetaNoTrace}: {@link NaiveMonetaQuote} with
 *       {@code MathContext.DECIMAL128} amounts, with and without its text trace.</li>
 *   <li>reference {@code naiveMonetaDefaultContext}: the same with Moneta's default context
 *       (precision 256), trace on.</li>
 *   <li>floors {@code floorScaledLong} / {@code floorBigDecimal}: {@link ArithmeticFloor}, the bare
 *       arithmetic (no lookups, dates, trace or result object).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuoteBenchmark {
    @Param({"HIGH", "LOW"})
    public QuoteScenario scenario;

    private QuoteRequest withTrace;
    private QuoteRequest noTrace;
    private LandedCostCalculator engine;
    private NaiveMonetaQuote naive;
    private NaiveMonetaQuote naiveDefault;
    private ArithmeticFloor floor;

    @Setup
    public void setUp() {
        ExchangeRates rates = QuoteScenario.rates();
        withTrace = scenario.request(true);
        noTrace = scenario.request(false);
        engine = LandedCostCalculator.of(RulePackLoader.loadBundled(), rates);
        naive = new NaiveMonetaQuote(XborderRateProvider.of(rates), MathContext.DECIMAL128);
        naiveDefault = new NaiveMonetaQuote(XborderRateProvider.of(rates), null);
        floor = new ArithmeticFloor(scenario, EcbRates.bundled().rate(Monetary.getCurrency("USD"),
                LocalDate.of(2025, 5, 9)).orElseThrow(), true);
    }

    /** xborder's landed-cost engine, trace on. */
    @Benchmark
    public LandedCostQuote xborderQuote() {
        return engine.quote(withTrace);
    }

    /** xborder's landed-cost engine, trace off. */
    @Benchmark
    public LandedCostQuote xborderQuoteNoTrace() {
        return engine.quote(noTrace);
    }

    /** Baseline: the obvious Moneta implementation, trace on. */
    @Benchmark
    public NaiveMonetaQuote.Result naiveMoneta() {
        return naive.quote(withTrace);
    }

    /** Reference: the obvious Moneta implementation with Moneta's default MathContext, trace on. */
    @Benchmark
    public NaiveMonetaQuote.Result naiveMonetaDefaultContext() {
        return naiveDefault.quote(withTrace);
    }

    /** Baseline: the obvious Moneta implementation, trace off. */
    @Benchmark
    public NaiveMonetaQuote.Result naiveMonetaNoTrace() {
        return naive.quote(noTrace);
    }

    /** Floor: the same arithmetic in scaled longs. */
    @Benchmark
    public long floorScaledLong() {
        return floor.scaledLong();
    }

    /** Floor: the same arithmetic in plain BigDecimal. */
    @Benchmark
    public long floorBigDecimal() {
        return floor.bigDecimal();
    }
}
