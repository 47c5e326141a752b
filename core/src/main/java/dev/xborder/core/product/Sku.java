package dev.xborder.core.product;

import dev.xborder.core.Checks;

/** A seller's stock-keeping unit identifier: non-blank text, kept as given (trimmed). */
public record Sku(String value) {
    public Sku {
        Checks.notBlank(value, "sku");
        value = value.strip();
        if (value.length() > 200) {
            throw new dev.xborder.core.InvalidInputException("sku", value, "longer than 200 characters");
        }
    }

    public static Sku of(String value) {
        return new Sku(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
