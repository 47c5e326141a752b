package dev.xborder.connector.shopee;

import dev.xborder.core.InvalidInputException;

/**
 * A Shopee listing variant: the item id and the model id ({@code 0} for an item without models).
 * For global products (cross-border merchants) these are the {@code global_item_id} and
 * {@code global_model_id}. Immutable.
 */
public record ShopeeListing(long itemId, long modelId) {
    public ShopeeListing {
        if (itemId <= 0) {
            throw new InvalidInputException("listing.itemId", itemId, "must be positive");
        }
        if (modelId < 0) {
            throw new InvalidInputException("listing.modelId", modelId, "must not be negative");
        }
    }

    /** Parses {@code "itemId"} or {@code "itemId:modelId"}, e.g. {@code "2600144043:0"}; empty if not of that form. */
    public static java.util.Optional<ShopeeListing> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        if (!t.matches("[0-9]{1,18}(:[0-9]{1,18})?")) {
            return java.util.Optional.empty();
        }
        int colon = t.indexOf(':');
        long item = Long.parseLong(colon < 0 ? t : t.substring(0, colon));
        long model = colon < 0 ? 0 : Long.parseLong(t.substring(colon + 1));
        return item > 0 ? java.util.Optional.of(new ShopeeListing(item, model)) : java.util.Optional.empty();
    }

    /** {@code "itemId:modelId"}, the form {@link #parse(String)} reads and the connector uses as SKU when a line has none. */
    @Override
    public String toString() {
        return itemId + ":" + modelId;
    }
}
