package dev.xborder.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightAndDimensionsTest {

    @Test
    void convertsUnitsToKilogramsExactly() {
        assertThat(Weight.grams("1500").kilograms()).isEqualByComparingTo("1.5");
        assertThat(Weight.of("1", WeightUnit.LB).kilograms()).isEqualByComparingTo("0.45359237");
        assertThat(Weight.of("16", WeightUnit.OZ).kilograms()).isEqualByComparingTo("0.45359237");
        assertThat(Weight.of("2", WeightUnit.LB).to(WeightUnit.OZ).value()).isEqualByComparingTo("32");
        assertThat(Weight.kg("1").to(WeightUnit.G).value()).isEqualByComparingTo("1000");
        assertThat(Weight.kg("2").compareTo(Weight.grams("2000"))).isZero();
        assertThat(Weight.kg("0.5").plus(Weight.grams("250")).kilograms()).isEqualByComparingTo("0.75");
        assertThat(Weight.grams("120").times(3).value()).isEqualByComparingTo("360");
        assertThat(Weight.ZERO.kilograms()).isZero();
        assertThat(Weight.kg("1.5").toString()).isEqualTo("1.5 kg");
    }

    @Test
    void rejectsNegativeNullAndJunkWeights() {
        assertThatThrownBy(() -> Weight.kg("-0.1")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains("weight.value"));
        assertThatThrownBy(() -> Weight.kg("abc")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Weight.kg((String) null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Weight.of("1", null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains("weight.unit"));
        assertThatThrownBy(() -> Weight.kg("1").times(-1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Weight.kg("1").plus(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void volumetricWeightUsesTheCarrierDivisor() {
        Dimensions box = Dimensions.cm("40", "30", "20"); // 24,000 cm3
        assertThat(box.volumeCm3()).isEqualByComparingTo("24000");
        assertThat(box.volumetricWeight(5000).kilograms()).isEqualByComparingTo("4.8");
        assertThat(box.volumetricWeight(6000).kilograms()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> box.volumetricWeight(0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void inchesAreConvertedAtExactly254Centimetres() {
        Dimensions d = Dimensions.of("10", "10", "10", LengthUnit.IN);
        assertThat(d.lengthCm()).isEqualByComparingTo("25.4");
        assertThat(d.volumeCm3()).isEqualByComparingTo(new BigDecimal("16387.064"));
        assertThat(Dimensions.of("100", "50", "10", LengthUnit.MM).volumeCm3()).isEqualByComparingTo("50");
    }

    @Test
    void lengthPlusGirthTakesTheLongestSideAsLength() {
        Dimensions d = Dimensions.cm("30", "60", "20");
        assertThat(d.longestSideCm()).isEqualByComparingTo("60");
        assertThat(d.lengthPlusGirthCm()).isEqualByComparingTo("160"); // 60 + 2 x (30 + 20)
    }

    @Test
    void rejectsZeroNegativeAndMissingSides() {
        assertThatThrownBy(() -> Dimensions.cm("0", "1", "1")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains("dimensions.length"));
        assertThatThrownBy(() -> Dimensions.cm("1", "-1", "1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Dimensions.cm("1", "1", "x")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains("dimensions.height"));
        assertThatThrownBy(() -> Dimensions.of("1", "1", "1", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Dimensions(null, BigDecimal.ONE, BigDecimal.ONE, LengthUnit.CM))
                .isInstanceOf(InvalidInputException.class);
    }
}
