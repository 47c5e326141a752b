package dev.xborder.core.product;

import dev.xborder.core.Checks;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Outer dimensions of an item or parcel: length, width and height, all positive, in one unit
 * (cm, mm, m, in). Volumetric weight and length plus girth are computed in centimetres.
 */
public record Dimensions(BigDecimal length, BigDecimal width, BigDecimal height, LengthUnit unit) {
    /** @throws dev.xborder.core.InvalidInputException if a side is null, zero or negative, or the unit is null */
    public Dimensions {
        Checks.positive(length, "dimensions.length");
        Checks.positive(width, "dimensions.width");
        Checks.positive(height, "dimensions.height");
        Checks.notNull(unit, "dimensions.unit");
    }

    /** Dimensions in centimetres from decimal text. */
    public static Dimensions cm(String length, String width, String height) {
        return of(length, width, height, LengthUnit.CM);
    }

    /** Dimensions from decimal text in a unit. */
    public static Dimensions of(String length, String width, String height, LengthUnit unit) {
        return new Dimensions(Decimals.parse(length, "dimensions.length"), Decimals.parse(width, "dimensions.width"),
                Decimals.parse(height, "dimensions.height"), unit);
    }

    private BigDecimal toCm(BigDecimal v) {
        return unit == LengthUnit.CM ? v : v.multiply(unit.centimetres(), MathContext.DECIMAL64);
    }

    public BigDecimal lengthCm() {
        return toCm(length);
    }

    public BigDecimal widthCm() {
        return toCm(width);
    }

    public BigDecimal heightCm() {
        return toCm(height);
    }

    /** Volume in cubic centimetres. */
    public BigDecimal volumeCm3() {
        return lengthCm().multiply(widthCm()).multiply(heightCm());
    }

    /**
     * Volumetric (dimensional) weight for a carrier's divisor in cm³ per kg (commonly 5000 or 6000):
     * volume divided by the divisor, in kilograms, not rounded.
     */
    public Weight volumetricWeight(int divisor) {
        Checks.positive(divisor, "volumetricDivisor");
        return Weight.kg(volumeCm3().divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL64));
    }

    /** The longest side in centimetres. */
    public BigDecimal longestSideCm() {
        return lengthCm().max(widthCm()).max(heightCm());
    }

    /** Length plus girth (longest side + 2 x (the other two)), in centimetres, as carriers measure it. */
    public BigDecimal lengthPlusGirthCm() {
        BigDecimal l = lengthCm(), w = widthCm(), h = heightCm();
        BigDecimal longest = l.max(w).max(h);
        BigDecimal sum = l.add(w).add(h);
        return longest.add(sum.subtract(longest).multiply(BigDecimal.valueOf(2)));
    }
}
