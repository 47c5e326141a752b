package dev.xborder.core.product;

import dev.xborder.core.Checks;
import java.math.BigDecimal;
import java.math.MathContext;

/** A non-negative mass in a unit. Compare with {@link #kilograms()}. */
public record Weight(BigDecimal value, WeightUnit unit) implements Comparable<Weight> {
    public static final Weight ZERO = new Weight(BigDecimal.ZERO, WeightUnit.KG);

    public Weight {
        Checks.nonNegative(value, "weight.value");
        Checks.notNull(unit, "weight.unit");
    }

    public static Weight of(String value, WeightUnit unit) {
        Checks.notNull(value, "weight.value");
        try {
            return new Weight(new BigDecimal(value.strip()), unit);
        } catch (NumberFormatException e) {
            throw new dev.xborder.core.InvalidInputException("weight.value", value, "not a decimal number");
        }
    }

    public static Weight kg(BigDecimal kilograms) {
        return new Weight(kilograms, WeightUnit.KG);
    }

    public static Weight kg(String kilograms) {
        return of(kilograms, WeightUnit.KG);
    }

    /** This weight in kilograms, exact (no rounding). */
    public BigDecimal kilograms() {
        return unit == WeightUnit.KG ? value : value.multiply(unit.kilograms(), MathContext.DECIMAL64);
    }

    public Weight plus(Weight other) {
        return kg(kilograms().add(other.kilograms()));
    }

    public Weight times(int quantity) {
        return new Weight(value.multiply(BigDecimal.valueOf(Checks.nonNegative(quantity, "quantity"))), unit);
    }

    @Override
    public int compareTo(Weight o) {
        return kilograms().compareTo(o.kilograms());
    }
}
