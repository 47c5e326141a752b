package dev.xborder.core;

import java.math.BigDecimal;
import java.util.Collection;
import javax.money.MonetaryAmount;

/**
 * Argument checks for public factories: each throws {@link InvalidInputException} naming the field
 * and the value, never a {@link NullPointerException}. Public so that every xborder module reports
 * bad input the same way.
 */
public final class Checks {
    private Checks() {
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, null, "must not be null");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, null, "must not be null");
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, value, "must not be blank");
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new InvalidInputException(field, value, "must be greater than zero");
        }
        return value;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidInputException(field, value, "must not be negative");
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() < 0) {
            throw new InvalidInputException(field, value.toPlainString(), "must not be negative");
        }
        return value;
    }

    public static BigDecimal positive(BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() <= 0) {
            throw new InvalidInputException(field, value.toPlainString(), "must be greater than zero");
        }
        return value;
    }

    /** Most digits before the decimal point {@link #boundedAmount} accepts. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Most digits after the decimal point {@link #boundedAmount} accepts. */
    public static final int MAX_FRACTION_DIGITS = 64;

    /**
     * Checks that an amount's number has at most {@link #MAX_INTEGER_DIGITS} digits before the point and
     * {@link #MAX_FRACTION_DIGITS} after it (added 2026-11-22). Beyond any real price, and a guard: an amount such as
     * {@code 1e999999999} is small to write but makes rounding it to cents build a billion-digit number.
     */
    public static MonetaryAmount boundedAmount(MonetaryAmount value, String field) {
        notNull(value, field);
        BigDecimal v = value.getNumber().numberValueExact(BigDecimal.class);
        if (v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException(field, value.getCurrency().getCurrencyCode() + " " + v,
                    "has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (v.scale() > MAX_FRACTION_DIGITS) {
            throw new InvalidInputException(field, value.getCurrency().getCurrencyCode() + " " + v,
                    "has more than " + MAX_FRACTION_DIGITS + " digits after the decimal point");
        }
        return value;
    }

    /** Checks that the collection and each of its elements are non-null. */
    public static <C extends Collection<?>> C noNulls(C values, String field) {
        notNull(values, field);
        int i = 0;
        for (Object o : values) {
            if (o == null) {
                throw new InvalidInputException(field + "[" + i + "]", null, "must not be null");
            }
            i++;
        }
        return values;
    }
}
