package dev.xborder.tax.tariff;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/**
 * Most-specific-prefix lookup over the commodity codes of a tariff: for a query code, the line
 * whose code is the longest prefix of the query (the query itself included).
 *
 * <p>Codes are kept as one sorted {@code long[]} of keys (the code right-padded with zeros to
 * {@value #MAX_DIGITS} digits, times 32, plus its length), which orders them exactly like the
 * digit strings. The longest prefix of a query in the set is always the query's sorted
 * predecessor or one of that entry's own prefixes, so a lookup is one binary search plus a short
 * walk up a precomputed parent chain. Lookups allocate nothing; the index costs about 17 bytes per
 * line ({@link #estimatedBytes()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TariffIndex {
    /** The longest code the index accepts, in digits. */
    public static final int MAX_DIGITS = 16;

    private static final long[] POW10 = new long[MAX_DIGITS + 1];

    static {
        POW10[0] = 1;
        for (int i = 1; i <= MAX_DIGITS; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final long[] keys;      // sorted
    private final byte[] lengths;   // per sorted entry
    private final int[] lineOf;     // sorted entry -> position in the original list
    private final int[] parent;     // sorted entry -> sorted entry of its longest proper prefix, or -1
    private final int[] stated;     // sorted entry -> sorted entry of itself or closest ancestor with stated duty, or -1

    private TariffIndex(long[] keys, byte[] lengths, int[] lineOf, int[] parent, int[] stated) {
        this.keys = keys;
        this.lengths = lengths;
        this.lineOf = lineOf;
        this.parent = parent;
        this.stated = stated;
    }

    /**
     * Builds the index over the lines' codes. Positions returned by lookups are positions in
     * {@code lines}.
     *
     * @throws InvalidInputException if lines is null or two lines have the same code
     */
    public static TariffIndex of(List<TariffLine> lines) {
        Checks.noNulls(lines, "lines");
        int n = lines.size();
        long[] keyOf = new long[n];
        for (int i = 0; i < n; i++) {
            keyOf[i] = key(lines.get(i).code());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keyOf[a], keyOf[b]));
        long[] keys = new long[n];
        byte[] lengths = new byte[n];
        int[] lineOf = new int[n];
        for (int i = 0; i < n; i++) {
            int pos = order[i];
            keys[i] = keyOf[pos];
            lengths[i] = (byte) (keys[i] & 31);
            lineOf[i] = pos;
            if (i > 0 && keys[i] == keys[i - 1]) {
                throw new InvalidInputException("lines[" + pos + "].code", lines.get(pos).code(),
                        "duplicate code (also at lines[" + lineOf[i - 1] + "])");
            }
        }
        int[] parent = new int[n];
        int[] stated = new int[n];
        for (int i = 0; i < n; i++) {
            // the longest proper prefix of entry i is on the parent chain of entry i-1 (its predecessor)
            int p = i - 1;
            while (p >= 0 && !isPrefix(keys[p], lengths[p], keys[i], lengths[i])) {
                p = parent[p];
            }
            parent[i] = p;
            boolean hasDuty = !(lines.get(lineOf[i]).duty() instanceof DutyRate.NotStated);
            stated[i] = hasDuty ? i : (p < 0 ? -1 : stated[p]);
        }
        return new TariffIndex(keys, lengths, lineOf, parent, stated);
    }

    /** Number of codes indexed. */
    public int size() {
        return keys.length;
    }

    /**
     * The position (in the list the index was built from) of the line whose code is the longest
     * prefix of {@code code}, or -1 if no line's code is a prefix of it. Dots and spaces in the
     * query are ignored. Allocates nothing.
     *
     * @throws InvalidInputException if code is null, empty, longer than {@value #MAX_DIGITS}
     *                               digits or has characters other than digits, dots and spaces
     */
    public int find(CharSequence code) {
        int e = entry(code);
        return e < 0 ? -1 : lineOf[e];
    }

    /**
     * Like {@link #find(CharSequence)}, but skips lines whose duty is {@link DutyRate.NotStated}:
     * the position of the most specific line that states a duty, or -1.
     */
    public int findWithDuty(CharSequence code) {
        int e = entry(code);
        if (e < 0) {
            return -1;
        }
        int s = stated[e];
        return s < 0 ? -1 : lineOf[s];
    }

    /** The same as {@link #find(CharSequence)} for a code given as its digits' value and its number of digits. */
    public int find(long digits, int length) {
        checkNumeric(digits, length);
        int e = entry(digits, length);
        return e < 0 ? -1 : lineOf[e];
    }

    /** Approximate heap used by the index arrays, in bytes (excluding the lines themselves). */
    public long estimatedBytes() {
        long n = keys.length;
        return 5 * 16 + n * (8 + 1 + 4 + 4 + 4) + 16;
    }

    private int entry(CharSequence code) {
        if (code == null) {
            throw new InvalidInputException("code", null, "must not be null");
        }
        long v = 0;
        int len = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++len > MAX_DIGITS) {
                    throw new InvalidInputException("code", code, "longer than " + MAX_DIGITS + " digits");
                }
                v = v * 10 + (c - '0');
            } else if (c != '.' && c != ' ') {
                throw new InvalidInputException("code", code, "must be digits (dots and spaces are ignored)");
            }
        }
        if (len == 0) {
            throw new InvalidInputException("code", code, "has no digits");
        }
        return entry(v, len);
    }

    private int entry(long digits, int length) {
        long q = digits * POW10[MAX_DIGITS - length] * 32 + length;
        // floor: largest i with keys[i] <= q
        int lo = 0;
        int hi = keys.length - 1;
        int floor = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] <= q) {
                floor = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int e = floor;
        while (e >= 0 && !isPrefix(keys[e], lengths[e], q, length)) {
            e = parent[e];
        }
        return e;
    }

    private static boolean isPrefix(long key, int len, long otherKey, int otherLen) {
        if (len > otherLen) {
            return false;
        }
        long div = POW10[MAX_DIGITS - len] * 32;
        return key / div == otherKey / div;
    }

    private static void checkNumeric(long digits, int length) {
        if (length < 1 || length > MAX_DIGITS || digits < 0 || digits >= POW10[length]) {
            throw new InvalidInputException("code", digits, "must have 1 to " + MAX_DIGITS + " digits and fit the length "
                    + length);
        }
    }

    static long key(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
        }
        return v * POW10[MAX_DIGITS - digits.length()] * 32 + digits.length();
    }
}
