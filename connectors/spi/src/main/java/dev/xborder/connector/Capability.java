package dev.xborder.connector;

/** What a {@link MarketplaceConnector} can do; see {@link MarketplaceConnector#capabilities()}. */
public enum Capability {
    /** {@link MarketplaceConnector#ordersUpdatedSince(OrderQuery)}. */
    ORDERS_UPDATED_SINCE,
    /** {@link MarketplaceConnector#order(String)}. */
    ORDER_BY_ID,
    /** {@link MarketplaceConnector#updateStock(StockUpdate)}. */
    UPDATE_STOCK,
    /** {@link MarketplaceConnector#updatePrice(PriceUpdate)}. */
    UPDATE_PRICE,
    /** {@link MarketplaceConnector#confirmShipment(ShipmentConfirmation)}. */
    CONFIRM_SHIPMENT
}
