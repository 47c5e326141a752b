/**
 * Products as customs, tax and carriers see them.
 *
 * <p>Entry points: {@link dev.xborder.core.product.Product} (built with
 * {@link dev.xborder.core.product.Product#builder(dev.xborder.core.product.Sku)}),
 * {@link dev.xborder.core.product.HsCode} (6 to 10 digits, the 6-digit root checked against
 * {@link dev.xborder.core.product.HsNomenclature}, HS 2022), {@link dev.xborder.core.product.Weight}
 * and {@link dev.xborder.core.product.Dimensions} (units, volumetric weight, length plus girth),
 * {@link dev.xborder.core.product.TaxCategory} and {@link dev.xborder.core.product.GoodsFlag}.
 *
 * <p>All types are immutable and thread-safe; bad input throws
 * {@link dev.xborder.core.InvalidInputException} naming the field.
 */
package dev.xborder.core.product;
