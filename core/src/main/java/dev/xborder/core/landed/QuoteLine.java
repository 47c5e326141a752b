package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import javax.money.MonetaryAmount;

/**
 * One line of a shipment to be quoted. {@code hsCode} and {@code originCountry} may be null: the
 * quote then reports the line as unclassified instead of guessing. {@code unitWeight} may be null
 * where no rule needs it; {@code taxCategory} null means {@code STANDARD}. The constructor throws
 * {@link InvalidInputException} if sku or unitPrice is null, quantity is not positive, unitPrice is negative or
 * outside {@link Checks#boundedAmount} (more than 18 digits before or 64 after the point).
 */
public record QuoteLine(Sku sku, HsCode hsCode, CountryCode originCountry, int quantity, MonetaryAmount unitPrice,
                        TaxCategory taxCategory, Weight unitWeight) {
    public QuoteLine {
        Checks.notNull(sku, "line.sku");
        Checks.positive(quantity, "line.quantity");
        Checks.boundedAmount(unitPrice, "line.unitPrice");
        if (unitPrice.isNegative()) {
            throw new InvalidInputException("line.unitPrice", unitPrice, "must not be negative");
        }
        taxCategory = taxCategory == null ? TaxCategory.STANDARD : taxCategory;
    }

    public MonetaryAmount lineValue() {
        return unitPrice.multiply(quantity);
    }
}
