package dev.xborder.connector;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which orders to read: those updated at or after {@code updatedFrom} (connectors ask the platform
 * for that bound or an earlier one; a platform whose bound is exclusive may return slightly fewer
 * at the exact instant, which {@code OrderSync}'s overlap window covers), optionally before
 * {@code updatedBefore}, in pages of {@code pageSize} (0 = the platform's default/maximum).
 */
public record OrderQuery(Instant updatedFrom, Instant updatedBefore, int pageSize) {
    public OrderQuery {
        Checks.notNull(updatedFrom, "query.updatedFrom");
        Checks.nonNegative(pageSize, "query.pageSize");
        if (updatedBefore != null && !updatedBefore.isAfter(updatedFrom)) {
            throw new InvalidInputException("query.updatedBefore", updatedBefore, "must be after updatedFrom " + updatedFrom);
        }
    }

    /** Orders updated at or after {@code updatedFrom}, platform page size. */
    public static OrderQuery updatedSince(Instant updatedFrom) {
        return new OrderQuery(updatedFrom, null, 0);
    }

    public OrderQuery withPageSize(int size) {
        return new OrderQuery(updatedFrom, updatedBefore, size);
    }

    public Optional<Instant> updatedBeforeIfSet() {
        return Optional.ofNullable(updatedBefore);
    }
}
