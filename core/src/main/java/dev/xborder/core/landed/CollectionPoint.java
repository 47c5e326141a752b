package dev.xborder.core.landed;

/** When import charges are collected. */
public enum CollectionPoint {
    /** At checkout, included in the price the buyer pays. */
    AT_CHECKOUT,
    /** At import, from the buyer, before delivery. */
    AT_IMPORT,
    /** Prepaid by the seller at import under DDP. */
    PREPAID_BY_SELLER,
    /** Nothing to collect. */
    NOT_DUE
}
