package dev.xborder.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AllocationTest {
    private static final long SEED = 20_261_121L;
    private static final int EXAMPLES = 2000;

    /** One generated allocation problem: an amount in whole minor units and its weights. */
    record Case(CurrencyUnit currency, long minorUnits, List<BigDecimal> weights) {
        MonetaryAmount amount() {
            return Amounts.of(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
        }

        @Override
        public String toString() {
            return amount() + " over " + weights;
        }
    }

    private static Gen<Case> cases() {
        Gen<CurrencyUnit> currency = arbitrary().pick(List.of(
                Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD")));
        Gen<Long> units = longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .mix(longs().between(-50, 50), 50);
        // small integers give many zeros and ties; larger ones and scales exercise remainders
        Gen<BigDecimal> weight = integers().between(0, 3).zip(integers().between(0, 1_000_000), integers().between(0, 4),
                (small, big, scale) -> scale == 0 ? BigDecimal.valueOf(small) : BigDecimal.valueOf(big, scale));
        Gen<List<BigDecimal>> weights = lists().of(weight).ofSizeBetween(1, 25)
                .assuming(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
        return currency.zip(units, weights, Case::new);
    }

    private static BigDecimal value(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void partsAlwaysSumToTheAmountExactly() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<MonetaryAmount> parts = Allocation.allocate(c.amount(), c.weights());
            BigDecimal sum = parts.stream().map(AllocationTest::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(value(c.amount()));
            assertThat(parts).hasSize(c.weights().size());
            assertThat(parts).allSatisfy(p -> {
                assertThat(p.getCurrency()).isEqualTo(c.currency());
                assertThat(Amounts.isRounded(p)).isTrue();
            });
        });
    }

    @Test
    void eachPartIsWithinOneMinorUnitOfItsExactShare() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<MonetaryAmount> parts = Allocation.allocate(c.amount(), c.weights());
            BigDecimal total = value(c.amount());
            BigDecimal sumW = c.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal unit = BigDecimal.ONE.movePointLeft(c.currency().getDefaultFractionDigits());
            for (int i = 0; i < parts.size(); i++) {
                // |part - total * w / sumW| < unit, multiplied through by sumW to stay exact
                BigDecimal diff = value(parts.get(i)).multiply(sumW).subtract(total.multiply(c.weights().get(i))).abs();
                assertThat(diff).as("part %d of %s", i, c).isLessThan(unit.multiply(sumW));
            }
        });
    }

    @Test
    void allocationIsDeterministic() {
        qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<BigDecimal> copy = new ArrayList<>(c.weights());
            assertThat(Allocation.allocate(c.amount(), copy)).isEqualTo(Allocation.allocate(c.amount(), c.weights()));
        });
    }

    @Test
    void zeroWeightsGetExactlyZero() {
        qt().withFixedSeed(SEED + 3).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<MonetaryAmount> parts = Allocation.allocate(c.amount(), c.weights());
            for (int i = 0; i < parts.size(); i++) {
                if (c.weights().get(i).signum() == 0) {
                    assertThat(value(parts.get(i)).signum()).as("part %d of %s", i, c).isZero();
                }
            }
        });
    }

    @Test
    void negativeAmountIsTheMirrorOfThePositiveAndNoPartChangesSign() {
        qt().withFixedSeed(SEED + 4).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<MonetaryAmount> parts = Allocation.allocate(c.amount(), c.weights());
            List<MonetaryAmount> mirrored = Allocation.allocate(c.amount().negate(), c.weights());
            for (int i = 0; i < parts.size(); i++) {
                assertThat(value(mirrored.get(i))).isEqualByComparingTo(value(parts.get(i)).negate());
                assertThat(value(parts.get(i)).signum() * c.amount().signum()).isGreaterThanOrEqualTo(0);
            }
        });
    }

    @Test
    void leftoverCentsGoToLargestRemaindersThenLowestIndex() {
        // 100.00 over 1:1:1 = 33.333... each; one cent left, remainders tie, index 0 gets it
        assertThat(Allocation.allocate(Amounts.of("100.00", "EUR"), 1, 1, 1).stream().map(AllocationTest::value))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        // 0.05 over 3:3:4 -> shares 0.015, 0.015, 0.02: floors 1,1,2 cents, one left; remainders tie at index 0,1
        assertThat(Allocation.allocate(Amounts.of("0.05", "EUR"), 3, 3, 4).stream().map(AllocationTest::value))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.02"), new BigDecimal("0.01"), new BigDecimal("0.02"));
        // 10 JPY over 1:2 -> 3.33, 6.67: floors 3, 6; index 1 has the larger remainder
        assertThat(Allocation.allocate(Amounts.of("10", "JPY"), 1, 2).stream().map(AllocationTest::value))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("3"), new BigDecimal("7"));
        // KWD has 3 decimals
        assertThat(Allocation.allocate(Amounts.of("1.000", "KWD"), 1, 1, 1).stream().map(AllocationTest::value))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.334"), new BigDecimal("0.333"), new BigDecimal("0.333"));
    }

    @Test
    void refundIsSplitLikeThePaymentNegated() {
        assertThat(Allocation.allocate(Amounts.of("-100.00", "EUR"), 1, 1, 1).stream().map(AllocationTest::value))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("-33.34"), new BigDecimal("-33.33"), new BigDecimal("-33.33"));
    }

    @Test
    void decimalWeightsWork() {
        List<BigDecimal> w = Arrays.asList(new BigDecimal("19.99"), new BigDecimal("0.01"), BigDecimal.ZERO);
        assertThat(Allocation.allocate(Amounts.of("4.00", "EUR"), w).stream().map(AllocationTest::value))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("4.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
    }

    @Test
    void allZeroWeightsAreATypedError() {
        assertThatThrownBy(() -> Allocation.allocate(Amounts.of("1.00", "EUR"), 0, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("all weights are zero")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("weights"));
    }

    @Test
    void badArgumentsAreTypedErrors() {
        MonetaryAmount one = Amounts.of("1.00", "EUR");
        assertThatThrownBy(() -> Allocation.allocate(one, new long[0])).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Allocation.allocate(one, 1, -1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("weights[1]");
        assertThatThrownBy(() -> Allocation.allocate(one, Arrays.asList(BigDecimal.ONE, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("weights[1]");
        assertThatThrownBy(() -> Allocation.allocate(null, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Allocation.allocate(one, (List<BigDecimal>) null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Allocation.allocate(Amounts.of("1.005", "EUR"), 1, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Amounts.round");
    }
}
