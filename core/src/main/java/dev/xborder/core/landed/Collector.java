package dev.xborder.core.landed;

/** Who collects import VAT/GST (and duty, where the regime says). */
public enum Collector {
    /** The seller, at checkout, under a registration (IOSS, UK VAT, VOEC, ARN...). */
    SELLER,
    /** The marketplace as deemed supplier, at checkout. */
    MARKETPLACE,
    /** The buyer pays at import, usually through the carrier, often with a handling fee. */
    BUYER,
    /** Nothing is due. */
    NONE
}
