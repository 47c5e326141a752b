package dev.xborder.bench.report;

/**
 * One row of the targets table: what is measured (subject) against what (baseline, same run), and
 * the targets. A {@code null} limit is not checked; {@code subject == null} marks a target
 * whose code is not in main yet (reported as pending with {@code note}).
 *
 * @param id            short id
 * @param what          what is measured, in words
 * @param subject       the xborder figure
 * @param baseline      the baseline figure
 * @param maxNanos      subject at most this many ns/op (for process figures: ms are converted)
 * @param minSpeedup    baseline time / subject time at least this
 * @param maxBytes      subject allocation at most this many bytes/op
 * @param minOpsPerCore subject throughput per core at least this (ops/s)
 * @param note          what the reader should know (settings, caveats)
 */
public record Target(String id, String what, Ref subject, Ref baseline, Double maxNanos, Double minSpeedup,
                     Double maxBytes, Double minOpsPerCore, String note) {
}
