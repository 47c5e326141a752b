package dev.xborder.core.money;

import dev.xborder.core.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The audit record of one currency conversion: what was converted, the result (rounded to the
 * target currency's minor units), the rate applied, the date the rate was published for (which may
 * be earlier than the date asked, within the staleness bound) and the rate's source.
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
