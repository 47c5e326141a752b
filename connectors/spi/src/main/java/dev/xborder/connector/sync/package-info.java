/**
 * Incremental order sync: {@link dev.xborder.connector.sync.OrderSync} hands pages of orders to the
 * host's {@link dev.xborder.connector.sync.OrderBatchHandler} and stores a
 * {@link dev.xborder.connector.sync.Checkpoint} in a {@link dev.xborder.connector.sync.CheckpointStore}
 * ({@link dev.xborder.connector.sync.InMemoryCheckpointStore},
 * {@link dev.xborder.connector.sync.FileCheckpointStore}) after each accepted batch; an overlap
 * window and de-duplication by order id and update time make reruns safe.
 */
package dev.xborder.connector.sync;
