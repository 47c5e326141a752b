package dev.xborder.connector.sync;

/**
 * The host's side of an order sync. Returning normally means the batch is accepted (stored,
 * queued...); throwing means it is not, and the sync stops without saving the checkpoint, so the
 * next run hands the same orders over again.
 */
@FunctionalInterface
public interface OrderBatchHandler {
    void accept(OrderBatch batch);
}
