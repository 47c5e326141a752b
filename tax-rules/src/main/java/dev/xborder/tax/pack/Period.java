package dev.xborder.tax.pack;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;

/** An effective period: {@code from} inclusive, {@code to} exclusive ({@code null} = open-ended). */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        Checks.notNull(from, "period.from");
        if (to != null && !to.isAfter(from)) {
            throw new InvalidInputException("period.to", to, "must be after from " + from);
        }
    }

    /** Whether {@code date} lies in this period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Period other) {
        boolean thisStartsBeforeOtherEnds = other.to == null || from.isBefore(other.to);
        boolean otherStartsBeforeThisEnds = to == null || other.from.isBefore(to);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** The exclusive end, if any. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (to == null ? "open" : to) + ")";
    }
}
