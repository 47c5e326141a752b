package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * One part of a quote whose charges are collected the same way: the regime that applies to it, who collects
 * its tax and its duty (+ fees) and when, the request lines it covers (0-based indices in request order) and
 * its duty, tax and fees in the quote currency. A consignment that a regime splits per line (Norway's VOEC:
 * items below NOK 3,000 taxed at checkout, the others at the border) has one group per treatment; any other
 * quote has exactly one group covering every line. The groups' duty, tax and fees add up to the quote's totals.
 * The constructor throws {@link InvalidInputException} if an argument is null or blank, or a line index is
 * negative.
 */
public record CollectionGroup(String regime, Collection collection, List<Integer> lines, MonetaryAmount duty,
                              MonetaryAmount tax, MonetaryAmount fees) {
    public CollectionGroup {
        Checks.notBlank(regime, "collectionGroup.regime");
        Checks.notNull(collection, "collectionGroup.collection");
        lines = List.copyOf(Checks.noNulls(lines, "collectionGroup.lines"));
        for (int i : lines) {
            if (i < 0) {
                throw new InvalidInputException("collectionGroup.lines", i, "must not be negative");
            }
        }
        Checks.notNull(duty, "collectionGroup.duty");
        Checks.notNull(tax, "collectionGroup.tax");
        Checks.notNull(fees, "collectionGroup.fees");
    }
}
