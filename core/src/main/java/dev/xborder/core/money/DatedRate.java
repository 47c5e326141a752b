package dev.xborder.core.money;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The rate of one currency pair on one date, as {@link ExchangeRates#rate(CurrencyUnit, CurrencyUnit, LocalDate)}
 * found it: fetch it once, then convert any number of amounts of {@link #from()} by arithmetic alone.
 *
 * <p>{@link #convert(BigDecimal)} gives exactly the number {@link ExchangeRates#convert} would give for
 * the same amount, pair and date (same legs, same single rounding to the target's minor units), and
 * {@link #conversion(MonetaryAmount)} the same {@link Conversion} record. Immutable and thread-safe.
 */
public final class DatedRate {
    private final CurrencyUnit from;
    private final CurrencyUnit to;
    private final LocalDate requestedDate;
    private final LocalDate rateDate;
    private final String source;
    /** Units of the target per unit of the base, or null (target is the base / direct factor only). */
    private final BigDecimal numerator;
    /** Units of the source per unit of the base, or null. */
    private final BigDecimal denominator;
    private final int digits;
    private final RoundingMode mode;

    DatedRate(CurrencyUnit from, CurrencyUnit to, LocalDate requestedDate, LocalDate rateDate, String source,
              BigDecimal numerator, BigDecimal denominator, RoundingMode mode) {
        this.from = from;
        this.to = to;
        this.requestedDate = requestedDate;
        this.rateDate = rateDate;
        this.source = source;
        this.numerator = numerator;
        this.denominator = denominator;
        this.digits = to.getDefaultFractionDigits();
        this.mode = mode;
    }

    /** The source currency. */
    public CurrencyUnit from() {
        return from;
    }

    /** The target currency. */
    public CurrencyUnit to() {
        return to;
    }

    /** The date asked for. */
    public LocalDate requestedDate() {
        return requestedDate;
    }

    /** The date the rate was published for (the older leg's date for a cross rate). */
    public LocalDate rateDate() {
        return rateDate;
    }

    /** The source cited ({@link ExchangeRates#IDENTITY_SOURCE} for a same-currency rate). */
    public String source() {
        return source;
    }

    /**
     * Units of the target per unit of the source, as {@link Conversion#rate()} reports it (a cross or
     * inverse rate to 34 significant digits). Computed on each call: cite it, do not convert with it.
     */
    public BigDecimal rate() {
        if (denominator == null) {
            return numerator == null ? BigDecimal.ONE : numerator;
        }
        return (numerator == null ? BigDecimal.ONE : numerator).divide(denominator, MathContext.DECIMAL128);
    }

    /**
     * {@code value} (in {@link #from()}) converted to {@link #to()}, rounded once to the target's minor
     * units: the same number as {@link ExchangeRates#convert}'s result.
     *
     * @throws InvalidInputException if {@code value} is null
     */
    public BigDecimal convert(BigDecimal value) {
        Checks.notNull(value, "value");
        if (denominator == null) {
            return numerator == null ? value.setScale(digits, mode) : value.multiply(numerator).setScale(digits, mode);
        }
        return numerator == null ? value.divide(denominator, digits, mode)
                : value.multiply(numerator).divide(denominator, digits, mode);
    }

    /**
     * The conversion of {@code amount}, equal to {@link ExchangeRates#convert(MonetaryAmount, CurrencyUnit, LocalDate)}
     * with this rate's pair and date.
     *
     * @throws InvalidInputException if {@code amount} is null or not in {@link #from()}
     */
    public Conversion conversion(MonetaryAmount amount) {
        Checks.notNull(amount, "amount");
        if (!amount.getCurrency().getCurrencyCode().equals(from.getCurrencyCode())) {
            throw new InvalidInputException("amount", amount, "must be in " + from.getCurrencyCode()
                    + ", the source currency of this rate");
        }
        return new Conversion(amount, Money.of(convert(Amounts.decimal(amount)), to), rate(), requestedDate, rateDate,
                source);
    }

    @Override
    public String toString() {
        return "DatedRate[" + from.getCurrencyCode() + "->" + to.getCurrencyCode() + " " + rate().toPlainString()
                + " of " + rateDate + " (asked " + requestedDate + "), " + source + "]";
    }
}
