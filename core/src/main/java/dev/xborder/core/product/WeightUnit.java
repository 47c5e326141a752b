package dev.xborder.core.product;

import java.math.BigDecimal;

/** Units of mass, with their exact size in kilograms. */
public enum WeightUnit {
    G(new BigDecimal("0.001")),
    KG(BigDecimal.ONE),
    OZ(new BigDecimal("0.028349523125")),
    LB(new BigDecimal("0.45359237"));

    private final BigDecimal kilograms;

    WeightUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    /** The size of one unit in kilograms (exact, by the international definitions). */
    public BigDecimal kilograms() {
        return kilograms;
    }
}
