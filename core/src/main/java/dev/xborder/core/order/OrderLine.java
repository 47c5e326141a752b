package dev.xborder.core.order;

import dev.xborder.core.Checks;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One line of an order: SKU, quantity and unit price, plus what customs needs when known
 * (HS code, origin, tax category, unit weight). {@code hsCode}, {@code originCountry} and
 * {@code unitWeight} may be null when the platform does not say.
 */
public record OrderLine(String lineId, Sku sku, String title, int quantity, MonetaryAmount unitPrice,
                        HsCode hsCode, CountryCode originCountry, TaxCategory taxCategory, Weight unitWeight) {
    public OrderLine {
        Checks.notBlank(lineId, "line.lineId");
        Checks.notNull(sku, "line.sku");
        title = title == null ? "" : title;
        Checks.positive(quantity, "line.quantity");
        Checks.notNull(unitPrice, "line.unitPrice");
        if (unitPrice.isNegative()) {
            throw new dev.xborder.core.InvalidInputException("line.unitPrice", unitPrice, "must not be negative");
        }
        taxCategory = taxCategory == null ? TaxCategory.STANDARD : taxCategory;
    }

    public MonetaryAmount lineTotal() {
        return unitPrice.multiply(quantity);
    }

    public Optional<HsCode> hsCodeIfKnown() {
        return Optional.ofNullable(hsCode);
    }

    public Optional<CountryCode> originIfKnown() {
        return Optional.ofNullable(originCountry);
    }

    public Optional<Weight> unitWeightIfKnown() {
        return Optional.ofNullable(unitWeight);
    }
}
