package dev.xborder.core.product;

import dev.xborder.core.Checks;
import dev.xborder.core.geo.CountryCode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A product as customs, tax and carriers see it. Immutable; build with {@link #builder(Sku)}.
 * The HS code may differ per destination (national tariff digits); {@link #hsCodeFor(CountryCode)}
 * picks the destination's code, falling back to the default.
 */
public final class Product {
    private final Sku sku;
    private final String title;
    private final HsCode hsCode;
    private final Map<CountryCode, HsCode> hsCodesByDestination;
    private final CountryCode originCountry;
    private final MonetaryAmount unitValue;
    private final Weight unitWeight;
    private final Dimensions dimensions;
    private final TaxCategory taxCategory;
    private final Set<GoodsFlag> flags;

    private Product(Builder b) {
        this.sku = b.sku;
        this.title = Checks.notBlank(b.title, "product.title");
        this.hsCode = b.hsCode;
        this.hsCodesByDestination = Map.copyOf(b.hsCodesByDestination);
        this.originCountry = b.originCountry;
        this.unitValue = Checks.notNull(b.unitValue, "product.unitValue");
        if (unitValue.isNegative()) {
            throw new dev.xborder.core.InvalidInputException("product.unitValue", unitValue, "must not be negative");
        }
        this.unitWeight = Checks.notNull(b.unitWeight, "product.unitWeight");
        this.dimensions = b.dimensions;
        this.taxCategory = Checks.notNull(b.taxCategory, "product.taxCategory");
        this.flags = b.flags.isEmpty() ? Set.of() : Set.copyOf(b.flags);
    }

    public static Builder builder(Sku sku) {
        return new Builder(Checks.notNull(sku, "product.sku"));
    }

    public Sku sku() {
        return sku;
    }

    public String title() {
        return title;
    }

    /** The default HS code, if known. */
    public Optional<HsCode> hsCode() {
        return Optional.ofNullable(hsCode);
    }

    /** The HS code for a destination: its own if given, else the default. */
    public Optional<HsCode> hsCodeFor(CountryCode destination) {
        HsCode own = hsCodesByDestination.get(destination);
        return own != null ? Optional.of(own) : hsCode();
    }

    public Map<CountryCode, HsCode> hsCodesByDestination() {
        return hsCodesByDestination;
    }

    /** The country of origin (for preferential and additional duties), if known. */
    public Optional<CountryCode> originCountry() {
        return Optional.ofNullable(originCountry);
    }

    public MonetaryAmount unitValue() {
        return unitValue;
    }

    public Weight unitWeight() {
        return unitWeight;
    }

    public Optional<Dimensions> dimensions() {
        return Optional.ofNullable(dimensions);
    }

    public TaxCategory taxCategory() {
        return taxCategory;
    }

    public Set<GoodsFlag> flags() {
        return flags;
    }

    public Builder toBuilder() {
        Builder b = new Builder(sku).title(title).unitValue(unitValue).unitWeight(unitWeight)
                .taxCategory(taxCategory).flags(flags);
        b.hsCode = hsCode;
        b.originCountry = originCountry;
        b.dimensions = dimensions;
        b.hsCodesByDestination.putAll(hsCodesByDestination);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Product p)) {
            return false;
        }
        return sku.equals(p.sku) && title.equals(p.title) && Objects.equals(hsCode, p.hsCode)
                && hsCodesByDestination.equals(p.hsCodesByDestination)
                && Objects.equals(originCountry, p.originCountry) && unitValue.equals(p.unitValue)
                && unitWeight.equals(p.unitWeight) && Objects.equals(dimensions, p.dimensions)
                && taxCategory == p.taxCategory && flags.equals(p.flags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sku, title, hsCode, hsCodesByDestination, originCountry, unitValue, unitWeight,
                dimensions, taxCategory, flags);
    }

    @Override
    public String toString() {
        return "Product[" + sku + ", " + title + ", hs=" + hsCode + ", origin=" + originCountry + ", value="
                + unitValue + ", weight=" + unitWeight + ", " + taxCategory + ", flags=" + flags + "]";
    }

    /** Builder for {@link Product}; each setter checks its value at once. */
    public static final class Builder {
        private final Sku sku;
        private String title;
        private HsCode hsCode;
        private final java.util.HashMap<CountryCode, HsCode> hsCodesByDestination = new java.util.HashMap<>();
        private CountryCode originCountry;
        private MonetaryAmount unitValue;
        private Weight unitWeight;
        private Dimensions dimensions;
        private TaxCategory taxCategory = TaxCategory.STANDARD;
        private final EnumSet<GoodsFlag> flags = EnumSet.noneOf(GoodsFlag.class);

        private Builder(Sku sku) {
            this.sku = sku;
        }

        public Builder title(String title) {
            this.title = Checks.notBlank(title, "product.title");
            return this;
        }

        public Builder hsCode(HsCode hsCode) {
            this.hsCode = Checks.notNull(hsCode, "product.hsCode");
            return this;
        }

        public Builder hsCodeFor(CountryCode destination, HsCode hsCode) {
            hsCodesByDestination.put(Checks.notNull(destination, "product.hsCodesByDestination.country"),
                    Checks.notNull(hsCode, "product.hsCodesByDestination.hsCode"));
            return this;
        }

        public Builder originCountry(CountryCode originCountry) {
            this.originCountry = Checks.notNull(originCountry, "product.originCountry");
            return this;
        }

        public Builder unitValue(MonetaryAmount unitValue) {
            this.unitValue = Checks.notNull(unitValue, "product.unitValue");
            return this;
        }

        public Builder unitWeight(Weight unitWeight) {
            this.unitWeight = Checks.notNull(unitWeight, "product.unitWeight");
            return this;
        }

        public Builder dimensions(Dimensions dimensions) {
            this.dimensions = Checks.notNull(dimensions, "product.dimensions");
            return this;
        }

        public Builder taxCategory(TaxCategory taxCategory) {
            this.taxCategory = Checks.notNull(taxCategory, "product.taxCategory");
            return this;
        }

        public Builder flag(GoodsFlag flag) {
            flags.add(Checks.notNull(flag, "product.flags"));
            return this;
        }

        public Builder flags(Set<GoodsFlag> flags) {
            Checks.noNulls(flags, "product.flags");
            this.flags.clear();
            this.flags.addAll(flags);
            return this;
        }

        public Product build() {
            return new Product(this);
        }
    }
}
