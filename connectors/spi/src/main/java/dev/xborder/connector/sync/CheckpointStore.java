package dev.xborder.connector.sync;

import java.util.Optional;

/**
 * Persists {@link Checkpoint}s by sync key (one key per connector account, e.g.
 * {@code "amazon:A1PA6795UKMFR9"}). Implementations must be thread-safe, and {@link #save} must be
 * atomic: after a crash, {@link #load} returns either the previous or the new checkpoint, never a
 * mix. Hosts that store orders in a database can implement this on the same database and write
 * {@link OrderBatch#checkpoint()} in the transaction that stores the batch: that makes hand-over
 * and checkpoint one step (see {@link OrderSync}).
 */
public interface CheckpointStore {

    /** The stored checkpoint of {@code key}, if any. */
    Optional<Checkpoint> load(String key);

    /** Stores {@code checkpoint} for {@code key}, replacing the previous one atomically. */
    void save(String key, Checkpoint checkpoint);
}
