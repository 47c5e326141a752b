package dev.xborder.core.logistics;

import dev.xborder.core.product.Sku;
import dev.xborder.core.product.Weight;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * One parcel of an option: how many units of which SKU it holds, its actual, volumetric and
 * chargeable weight (volumetric is zero when the card charges actual weight only), and its freight
 * with surcharges in the plan currency. Dimensions of a multi-unit parcel are estimated from the
 * units' volumes and longest sides (see {@code docs/rate-card-format.md}).
 */
public record PlannedParcel(Map<Sku, Integer> contents, Weight actualWeight, Weight volumetricWeight,
                            Weight chargeableWeight, MonetaryAmount freightWithSurcharges) {
    public PlannedParcel {
        contents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contents));
    }
}
