package dev.xborder.core.logistics;

import static dev.xborder.core.logistics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.Weight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PlannerPropertiesTest {
    private static final LocalDate MON = LocalDate.of(2026, 7, 6);
    private static final List<Address> DESTINATIONS = List.of(BERLIN, HELGOLAND, Address.of(CountryCode.of("FR"), "75001"),
            Address.of(US, "10001"), Address.of(DE, "25980"));
    private static final RateCards SAMPLES = RateCards.samples();
    private static final ShippingPlanner LANDED = ShippingPlanner.builder().rateCards(SAMPLES)
            .estimator(new FakeEuEstimator()).converter(FixedRates.cnyEur()).clock(clockAt("2026-07-06T01:00:00Z")).build();

    /** A parcel shape: grams, three sides in mm, quantity. */
    record Shape(int grams, int l, int w, int h, int qty) {
        PlanLine line(String sku, int valueCents) {
            return new PlanLine(Sku.of(sku), qty, Weight.kg(BigDecimal.valueOf(grams, 3)),
                    new Dimensions(BigDecimal.valueOf(l, 1), BigDecimal.valueOf(w, 1), BigDecimal.valueOf(h, 1),
                            dev.xborder.core.product.LengthUnit.CM),
                    eur(BigDecimal.valueOf(valueCents, 2).toPlainString()), HsCode.of("620140"), CN, null, Set.of());
        }
    }

    private static Gen<Shape> shapes(int maxGrams, int maxMm, int maxQty) {
        return integers().between(1, maxGrams).zip(integers().between(1, maxMm), integers().between(1, maxMm),
                integers().between(1, maxMm), integers().between(1, maxQty), Shape::new);
    }

    /** A whole request: two lines, a destination, needs and stock. */
    record Scenario(Shape a, Shape b, int destination, int needs, int stock) {
        PlanRequest request() {
            PlanRequest.Builder r = PlanRequest.builder().origin(CN).destination(DESTINATIONS.get(destination)).shipDate(MON)
                    .line(a.line("A", 1_000 + a.grams() % 20_000)).line(b.line("B", 500 + b.l() * 7));
            ServiceNeeds.Builder n = ServiceNeeds.builder();
            if ((needs & 1) != 0) n.trackedRequired(true);
            if ((needs & 2) != 0) n.ddpRequired(true);
            if ((needs & 4) != 0) n.withinDays(3 + needs % 11);
            if ((needs & 8) != 0) n.maxBudget(eur(String.valueOf(20 + needs * 3)));
            r.needs(n.build());
            if ((stock & 1) != 0) {
                r.stock(new StockPosition("sample-wh-de", DE, Sku.of("A"), a.qty(), eur("1.10"), eur("3.30")));
                r.stock(new StockPosition("sample-wh-de", DE, Sku.of("B"), b.qty() + stock % 3, null, eur("0.50")));
            }
            if ((stock & 2) != 0) {
                r.stock(StockPosition.of("sample-fba-de", DE, Sku.of("A"), a.qty() + 1));
                r.stock(StockPosition.of("sample-fba-de", DE, Sku.of("B"), Math.max(0, b.qty() - stock % 2)));
            }
            return r.build();
        }
    }

    private static Gen<Scenario> scenarios() {
        return shapes(6_000, 700, 4).zip(shapes(3_000, 500, 3), integers().between(0, DESTINATIONS.size() - 1),
                integers().between(0, 31), integers().between(0, 7), Scenario::new);
    }

    private static BigDecimal total(ShippingOption o) {
        return o.cost().total().getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void chargeableWeightIsNeverBelowActualWeight() {
        ShippingPlanner freightOnly = ShippingPlanner.builder().rateCards(SAMPLES).converter(FixedRates.cnyEur())
                .clock(clockAt("2026-07-06T01:00:00Z")).build();
        qt().withFixedSeed(4_2026L).withExamples(1000).forAll(shapes(40_000, 1_500, 6)).checkAssert(s -> {
            long volumeMm3 = (long) s.l() * s.w() * s.h();
            for (RateCard c : SAMPLES.cards()) {
                assertThat(c.chargeableGrams(s.grams(), volumeMm3)).isGreaterThanOrEqualTo(s.grams());
            }
            ShippingPlan plan = freightOnly.plan(PlanRequest.builder().origin(CN).destination(BERLIN).shipDate(MON)
                    .line(s.line("X", 1000)).stock(StockPosition.of("sample-wh-de", DE, Sku.of("X"), 10)).build(),
                    SelectionPolicy.cheapest());
            for (ShippingOption o : plan.options()) {
                BigDecimal actual = BigDecimal.ZERO;
                for (PlannedParcel p : o.parcels()) {
                    assertThat(p.chargeableWeight().kilograms()).isGreaterThanOrEqualTo(p.actualWeight().kilograms());
                    assertThat(p.chargeableWeight().kilograms()).isGreaterThanOrEqualTo(p.volumetricWeight().kilograms());
                    actual = actual.add(p.actualWeight().kilograms());
                }
                assertThat(o.chargeableWeight().kilograms()).isGreaterThanOrEqualTo(actual);
                assertThat(actual).isGreaterThanOrEqualTo(BigDecimal.valueOf((long) s.grams() * s.qty(), 3));
            }
        });
    }

    @Test
    void addingASurchargeNeverLowersThePrice() {
        qt().withFixedSeed(7_2026L).withExamples(1000)
                .forAll(integers().between(0, 5_000), integers().between(0, 3_000), integers().between(0, 5_000),
                        shapes(20_000, 900, 3))
                .checkAssert((fuelBp, extraBp, remoteCents, shape) -> {
                    String fuel = BigDecimal.valueOf(fuelBp, 2).toPlainString();
                    String more = BigDecimal.valueOf(fuelBp + extraBp, 2).toPlainString();
                    String remote = BigDecimal.valueOf(remoteCents, 2).toPlainString();
                    String base = CardJson.card("base", "fuelSurchargePercent=\"" + fuel + "\"");
                    String plusFuel = CardJson.card("plus-fuel", "fuelSurchargePercent=\"" + more + "\"");
                    String plusRemote = CardJson.card("plus-remote", "fuelSurchargePercent=\"" + fuel + "\";;remoteAreaSurcharges=["
                            + "{\"country\":\"DE\",\"postalCodeFrom\":\"10\",\"postalCodeTo\":\"10\",\"amount\":\"" + remote + "\"}]");
                    RateCards cards = RateCards.parse("p.json", CardJson.doc(base + "," + plusFuel + "," + plusRemote));
                    ShippingPlanner p = ShippingPlanner.builder().rateCards(cards).estimator(new FakeEuEstimator())
                            .clock(clockAt("2026-07-06T01:00:00Z")).build();
                    ShippingPlan plan = p.plan(PlanRequest.builder().origin(CN).destination(BERLIN).shipDate(MON)
                            .line(shape.line("X", 4_000)).build(), SelectionPolicy.cheapest());
                    if (plan.options().size() == 3) {
                        BigDecimal b = total(find(plan, "base"));
                        assertThat(total(find(plan, "plus-fuel"))).isGreaterThanOrEqualTo(b);
                        assertThat(total(find(plan, "plus-remote"))).isGreaterThanOrEqualTo(b);
                        assertThat(find(plan, "plus-fuel").cost().fuelSurcharge().isLessThan(find(plan, "base").cost().fuelSurcharge()))
                                .isFalse();
                    } else {
                        assertThat(plan.options()).isEmpty();
                    }
                });
    }

    private static ShippingOption find(ShippingPlan plan, String id) {
        return plan.options().stream().filter(o -> o.cardId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCheapestPolicyWinnerIsNeverBeatenOnCostByAFeasibleOption() {
        qt().withFixedSeed(11_2026L).withExamples(1000).forAll(scenarios()).checkAssert(s -> {
            PlanRequest r = s.request();
            ShippingPlan plan = LANDED.plan(r, SelectionPolicy.cheapest());
            assertThat(plan.options().size() + plan.excluded().size()).isEqualTo(6);
            plan.best().ifPresent(best -> {
                for (ShippingOption o : plan.options()) {
                    assertThat(total(best)).isLessThanOrEqualTo(total(o));
                }
            });
            r.needs().deadline(r.shipDate()).ifPresent(d -> plan.options()
                    .forEach(o -> assertThat(o.delivery().latest()).isBeforeOrEqualTo(d)));
            plan.excluded().forEach(e -> assertThat(e.reasons()).isNotEmpty());
        });
    }

    @Test
    void theParetoSetHasNoDominatedMember() {
        qt().withFixedSeed(13_2026L).withExamples(1000).forAll(scenarios()).checkAssert(s -> {
            PlanRequest r = s.request();
            ShippingPlan pareto = LANDED.plan(r, SelectionPolicy.pareto());
            List<ShippingOption> front = pareto.options();
            for (ShippingOption a : front) {
                for (ShippingOption b : front) {
                    assertThat(ShippingPlanner.dominates(a, b)).as("%s dominates %s", a, b).isFalse();
                }
            }
            ShippingPlan all = LANDED.plan(r, SelectionPolicy.cheapest());
            List<ShippingOption> dominated = new ArrayList<>(all.options());
            dominated.removeIf(o -> front.stream().anyMatch(f -> f.cardId().equals(o.cardId())
                    && f.warehouseId().equals(o.warehouseId())));
            assertThat(pareto.excludedFor(ExclusionReason.DOMINATED)).hasSize(dominated.size());
            for (ShippingOption d : dominated) {
                assertThat(front).anyMatch(f -> ShippingPlanner.dominates(f, d));
            }
            if (all.feasible()) {
                assertThat(front).isNotEmpty();
            }
        });
    }

    @Test
    void planningIsDeterministic() {
        qt().withFixedSeed(17_2026L).withExamples(1000).forAll(scenarios(), booleans().all()).checkAssert((s, fast) -> {
            SelectionPolicy policy = fast ? SelectionPolicy.fastest() : SelectionPolicy.cheapest();
            List<String> first = LANDED.plan(s.request(), policy).options().stream().map(ShippingOption::toString).toList();
            List<String> again = LANDED.plan(s.request(), policy).options().stream().map(ShippingOption::toString).toList();
            assertThat(again).isEqualTo(first);
        });
    }
}
