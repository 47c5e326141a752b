package dev.xborder.core.logistics;

import dev.xborder.core.product.Sku;
import dev.xborder.core.product.Weight;
import java.math.BigDecimal;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * One parcel of an option: how many units of which SKU it holds, its actual, volumetric and
 * chargeable weight (volumetric is zero when the card charges actual weight only), and its freight
 * with surcharges in the plan currency. Dimensions of a multi-unit parcel are estimated from the
 * units' volumes and longest sides (see {@code docs/rate-card-format.md}). Immutable.
 */
public final class PlannedParcel {
    private final Map<Sku, Integer> contents;
    private final long actualG;
    private final long volumetricG;
    private final long chargeableG;
    private final CurrencyUnit currency;
    private final BigDecimal freight;

    PlannedParcel(Map<Sku, Integer> contents, long actualG, long volumetricG, long chargeableG, CurrencyUnit currency,
                  BigDecimal freight) {
        this.contents = contents;
        this.actualG = actualG;
        this.volumetricG = volumetricG;
        this.chargeableG = chargeableG;
        this.currency = currency;
        this.freight = freight;
    }

    /** Units per SKU, in line order; unmodifiable. */
    public Map<Sku, Integer> contents() { return contents; }
    public Weight actualWeight() { return Weight.kg(BigDecimal.valueOf(actualG, 3)); }
    public Weight volumetricWeight() { return Weight.kg(BigDecimal.valueOf(volumetricG, 3)); }
    public Weight chargeableWeight() { return Weight.kg(BigDecimal.valueOf(chargeableG, 3)); }
    public MonetaryAmount freightWithSurcharges() { return Money.of(freight, currency); }

    @Override
    public String toString() {
        return "PlannedParcel[" + contents + ", actual " + BigDecimal.valueOf(actualG, 3) + " kg, chargeable "
                + BigDecimal.valueOf(chargeableG, 3) + " kg, " + currency.getCurrencyCode() + " " + freight.toPlainString() + "]";
    }
}
