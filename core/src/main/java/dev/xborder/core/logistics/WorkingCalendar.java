package dev.xborder.core.logistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** Working days (days of week minus holidays) of a rate card; immutable. */
final class WorkingCalendar {
    private final boolean[] working = new boolean[8];
    private final Set<LocalDate> holidays;

    WorkingCalendar(EnumSet<DayOfWeek> days, Set<LocalDate> holidays) {
        for (DayOfWeek d : days) {
            working[d.getValue()] = true;
        }
        this.holidays = Set.copyOf(holidays);
    }

    boolean isWorkingDay(LocalDate d) {
        return working[d.getDayOfWeek().getValue()] && (holidays.isEmpty() || !holidays.contains(d));
    }

    /** The first working day on or after {@code d}. */
    LocalDate onOrAfter(LocalDate d) {
        LocalDate x = d;
        for (int guard = 0; guard < 3660 && !isWorkingDay(x); guard++) {
            x = x.plusDays(1);
        }
        return x;
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
        LocalDate x = from;
        int left = n;
        int guard = 0;
        while (left > 0 && guard++ < 36600) {
            x = x.plusDays(1);
            if (isWorkingDay(x)) {
                left--;
            }
        }
        return x;
    }
}
