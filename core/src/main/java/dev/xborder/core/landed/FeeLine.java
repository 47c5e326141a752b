package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import javax.money.MonetaryAmount;

/**
 * A fee of a quote (not duty, not tax), e.g. a national parcel fee: the rule id that charges it, a
 * human name and the amount in the quote currency. The constructor throws
 * {@link dev.xborder.core.InvalidInputException} if ruleId or name is blank or amount is null.
 */
public record FeeLine(String ruleId, String name, MonetaryAmount amount) {
    public FeeLine {
        Checks.notBlank(ruleId, "fee.ruleId");
        Checks.notBlank(name, "fee.name");
        Checks.notNull(amount, "fee.amount");
    }
}
