package dev.xborder.bench.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.logistics.ShippingMode;
import dev.xborder.core.logistics.ShippingPlan;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The plan benchmark plans what it claims: 50 cards, landed cost included. */
class PlanBenchmarkTest {
    @Test
    void fiftyCardsAreLoadedAndThePlanWithTaxRulesCarriesDuty() {
        assertThat(FiftyCards.rateCards().cards()).hasSize(FiftyCards.CARDS);
        PlanBenchmark b = new PlanBenchmark();
        b.setUp();
        ShippingPlan withTax = b.planWithTaxRules();
        ShippingPlan freight = b.planFreightOnly();
        assertThat(withTax.options().size() + withTax.excluded().size()).isGreaterThan(40);
        // the EU EUR 3 flat duty on the postal options only when the landed-cost engine is attached
        assertThat(withTax.options()).filteredOn(o -> o.mode() == ShippingMode.POSTAL).isNotEmpty()
                .allSatisfy(o -> assertThat(o.cost().duty()).isEqualTo(Money.of(3, "EUR")));
        assertThat(freight.options()).filteredOn(o -> o.mode() == ShippingMode.POSTAL).isNotEmpty()
                .allSatisfy(o -> assertThat(o.cost().duty().isZero()).isTrue());
    }
}
