package dev.xborder.connector.shopee;

import dev.xborder.core.product.Sku;
import java.util.Optional;

/**
 * Finds the Shopee listing variant behind a seller SKU, for stock and price updates (Shopee's
 * update APIs take item and model ids, not SKUs). The default, {@link #ITEM_MODEL_IDS}, reads SKUs
 * written as {@code "itemId:modelId"} (or {@code "itemId"} for items without models); hosts with
 * their own SKUs supply a resolver backed by their catalogue. Must be thread-safe.
 */
@FunctionalInterface
public interface ShopeeSkuResolver {
    /** SKUs of the form {@code "itemId:modelId"} or {@code "itemId"}. */
    ShopeeSkuResolver ITEM_MODEL_IDS = (sku, global) -> ShopeeListing.parse(sku.value());

    /**
     * The listing variant for {@code sku}, or empty if unknown.
     *
     * @param global {@code true} when the connector updates global products (then return global item/model ids)
     */
    Optional<ShopeeListing> resolve(Sku sku, boolean global);
}
