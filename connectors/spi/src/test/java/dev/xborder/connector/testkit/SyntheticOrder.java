package dev.xborder.connector.testkit;

import java.time.Instant;
import java.util.List;

/**
 * A platform-neutral order the fake platforms render in their own wire shape.
 *
 * @param id        the platform order id
 * @param createdAt creation time
 * @param updatedAt last update time
 * @param rawStatus the platform's status text
 * @param currency  ISO code
 * @param total     decimal string as the platform would send it
 * @param lines     the order lines
 */
public record SyntheticOrder(String id, Instant createdAt, Instant updatedAt, String rawStatus, String currency,
                             String total, List<Line> lines) {

    /** One line: platform line id, SKU, quantity, unit price as a decimal string. */
    public record Line(String lineId, String sku, int quantity, String unitPrice) {
    }
}
