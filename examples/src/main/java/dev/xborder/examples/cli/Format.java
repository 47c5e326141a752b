package dev.xborder.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;

/** Text forms of amounts for people (tables) and for JSON (decimal strings). */
final class Format {
    private Format() {
    }

    /** The exact decimal value of an amount, e.g. {@code 92.1}. */
    static BigDecimal decimalValue(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /** Decimal text with the currency's minor units, e.g. {@code 92.10}; JPY {@code 1500}. */
    static String decimal(MonetaryAmount amount) {
        int digits = amount.getCurrency().getDefaultFractionDigits();
        BigDecimal v = decimalValue(amount);
        if (digits >= 0 && v.scale() < digits) {
            v = v.setScale(digits, RoundingMode.UNNECESSARY);
        }
        return v.toPlainString();
    }

    /** {@code 92.10 EUR}. */
    static String money(MonetaryAmount amount) {
        return decimal(amount) + " " + amount.getCurrency().getCurrencyCode();
    }
}
