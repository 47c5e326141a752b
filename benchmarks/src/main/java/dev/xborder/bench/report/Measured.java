package dev.xborder.bench.report;

/**
 * One measured figure: a JMH benchmark's primary score (with its error and unit) and its
 * allocation per operation from {@code -prof gc} ({@code gc.alloc.rate.norm}, NaN when not
 * measured), or a process measurement (median ms of several runs).
 *
 * @param key        {@code Class.method[param=value,...]} or {@code startup:<mode>}
 * @param score      the score in {@code unit}
 * @param error      the 99.9% confidence half-width (NaN if unknown)
 * @param unit       JMH's unit ({@code ns/op}, {@code ops/s}) or {@code ms}
 * @param bytesPerOp allocated bytes per operation, NaN if not measured
 * @param threads    threads the benchmark ran on
 * @param best       the best measurement iteration (lowest time, highest throughput), or the
 *                   median process run (processes are judged on the median, as issue 8 asks)
 */
public record Measured(String key, double score, double error, String unit, double bytesPerOp, int threads,
                       double best) {
    /** The score as nanoseconds per operation, or NaN if the unit is not a time per op. */
    public double nanosPerOp() {
        return nanos(score);
    }

    /** The best iteration as nanoseconds per operation, or NaN if the unit is not a time per op. */
    public double bestNanosPerOp() {
        return nanos(best);
    }

    private double nanos(double v) {
        return switch (unit) {
            case "ns/op" -> v;
            case "us/op" -> v * 1e3;
            case "ms/op" -> v * 1e6;
            case "ms" -> v * 1e6;
            default -> Double.NaN;
        };
    }

    /** Whether higher is better (throughput). */
    public boolean isThroughput() {
        return unit.startsWith("ops/");
    }
}
