package dev.xborder.core.money;

import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.javamoney.moneta.Money;

/**
 * Factories and per-currency rounding for {@link MonetaryAmount}s.
 *
 * <p>Rounding follows each currency's ISO 4217 minor units as reported by
 * {@link CurrencyUnit#getDefaultFractionDigits()} (backed by {@link java.util.Currency}): JPY and
 * KRW have 0 decimals, EUR and USD 2, KWD and BHD 3. The default mode is
 * {@link RoundingMode#HALF_UP}; a caller that needs another passes it explicitly. Currencies
 * without a minor unit (fraction digits {@code -1}, such as XAU or XXX) cannot be rounded and are
 * rejected.
 *
 * <p>Amounts are returned as Moneta {@link Money} (a {@link BigDecimal} value). Moneta keeps the
 * value, not the scale: {@code 2.30} and {@code 2.3} are the same amount; format with
 * {@link #fractionDigits(CurrencyUnit)} decimals for display. All methods are
 * stateless and thread-safe; bad input throws {@link InvalidInputException}, never a
 * {@link NullPointerException}.
 */
public final class Amounts {
    /** The rounding mode used when a caller names none. */
    public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

    /** Plain decimal text: optional minus, digits, optional fraction. No exponent, no grouping. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Characters with a meaning in a regular expression; no currency code contains one. */
    private static final String PATTERN_CHARACTERS = ".*+?[](){}^$|\\";

    private Amounts() {
    }

    /**
     * Parses plain decimal text exactly (no rounding) into an amount of the given ISO 4217
     * currency, e.g. {@code of("12.50", "EUR")}.
     *
     * @param decimal text matching {@code -?\d+(\.\d+)?}; no exponent, sign '+', spaces or grouping
     * @param currencyCode an ISO 4217 code known to {@link java.util.Currency}
     * @throws InvalidInputException if either argument is null, malformed or unknown
     */
    public static MonetaryAmount of(String decimal, String currencyCode) {
        Checks.notNull(decimal, "decimal");
        if (decimal.length() > 200 || !DECIMAL.matcher(decimal).matches()) {
            throw new InvalidInputException("decimal", decimal,
                    "must be plain decimal text such as 12.50 or -3 (no exponent, '+', spaces or grouping)");
        }
        return Money.of(new BigDecimal(decimal), currency(currencyCode));
    }

    /**
     * An amount of exactly {@code value} in {@code currency}, not rounded.
     *
     * @throws InvalidInputException if either argument is null
     */
    public static MonetaryAmount of(BigDecimal value, CurrencyUnit currency) {
        Checks.notNull(value, "value");
        Checks.notNull(currency, "currency");
        return Money.of(value, currency);
    }

    /**
     * Zero in {@code currency}.
     *
     * @throws InvalidInputException if {@code currency} is null
     */
    public static MonetaryAmount zero(CurrencyUnit currency) {
        Checks.notNull(currency, "currency");
        return Money.zero(currency);
    }

    /**
     * Looks up an ISO 4217 currency by its code.
     *
     * @throws InvalidInputException with {@link ErrorCode#UNKNOWN_CODE} if the code is not known,
     *     {@link ErrorCode#INVALID_INPUT} if it is null or blank
     */
    public static CurrencyUnit currency(String currencyCode) {
        Checks.notBlank(currencyCode, "currency");
        CurrencyUnit unit = currencyOrNull(currencyCode);
        if (unit == null) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "currency", currencyCode,
                    "is not a known ISO 4217 currency code", null);
        }
        return unit;
    }

    /**
     * The currency whose code is exactly {@code code}, or null. Moneta's lookup also answers
     * regular-expression-like codes ({@code "E.R"} gives EUR; {@code ".UR"} fails as ambiguous), so
     * the code of what it returns is compared with the code asked for; codes with pattern characters
     * are not passed to it at all (it would log each bad pattern at SEVERE with a stack trace).
     */
    static CurrencyUnit currencyOrNull(String code) {
        if (code.chars().anyMatch(c -> PATTERN_CHARACTERS.indexOf(c) >= 0)) {
            return null;
        }
        try {
            CurrencyUnit unit = Monetary.getCurrency(code);
            return unit.getCurrencyCode().equals(code) ? unit : null;
        } catch (MonetaryException e) {
            return null;
        }
    }

    /**
     * The number of minor-unit digits of {@code currency} (0 for JPY, 2 for EUR, 3 for KWD).
     *
     * @throws InvalidInputException if {@code currency} is null or has no minor unit
     */
    public static int fractionDigits(CurrencyUnit currency) {
        Checks.notNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidInputException("currency", currency.getCurrencyCode(),
                    "has no minor unit (ISO 4217 fraction digits N.A.), so amounts in it cannot be rounded");
        }
        return digits;
    }

    /**
     * Rounds {@code amount} to its currency's minor units, half-up.
     *
     * @throws InvalidInputException if {@code amount} is null or its currency has no minor unit
     */
    public static MonetaryAmount round(MonetaryAmount amount) {
        return round(amount, DEFAULT_ROUNDING);
    }

    /**
     * Rounds {@code amount} to its currency's minor units with {@code mode}.
     *
     * @throws InvalidInputException if an argument is null, the currency has no minor unit, or
     *     {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public static MonetaryAmount round(MonetaryAmount amount, RoundingMode mode) {
        Checks.notNull(amount, "amount");
        Checks.notNull(mode, "mode");
        int digits = fractionDigits(amount.getCurrency());
        BigDecimal value = decimal(amount);
        try {
            return Money.of(value.setScale(digits, mode), amount.getCurrency());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "amount", amount,
                    "has more decimals than " + amount.getCurrency().getCurrencyCode() + " allows ("
                            + digits + ") and the rounding mode is UNNECESSARY", e);
        }
    }

    /**
     * Whether {@code amount} is already a whole number of its currency's minor units.
     *
     * @throws InvalidInputException if {@code amount} is null or its currency has no minor unit
     */
    public static boolean isRounded(MonetaryAmount amount) {
        Checks.notNull(amount, "amount");
        int digits = fractionDigits(amount.getCurrency());
        BigDecimal value = decimal(amount);
        return value.scale() <= digits || value.stripTrailingZeros().scale() <= digits;
    }

    /** The exact value of {@code amount} as a {@link BigDecimal}. */
    static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }
}
