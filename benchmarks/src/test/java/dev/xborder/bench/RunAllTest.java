package dev.xborder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.bench.report.Ref;
import dev.xborder.bench.report.Target;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** The runner is wired to real benchmarks and produces its files; no timing is asserted. */
class RunAllTest {
    @Test
    void everyTargetNamesABenchmarkMethodAndParameterValueThatExist() throws Exception {
        List<Ref> refs = new ArrayList<>();
        for (Target t : Targets.all()) {
            if (t.subject() != null) refs.add(t.subject());
            if (t.baseline() != null) refs.add(t.baseline());
        }
        assertThat(refs).isNotEmpty();
        for (Ref r : refs) {
            if (r.processKey() != null) {
                assertThat(r.processKey()).matches("(startup|footprint|sync-heap):[a-z0-9-]+");
                continue;
            }
            assertThat(Arrays.stream(r.benchmarkClass().getMethods())
                    .filter(m -> m.getName().equals(r.method()) && m.isAnnotationPresent(Benchmark.class)))
                    .as(r.key()).hasSize(1);
            for (String kv : r.params()) {
                String[] p = kv.split("=", 2);
                Field f = r.benchmarkClass().getField(p[0]);
                Param param = f.getAnnotation(Param.class);
                if (param.value().length > 0) {
                    assertThat(param.value()).as(r.key()).contains(p[1]);
                } else {
                    assertThat(Arrays.stream(f.getType().getEnumConstants()).map(Object::toString)).contains(p[1]);
                }
            }
        }
    }

    @Test
    void aSmokeRunOfOneBenchmarkWritesJmhJsonAndTheTableWithItsTargetRow(@TempDir Path out) throws Exception {
        RunAll.Settings s = RunAll.Settings.parse(new String[] {"--quick", "--include", "TariffLookupBenchmark.indexFind",
                "--forks", "0", "--warmup", "0", "--iterations", "1", "--time-ms", "100", "--process-runs", "0",
                "--out", out.toString()});
        String md = RunAll.run(s, "smoke");

        assertThat(Files.readString(out.resolve("results.json"))).contains("TariffLookupBenchmark.indexFind")
                .contains("gc.alloc.rate.norm");
        assertThat(Files.readString(out.resolve("results.md"))).isEqualTo(md);
        assertThat(md).contains("`TariffLookupBenchmark.indexFind`").contains("**tariff-find**")
                .contains("**quote-trace**");
    }

    @Test
    void onlyTheSyncHeapProcessRunsInAFreshJvmAndFillsItsThreeTargetRows(@TempDir Path out) throws Exception {
        RunAll.Settings s = RunAll.Settings.parse(new String[] {"--include", "none", "--process", "sync-heap",
                "--sync-orders", "2000", "--out", out.toString()});
        String md = RunAll.run(s, "sync-heap smoke");

        assertThat(md).contains("**sync-heap**").contains("**sync-heap-ratio**").contains("**sync-rate**")
                .contains("`sync-heap:growth-10pct-100pct`").contains("`sync-heap:orders-per-s`")
                .doesNotContain("`startup:").doesNotContain("`footprint:");
        assertThat(Files.readString(out.resolve("processes.json"))).contains("\"sync-heap:heap-1pct\"")
                .contains("\"unit\": \"bytes\"");
    }

    @Test
    void anUnknownProcessMeasurementIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> RunAll.Settings.parse(new String[] {"--process", "heap"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sync-heap");
    }

    @Test
    void optionsOverrideTheQuickPreset() {
        RunAll.Settings s = RunAll.Settings.parse(new String[] {"--quick", "--iterations", "7", "--out", "x"});
        assertThat(s.iterations()).isEqualTo(7);
        assertThat(s.warmup()).isEqualTo(1);
        assertThat(s.out()).isEqualTo(Path.of("x"));
    }
}
