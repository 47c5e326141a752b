package dev.xborder.connector;

import dev.xborder.core.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One page of results as the platform returned it, and the opaque cursor of the next page
 * ({@code null} on the last page). Immutable.
 */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(Checks.noNulls(items, "page.items"));
        nextCursor = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
