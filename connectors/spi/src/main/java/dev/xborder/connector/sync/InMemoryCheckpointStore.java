package dev.xborder.connector.sync;

import dev.xborder.core.Checks;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Checkpoints in memory: for tests and hosts that persist elsewhere. Thread-safe. */
public final class InMemoryCheckpointStore implements CheckpointStore {
    private final ConcurrentHashMap<String, Checkpoint> map = new ConcurrentHashMap<>();

    @Override
    public Optional<Checkpoint> load(String key) {
        return Optional.ofNullable(map.get(Checks.notBlank(key, "key")));
    }

    @Override
    public void save(String key, Checkpoint checkpoint) {
        map.put(Checks.notBlank(key, "key"), Checks.notNull(checkpoint, "checkpoint"));
    }
}
