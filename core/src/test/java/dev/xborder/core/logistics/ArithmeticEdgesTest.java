package dev.xborder.core.logistics;

import static dev.xborder.core.logistics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArithmeticEdgesTest {

    @Test
    void saturatingMultiplicationIsExactBelowTheBoundAndSaturatesAbove() {
        qt().withFixedSeed(3_2026L).withExamples(1000).forAll(longs().between(0, Long.MAX_VALUE / 2),
                longs().between(0, 1L << 40)).checkAssert((a, b) -> {
            BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
            long r = RateCard.satMul(a, b);
            if (exact.compareTo(BigInteger.valueOf(RateCard.SATURATED)) <= 0) {
                assertThat(r).isEqualTo(exact.longValueExact());
            } else {
                assertThat(r).isEqualTo(RateCard.SATURATED);
            }
        });
    }

    @Test
    void integerCeilingSquareRootIsTheSmallestRootCoveringTheValue() {
        qt().withFixedSeed(5_2026L).withExamples(1000).forAll(longs().between(0, 1L << 60)).checkAssert(x -> {
            long r = ShippingPlanner.Bag.ceilSqrt(x);
            assertThat(BigInteger.valueOf(r).pow(2)).isGreaterThanOrEqualTo(BigInteger.valueOf(x));
            if (r > 0) {
                assertThat(BigInteger.valueOf(r - 1).pow(2)).isLessThan(BigInteger.valueOf(x));
            }
        });
    }

    @Test
    void anAbsurdlyLargeShipmentIsPlannedWithoutOverflowOrExceptions() {
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).converter(FixedRates.cnyEur())
                .clock(clockAt("2026-07-06T01:00:00Z")).build();
        PlanLine huge = line("CONTAINER", 10_000, "10000", "1000", "1000", "1000", "1.00");
        ShippingPlan plan = p.plan(request(LocalDate.of(2026, 7, 6), huge).build(), SelectionPolicy.cheapest());
        assertThat(plan.feasible()).isFalse();
        assertThat(plan.excluded()).allSatisfy(e -> assertThat(e.has(ExclusionReason.TOO_HEAVY)
                || e.has(ExclusionReason.DESTINATION_NOT_SERVED) || e.has(ExclusionReason.NO_STOCK)).isTrue());
        // many light but bulky units: split and priced, all non-negative
        PlanLine bulky = line("PILLOW", 2_000, "0.2", "110", "80", "60", "5.00");
        ShippingPlan bulkyPlan = p.plan(request(LocalDate.of(2026, 7, 6), bulky).build(), SelectionPolicy.cheapest());
        assertThat(bulkyPlan.options()).isNotEmpty().allSatisfy(o -> assertThat(o.cost().total().isNegative()).isFalse());
    }
}
