package dev.xborder.tax.pack;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An effective period: {@code from} inclusive, {@code to} exclusive ({@code null} = open-ended).
 * The constructor throws {@link InvalidInputException} if {@code from} is null or {@code to} is not after it.
 */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        Checks.notNull(from, "period.from");
        if (to != null && !to.isAfter(from)) {
            throw new InvalidInputException("period.to", to, "must be after from " + from);
        }
    }

    /**
     * Whether {@code date} lies in this period.
     *
     * @throws InvalidInputException if date is null
     */
    public boolean contains(LocalDate date) {
        Checks.notNull(date, "date");
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    /**
     * Whether the two periods share at least one day.
     *
     * @throws InvalidInputException if other is null
     */
    public boolean overlaps(Period other) {
        Checks.notNull(other, "other");
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
