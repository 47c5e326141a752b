package dev.xborder.connector.sync;

import dev.xborder.core.Checks;
import dev.xborder.core.order.Order;
import java.util.List;

/**
 * Orders handed to the host in one step (one platform page, duplicates removed), and the
 * checkpoint that {@link OrderSync} stores once the host has accepted them.
 *
 * @param sequence   1-based number of the batch within this run
 * @param orders     new orders and new versions of orders, in platform order
 * @param checkpoint the checkpoint after this batch
 */
public record OrderBatch(int sequence, List<Order> orders, Checkpoint checkpoint) {
    public OrderBatch {
        orders = List.copyOf(Checks.noNulls(orders, "batch.orders"));
        Checks.notNull(checkpoint, "batch.checkpoint");
    }
}
