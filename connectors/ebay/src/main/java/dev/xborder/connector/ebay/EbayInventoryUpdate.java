package dev.xborder.connector.ebay;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.product.Sku;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * One entry of an Inventory API {@code bulkUpdatePriceQuantity} call: the SKU's ship-to-home
 * quantity and/or the price and quantity of some of its offers. Immutable.
 *
 * @param sku      the seller's SKU
 * @param quantity new {@code shipToLocationAvailability.quantity}, or {@code null} to leave it
 * @param offers   offer changes (may be empty)
 */
public record EbayInventoryUpdate(Sku sku, Integer quantity, List<Offer> offers) {
    public EbayInventoryUpdate {
        Checks.notNull(sku, "update.sku");
        if (quantity != null) {
            Checks.nonNegative(quantity, "update.quantity");
        }
        offers = offers == null ? List.of() : List.copyOf(Checks.noNulls(offers, "update.offers"));
        if (quantity == null && offers.isEmpty()) {
            throw new InvalidInputException("update", sku.value(), "changes nothing: give a quantity or an offer");
        }
    }

    /** Only the SKU's available quantity. */
    public static EbayInventoryUpdate quantity(Sku sku, int quantity) {
        return new EbayInventoryUpdate(sku, quantity, List.of());
    }

    /**
     * One offer's change.
     *
     * @param offerId           the offer id
     * @param price             new price, or {@code null} to leave it
     * @param availableQuantity new offer quantity, or {@code null} to leave it
     */
    public record Offer(String offerId, MonetaryAmount price, Integer availableQuantity) {
        public Offer {
            Checks.notBlank(offerId, "offer.offerId");
            if (price != null && price.isNegative()) {
                throw new InvalidInputException("offer.price", price, "must not be negative");
            }
            if (availableQuantity != null) {
                Checks.nonNegative(availableQuantity, "offer.availableQuantity");
            }
            if (price == null && availableQuantity == null) {
                throw new InvalidInputException("offer", offerId, "changes nothing: give a price or a quantity");
            }
        }
    }
}
