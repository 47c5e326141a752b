package dev.xborder.connector;

import dev.xborder.core.Checks;
import java.time.Instant;
import java.util.List;

/**
 * Tell the marketplace an order (or some of its lines) shipped, with carrier and tracking number.
 *
 * @param orderId        the marketplace's order id
 * @param carrier        the carrier's name or the platform's carrier code (e.g. {@code "UPS"})
 * @param trackingNumber the carrier's tracking number
 * @param shippedAt      when the parcel left
 * @param lines          the shipped lines; empty = every line in full
 * @param shippingMethod the carrier's service name, or {@code null}
 */
public record ShipmentConfirmation(String orderId, String carrier, String trackingNumber, Instant shippedAt,
                                   List<ShippedLine> lines, String shippingMethod) {
    public ShipmentConfirmation {
        Checks.notBlank(orderId, "shipment.orderId");
        Checks.notBlank(carrier, "shipment.carrier");
        Checks.notBlank(trackingNumber, "shipment.trackingNumber");
        Checks.notNull(shippedAt, "shipment.shippedAt");
        lines = lines == null ? List.of() : List.copyOf(Checks.noNulls(lines, "shipment.lines"));
        shippingMethod = shippingMethod == null || shippingMethod.isBlank() ? null : shippingMethod;
    }

    /** The whole order shipped in one parcel. */
    public static ShipmentConfirmation ofWholeOrder(String orderId, String carrier, String trackingNumber, Instant shippedAt) {
        return new ShipmentConfirmation(orderId, carrier, trackingNumber, shippedAt, List.of(), null);
    }

    /** One shipped order line: the platform's line id and the quantity shipped. */
    public record ShippedLine(String lineId, int quantity) {
        public ShippedLine {
            Checks.notBlank(lineId, "shipment.line.lineId");
            Checks.positive(quantity, "shipment.line.quantity");
        }
    }
}
