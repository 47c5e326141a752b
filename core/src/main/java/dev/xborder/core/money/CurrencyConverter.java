package dev.xborder.core.money;

import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Converts amounts at the rate of a date. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface CurrencyConverter {
    /**
     * Converts {@code amount} into {@code target} at the rate of {@code date}.
     *
     * @return the result with the rate, its date and source; a same-currency conversion has rate 1
     * @throws dev.xborder.core.ConversionUnavailableException if no rate within the staleness bound exists
     * @throws dev.xborder.core.InvalidInputException if an argument is null
     */
    Conversion convert(MonetaryAmount amount, CurrencyUnit target, LocalDate date);
}
