package dev.xborder.core.order;

/**
 * Where a sale was made, which decides who may be the deemed supplier for import VAT/GST.
 */
public enum SalesChannel {
    /** The seller's own web shop: the seller collects (if registered) or the buyer pays at import. */
    OWN_STORE,
    /** A marketplace that acts as deemed supplier where the law makes it one (EU, UK, AU, NO, CH...). */
    MARKETPLACE
}
