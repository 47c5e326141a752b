package dev.xborder.connector.aliexpress.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Zone-less US Pacific times: standard and daylight time, and the two DST transitions. Expected
 * values follow the US rule (second Sunday of March 02:00 PST -> 03:00 PDT; first Sunday of
 * November 02:00 PDT -> 01:00 PST): in 2024 those were 10 March and 3 November.
 */
class PacificTimeTest {
    private static final List<ZoneOffsetTransition> TRANSITIONS = new ArrayList<>();

    static {
        ZoneOffsetTransition t = PacificTime.ZONE.getRules().nextTransition(Instant.parse("2020-01-01T00:00:00Z"));
        while (t.getInstant().isBefore(Instant.parse("2031-01-01T00:00:00Z"))) {
            TRANSITIONS.add(t);
            t = PacificTime.ZONE.getRules().nextTransition(t.getInstant());
        }
    }

    @Test
    void aWinterTimeIsReadAsPacificStandardTime() {
        assertThat(PacificTime.parse(LocalDateTime.parse("2024-02-24T15:00:51"))).isEqualTo(Instant.parse("2024-02-24T23:00:51Z"));
    }

    @Test
    void aSummerTimeIsReadAsPacificDaylightTime() {
        assertThat(PacificTime.parse(LocalDateTime.parse("2024-07-01T12:00:00"))).isEqualTo(Instant.parse("2024-07-01T19:00:00Z"));
    }

    @Test
    void theRepeatedAutumnHourIsReadAsItsEarlierInstant() {
        assertThat(PacificTime.readings("2024-11-03 01:30:00"))
                .containsExactly(Instant.parse("2024-11-03T08:30:00Z"), Instant.parse("2024-11-03T09:30:00Z"));
        assertThat(PacificTime.parse(LocalDateTime.parse("2024-11-03T01:30:00"))).isEqualTo(Instant.parse("2024-11-03T08:30:00Z"));
    }

    @Test
    void boundsInTheRepeatedHourAreWidenedByAnHourSoEitherReadingIsSafe() {
        // 01:30 PDT (first pass) and 01:30 PST (second pass)
        assertThat(PacificTime.lowerBound(Instant.parse("2024-11-03T08:30:00Z"))).isEqualTo("2024-11-03 00:30:00");
        assertThat(PacificTime.lowerBound(Instant.parse("2024-11-03T09:30:00Z"))).isEqualTo("2024-11-03 00:30:00");
        assertThat(PacificTime.upperBound(Instant.parse("2024-11-03T08:30:00Z"))).isEqualTo("2024-11-03 02:30:00");
        assertThat(PacificTime.upperBound(Instant.parse("2024-11-03T09:30:00Z"))).isEqualTo("2024-11-03 02:30:00");
        // just outside the repeated hour nothing moves
        assertThat(PacificTime.lowerBound(Instant.parse("2024-11-03T07:59:59Z"))).isEqualTo("2024-11-03 00:59:59");
        assertThat(PacificTime.lowerBound(Instant.parse("2024-11-03T10:00:00Z"))).isEqualTo("2024-11-03 02:00:00");
    }

    @Test
    void theSkippedSpringHourNeverAppearsInABound() {
        assertThat(PacificTime.lowerBound(Instant.parse("2024-03-10T09:59:59Z"))).isEqualTo("2024-03-10 01:59:59");
        assertThat(PacificTime.lowerBound(Instant.parse("2024-03-10T10:00:00Z"))).isEqualTo("2024-03-10 03:00:00");
    }

    @Test
    void anUpperBoundRoundsUpToTheNextWholeSecond() {
        assertThat(PacificTime.upperBound(Instant.parse("2024-07-01T19:00:00.001Z"))).isEqualTo("2024-07-01 12:00:01");
        assertThat(PacificTime.lowerBound(Instant.parse("2024-07-01T19:00:00.999Z"))).isEqualTo("2024-07-01 12:00:00");
    }

    @Test
    void everyReadingOfABoundIsOnTheSafeSideAndAtMostTwoHoursAway() {
        qt().withFixedSeed(20261122L).withExamples(2000)
                .forAll(longs().between(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(), Instant.parse("2030-12-31T00:00:00Z").toEpochMilli()))
                .checkAssert(ms -> assertSafe(Instant.ofEpochMilli(ms)));
    }

    @Test
    void boundsNearEveryDstTransitionOfTheDecadeAreSafe() {
        qt().withFixedSeed(7L).withExamples(5000)
                .forAll(integers().between(0, TRANSITIONS.size() - 1), integers().between(-3 * 3600, 3 * 3600))
                .checkAssert((i, offset) -> assertSafe(TRANSITIONS.get(i).getInstant().plusSeconds(offset)));
    }

    private static void assertSafe(Instant t) {
        List<Instant> lower = PacificTime.readings(PacificTime.lowerBound(t));
        List<Instant> upper = PacificTime.readings(PacificTime.upperBound(t));
        assertThat(lower).isNotEmpty().allSatisfy(r -> {
            assertThat(r).isBeforeOrEqualTo(t);
            assertThat(Duration.between(r, t)).isLessThanOrEqualTo(Duration.ofHours(2).plusSeconds(1));
        });
        assertThat(upper).isNotEmpty().allSatisfy(r -> {
            assertThat(r).isAfterOrEqualTo(t);
            assertThat(Duration.between(t, r)).isLessThanOrEqualTo(Duration.ofHours(2).plusSeconds(1));
        });
        Instant whole = t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String text = PacificTime.FORMAT.format(LocalDateTime.ofInstant(whole, PacificTime.ZONE));
        assertThat(PacificTime.readings(text)).contains(whole);
        assertThat(PacificTime.parse(LocalDateTime.parse(text, PacificTime.FORMAT))).isBeforeOrEqualTo(whole);
    }
}
