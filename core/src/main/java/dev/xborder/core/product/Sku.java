package dev.xborder.core.product;

import dev.xborder.core.Checks;

/** A seller's stock-keeping unit identifier: non-blank text of at most 200 characters without control characters, kept as given (trimmed). */
public record Sku(String value) {
    public Sku {
        Checks.notBlank(value, "sku");
        value = value.strip();
        if (value.length() > 200) {
            throw new dev.xborder.core.InvalidInputException("sku", value, "longer than 200 characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new dev.xborder.core.InvalidInputException("sku", value, "contains control characters");
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
