package dev.xborder.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

    @Test
    void integerAndDecimalSeconds() {
        assertThat(RetryAfter.parse("100", clock)).contains(Duration.ofSeconds(100));
        assertThat(RetryAfter.parse("2.0", clock)).contains(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(" 1.5 ", clock)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse("0", clock)).contains(Duration.ZERO);
    }

    @Test
    void httpDatesAreMeasuredAgainstTheClock() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", clock)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:27:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void garbageNegativeAndEmptyGiveNothing() {
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse("", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("1e99999", clock)).isEmpty();
    }
}
