package dev.xborder.core.product;

import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;

/**
 * A Harmonized System commodity code of 6 to 10 digits: the 6-digit international subheading plus
 * national digits (EU CN 8, US HTS and UK 10). The 6-digit root must be an HS 2022 subheading
 * ({@link HsNomenclature}); national digits are not checked (they belong to each tariff).
 *
 * @param digits the digits only, e.g. {@code "6109100010"}
 */
public record HsCode(String digits) {
    /**
     * Validates digits as given.
     *
     * @throws InvalidInputException (field {@code hsCode}) if null, not 6 to 10 digits
     *         ({@link ErrorCode#INVALID_INPUT}), or the 6-digit root is not an HS 2022 subheading
     *         ({@link ErrorCode#UNKNOWN_CODE})
     */
    public HsCode {
        Checks.notNull(digits, "hsCode");
        if (digits.length() < 6 || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException("hsCode", digits, "must be 6 to 10 digits");
        }
        if (!HsNomenclature.isSubheading(digits.substring(0, 6))) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "hsCode", digits,
                    "subheading " + digits.substring(0, 6) + " does not exist in HS 2022", null);
        }
    }

    /**
     * Parses a code, dropping dots, spaces and hyphens: {@code "6109.10.00"} gives {@code 61091000}.
     *
     * @throws InvalidInputException as the canonical constructor, or if null or blank
     */
    public static HsCode of(String code) {
        Checks.notBlank(code, "hsCode");
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '.' && c != ' ' && c != '-') {
                sb.append(c);
            }
        }
        return new HsCode(sb.toString());
    }

    /** Whether {@code code} would parse with {@link #of(String)}. Never throws. */
    public static boolean isValid(String code) {
        try {
            of(code);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
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
