package dev.xborder.core.logistics;

import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * How a rate card prices a parcel's chargeable weight (before minimum charge and surcharges). All
 * amounts are in the card's currency; weights are in kilograms.
 */
public sealed interface WeightPricing {

    /** First {@code firstKg} for {@code firstPrice}, then {@code additionalPrice} per started {@code additionalKg}. */
    record Step(BigDecimal firstKg, MonetaryAmount firstPrice, BigDecimal additionalKg,
                MonetaryAmount additionalPrice) implements WeightPricing {
    }

    /** {@code perKg} times the chargeable weight (rounded half up to the minor unit) plus {@code perParcel}. */
    record PerKg(MonetaryAmount perKg, MonetaryAmount perParcel) implements WeightPricing {
    }

    /**
     * The price of the first break whose {@code upToKg} is at least the chargeable weight. Above the
     * last break, {@code additionalPrice} per started {@code additionalKg} is added to the last
     * break's price when both are given (else the card's maximum weight ends at the last break).
     */
    record Table(List<Break> breaks, BigDecimal additionalKg, MonetaryAmount additionalPrice)
            implements WeightPricing {
        public Table {
            breaks = List.copyOf(breaks);
        }
    }

    /** One row of a {@link Table}: up to and including {@code upToKg}, the price is {@code price}. */
    record Break(BigDecimal upToKg, MonetaryAmount price) {
    }
}
