package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import javax.money.MonetaryAmount;

/**
 * Totals of a quote in its currency; {@code landedCost = goods + shipping + insurance + duty + tax + fees} (as the
 * engine computes them; the constructor checks only that no amount is null, else
 * {@link dev.xborder.core.InvalidInputException}).
 */
public record QuoteTotals(MonetaryAmount goods, MonetaryAmount shipping, MonetaryAmount insurance,
                          MonetaryAmount duty, MonetaryAmount tax, MonetaryAmount fees, MonetaryAmount landedCost) {
    public QuoteTotals {
        Checks.notNull(goods, "totals.goods");
        Checks.notNull(shipping, "totals.shipping");
        Checks.notNull(insurance, "totals.insurance");
        Checks.notNull(duty, "totals.duty");
        Checks.notNull(tax, "totals.tax");
        Checks.notNull(fees, "totals.fees");
        Checks.notNull(landedCost, "totals.landedCost");
    }
}
