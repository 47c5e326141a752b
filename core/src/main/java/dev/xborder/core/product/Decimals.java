package dev.xborder.core.product;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;

/** Parsing of decimal text for the value types of this package. */
final class Decimals {
    private Decimals() {
    }

    /** Parses plain decimal text ({@code "1.25"}); rejects null, blank, exponents over 6 digits and junk. */
    static BigDecimal parse(String text, String field) {
        Checks.notBlank(text, field);
        String t = text.strip();
        if (t.length() > 40) {
            throw new InvalidInputException(field, text, "not a decimal number (too long)");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "not a decimal number");
        }
    }
}
