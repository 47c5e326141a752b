package dev.xborder.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders measured figures and the targets as a Markdown table. */
public final class Report {
    private Report() {
    }

    /** The verdict of one target. */
    public record Verdict(Target target, Measured subject, Measured baseline, String ratio, String met) {
    }

    /** Checks every target against the figures; missing figures give "not run" or "pending". */
    public static List<Verdict> verdicts(List<Target> targets, Map<String, Measured> figures, int cores) {
        List<Verdict> out = new ArrayList<>();
        for (Target t : targets) {
            Measured s = t.subject() == null ? null : figures.get(t.subject().key());
            Measured b = t.baseline() == null ? null : figures.get(t.baseline().key());
            String ratio = "";
            if (s != null && b != null && s.unit().equals("bytes") && b.unit().equals("bytes")) {
                ratio = fmt(s.score() / b.score()) + "x";
            } else if (s != null && b != null) {
                double r = s.isThroughput() ? s.score() / b.score() : b.nanosPerOp() / s.nanosPerOp();
                double rb = s.isThroughput() ? s.best() / b.best() : b.bestNanosPerOp() / s.bestNanosPerOp();
                ratio = fmt(r) + "x (best " + fmt(rb) + "x)";
            }
            String met;
            if (t.subject() == null) {
                met = "pending";
            } else if (s == null) {
                met = "not run";
            } else {
                List<String> misses = new ArrayList<>();
                List<String> checks = new ArrayList<>();
                if (t.maxNanos() != null) {
                    double ns = s.bestNanosPerOp();
                    checks.add("<= " + time(t.maxNanos()));
                    if (!(ns <= t.maxNanos())) {
                        misses.add("best " + time(ns) + " > " + time(t.maxNanos()) + " (" + fmt(ns / t.maxNanos())
                                + "x)");
                    }
                }
                if (t.minSpeedup() != null) {
                    checks.add(">= " + fmt(t.minSpeedup()) + "x");
                    double r = b == null ? Double.NaN : b.bestNanosPerOp() / s.bestNanosPerOp();
                    if (!(r >= t.minSpeedup())) {
                        misses.add(b == null ? "baseline not run" : "best " + fmt(r) + "x < " + fmt(t.minSpeedup())
                                + "x");
                    }
                }
                if (t.maxBytes() != null) {
                    checks.add("<= " + bytes(t.maxBytes()));
                    // a heap figure (unit bytes) is judged on itself, a JMH figure on its allocation per op
                    double b2 = s.unit().equals("bytes") ? s.score() : s.bytesPerOp();
                    if (!(b2 <= t.maxBytes())) {
                        misses.add(bytes(b2) + " > " + bytes(t.maxBytes()) + " (" + fmt(b2 / t.maxBytes()) + "x)");
                    }
                }
                if (t.minOpsPerCore() != null) {
                    double perCore = s.best() / Math.max(1, Math.min(cores, s.threads()));
                    checks.add(">= " + fmt(t.minOpsPerCore()) + " ops/s/core");
                    if (!(perCore >= t.minOpsPerCore())) {
                        misses.add(fmt(perCore) + " ops/s/core");
                    }
                }
                met = checks.isEmpty() ? "(info)" : misses.isEmpty() ? "yes" : "NO: " + String.join("; ", misses);
            }
            out.add(new Verdict(t, s, b, ratio, met));
        }
        return out;
    }

    /** The Markdown: a header, the targets table, every figure, and the notes given. */
    public static String markdown(String header, List<Verdict> verdicts, Map<String, Measured> figures,
                                  List<String> notes) {
        StringBuilder sb = new StringBuilder(header).append("\n\n## Targets\n\n");
        sb.append("| target | xborder | baseline | ratio | alloc/op xborder / baseline | target | met |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Verdict v : verdicts) {
            Target t = v.target();
            StringBuilder limits = new StringBuilder();
            if (t.maxNanos() != null) limits.append("<= ").append(time(t.maxNanos())).append(' ');
            if (t.minSpeedup() != null) limits.append(">= ").append(fmt(t.minSpeedup())).append("x ");
            if (t.maxBytes() != null) limits.append("<= ").append(bytes(t.maxBytes())).append(' ');
            if (t.minOpsPerCore() != null) limits.append(">= ").append(fmt(t.minOpsPerCore())).append(" ops/s/core");
            sb.append("| **").append(t.id()).append("** ").append(t.what())
                    .append(t.note().isEmpty() ? "" : " (" + t.note() + ")")
                    .append(" | ").append(v.subject() == null ? "-" : score(v.subject()))
                    .append(" | ").append(v.baseline() == null ? "-" : score(v.baseline()) + " `"
                            + v.baseline().key() + "`")
                    .append(" | ").append(v.ratio())
                    .append(" | ").append(v.subject() == null ? "-" : bytes(v.subject().bytesPerOp())).append(" / ")
                    .append(v.baseline() == null ? "-" : bytes(v.baseline().bytesPerOp()))
                    .append(" | ").append(limits.toString().strip())
                    .append(" | ").append(v.met()).append(" |\n");
        }
        sb.append("\n## All figures\n\n| figure | mean | ± (99.9%) | best | unit | alloc/op | threads |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Measured m : figures.values()) {
            sb.append("| `").append(m.key()).append("` | ").append(fmt(m.score())).append(" | ")
                    .append(Double.isNaN(m.error()) ? "" : fmt(m.error())).append(" | ").append(fmt(m.best()))
                    .append(" | ").append(m.unit())
                    .append(" | ").append(bytes(m.bytesPerOp())).append(" | ").append(m.threads()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            sb.append("\n## Notes\n\n");
            for (String n : notes) {
                sb.append("- ").append(n).append('\n');
            }
        }
        return sb.toString();
    }

    private static String score(Measured m) {
        if (m.isThroughput()) {
            return fmt(m.best()) + " " + m.unit() + " (mean " + fmt(m.score()) + ")";
        }
        if (m.unit().equals("bytes")) {
            return bytes(m.score());
        }
        if (m.unit().equals("ms")) {
            return "median " + time(m.nanosPerOp());
        }
        return time(m.bestNanosPerOp()) + " (mean " + time(m.nanosPerOp()) + ")";
    }

    /** A duration in ns as ns, us or ms with 3 significant digits. */
    public static String time(double ns) {
        if (Double.isNaN(ns)) return "?";
        if (ns < 1_000) return fmt(ns) + " ns";
        if (ns < 1_000_000) return fmt(ns / 1e3) + " us";
        return fmt(ns / 1e6) + " ms";
    }

    /** Bytes as B or KB. */
    public static String bytes(double b) {
        if (Double.isNaN(b)) return "-";
        if (Math.abs(b) < 10_000) return String.format(Locale.ROOT, "%.0f B", b);
        return fmt(b / 1024) + " KB";
    }

    /** Three significant digits, no exponent for everyday magnitudes. */
    public static String fmt(double v) {
        if (Double.isNaN(v)) return "?";
        double a = Math.abs(v);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.3g", v);
        if (a >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
