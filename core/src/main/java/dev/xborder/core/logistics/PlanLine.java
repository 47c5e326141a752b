package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.GoodsFlag;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Product;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * One line of goods to ship: SKU, quantity, the physical unit (weight and outer dimensions, both
 * required: the planner checks carrier limits and volumetric weight with them), the unit value,
 * what customs needs (HS code and origin, either may be null and the landed-cost estimator then
 * reports the line as unclassified) and the restricted-goods flags.
 */
public record PlanLine(Sku sku, int quantity, Weight unitWeight, Dimensions unitDimensions, MonetaryAmount unitValue,
                       HsCode hsCode, CountryCode originCountry, TaxCategory taxCategory, Set<GoodsFlag> flags) {
    /** The heaviest unit accepted, in kilograms (a bound against overflow, far above any parcel service). */
    public static final java.math.BigDecimal MAX_UNIT_WEIGHT_KG = new java.math.BigDecimal("10000");
    /** The longest side accepted, in centimetres. */
    public static final java.math.BigDecimal MAX_SIDE_CM = new java.math.BigDecimal("1000");

    public PlanLine {
        Checks.notNull(sku, "line.sku");
        Checks.positive(quantity, "line.quantity");
        Checks.notNull(unitWeight, "line.unitWeight");
        if (unitWeight.kilograms().signum() <= 0) {
            throw new InvalidInputException("line.unitWeight", unitWeight.value().toPlainString(), "must be greater than zero");
        }
        if (unitWeight.kilograms().compareTo(MAX_UNIT_WEIGHT_KG) > 0) {
            throw new InvalidInputException("line.unitWeight", unitWeight.value().toPlainString(),
                    "must not exceed " + MAX_UNIT_WEIGHT_KG + " kg");
        }
        Checks.notNull(unitDimensions, "line.unitDimensions");
        if (unitDimensions.longestSideCm().compareTo(MAX_SIDE_CM) > 0) {
            throw new InvalidInputException("line.unitDimensions", unitDimensions.longestSideCm().toPlainString(),
                    "no side may exceed " + MAX_SIDE_CM + " cm");
        }
        Checks.notNull(unitValue, "line.unitValue");
        if (unitValue.isNegative()) {
            throw new InvalidInputException("line.unitValue", unitValue, "must not be negative");
        }
        taxCategory = taxCategory == null ? TaxCategory.STANDARD : taxCategory;
        flags = flags == null ? Set.of() : Set.copyOf(Checks.noNulls(flags, "line.flags"));
    }

    /**
     * A line of {@code quantity} units of a product, valued at the product's unit value.
     *
     * @throws InvalidInputException if the product lacks dimensions, or an argument is null or out of range
     */
    public static PlanLine of(Product product, int quantity) {
        Checks.notNull(product, "product");
        return new PlanLine(product.sku(), quantity, product.unitWeight(), dimensionsOf(product),
                product.unitValue(), product.hsCode().orElse(null), product.originCountry().orElse(null),
                product.taxCategory(), product.flags());
    }

    /**
     * A line from an order line (SKU, quantity, price, and HS code and origin when the order gives
     * them) completed by the product (weight, dimensions, flags, and HS code and origin when the
     * order line lacks them). The tax category is the order line's when it names a special one;
     * an order line's {@link TaxCategory#STANDARD} (which is also what {@link OrderLine} holds when
     * the platform sent none, as marketplaces do) gives way to the product's category.
     *
     * @throws InvalidInputException if the SKUs differ, the product lacks dimensions, or an argument is null
     */
    public static PlanLine of(OrderLine line, Product product) {
        Checks.notNull(line, "orderLine");
        Checks.notNull(product, "product");
        if (!line.sku().equals(product.sku())) {
            throw new InvalidInputException("product.sku", product.sku().value(),
                    "differs from the order line's SKU " + line.sku().value());
        }
        Weight weight = line.unitWeightIfKnown().orElse(product.unitWeight());
        return new PlanLine(line.sku(), line.quantity(), weight, dimensionsOf(product), line.unitPrice(),
                line.hsCodeIfKnown().orElse(product.hsCode().orElse(null)),
                line.originIfKnown().orElse(product.originCountry().orElse(null)),
                line.taxCategory() == TaxCategory.STANDARD ? product.taxCategory() : line.taxCategory(),
                product.flags());
    }

    private static Dimensions dimensionsOf(Product product) {
        return product.dimensions().orElseThrow(() -> new InvalidInputException("product.dimensions", null,
                "required for shipping: the planner checks size limits and volumetric weight"));
    }
}
