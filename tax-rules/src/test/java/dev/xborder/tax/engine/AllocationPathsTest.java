package dev.xborder.tax.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote's spread of shipping, insurance and fees in minor units gives exactly the decimal spread. */
class AllocationPathsTest {
    private static BigDecimal[] weights(List<Long> ws, int wScale) {
        BigDecimal[] w = new BigDecimal[ws.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = BigDecimal.valueOf(ws.get(i), wScale);
        }
        return w;
    }

    @Test
    void minorUnitSpreadEqualsTheDecimalSpreadValueAndScale() {
        qt().withFixedSeed(31L).withExamples(20_000)
                .forAll(longs().between(0, 3_000_000_000L), lists().of(longs().between(0, 3_000_000_000L))
                        .ofSizeBetween(1, 6), integers().between(0, 3), integers().between(0, 4))
                .checkAssert((amount, ws, scale, extra) -> {
                    // amounts and weights at, below and above the quote scale (whole or not in minor units)
                    int aScale = Math.max(0, scale + extra - 2);
                    BigDecimal a = BigDecimal.valueOf(amount, aScale);
                    BigDecimal[] w = weights(ws, Math.max(0, scale + 2 - extra));
                    BigDecimal[] fast = Quoting.allocate(a, w, scale);
                    BigDecimal[] slow = Quoting.allocateDecimal(a, w, scale);
                    assertThat(fast).containsExactly(slow);
                });
    }

    @Test
    void smallCartsWithTiesAndZeroWeightsAgree() {
        qt().withFixedSeed(32L).withExamples(20_000)
                .forAll(longs().between(0, 2_000), lists().of(longs().between(0, 50)).ofSizeBetween(1, 5))
                .checkAssert((amount, ws) -> {
                    BigDecimal a = BigDecimal.valueOf(amount, 2);
                    BigDecimal[] w = weights(ws, 2);
                    assertThat(Quoting.allocate(a, w, 2)).containsExactly(Quoting.allocateDecimal(a, w, 2));
                    assertThat(Quoting.allocate(a.stripTrailingZeros(), w, 2))
                            .containsExactly(Quoting.allocateDecimal(a.stripTrailingZeros(), w, 2));
                });
    }
}
