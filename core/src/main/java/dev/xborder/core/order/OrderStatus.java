package dev.xborder.core.order;

/**
 * A marketplace-neutral order status. Connectors map each platform's status to one of these;
 * a status they do not know maps to {@link #UNKNOWN} and the order keeps the raw value.
 */
public enum OrderStatus {
    PENDING,
    UNSHIPPED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    RETURNED,
    UNKNOWN
}
