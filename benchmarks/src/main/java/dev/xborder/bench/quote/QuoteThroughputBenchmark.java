package dev.xborder.bench.quote;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.money.XborderRateProvider;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.MathContext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Quotes per second on all cores ({@code @Threads(MAX)}: one thread per available processor) over
 * {@link QuoteStream} (256 varied requests, 20 destinations, mixed HS codes, trace off), one shared
 * calculator.
 *
 * <ul>
 *   <li>{@code xborderAllCores}: the engine on every core.</li>
 *   <li>{@code xborderOneThread}: the same on one thread (shows how throughput scales).</li>
 *   <li>baseline {@code naiveMonetaAllCores}: {@link NaiveMonetaQuote} on every core over the same
 *       requests; it applies the German rules whatever the destination (less rule work than the
 *       engine).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuoteThroughputBenchmark {
    private static final int N = 256;

    /** Shared by all threads, as a host would share them. */
    @State(Scope.Benchmark)
    public static class Shared {
        LandedCostCalculator engine;
        NaiveMonetaQuote naive;
        QuoteRequest[] requests;

        @Setup
        public void setUp() {
            ExchangeRates rates = QuoteScenario.rates();
            engine = LandedCostCalculator.of(RulePackLoader.loadBundled(), rates);
            naive = new NaiveMonetaQuote(XborderRateProvider.of(rates), MathContext.DECIMAL128);
            requests = QuoteStream.requests(N);
        }
    }

    /** Each thread's position in the stream. */
    @State(Scope.Thread)
    public static class Cursor {
        int i;

        @Setup
        public void setUp() {
            i = (int) (Thread.currentThread().getId() * 97);
        }

        int next() {
            return i++ & (N - 1);
        }
    }

    @Benchmark
    @Threads(Threads.MAX)
    public LandedCostQuote xborderAllCores(Shared s, Cursor c) {
        return s.engine.quote(s.requests[c.next()]);
    }

    @Benchmark
    @Threads(1)
    public LandedCostQuote xborderOneThread(Shared s, Cursor c) {
        return s.engine.quote(s.requests[c.next()]);
    }

    /** Baseline: the naive Moneta quote (German rules) on all cores. */
    @Benchmark
    @Threads(Threads.MAX)
    public NaiveMonetaQuote.Result naiveMonetaAllCores(Shared s, Cursor c) {
        return s.naive.quote(s.requests[c.next()]);
    }
}
