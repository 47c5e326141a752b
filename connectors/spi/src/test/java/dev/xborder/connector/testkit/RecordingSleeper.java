package dev.xborder.connector.testkit;

import dev.xborder.connector.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records every wait and advances a {@link MutableClock} by it instead of sleeping. Thread-safe. */
public final class RecordingSleeper implements Sleeper {
    private final MutableClock clock;
    private final List<Duration> waits = new ArrayList<>();

    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            waits.add(d);
        }
        if (clock != null) {
            clock.advance(d);
        }
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    public synchronized Duration total() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    public synchronized void clear() {
        waits.clear();
    }
}
