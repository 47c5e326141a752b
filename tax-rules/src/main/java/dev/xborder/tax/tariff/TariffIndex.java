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
 * digit strings; every code starting with an entry's code has a key in that entry's range
 * {@code [key, last]}. The longest prefix of a query in the set is always the query's sorted
 * predecessor or one of that entry's own prefixes, so a lookup is a table jump on the first four
 * digits, a binary search inside that bucket and a short walk up a precomputed parent chain, with
 * comparisons only. Lookups allocate nothing; the index costs 28 bytes per line plus a 40 KB
 * bucket table ({@link #estimatedBytes()}).
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

    private static final int BUCKET_DIGITS = 4;
    private static final long BUCKET_DIVISOR = pow10(MAX_DIGITS - BUCKET_DIGITS) * 32;

    private final long[] keys;      // sorted
    private final long[] last;      // per sorted entry: the largest key any code starting with it can have
    private final int[] bucket;     // first sorted entry whose first 4 padded digits are >= b, for b in 0..10^4
    private final int[] lineOf;     // sorted entry -> position in the original list
    private final int[] parent;     // sorted entry -> sorted entry of its longest proper prefix, or -1
    private final int[] stated;     // sorted entry -> sorted entry of itself or closest ancestor with stated duty, or -1

    private TariffIndex(long[] keys, long[] last, int[] bucket, int[] lineOf, int[] parent, int[] stated) {
        this.keys = keys;
        this.last = last;
        this.bucket = bucket;
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
        long[] last = new long[n];
        int[] lineOf = new int[n];
        for (int i = 0; i < n; i++) {
            int pos = order[i];
            keys[i] = keyOf[pos];
            int len = (int) (keys[i] & 31);
            long padded = keys[i] >>> 5;
            last[i] = (padded + POW10[MAX_DIGITS - len] - 1) * 32 + 31;
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
            while (p >= 0 && !(keys[p] <= keys[i] && keys[i] <= last[p])) {
                p = parent[p];
            }
            parent[i] = p;
            boolean hasDuty = !(lines.get(lineOf[i]).duty() instanceof DutyRate.NotStated);
            stated[i] = hasDuty ? i : (p < 0 ? -1 : stated[p]);
        }
        int buckets = (int) POW10[BUCKET_DIGITS];
        int[] bucket = new int[buckets + 1];
        int e = 0;
        for (int b = 0; b <= buckets; b++) {
            while (e < n && keys[e] / BUCKET_DIVISOR < b) {
                e++;
            }
            bucket[b] = e;
        }
        return new TariffIndex(keys, last, bucket, lineOf, parent, stated);
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
        return 6 * 16 + n * (8 + 8 + 4 + 4 + 4) + 4L * bucket.length;
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
        // floor: largest i with keys[i] <= q; only entries of q's 4-digit bucket can be above the bucket's start
        int b = (int) (q / BUCKET_DIVISOR);
        int lo = bucket[b];
        int hi = bucket[b + 1] - 1;
        int floor = lo - 1;
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
        while (e >= 0 && !(keys[e] <= q && q <= last[e])) {
            e = parent[e];
        }
        return e;
    }

    private static long pow10(int exponent) {
        long v = 1;
        for (int i = 0; i < exponent; i++) {
            v *= 10;
        }
        return v;
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
