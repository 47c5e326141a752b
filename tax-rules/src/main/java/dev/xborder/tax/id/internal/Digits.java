package dev.xborder.tax.id.internal;

/**
 * Small allocation-free helpers over a character sequence of a normalised number. Positions are
 * 0-based and inclusive-exclusive like {@link String#substring(int, int)}.
 */
final class Digits {
    private Digits() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean allDigits(CharSequence s, int from, int to) {
        if (from > to || to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(CharSequence s) {
        return s.length() > 0 && allDigits(s, 0, s.length());
    }

    static int d(CharSequence s, int i) {
        return s.charAt(i) - '0';
    }

    /** The digits from..to as a number; at most 18 digits. */
    static long value(CharSequence s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + d(s, i);
        }
        return v;
    }

    /** Sum of digit(i) * weights[i - from] for i in from..from+weights.length. */
    static int weighted(CharSequence s, int from, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += d(s, from + i) * weights[i];
        }
        return sum;
    }

    /**
     * The Luhn checksum (ISO/IEC 7812-1) of the digits from..to: 0 when the last digit is a valid
     * Luhn check digit for the others.
     */
    static int luhnChecksum(CharSequence s, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int i = to - 1; i >= from; i--) {
            int v = d(s, i);
            if (twice) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            twice = !twice;
        }
        return sum % 10;
    }

    /** The Luhn check digit to append to the digits from..to. */
    static int luhnCheckDigit(CharSequence s, int from, int to) {
        int sum = 0;
        boolean twice = true; // the digit to be appended is at the undoubled position
        for (int i = to - 1; i >= from; i--) {
            int v = d(s, i);
            if (twice) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    /** ISO 7064 MOD 11,10 (hybrid system): whether digits from..to carry a valid final check digit. */
    static boolean iso7064Mod11x10Valid(CharSequence s, int from, int to) {
        int p = 10;
        for (int i = from; i < to - 1; i++) {
            int t = (d(s, i) + p) % 10;
            if (t == 0) {
                t = 10;
            }
            p = (2 * t) % 11;
        }
        return (11 - p) % 10 == d(s, to - 1);
    }

    /** Whether year/month/day is a real calendar date. */
    static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int max = switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= max;
    }
}
