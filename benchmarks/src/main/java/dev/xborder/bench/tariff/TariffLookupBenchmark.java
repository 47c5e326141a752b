package dev.xborder.bench.tariff;

import dev.xborder.tax.tariff.NationalTariff;
import dev.xborder.tax.tariff.TariffIndex;
import dev.xborder.tax.tariff.TariffLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Most-specific-prefix lookup of a 10-digit code in a full national tariff (about 20,000 synthetic
 * lines, {@link SyntheticTariff}), cycling through 4,096 query codes.
 *
 * <ul>
 *   <li>{@code indexFind}: {@link TariffIndex#find(CharSequence)} (the line, by position).</li>
 *   <li>{@code indexFindNumeric}: {@link TariffIndex#find(long, int)}, the code pre-parsed (search only).</li>
 *   <li>{@code tariffDutyLine}: {@link NationalTariff#dutyLine(CharSequence)} (the line stating the
 *       duty, as an {@code Optional}).</li>
 *   <li>baseline {@code linearScan}: every line, {@code startsWith}, keep the longest.</li>
 *   <li>reference {@code hashMapPrefixProbe}: a {@code HashMap<String, Integer>} of codes probed
 *       with the query's prefixes from longest to shortest (the obvious "fast" way).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TariffLookupBenchmark {
    private static final int N = 4096;

    private NationalTariff tariff;
    private TariffIndex index;
    private TariffLine[] lines;
    private Map<String, Integer> byCode;
    private String[] queries;
    private long[] queryDigits;
    private int[] queryLengths;
    private int i;

    @Setup
    public void setUp() {
        tariff = SyntheticTariff.tariff();
        index = tariff.index();
        List<TariffLine> l = tariff.lines();
        lines = l.toArray(new TariffLine[0]);
        byCode = new HashMap<>();
        for (int k = 0; k < lines.length; k++) {
            byCode.put(lines[k].code(), k);
        }
        queries = SyntheticTariff.queries(l, N);
        queryDigits = new long[N];
        queryLengths = new int[N];
        for (int k = 0; k < N; k++) {
            queryDigits[k] = Long.parseLong(queries[k]);
            queryLengths[k] = queries[k].length();
        }
    }

    /** The index with the code already as a number (no text parsing): the search alone. */
    @Benchmark
    public int indexFindNumeric() {
        int k = i++ & (N - 1);
        return index.find(queryDigits[k], queryLengths[k]);
    }

    @Benchmark
    public int indexFind() {
        return index.find(queries[i++ & (N - 1)]);
    }

    @Benchmark
    public Optional<TariffLine> tariffDutyLine() {
        return tariff.dutyLine(queries[i++ & (N - 1)]);
    }

    /** Baseline: linear scan over all lines. */
    @Benchmark
    public int linearScan() {
        return linearScan(lines, queries[i++ & (N - 1)]);
    }

    /** Reference: hash map probed with each prefix of the query, longest first. */
    @Benchmark
    public int hashMapPrefixProbe() {
        String q = queries[i++ & (N - 1)];
        for (int len = q.length(); len > 0; len--) {
            Integer p = byCode.get(q.substring(0, len));
            if (p != null) {
                return p;
            }
        }
        return -1;
    }

    /** The naive longest-prefix search; public for the equivalence test. */
    public static int linearScan(TariffLine[] lines, String q) {
        int best = -1;
        int bestLen = 0;
        for (int k = 0; k < lines.length; k++) {
            String c = lines[k].code();
            if (c.length() > bestLen && q.startsWith(c)) {
                best = k;
                bestLen = c.length();
            }
        }
        return best;
    }
}
