package dev.xborder.core.product;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A non-negative mass in a unit (g, kg, oz, lb). Equality is by value and unit as given
 * ({@code 1 kg} and {@code 1000 g} are different records); compare quantities with
 * {@link #compareTo(Weight)} or {@link #kilograms()}.
 *
 * @param value the amount, zero or more
 * @param unit  the unit
 */
public record Weight(BigDecimal value, WeightUnit unit) implements Comparable<Weight> {
    public static final Weight ZERO = new Weight(BigDecimal.ZERO, WeightUnit.KG);

    /** @throws InvalidInputException if value or unit is null or the value is negative */
    public Weight {
        Checks.nonNegative(value, "weight.value");
        Checks.notNull(unit, "weight.unit");
    }

    /** A weight from decimal text, e.g. {@code of("1.25", KG)}. */
    public static Weight of(String value, WeightUnit unit) {
        return new Weight(Decimals.parse(value, "weight.value"), unit);
    }

    public static Weight of(BigDecimal value, WeightUnit unit) {
        return new Weight(value, unit);
    }

    public static Weight kg(BigDecimal kilograms) {
        return new Weight(kilograms, WeightUnit.KG);
    }

    public static Weight kg(String kilograms) {
        return of(kilograms, WeightUnit.KG);
    }

    public static Weight grams(String grams) {
        return of(grams, WeightUnit.G);
    }

    /** This weight in kilograms, exact for g and kg, to 16 significant digits for oz and lb. */
    public BigDecimal kilograms() {
        return unit == WeightUnit.KG ? value : value.multiply(unit.kilograms(), MathContext.DECIMAL64);
    }

    /** This weight in another unit (16 significant digits where the conversion is not exact). */
    public Weight to(WeightUnit target) {
        Checks.notNull(target, "weight.unit");
        if (target == unit) {
            return this;
        }
        BigDecimal kg = kilograms();
        BigDecimal v = target == WeightUnit.KG ? kg : kg.divide(target.kilograms(), MathContext.DECIMAL64);
        return new Weight(v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros(), target);
    }

    /** The sum in kilograms. */
    public Weight plus(Weight other) {
        Checks.notNull(other, "weight");
        return kg(kilograms().add(other.kilograms()));
    }

    /** This weight times a non-negative quantity, in the same unit. */
    public Weight times(int quantity) {
        return new Weight(value.multiply(BigDecimal.valueOf(Checks.nonNegative(quantity, "quantity"))), unit);
    }

    @Override
    public int compareTo(Weight o) {
        return kilograms().compareTo(o.kilograms());
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
    }
}
