package dev.xborder.connector.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WireTimeTest {
    private static Instant p(String s) {
        return WireTime.parse(s, ZoneId.of("America/Los_Angeles"), "t").orElseThrow();
    }

    @Test
    void isoWithZOrAnOffset() {
        assertThat(p("2017-01-20T19:49:35Z")).isEqualTo(Instant.parse("2017-01-20T19:49:35Z"));
        assertThat(p("2023-08-02T08:26:18.000Z")).isEqualTo(Instant.parse("2023-08-02T08:26:18Z"));
        assertThat(p("2008-01-10T11:00:00-05:00")).isEqualTo(Instant.parse("2008-01-10T16:00:00Z"));
    }

    @Test
    void epochSecondsMillisAndScientificNotation() {
        assertThat(p("1569521782")).isEqualTo(Instant.ofEpochSecond(1569521782));
        assertThat(p("1569521782042")).isEqualTo(Instant.ofEpochMilli(1569521782042L));
        assertThat(p("1.569521782042E9")).isEqualTo(Instant.ofEpochMilli(1569521782042L));
    }

    @Test
    void lazadaSpaceSeparatedWithCompactOffset() {
        assertThat(p("2019-01-01 10:00:00 +0800")).isEqualTo(Instant.parse("2019-01-01T02:00:00Z"));
        assertThat(p("2019-01-01 10:00:00 +08:00")).isEqualTo(Instant.parse("2019-01-01T02:00:00Z"));
    }

    @Test
    void zoneLessLocalTimesUseTheGivenZone() {
        assertThat(p("2024-02-24 15:00:51")).isEqualTo(Instant.parse("2024-02-24T23:00:51Z"));
        assertThatThrownBy(() -> WireTime.parse("2024-02-24 15:00:51", "t")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no zone");
    }

    @Test
    void emptyIsAbsentAndGarbageFailsNamingTheField() throws Exception {
        assertThat(WireTime.parse("", "t")).isEmpty();
        assertThat(WireTime.parse("   ", "t")).isEmpty();
        assertThat(WireTime.parse(new ObjectMapper().readTree("{\"a\":null}").get("a"), null, "a")).isEmpty();
        assertThatThrownBy(() -> WireTime.parse("yesterday", "LastUpdateDate")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LastUpdateDate");
        assertThatThrownBy(() -> WireTime.parse("1e999999999", "t")).hasMessageContaining("out of range");
    }

    @Test
    void jsonNumbersAreEpochSeconds() throws Exception {
        assertThat(WireTime.parse(WireJson.newMapper().readTree("{\"t\":1700000000}").get("t"), null, "t"))
                .contains(Instant.ofEpochSecond(1700000000));
    }

    /** Epoch numbers are read as milliseconds from 1e11 on (1973-03-03 in ms, year 5138 in s), so the range starts there. */
    @Test
    void everyInstantRoundTripsThroughEachForm() {
        qt().withFixedSeed(11L).withExamples(1000).forAll(longs().between(100_000_000_000L / 1000, 4_000_000_000L)).checkAssert(sec -> {
            Instant i = Instant.ofEpochSecond(sec);
            assertThat(p(WireTime.isoUtcSeconds(i))).isEqualTo(i);
            assertThat(p(WireTime.isoWithOffset(i, ZoneOffset.ofHoursMinutes(5, 30)))).isEqualTo(i);
            assertThat(p(String.valueOf(sec))).isEqualTo(i);
            assertThat(p(String.valueOf(sec * 1000))).isEqualTo(i);
        });
    }
}
