package dev.xborder.core.product;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Harmonized System 2022 nomenclature at 6 digits: which chapters, headings and subheadings
 * exist. Loaded once from the bundled resource {@code dev/xborder/core/product/hs2022-subheadings.txt}
 * (source and commit in its header: datasets/harmonized-system, HS 2022, 5,612 subheadings in 1,228
 * headings). Lookups are bit-set reads, no allocation.
 *
 * <p>Thread-safe; immutable after class initialisation.
 */
public final class HsNomenclature {
    static final String RESOURCE = "hs2022-subheadings.txt";

    private static final BitSet SUBHEADINGS = new BitSet(1_000_000);
    private static final BitSet HEADINGS = new BitSet(10_000);
    private static final BitSet CHAPTERS = new BitSet(100);
    private static final int COUNT;

    static {
        int n = 0;
        try (InputStream in = HsNomenclature.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/xborder/core/product/" + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                if (f.length < 2 || f[0].length() != 4) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected a heading and subheadings");
                }
                int heading = Integer.parseInt(f[0]);
                HEADINGS.set(heading);
                CHAPTERS.set(heading / 100);
                for (int i = 1; i < f.length; i++) {
                    if (f[i].length() != 2) {
                        throw new IllegalStateException(RESOURCE + " line " + lineNo + ": bad subheading " + f[i]);
                    }
                    SUBHEADINGS.set(heading * 100 + Integer.parseInt(f[i]));
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        COUNT = n;
    }

    private HsNomenclature() {
    }

    /** The nomenclature's version, {@code "HS 2022"}. */
    public static String version() {
        return "HS 2022";
    }

    /** Whether a 6-digit string is an HS 2022 subheading, e.g. {@code "610910"}. Never throws. */
    public static boolean isSubheading(String sixDigits) {
        int v = parse(sixDigits, 6);
        return v >= 0 && SUBHEADINGS.get(v);
    }

    /** Whether a 4-digit string is an HS 2022 heading, e.g. {@code "6109"}. Never throws. */
    public static boolean isHeading(String fourDigits) {
        int v = parse(fourDigits, 4);
        return v >= 0 && HEADINGS.get(v);
    }

    /** Whether a 2-digit string is an HS 2022 chapter ({@code "01"} to {@code "97"}, not {@code "77"}). Never throws. */
    public static boolean isChapter(String twoDigits) {
        int v = parse(twoDigits, 2);
        return v >= 0 && CHAPTERS.get(v);
    }

    /** The number of subheadings in the bundled table (5,612). */
    public static int subheadingCount() {
        return COUNT;
    }

    /** Every HS 2022 subheading (6 digits), sorted. */
    public static java.util.List<String> allSubheadings() {
        java.util.List<String> out = new java.util.ArrayList<>(COUNT);
        for (int i = SUBHEADINGS.nextSetBit(0); i >= 0; i = SUBHEADINGS.nextSetBit(i + 1)) {
            out.add(String.format("%06d", i));
        }
        return java.util.List.copyOf(out);
    }

    /** The subheadings of a heading, sorted; empty if the heading does not exist. */
    public static Set<String> subheadingsOf(String fourDigits) {
        Set<String> out = new TreeSet<>();
        int h = parse(fourDigits, 4);
        if (h < 0) {
            return out;
        }
        for (int i = SUBHEADINGS.nextSetBit(h * 100); i >= 0 && i < (h + 1) * 100; i = SUBHEADINGS.nextSetBit(i + 1)) {
            out.add(String.format("%06d", i));
        }
        return out;
    }

    private static int parse(String s, int len) {
        if (s == null || s.length() != len) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
