package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.Sku;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Stock of one SKU in one warehouse, with (optionally) the import duty and tax per unit already
 * paid when the goods were imported in bulk. Several positions of one SKU in one warehouse (lots)
 * are consumed in the order given. {@code allocatedDutyPerUnit} and {@code allocatedTaxPerUnit} may
 * be null (then nothing is shown for them).
 */
public record StockPosition(String warehouseId, CountryCode country, Sku sku, int quantity,
                            MonetaryAmount allocatedDutyPerUnit, MonetaryAmount allocatedTaxPerUnit) {
    public StockPosition {
        Checks.notBlank(warehouseId, "stock.warehouseId");
        Checks.notNull(country, "stock.country");
        Checks.notNull(sku, "stock.sku");
        Checks.nonNegative(quantity, "stock.quantity");
        if (allocatedDutyPerUnit != null && allocatedDutyPerUnit.isNegative()) {
            throw new InvalidInputException("stock.allocatedDutyPerUnit", allocatedDutyPerUnit, "must not be negative");
        }
        if (allocatedTaxPerUnit != null && allocatedTaxPerUnit.isNegative()) {
            throw new InvalidInputException("stock.allocatedTaxPerUnit", allocatedTaxPerUnit, "must not be negative");
        }
    }

    /** A position without allocated import charges. */
    public static StockPosition of(String warehouseId, CountryCode country, Sku sku, int quantity) {
        return new StockPosition(warehouseId, country, sku, quantity, null, null);
    }

    public Optional<MonetaryAmount> dutyPerUnit() {
        return Optional.ofNullable(allocatedDutyPerUnit);
    }

    public Optional<MonetaryAmount> taxPerUnit() {
        return Optional.ofNullable(allocatedTaxPerUnit);
    }
}
