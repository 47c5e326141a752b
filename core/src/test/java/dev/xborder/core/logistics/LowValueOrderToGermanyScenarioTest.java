package dev.xborder.core.logistics;

import static dev.xborder.core.logistics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * A EUR 140 order shipped from China to Germany, by tracked post or from stock already in a German
 * warehouse. The fake estimator models the EU's interim flat duty of EUR 3 per item on B2C
 * consignments up to EUR 150 from 1 July 2026 plus 19% German VAT; the stock position carries the
 * duty paid at bulk import and the VAT the seller bears on the unit. The tax-rules module runs the
 * same scenario against its real rule packs.
 */
class LowValueOrderToGermanyScenarioTest {
    private static final PlanLine JACKET = line("JACKET", 1, "0.3", "30", "20", "5", "140.00");

    private static ShippingPlan plan(LocalDate shipDate) {
        ShippingPlanner planner = ShippingPlanner.builder().rateCards(RateCards.samples())
                .estimator(new FakeEuEstimator()).converter(FixedRates.cnyEur())
                .clock(clockAt(shipDate + "T01:00:00Z")).build();
        PlanRequest request = PlanRequest.builder().line(JACKET).origin(CN).destination(BERLIN).shipDate(shipDate)
                .needs(ServiceNeeds.builder().trackedRequired(true).build())
                .stock(new StockPosition("sample-wh-de", DE, Sku.of("JACKET"), 20, eur("1.40"), eur("26.60")))
                .build();
        return planner.plan(request, SelectionPolicy.cheapest());
    }

    private static ShippingOption cheapestFreight(ShippingPlan plan) {
        return plan.options().stream().min(Comparator.comparing(
                (ShippingOption o) -> o.cost().logistics().getNumber().numberValue(BigDecimal.class))).orElseThrow();
    }

    @Test
    void afterJuly2026TheCheapestFreightIsNotTheCheapestLandedCost() {
        ShippingPlan plan = plan(LocalDate.of(2026, 7, 6));
        ShippingOption postal = cheapestFreight(plan);
        ShippingOption best = plan.best().orElseThrow();

        assertThat(postal.cardId()).isEqualTo("sample-postal-cn-eu");
        assertThat(postal.cost().logistics()).isEqualTo(eur("5.54"));
        assertThat(postal.cost().duty()).isEqualTo(eur("3"));
        // 19% of (140 + 5.54 + 3)
        assertThat(postal.cost().tax()).isEqualTo(eur("28.22"));
        assertThat(postal.cost().total()).isEqualTo(eur("36.76"));

        assertThat(best.mode()).isEqualTo(ShippingMode.OVERSEAS_WAREHOUSE);
        // 4.20 last mile + 2.15 fulfilment
        assertThat(best.cost().logistics()).isEqualTo(eur("6.35"));
        assertThat(best.cost().logistics().isGreaterThan(postal.cost().logistics())).isTrue();
        assertThat(best.cost().total()).isEqualTo(eur("34.35"));
        assertThat(best).isNotSameAs(postal);
    }

    @Test
    void beforeJuly2026WithoutTheFlatDutyTrackedPostWasTheCheapestLandedCost() {
        ShippingPlan plan = plan(LocalDate.of(2026, 6, 29));
        ShippingOption best = plan.best().orElseThrow();
        assertThat(best.cardId()).isEqualTo("sample-postal-cn-eu");
        assertThat(best.cost().duty()).isEqualTo(eur("0"));
        assertThat(best.cost().total()).isEqualTo(eur("33.19"));
        assertThat(cheapestFreight(plan)).isSameAs(best);
    }
}
