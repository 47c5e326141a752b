package dev.xborder.connector;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.product.Sku;
import javax.money.MonetaryAmount;

/** Set the selling price of a SKU (in the listing's currency; connectors reject a currency mismatch). */
public record PriceUpdate(Sku sku, MonetaryAmount price) {
    public PriceUpdate {
        Checks.notNull(sku, "price.sku");
        Checks.notNull(price, "price.price");
        if (price.isNegative()) {
            throw new InvalidInputException("price.price", price, "must not be negative");
        }
    }
}
