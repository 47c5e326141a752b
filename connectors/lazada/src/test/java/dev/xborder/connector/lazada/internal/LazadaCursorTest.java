package dev.xborder.connector.lazada.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LazadaCursorTest {

    @Test
    void aCursorSurvivesItsTextForm() {
        qt().withFixedSeed(6_0004L).withExamples(1000)
                .forAll(longs().between(0, 4_000_000_000L), integers().between(0, 5000), integers().between(0, 30))
                .checkAssert((start, offset, n) -> {
                    List<LazadaCursor.Delivered> d = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        d.add(new LazadaCursor.Delivered(Long.toString(start + i), Instant.ofEpochSecond(start + i / 3)));
                    }
                    LazadaCursor c = LazadaCursor.start(Instant.ofEpochSecond(start)).advance(offset, d);
                    assertThat(LazadaCursor.parse(c.encode())).isEqualTo(c);
                });
    }

    @Test
    void onlyOrdersWithinASecondOfTheLatestUpdateAreRemembered() {
        Instant t = Instant.parse("2026-03-01T00:00:10Z");
        LazadaCursor c = LazadaCursor.start(t.minusSeconds(100)).advance(3, List.of(
                new LazadaCursor.Delivered("1", t.minusSeconds(5)),
                new LazadaCursor.Delivered("2", t.minusSeconds(1)),
                new LazadaCursor.Delivered("3", t)));
        assertThat(c.alreadyDelivered("1", t.minusSeconds(5))).isFalse();
        assertThat(c.alreadyDelivered("2", t.minusSeconds(1))).isTrue();
        assertThat(c.alreadyDelivered("3", t)).isTrue();
        assertThat(c.alreadyDelivered("3", t.plusSeconds(1))).as("updated again later: new").isFalse();
        LazadaCursor restarted = c.restartWindow();
        assertThat(restarted.windowStart()).isEqualTo(t.minusSeconds(1));
        assertThat(restarted.offset()).isZero();
        assertThat(restarted.alreadyDelivered("2", t.minusSeconds(1))).isTrue();
    }

    @Test
    void foreignTextIsNotACursor() {
        assertThatThrownBy(() -> LazadaCursor.parse("NT+abc==")).isInstanceOf(IllegalArgumentException.class);
    }
}
