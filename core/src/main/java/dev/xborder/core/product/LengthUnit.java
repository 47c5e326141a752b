package dev.xborder.core.product;

import java.math.BigDecimal;

/** Units of length, with their exact size in centimetres. */
public enum LengthUnit {
    CM(BigDecimal.ONE),
    MM(new BigDecimal("0.1")),
    M(new BigDecimal("100")),
    IN(new BigDecimal("2.54"));

    private final BigDecimal centimetres;

    LengthUnit(BigDecimal centimetres) {
        this.centimetres = centimetres;
    }

    public BigDecimal centimetres() {
        return centimetres;
    }
}
