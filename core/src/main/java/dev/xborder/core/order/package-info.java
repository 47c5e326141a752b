/**
 * Marketplace-neutral orders.
 *
 * <p>Entry points: {@link dev.xborder.core.order.Order} (built with
 * {@link dev.xborder.core.order.Order#builder(String, String)}), {@link dev.xborder.core.order.OrderLine},
 * {@link dev.xborder.core.order.Buyer} (personal data, redacted in {@code toString}),
 * {@link dev.xborder.core.order.SalesChannel} and {@link dev.xborder.core.order.OrderStatus}.
 *
 * <p>All types are immutable and thread-safe; bad input throws
 * {@link dev.xborder.core.InvalidInputException} naming the field.
 */
package dev.xborder.core.order;
