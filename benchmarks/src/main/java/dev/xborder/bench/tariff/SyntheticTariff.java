package dev.xborder.bench.tariff;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.tax.tariff.DutyRate;
import dev.xborder.tax.tariff.NationalTariff;
import dev.xborder.tax.tariff.TariffLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic national tariff shaped like a real one (UK/EU/US): 96 HS chapters
 * (01..97 without 77), headings, 6-digit subheadings, 8-digit lines with ad valorem duties and
 * 10-digit statistical lines that state none (they inherit, as in the US HTS). About 20,000
 * lines; codes and rates are invented for the benchmark, not tariff facts.
 */
public final class SyntheticTariff {
    /** The seed of every generated tariff and query set. */
    public static final long SEED = 15_000L;

    private SyntheticTariff() {
    }

    /** The lines, parents before children (the order a reader produces). */
    public static List<TariffLine> lines() {
        Random rnd = new Random(SEED);
        List<TariffLine> lines = new ArrayList<>(24_000);
        DutyRate notStated = new DutyRate.NotStated();
        for (int ch = 1; ch <= 97; ch++) {
            if (ch == 77) {
                continue;
            }
            String c = two(ch);
            lines.add(new TariffLine(c, "Chapter " + c, notStated, List.of(), null));
            int headings = 8 + rnd.nextInt(9);
            for (int h = 1; h <= headings; h++) {
                String hd = c + two(h);
                lines.add(new TariffLine(hd, "Heading " + hd, notStated, List.of(), null));
                int subs = 2 + rnd.nextInt(5);
                for (int s = 0; s < subs; s++) {
                    String sub = hd + two(s * 10 + (s == 0 ? 0 : rnd.nextInt(10)));
                    lines.add(new TariffLine(sub, "Subheading " + sub, notStated, List.of(), null));
                    int eights = 1 + rnd.nextInt(2);
                    for (int e = 0; e < eights; e++) {
                        String eight = sub + two(e * 20 + rnd.nextInt(20));
                        DutyRate duty = rnd.nextInt(5) == 0 ? new DutyRate.Free()
                                : new DutyRate.AdValorem(BigDecimal.valueOf(5 + rnd.nextInt(250), 1));
                        lines.add(new TariffLine(eight, "Line " + eight, duty, List.of(), null));
                        int tens = rnd.nextInt(3);
                        for (int t = 0; t < tens; t++) {
                            String ten = eight + two(t * 25 + rnd.nextInt(25));
                            lines.add(new TariffLine(ten, "Statistical line " + ten, notStated, List.of(), null));
                        }
                    }
                }
            }
        }
        return lines;
    }

    /** The tariff over {@link #lines()}, jurisdiction XX-like placeholder GB, as of 2026-07-01. */
    public static NationalTariff tariff() {
        return NationalTariff.of(CountryCode.of("GB"), "synthetic benchmark tariff (seed " + SEED + ")",
                LocalDate.of(2026, 7, 1), lines());
    }

    /**
     * {@code n} 10-digit query codes: a third exact 10-digit lines, a third an existing 8-digit line
     * plus two random digits, a third random codes under an existing heading (often matching only
     * the heading or chapter).
     */
    public static String[] queries(List<TariffLine> lines, int n) {
        Random rnd = new Random(SEED + 1);
        List<String> tens = new ArrayList<>();
        List<String> eights = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (TariffLine l : lines) {
            switch (l.code().length()) {
                case 10 -> tens.add(l.code());
                case 8 -> eights.add(l.code());
                case 4 -> headings.add(l.code());
                default -> { }
            }
        }
        String[] q = new String[n];
        for (int i = 0; i < n; i++) {
            q[i] = switch (i % 3) {
                case 0 -> tens.get(rnd.nextInt(tens.size()));
                case 1 -> eights.get(rnd.nextInt(eights.size())) + two(rnd.nextInt(100));
                default -> headings.get(rnd.nextInt(headings.size())) + String.format("%06d", rnd.nextInt(1_000_000));
            };
        }
        return q;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
