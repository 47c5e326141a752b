package dev.xborder.connector.sync;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Where an order sync stands: the high-water mark (newest update time handed over and accepted),
 * the floor the next run queries from (the high-water mark minus the overlap window, or later if
 * the {@code seen} bound forced it up), and the orders handed over whose update time is at or
 * after the floor ({@code seen}: order id to the update time handed over), so that orders the
 * overlap window fetches again are recognised and not handed over twice. Immutable.
 *
 * @param highWaterMark newest {@code updatedAt} accepted by the host, or {@code null} before the first batch
 * @param floor         the next run asks for orders updated at or after this instant
 * @param seen          order id to the {@code updatedAt} handed over, for every order at or after {@code floor}
 */
public record Checkpoint(Instant highWaterMark, Instant floor, Map<String, Instant> seen) {
    public Checkpoint {
        Checks.notNull(floor, "checkpoint.floor");
        seen = Map.copyOf(Checks.notNull(seen, "checkpoint.seen"));
        if (highWaterMark != null && highWaterMark.isBefore(floor) && !seen.isEmpty()) {
            throw new InvalidInputException("checkpoint.highWaterMark", highWaterMark, "is before the floor " + floor);
        }
    }

    /** The checkpoint of a sync that has not run yet: start at {@code from}. */
    public static Checkpoint startingAt(Instant from) {
        return new Checkpoint(null, Checks.notNull(from, "from"), Map.of());
    }

    public Optional<Instant> highWaterMarkIfAny() {
        return Optional.ofNullable(highWaterMark);
    }

    @Override
    public String toString() {
        return "Checkpoint[highWaterMark=" + highWaterMark + ", floor=" + floor + ", seen=" + seen.size() + " orders]";
    }
}
