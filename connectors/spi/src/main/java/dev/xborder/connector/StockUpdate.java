package dev.xborder.connector;

import dev.xborder.core.Checks;
import dev.xborder.core.product.Sku;
import java.util.Optional;

/**
 * Set the available quantity of a SKU, optionally at one location/warehouse (platform location id;
 * {@code null} = the connector's configured default location).
 */
public record StockUpdate(Sku sku, int quantity, String locationId) {
    public StockUpdate {
        Checks.notNull(sku, "stock.sku");
        Checks.nonNegative(quantity, "stock.quantity");
        locationId = locationId == null || locationId.isBlank() ? null : locationId.strip();
    }

    public static StockUpdate of(Sku sku, int quantity) {
        return new StockUpdate(sku, quantity, null);
    }

    public Optional<String> location() {
        return Optional.ofNullable(locationId);
    }
}
