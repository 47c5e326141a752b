package dev.xborder.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.CountryCode;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ProductTest {

    static Product tshirt() {
        return Product.builder(Sku.of("TS-1"))
                .title("Cotton T-shirt")
                .hsCode(HsCode.of("610910"))
                .hsCodeFor(CountryCode.US, HsCode.of("6109100012"))
                .originCountry(CountryCode.CN)
                .unitValue(Money.of(12, "EUR"))
                .unitWeight(Weight.grams("180"))
                .dimensions(Dimensions.cm("30", "20", "2"))
                .taxCategory(TaxCategory.CHILDRENS_CLOTHING)
                .flag(GoodsFlag.LIQUID)
                .build();
    }

    @Test
    void picksTheDestinationsHsCodeOrTheDefault() {
        Product p = tshirt();
        assertThat(p.hsCodeFor(CountryCode.US)).contains(HsCode.of("6109100012"));
        assertThat(p.hsCodeFor(CountryCode.DE)).contains(HsCode.of("610910"));
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.flags()).containsExactly(GoodsFlag.LIQUID);
    }

    @Test
    void defaultsToStandardTaxCategoryAndNoOptionalFields() {
        Product p = Product.builder(Sku.of("X")).title("x").unitValue(Money.of(1, "USD")).unitWeight(Weight.ZERO).build();
        assertThat(p.taxCategory()).isEqualTo(TaxCategory.STANDARD);
        assertThat(p.hsCode()).isEmpty();
        assertThat(p.originCountry()).isEmpty();
        assertThat(p.dimensions()).isEmpty();
        assertThat(p.flags()).isEmpty();
    }

    @Test
    void rejectsMissingAndBadFields() {
        assertThatThrownBy(() -> Product.builder(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Product.builder(Sku.of("X")).unitValue(Money.of(1, "EUR")).unitWeight(Weight.ZERO).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("product.title"));
        assertThatThrownBy(() -> Product.builder(Sku.of("X")).title("x").unitValue(Money.of(-1, "EUR"))
                .unitWeight(Weight.ZERO).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Product.builder(Sku.of("X")).title("x").unitWeight(Weight.ZERO).build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Product.builder(Sku.of("X")).flag(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Product.builder(Sku.of("X")).flags(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void skuIsTrimmedAndBounded() {
        assertThat(Sku.of("  A-1 ").value()).isEqualTo("A-1");
        assertThatThrownBy(() -> Sku.of(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Sku.of(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Sku.of("x".repeat(201))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Sku.of("a\u0000b")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void batteryFlagsCarryTheirUnNumbers() {
        assertThat(GoodsFlag.LITHIUM_ION_BATTERY.unNumber()).contains("UN3480");
        assertThat(GoodsFlag.LITHIUM_ION_IN_EQUIPMENT.unNumber()).contains("UN3481");
        assertThat(GoodsFlag.LITHIUM_METAL_BATTERY.unNumber()).contains("UN3090");
        assertThat(GoodsFlag.LITHIUM_METAL_IN_EQUIPMENT.unNumber()).contains("UN3091");
        assertThat(GoodsFlag.LIQUID.unNumber()).isEmpty();
        assertThat(Set.of(TaxCategory.values())).contains(TaxCategory.BOOKS, TaxCategory.FOOD, TaxCategory.CHILDRENS_CLOTHING);
    }
}
