package dev.xborder.tax.tariff.internal;

import dev.xborder.tax.tariff.AreaRate;
import dev.xborder.tax.tariff.DutyRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads rate texts exactly or not at all. US HTS column texts: "Free", "6.5%", "2.4¢/kg",
 * "$1.035/doz.", and sums of percentages and specific amounts joined by " + ". Anything else
 * (minimums, "on contents", footnote markers, references to other headings) is unparsed.
 */
public final class RateText {
    private RateText() {
    }

    private static final Set<String> NOT_UNIT_WORDS = Set.of("on", "of", "in", "the", "and", "or", "less", "not",
            "plus", "minus", "but", "see", "each", "per", "max", "min", "maximum", "minimum");

    /** Parses an HTS general or column 2 rate; empty text is {@link DutyRate#NOT_STATED}. */
    public static DutyRate parseHts(String text) {
        String t = text == null ? "" : collapse(text);
        if (t.isEmpty()) {
            return DutyRate.NOT_STATED;
        }
        if (t.equals("Free")) {
            return DutyRate.FREE;
        }
        String[] parts = t.split(" \\+ ", -1);
        List<DutyRate> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            DutyRate r = part(p);
            if (r == null) {
                return new DutyRate.Unparsed(text);
            }
            out.add(r);
        }
        return out.size() == 1 ? out.get(0) : new DutyRate.Compound(out);
    }

    private static DutyRate part(String p) {
        if (p.endsWith("%")) {
            BigDecimal v = number(p.substring(0, p.length() - 1));
            return v == null ? null : new DutyRate.AdValorem(v);
        }
        int cent = p.indexOf("¢/");
        if (cent > 0) {
            BigDecimal v = number(p.substring(0, cent));
            String unit = unit(p.substring(cent + 2));
            return v == null || unit == null ? null : new DutyRate.Specific(v.movePointLeft(2), "USD", unit);
        }
        if (p.startsWith("$")) {
            int slash = p.indexOf('/');
            if (slash < 0) {
                return null;
            }
            BigDecimal v = number(p.substring(1, slash));
            String unit = unit(p.substring(slash + 1));
            return v == null || unit == null ? null : new DutyRate.Specific(v, "USD", unit);
        }
        return null;
    }

    /** A plain decimal number: digits, optionally one dot and more digits; null otherwise. */
    static BigDecimal number(String s) {
        if (s.isEmpty() || s.length() > 20) {
            return null;
        }
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (dot || i == 0 || i == s.length() - 1) {
                    return null;
                }
                dot = true;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        return new BigDecimal(s);
    }

    /** A unit of one or two words like "kg", "doz.", "clean kg", "pf. liter"; null otherwise. */
    static String unit(String s) {
        if (s.isEmpty() || s.length() > 20) {
            return null;
        }
        String[] words = s.split(" ", -1);
        if (words.length > 2) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || NOT_UNIT_WORDS.contains(w.toLowerCase())) {
                return null;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean ok = Character.isLetterOrDigit(c) || (c == '.' && i == w.length() - 1);
                if (!ok) {
                    return null;
                }
            }
        }
        return s;
    }

    /**
     * Parses the HTS special column: groups like "Free (A+,AU,BH)" or "3.4% (KR)" give one
     * {@link AreaRate} per program code. If any part of the text is not such a group, the whole
     * column is one area rate with area "SPECIAL" and the raw text unparsed.
     */
    public static List<AreaRate> parseHtsSpecial(String text) {
        String t = text == null ? "" : collapse(text);
        if (t.isEmpty()) {
            return List.of();
        }
        List<AreaRate> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf(" (", i);
            int close = open < 0 ? -1 : t.indexOf(')', open);
            if (open < 0 || close < 0) {
                return List.of(new AreaRate("SPECIAL", "special rate column", new DutyRate.Unparsed(text)));
            }
            DutyRate rate = parseHts(t.substring(i, open));
            if (!rate.isParsed()) {
                return List.of(new AreaRate("SPECIAL", "special rate column", new DutyRate.Unparsed(text)));
            }
            for (String code : t.substring(open + 2, close).split(",", -1)) {
                String c = code.strip();
                if (c.isEmpty() || c.length() > 4) {
                    return List.of(new AreaRate("SPECIAL", "special rate column", new DutyRate.Unparsed(text)));
                }
                out.add(new AreaRate(c, "HTS special program " + c, rate));
            }
            i = close + 1;
            while (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
        }
        return out;
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
