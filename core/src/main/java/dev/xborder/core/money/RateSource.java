package dev.xborder.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** One source inside {@link ExchangeRates}, in precedence order. Package-private: not API. */
interface RateSource {
    /** The name cited as {@link Conversion#rateSource()}. */
    String name();

    /**
     * The conversion from this source, or null if it has no rate for the pair within
     * {@code maxDays} before {@code date}. Must not throw for "no rate".
     */
    Conversion tryConvert(MonetaryAmount amount, BigDecimal value, String from, CurrencyUnit target, LocalDate date,
                          long epochDay, int maxDays, RoundingMode mode);

    /**
     * The rate of the pair from this source, or null if it has none within {@code maxDays} before
     * {@code date}; converting with it gives exactly what {@link #tryConvert} gives.
     */
    DatedRate tryRate(String from, CurrencyUnit fromUnit, CurrencyUnit target, LocalDate date, long epochDay,
                      int maxDays, RoundingMode mode);

    /** Why {@link #tryConvert} gave nothing, for the error message. */
    String explain(String from, String to, LocalDate date, long epochDay, int maxDays);
}
