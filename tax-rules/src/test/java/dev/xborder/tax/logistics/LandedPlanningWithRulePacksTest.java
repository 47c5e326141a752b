package dev.xborder.tax.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.logistics.PlanLine;
import dev.xborder.core.logistics.PlanRequest;
import dev.xborder.core.logistics.RateCards;
import dev.xborder.core.logistics.SelectionPolicy;
import dev.xborder.core.logistics.ServiceNeeds;
import dev.xborder.core.logistics.ShippingMode;
import dev.xborder.core.logistics.ShippingOption;
import dev.xborder.core.logistics.ShippingPlan;
import dev.xborder.core.logistics.ShippingPlanner;
import dev.xborder.core.logistics.StockPosition;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.Weight;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The logistics planner in core with the real landed-cost engine and the bundled EU rule pack: a
 * EUR 140 jacket (HS 6201.40, made in China) sold to a buyer in Berlin, sent by tracked post from
 * China or from stock already imported into a German warehouse.
 *
 * <p>From 2026-07-01 the EU charges a flat EUR 3 customs duty per distinct tariff item on B2C
 * consignments up to EUR 150 (Council Regulation (EU) 2026/382, in the EU pack), plus German import
 * VAT of 19% on goods + transport + duty (VAT Directive Art. 85-86, in the EU pack). The
 * warehouse stock carries the duty and VAT paid at bulk import per unit, so the planner adds no B2C
 * import charges to it. The cheapest freight (post) is then not the cheapest landed cost.
 *
 * <p>Rates: the sample post card is priced in CNY; conversion uses the bundled ECB reference
 * rates, which end on 2025-05-09, so this test widens the staleness bound explicitly.
 */
class LandedPlanningWithRulePacksTest {
    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode DE = CountryCode.of("DE");
    private static final Address BERLIN = Address.of(DE, "10115");
    private static final PlanLine JACKET = new PlanLine(Sku.of("JACKET"), 1, Weight.kg("0.3"),
            Dimensions.cm("30", "20", "5"), eur("140.00"), HsCode.of("620140"), CN, null, Set.of());

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static ShippingPlan plan(LocalDate shipDate) {
        ExchangeRates rates = ExchangeRates.builder().addBundledEcb().maxStalenessDays(800).build();
        LandedCostCalculator calculator = LandedCostCalculator.of(RulePackLoader.loadBundled(), rates);
        ShippingPlanner planner = ShippingPlanner.builder().rateCards(RateCards.samples())
                .estimator(calculator).converter(rates)
                .clock(Clock.fixed(Instant.parse(shipDate + "T01:00:00Z"), ZoneOffset.UTC)).build();
        PlanRequest request = PlanRequest.builder().line(JACKET).origin(CN).destination(BERLIN).shipDate(shipDate)
                .needs(ServiceNeeds.builder().trackedRequired(true).build())
                // duty and VAT already paid per unit at the bulk import into the German warehouse
                .stock(new StockPosition("sample-wh-de", DE, Sku.of("JACKET"), 20, eur("1.40"), eur("26.60")))
                .build();
        return planner.plan(request, SelectionPolicy.cheapest());
    }

    private static ShippingOption cheapestFreight(ShippingPlan plan) {
        return plan.options().stream().min(Comparator.comparing(
                (ShippingOption o) -> o.cost().logistics().getNumber().numberValue(BigDecimal.class))).orElseThrow();
    }

    @Test
    void afterJuly2026TheCheapestFreightIsNotTheCheapestLandedCostUnderTheRealEuPack() {
        ShippingPlan plan = plan(LocalDate.of(2026, 7, 6));
        ShippingOption postal = cheapestFreight(plan);
        ShippingOption best = plan.best().orElseThrow();

        assertThat(postal.mode()).isEqualTo(ShippingMode.POSTAL);
        // the real EU pack: EUR 3 flat duty for the one distinct tariff item
        assertThat(postal.cost().duty()).isEqualTo(eur("3"));
        // German VAT 19% of (goods 140 + freight + duty 3), freight converted from CNY at the ECB rate
        BigDecimal freight = postal.cost().logistics().getNumber().numberValue(BigDecimal.class);
        BigDecimal expectedVat = new BigDecimal("143").add(freight).multiply(new BigDecimal("0.19"))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(postal.cost().tax().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(expectedVat);

        assertThat(best.mode()).isEqualTo(ShippingMode.OVERSEAS_WAREHOUSE);
        assertThat(best.cost().logistics().isGreaterThan(postal.cost().logistics())).isTrue();
        assertThat(best.cost().total().isLessThan(postal.cost().total())).isTrue();
    }

    @Test
    void beforeJuly2026TheRealEuPackStillRelievedDutyAndPostWasCheapestLanded() {
        ShippingPlan plan = plan(LocalDate.of(2026, 6, 29));
        ShippingOption best = plan.best().orElseThrow();
        assertThat(best.mode()).isEqualTo(ShippingMode.POSTAL);
        // duty relief for consignments of negligible value up to EUR 150 (Reg. 1186/2009 Art. 23) until 2026-06-30
        assertThat(best.cost().duty()).isEqualTo(eur("0"));
        assertThat(cheapestFreight(plan)).isSameAs(best);
    }
}
