package dev.xborder.connector.aliexpress;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.product.Sku;

/**
 * An AliExpress SKU as the stock and price APIs address it: the product id and the seller's SKU
 * code within it. {@link dev.xborder.connector.StockUpdate} and {@link dev.xborder.connector.PriceUpdate}
 * carry it as one {@link Sku} written {@code <productId>:<skuCode>}, e.g. {@code 1005003574624824:RED-XL}.
 */
public record AliExpressSku(String productId, String skuCode) {
    public AliExpressSku {
        Checks.notBlank(productId, "sku.productId");
        Checks.notBlank(skuCode, "sku.skuCode");
        if (!productId.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("sku.productId", productId, "must be the numeric AliExpress product id");
        }
    }

    /**
     * Reads {@code <productId>:<skuCode>}.
     *
     * @throws InvalidInputException if the SKU is not in that form
     */
    public static AliExpressSku of(Sku sku) {
        Checks.notNull(sku, "sku");
        String v = sku.value();
        int colon = v.indexOf(':');
        if (colon <= 0 || colon == v.length() - 1) {
            throw new InvalidInputException("sku", v, "AliExpress needs '<productId>:<skuCode>', e.g. 1005003574624824:RED-XL");
        }
        return new AliExpressSku(v.substring(0, colon), v.substring(colon + 1));
    }
}
