package dev.xborder.core.logistics;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The itemised cost of an option in the plan currency. {@code freight} is the base freight after
 * minimum charges; {@code fuelSurcharge} and {@code remoteAreaSurcharge} come from the card;
 * {@code fulfilment} is warehouse pick, pack and allocated storage; {@code duty}, {@code tax} and
 * {@code fees} are the landed-cost estimator's (direct modes) or the stock positions' allocated
 * import charges (warehouse modes; fees zero). {@code total} is the sum of all of them, and
 * excludes the goods' own value.
 */
public record CostBreakdown(CurrencyUnit currency, MonetaryAmount freight, MonetaryAmount fuelSurcharge,
                            MonetaryAmount remoteAreaSurcharge, MonetaryAmount fulfilment, MonetaryAmount duty,
                            MonetaryAmount tax, MonetaryAmount fees, MonetaryAmount total) {

    /** Fuel plus remote-area surcharges. */
    public MonetaryAmount surcharges() {
        return fuelSurcharge.add(remoteAreaSurcharge);
    }

    /** Freight plus surcharges plus fulfilment: what it costs to move the goods, without import charges. */
    public MonetaryAmount logistics() {
        return freight.add(fuelSurcharge).add(remoteAreaSurcharge).add(fulfilment);
    }
}
