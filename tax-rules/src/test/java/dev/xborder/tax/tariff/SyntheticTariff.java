package dev.xborder.tax.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds synthetic tariffs shaped like real ones (chapters, 4-digit headings, 6-digit
 * subheadings, 8- and 10-digit national lines, some lines without a rate of their own) for index
 * tests and benchmarks. Deterministic for a seed. Not real data.
 */
public final class SyntheticTariff {
    private SyntheticTariff() {
    }

    /** At least {@code minLines} lines, deterministic for the seed. */
    public static List<TariffLine> lines(long seed, int minLines) {
        Random r = new Random(seed);
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < minLines) {
            String chapter = String.format("%02d", 1 + r.nextInt(97));
            if (r.nextInt(4) == 0) {
                codes.add(chapter);
            }
            String heading = chapter + String.format("%02d", 1 + r.nextInt(30));
            codes.add(heading);
            int subs = 1 + r.nextInt(6);
            for (int s = 0; s < subs; s++) {
                String sub = heading + String.format("%02d", r.nextInt(100));
                if (r.nextBoolean()) {
                    codes.add(sub);
                }
                int nat = 1 + r.nextInt(4);
                for (int n = 0; n < nat; n++) {
                    String eight = sub + String.format("%02d", r.nextInt(100));
                    codes.add(eight);
                    if (r.nextInt(3) == 0) {
                        for (int k = 0; k < 1 + r.nextInt(3); k++) {
                            codes.add(eight + String.format("%02d", r.nextInt(100)));
                        }
                    }
                }
            }
        }
        List<TariffLine> lines = new ArrayList<>(codes.size());
        for (String code : codes) {
            DutyRate duty = switch (r.nextInt(5)) {
                case 0 -> DutyRate.NOT_STATED;
                case 1 -> DutyRate.FREE;
                default -> new DutyRate.AdValorem(BigDecimal.valueOf(r.nextInt(400), 1));
            };
            lines.add(TariffLine.of(code, "synthetic " + code, duty));
        }
        return lines;
    }
}
