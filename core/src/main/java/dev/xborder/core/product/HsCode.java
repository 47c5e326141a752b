package dev.xborder.core.product;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;

/**
 * A Harmonized System commodity code of 6 to 10 digits (the 6-digit international root plus
 * national digits). Dots and spaces are accepted on input and dropped: {@code "6109.10.00"}.
 */
public record HsCode(String digits) {
    public HsCode {
        Checks.notNull(digits, "hsCode");
        if (digits.length() < 6 || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException("hsCode", digits, "must be 6 to 10 digits");
        }
    }

    public static HsCode of(String code) {
        Checks.notNull(code, "hsCode");
        return new HsCode(code.replace(".", "").replace(" ", "").strip());
    }

    /** The 2-digit chapter, e.g. {@code "61"}. */
    public String chapter() {
        return digits.substring(0, 2);
    }

    /** The 4-digit heading, e.g. {@code "6109"}. */
    public String heading() {
        return digits.substring(0, 4);
    }

    /** The 6-digit international subheading, e.g. {@code "610910"}. */
    public String subheading() {
        return digits.substring(0, 6);
    }

    /** Whether this code starts with the given digits. */
    public boolean startsWith(String prefix) {
        return digits.startsWith(prefix);
    }

    @Override
    public String toString() {
        return digits;
    }
}
