package dev.xborder.core.money;

import dev.xborder.core.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The audit record of one currency conversion: what was converted, the result (rounded to the
 * target currency's minor units), the rate applied, the date the rate was published for (which may
 * be earlier than the date asked, within the staleness bound) and the rate's source.
 *
 * <p>{@code rate} is units of the target per unit of the source. For a cross rate computed by
 * {@link ExchangeRates} it is given to 34 significant digits, while {@code result} is computed
 * from the exact quotient and rounded once; {@code rateDate} is then the older of the two legs'
 * dates. A same-currency conversion has rate 1, {@code rateDate == requestedDate} and source
 * {@link ExchangeRates#IDENTITY_SOURCE}.
 */
public record Conversion(MonetaryAmount source, MonetaryAmount result, BigDecimal rate, LocalDate requestedDate,
                         LocalDate rateDate, String rateSource) {
    public Conversion {
        Checks.notNull(source, "source");
        Checks.notNull(result, "result");
        Checks.positive(rate, "rate");
        Checks.notNull(requestedDate, "requestedDate");
        Checks.notNull(rateDate, "rateDate");
        Checks.notBlank(rateSource, "rateSource");
    }
}
