package dev.xborder.core.product;

/**
 * The VAT/GST category of goods, as rule packs map them to a rate per jurisdiction. Where a
 * jurisdiction has no special rate for a category, the standard rate applies (the rule pack says so
 * in its trace).
 */
public enum TaxCategory {
    STANDARD,
    FOOD,
    BOOKS,
    NEWSPAPERS_PERIODICALS,
    CHILDRENS_CLOTHING,
    CHILDRENS_FOOTWEAR,
    PHARMACEUTICALS,
    MEDICAL_DEVICES,
    SANITARY_PRODUCTS,
    WORKS_OF_ART
}
