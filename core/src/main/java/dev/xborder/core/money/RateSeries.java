package dev.xborder.core.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One currency's rates against a table's base, sorted by date ascending, for binary search by
 * epoch day. Immutable once built; the arrays never leave this package.
 */
final class RateSeries {
    final long[] days;
    final LocalDate[] dates;
    final BigDecimal[] units;

    RateSeries(long[] days, LocalDate[] dates, BigDecimal[] units) {
        this.days = days;
        this.dates = dates;
        this.units = units;
    }

    /** Index of the latest entry on or before {@code epochDay}, or -1 if there is none. */
    int floor(long epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        return i >= 0 ? i : -i - 2;
    }
}
