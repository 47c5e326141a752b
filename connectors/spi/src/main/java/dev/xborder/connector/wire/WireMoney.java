package dev.xborder.connector.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.money.Amounts;
import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Money from the platforms' wire forms straight into {@link MonetaryAmount}, never through
 * {@code double}: decimal strings ({@code "11.01"}, Amazon, Shopify, eBay), JSON numbers read as
 * {@link BigDecimal} (Shopee, parts of Shopify REST; the mapper from {@link WireJson} keeps them
 * exact) and minor units with a divisor (Etsy {@code {"amount":1999,"divisor":100}}). Bad input
 * throws {@link InvalidInputException} naming the field.
 */
public final class WireMoney {
    private WireMoney() {
    }

    /** The currency with this ISO 4217 code. */
    public static CurrencyUnit currency(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, code, "currency code missing");
        }
        try {
            // exact ISO code only: Moneta's own lookup would also match "E.R" as EUR (see Amounts.currency)
            return Amounts.currency(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, field, code, "unknown currency code", e);
        }
    }

    /** A decimal string amount, e.g. {@code "199.00"}, {@code "100.0"}, {@code "1E+2"}. */
    public static MonetaryAmount of(String amount, String currency, String field) {
        return Money.of(decimal(amount, field), currency(currency, field + ".currency"));
    }

    /** A decimal string amount in a known currency. */
    public static MonetaryAmount of(String amount, CurrencyUnit currency, String field) {
        return Money.of(decimal(amount, field), currency);
    }

    /** An amount given as a JSON string or number (read exactly, via {@link JsonNode#decimalValue()}). */
    public static MonetaryAmount of(JsonNode amount, CurrencyUnit currency, String field) {
        return Money.of(decimal(amount, field), currency);
    }

    /**
     * An amount object such as {@code {"Amount":"12.50","CurrencyCode":"USD"}} in the order's
     * currency: the amount from {@code amountField} (string or number, exactly); the currency field,
     * where present and not empty, must name {@code currency}.
     *
     * @throws InvalidInputException naming {@code field.amountField} or {@code field.currencyField}
     */
    public static MonetaryAmount of(JsonNode money, String amountField, String currencyField, CurrencyUnit currency, String field) {
        requireCurrency(money, currencyField, currency, field);
        return of(money.path(amountField), currency, field + "." + amountField);
    }

    /**
     * Checks that an amount object's currency field, where present and not empty, names
     * {@code currency} (case-insensitive).
     *
     * @throws InvalidInputException naming {@code field.currencyField} if it names another currency
     */
    public static void requireCurrency(JsonNode money, String currencyField, CurrencyUnit currency, String field) {
        String c = money.path(currencyField).asText("");
        if (!c.isEmpty() && !c.equalsIgnoreCase(currency.getCurrencyCode())) {
            throw new InvalidInputException(field + "." + currencyField, c, "differs from the order currency " + currency);
        }
    }

    /** An amount in minor units: {@code amount / divisor}, e.g. 1999 / 100. */
    public static MonetaryAmount ofMinor(long amount, long divisor, CurrencyUnit currency, String field) {
        if (divisor <= 0) {
            throw new InvalidInputException(field + ".divisor", divisor, "must be positive");
        }
        BigDecimal value = new BigDecimal(BigInteger.valueOf(amount))
                .divide(BigDecimal.valueOf(divisor), java.math.MathContext.DECIMAL128);
        return Money.of(value.stripTrailingZeros(), currency);
    }

    /** An amount in the currency's minor units (its default fraction digits: 2 for EUR, 0 for JPY, 3 for KWD). */
    public static MonetaryAmount ofMinor(long amount, CurrencyUnit currency, String field) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return Money.of(BigDecimal.valueOf(amount, digits), currency);
    }

    /** A decimal from a string; blank or malformed text fails. */
    public static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, text, "amount missing");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, text, "not a decimal amount", e);
        }
        return inRange(v, field);
    }

    /** Rejects amounts no platform sends (and that would make arithmetic explode, e.g. {@code 1E+999999999}). */
    private static BigDecimal inRange(BigDecimal v, String field) {
        if (v.precision() - v.scale() > 30 || v.scale() > 30) {
            throw new InvalidInputException(field, v.toString(), "amount out of range (more than 30 integer or fraction digits)");
        }
        return v;
    }

    /** A decimal from a JSON string or number node. */
    public static BigDecimal decimal(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new InvalidInputException(field, null, "amount missing");
        }
        if (node.isTextual()) {
            return decimal(node.asText(), field);
        }
        if (node.isNumber()) {
            if (node.isDouble() || node.isFloat()) {
                // only reachable with a mapper lacking USE_BIG_DECIMAL_FOR_FLOATS; its text is the shortest repr
                return inRange(new BigDecimal(node.asText()), field);
            }
            return inRange(node.decimalValue(), field);
        }
        throw new InvalidInputException(field, node.toString(), "amount is neither a string nor a number");
    }
}
