/**
 * Reading platform wire formats without loss: {@link dev.xborder.connector.wire.WireJson} (the
 * shared Jackson setup, BigDecimal for every fraction), {@link dev.xborder.connector.wire.WireMoney}
 * (decimal strings, JSON numbers, minor units into {@code MonetaryAmount}),
 * {@link dev.xborder.connector.wire.WireTime} (ISO with Z or offsets, epoch seconds/millis,
 * {@code "yyyy-MM-dd HH:mm:ss +0800"}, zone-less local times), {@link dev.xborder.connector.wire.StatusMapping}
 * (unknown statuses become {@code UNKNOWN}, raw text kept) and
 * {@link dev.xborder.connector.wire.WireAddress} (addresses that never fail a sync),
 * {@link dev.xborder.connector.wire.WireOrders} (mapping failures named by order, pages in
 * update-time order) and {@link dev.xborder.connector.wire.WireLines} (per-unit items folded into
 * lines).
 */
package dev.xborder.connector.wire;
