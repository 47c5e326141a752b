package dev.xborder.connector.aliexpress.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * AliExpress order times: {@code yyyy-MM-dd HH:mm:ss} without a zone, in US Pacific time (the IOP
 * SDK's {@code AliexpressSolutionOrderGetRequest} says "It should be set to Pacific Standard Time";
 * {@code gmt_create} is documented as "US Pacific time"), read here with the rules of
 * {@code America/Los_Angeles}, so daylight saving time is honoured.
 *
 * <p>Once a year (first Sunday of November) the hour 01:00-02:00 happens twice, and a zone-less
 * time in it names two instants. How AliExpress reads such a query bound is not documented, so
 * bounds are chosen to be safe under either reading: a lower bound in that hour is moved an hour
 * earlier, an upper bound an hour later (the sync then sees some orders twice, never misses one).
 * A time the platform sends in that hour is read as the earlier instant, so a checkpoint built on it
 * is never too late. Internal.
 */
public final class PacificTime {
    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PacificTime() {
    }

    /** A lower query bound: every reading of the returned text is at or before {@code t}. */
    public static String lowerBound(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), ZONE);
        ZoneOffsetTransition overlap = overlapAt(local);
        if (overlap != null) {
            local = local.minus(overlap.getDuration().abs());
        }
        return FORMAT.format(local);
    }

    /** An upper query bound: every reading of the returned text is at or after {@code t}. */
    public static String upperBound(Instant t) {
        Instant up = t.truncatedTo(ChronoUnit.SECONDS);
        if (up.isBefore(t)) {
            up = up.plusSeconds(1);
        }
        LocalDateTime local = LocalDateTime.ofInstant(up, ZONE);
        ZoneOffsetTransition overlap = overlapAt(local);
        if (overlap != null) {
            local = local.plus(overlap.getDuration().abs());
        }
        return FORMAT.format(local);
    }

    /** Every instant a zone-less Pacific time can mean (two in the repeated hour, none in the skipped one). */
    public static List<Instant> readings(String text) {
        LocalDateTime local = LocalDateTime.parse(text, FORMAT);
        return ZONE.getRules().getValidOffsets(local).stream().map(o -> local.toInstant(o)).toList();
    }

    /**
     * A time the platform sent: the earlier instant in the repeated hour; a time in the skipped
     * hour (which should not occur) is read with the offset before the gap.
     */
    public static Instant parse(LocalDateTime local) {
        List<ZoneOffset> offsets = ZONE.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = ZONE.getRules().getTransition(local);
            return local.toInstant(gap.getOffsetBefore());
        }
        Instant best = null;
        for (ZoneOffset o : offsets) {
            Instant i = local.toInstant(o);
            if (best == null || i.isBefore(best)) {
                best = i;
            }
        }
        return best;
    }

    /** The length of the repeated hour's transition if {@code local} is in it, else null. */
    private static ZoneOffsetTransition overlapAt(LocalDateTime local) {
        ZoneOffsetTransition tr = ZONE.getRules().getTransition(local);
        return tr != null && tr.isOverlap() ? tr : null;
    }

    /** For tests: the duration between the two readings of an ambiguous time. */
    static Duration ambiguity(String text) {
        List<Instant> r = readings(text);
        return r.size() < 2 ? Duration.ZERO : Duration.between(r.get(0), r.get(1)).abs();
    }
}
