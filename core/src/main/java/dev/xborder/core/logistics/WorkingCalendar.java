package dev.xborder.core.logistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Working days (days of week minus holidays) of a rate card; immutable, allocation-light. */
final class WorkingCalendar {
    /** Guard against calendars with no working day at all (rejected at load; belt and braces). */
    private static final int MAX_SCAN_DAYS = 3660;

    private final boolean[] working = new boolean[8];
    /** Holidays as epoch days, sorted, for binary search. */
    private final long[] holidays;

    WorkingCalendar(EnumSet<DayOfWeek> days, Set<LocalDate> holidays) {
        for (DayOfWeek d : days) {
            working[d.getValue()] = true;
        }
        this.holidays = holidays.stream().mapToLong(LocalDate::toEpochDay).sorted().toArray();
    }

    private boolean isWorking(long epochDay, int dow) {
        return working[dow] && (holidays.length == 0 || Arrays.binarySearch(holidays, epochDay) < 0);
    }

    boolean isWorkingDay(LocalDate d) {
        return isWorking(d.toEpochDay(), d.getDayOfWeek().getValue());
    }

    /** The first working day on or after {@code d}. */
    LocalDate onOrAfter(LocalDate d) {
        long epoch = d.toEpochDay();
        int dow = d.getDayOfWeek().getValue();
        for (int guard = 0; guard < MAX_SCAN_DAYS && !isWorking(epoch, dow); guard++) {
            epoch++;
            dow = dow % 7 + 1;
        }
        return epoch == d.toEpochDay() ? d : LocalDate.ofEpochDay(epoch);
    }

    /**
     * The dispatch day for goods ready on {@code readyDate} at {@code readyTime} (local to the cut-off
     * zone; {@code null} means the start of the day): that day if it is a working day and the goods
     * are ready by the cut-off, else the next working day.
     */
    LocalDate dispatch(LocalDate readyDate, LocalTime readyTime, LocalTime cutOff) {
        LocalDate d = readyDate;
        if (readyTime != null && readyTime.isAfter(cutOff) && isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return onOrAfter(d);
    }

    /** {@code from} plus {@code n} working days (0 gives {@code from}). */
    LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n == 0) {
            return from;
        }
        long epoch = from.toEpochDay();
        int dow = from.getDayOfWeek().getValue();
        int left = n;
        for (int guard = 0; left > 0 && guard < MAX_SCAN_DAYS * 10; guard++) {
            epoch++;
            dow = dow % 7 + 1;
            if (isWorking(epoch, dow)) {
                left--;
            }
        }
        return LocalDate.ofEpochDay(epoch);
    }
}
