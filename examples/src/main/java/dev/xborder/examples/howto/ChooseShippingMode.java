package dev.xborder.examples.howto;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.logistics.PlanLine;
import dev.xborder.core.logistics.PlanRequest;
import dev.xborder.core.logistics.RateCards;
import dev.xborder.core.logistics.SelectionPolicy;
import dev.xborder.core.logistics.ServiceNeeds;
import dev.xborder.core.logistics.ShippingPlan;
import dev.xborder.core.logistics.ShippingPlanner;
import dev.xborder.core.logistics.StockPosition;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Product;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How to choose a shipping mode: give the planner the rate cards (here the bundled SAMPLE cards),
 * the landed-cost calculator and your stock, then ask for the cheapest landed cost that arrives
 * within 14 days. After 2026-07-01 (EU EUR 3 duty per item), stock already imported into a German
 * warehouse can beat postal direct mail on landed cost although its freight is not the cheapest.
 */
public final class ChooseShippingMode {
    private ChooseShippingMode() {
    }

    public static ShippingPlan plan() {
        LocalDate shipDate = LocalDate.of(2026, 9, 14);
        // The calculator needs no exchange rate here (EUR order, EUR rules): the strict default bound is fine.
        ExchangeRates rates = ExchangeRates.bundledEcb();
        ShippingPlanner planner = ShippingPlanner.builder()
                .rateCards(RateCards.samples())
                .estimator(LandedCostCalculator.of(RulePackLoader.loadBundled(), rates))
                .converter(rates)
                .clock(Clock.fixed(shipDate.atTime(1, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .build();

        Product backpack = Product.builder(Sku.of("BACKPACK-24L")).title("Backpack, 24 l").hsCode(HsCode.of("420292"))
                .originCountry(CountryCode.CN).unitWeight(Weight.kg("0.80")).dimensions(Dimensions.cm("45", "30", "12"))
                .unitValue(Amounts.of("139.00", "EUR")).build();
        PlanRequest order = PlanRequest.builder()
                .origin(CountryCode.CN)
                .destination(Address.of(CountryCode.DE, "80331"))
                .shipDate(shipDate)
                .line(PlanLine.of(backpack, 1))
                .needs(ServiceNeeds.builder().withinDays(14).trackedRequired(true).build())
                .stock(new StockPosition("sample-wh-de", CountryCode.DE, backpack.sku(), 40, Amounts.of("2.85", "EUR"), null))
                .channel(SalesChannel.OWN_STORE)
                .registration(TaxRegistration.of(RegistrationScheme.IOSS, "IM3720000224"))
                .build();
        return planner.plan(order, SelectionPolicy.cheapest());
    }

    public static void main(String[] args) {
        ShippingPlan plan = plan();
        plan.options().forEach(o -> System.out.println(o.mode() + " " + o.carrier() + " / " + o.service()
                + ": total " + o.cost().total() + " (freight " + o.cost().logistics() + ", duty " + o.cost().duty()
                + ", tax " + o.cost().tax() + "), delivery " + o.delivery().earliest() + ".." + o.delivery().latest()));
        plan.excluded().forEach(e -> System.out.println("excluded " + e.mode() + " " + e.service() + ": " + e.reasons()));
    }
}
