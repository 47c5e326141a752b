package dev.xborder.bench.plan;

import dev.xborder.bench.quote.QuoteScenario;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.logistics.PlanLine;
import dev.xborder.core.logistics.PlanRequest;
import dev.xborder.core.logistics.SelectionPolicy;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One parcel (a EUR 140 jacket, HS 6201.40, 0.3 kg, from CN to Berlin, ship date 2026-07-15, stock
 * also in the German sample warehouse) planned against {@link FiftyCards} (50 rate cards), cheapest
 * landed policy.
 *
 * <ul>
 *   <li>{@code planWithTaxRules}: the planner with the landed-cost engine and bundled packs attached
 *       (every direct option quoted for duty and VAT).</li>
 *   <li>baseline {@code planFreightOnly}: the same planner without an estimator (freight only), so the
 *       ratio shows what the landed-cost part costs.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlanBenchmark {
    /** The ship date. */
    public static final LocalDate SHIP_DATE = QuoteScenario.DATE;

    private ShippingPlanner withTaxRules;
    private ShippingPlanner freightOnly;
    private PlanRequest request;

    @Setup
    public void setUp() {
        ExchangeRates rates = QuoteScenario.rates();
        var cards = FiftyCards.rateCards();
        Clock clock = Clock.fixed(Instant.parse(SHIP_DATE + "T01:00:00Z"), ZoneOffset.UTC);
        withTaxRules = ShippingPlanner.builder().rateCards(cards)
                .estimator(LandedCostCalculator.of(RulePackLoader.loadBundled(), rates)).converter(rates).clock(clock)
                .build();
        freightOnly = ShippingPlanner.builder().rateCards(cards).converter(rates).clock(clock).build();
        request = request();
    }

    /** The parcel to plan. */
    public static PlanRequest request() {
        CountryCode cn = CountryCode.of("CN");
        CountryCode de = CountryCode.of("DE");
        Money eur140 = Money.of(new BigDecimal("140.00"), "EUR");
        PlanLine jacket = new PlanLine(Sku.of("JACKET"), 1, Weight.kg("0.3"), Dimensions.cm("30", "20", "5"), eur140,
                HsCode.of("620140"), cn, null, Set.of());
        return PlanRequest.builder().line(jacket).origin(cn).destination(Address.of(de, "10115")).shipDate(SHIP_DATE)
                .stock(new StockPosition("sample-wh-de", de, Sku.of("JACKET"), 20,
                        Money.of(new BigDecimal("1.40"), "EUR"), Money.of(new BigDecimal("26.60"), "EUR")))
                .build();
    }

    @Benchmark
    public ShippingPlan planWithTaxRules() {
        return withTaxRules.plan(request, SelectionPolicy.cheapest());
    }

    /** Baseline: the same plan without landed cost. */
    @Benchmark
    public ShippingPlan planFreightOnly() {
        return freightOnly.plan(request, SelectionPolicy.cheapest());
    }
}
