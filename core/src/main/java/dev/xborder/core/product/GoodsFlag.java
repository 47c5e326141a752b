package dev.xborder.core.product;

import java.util.Optional;

/** Properties of goods that carriers restrict: batteries by UN number, liquids, magnets and more. */
public enum GoodsFlag {
    /** Lithium ion batteries shipped alone (UN3480). */
    LITHIUM_ION_BATTERY("UN3480"),
    /** Lithium ion batteries contained in or packed with equipment (UN3481). */
    LITHIUM_ION_IN_EQUIPMENT("UN3481"),
    /** Lithium metal batteries shipped alone (UN3090). */
    LITHIUM_METAL_BATTERY("UN3090"),
    /** Lithium metal batteries contained in or packed with equipment (UN3091). */
    LITHIUM_METAL_IN_EQUIPMENT("UN3091"),
    LIQUID(null),
    MAGNET(null),
    POWDER(null),
    AEROSOL(null),
    FOOD(null);

    private final String unNumber;

    GoodsFlag(String unNumber) {
        this.unNumber = unNumber;
    }

    /** The UN dangerous-goods number, for battery flags. */
    public Optional<String> unNumber() {
        return Optional.ofNullable(unNumber);
    }
}
