package dev.xborder.bench.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.tax.tariff.NationalTariff;
import dev.xborder.tax.tariff.TariffLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's tariff is full size and its baseline finds what the index finds. */
class TariffLookupBenchmarkTest {
    @Test
    void syntheticTariffHasAtLeast15000LinesAndLinearScanAgreesWithTheIndexOnEveryQuery() {
        NationalTariff t = SyntheticTariff.tariff();
        List<TariffLine> lines = t.lines();
        assertThat(lines.size()).isGreaterThanOrEqualTo(15_000);
        TariffLine[] arr = lines.toArray(new TariffLine[0]);
        String[] queries = SyntheticTariff.queries(lines, 4096);
        int matchedBelowTen = 0;
        for (String q : queries) {
            int expected = TariffLookupBenchmark.linearScan(arr, q);
            assertThat(t.index().find(q)).as(q).isEqualTo(expected);
            if (expected >= 0 && arr[expected].code().length() < 10) {
                matchedBelowTen++;
            }
        }
        assertThat(matchedBelowTen).as("queries resolved by a shorter prefix").isGreaterThan(1000);
    }
}
