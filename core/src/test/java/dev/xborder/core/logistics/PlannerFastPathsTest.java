package dev.xborder.core.logistics;

import static dev.xborder.core.logistics.Fixtures.BERLIN;
import static dev.xborder.core.logistics.Fixtures.CN;
import static dev.xborder.core.logistics.Fixtures.DE;
import static dev.xborder.core.logistics.Fixtures.clockAt;
import static dev.xborder.core.logistics.Fixtures.eur;
import static dev.xborder.core.logistics.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.product.Sku;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The planner's per-plan caches change nothing: with {@link ExchangeRates} (one rate per currency
 * per plan) and one quote per distinct (shipping, incoterm), the plan equals the plan through a
 * converter asked per amount, and the whole consignment is quoted once per distinct shipping amount.
 */
class PlannerFastPathsTest {
    /** Bundled ECB rates (end 2025-05-09), bound widened so 2026 ship dates convert: a test setting. */
    private static final ExchangeRates RATES = ExchangeRates.builder().addBundledEcb().maxStalenessDays(800).build();
    private static final CurrencyConverter PER_AMOUNT = (a, t, d) -> RATES.convert(a, t, d);

    private static ShippingPlan plan(CurrencyConverter converter, Fixtures.FakeEuEstimator estimator, int qty,
                                     int cents, LocalDate shipDate, boolean stock) {
        ShippingPlanner planner = ShippingPlanner.builder().rateCards(RateCards.samples()).estimator(estimator)
                .converter(converter).clock(clockAt(shipDate + "T01:00:00Z")).build();
        PlanRequest.Builder b = PlanRequest.builder()
                .line(line("JACKET", qty, "0.3", "30", "20", "5",
                        java.math.BigDecimal.valueOf(cents, 2).toPlainString()))
                .origin(CN).destination(BERLIN).shipDate(shipDate);
        if (stock) {
            b.stock(new StockPosition("sample-wh-de", DE, Sku.of("JACKET"), 20, eur("1.40"), eur("26.60")));
        }
        return planner.plan(b.build(), SelectionPolicy.cheapest());
    }

    @Test
    void cachedRatesAndQuotesGiveThePlanOfThePerAmountPath() {
        qt().withFixedSeed(2026_11_22L).withExamples(120)
                .forAll(integers().between(1, 40), integers().between(1, 50_000), integers().between(0, 400),
                        integers().between(0, 1))
                .checkAssert((qty, cents, day, stock) -> {
                    LocalDate date = LocalDate.of(2025, 4, 1).plusDays(day * 2L);
                    Fixtures.FakeEuEstimator fast = new Fixtures.FakeEuEstimator();
                    ShippingPlan a = plan(RATES, fast, qty, cents, date, stock == 1);
                    ShippingPlan b = plan(PER_AMOUNT, new Fixtures.FakeEuEstimator(), qty, cents, date, stock == 1);
                    assertThat(a).usingRecursiveComparison().isEqualTo(b);
                    assertThat(a.toString()).isEqualTo(b.toString());
                    // the whole consignment is quoted once per (shipping, incoterm); split parcels are quoted each
                    Set<String> whole = new HashSet<>();
                    for (QuoteRequest r : fast.requests) {
                        int units = r.lines().stream().mapToInt(l -> l.quantity()).sum();
                        if (units == qty) {
                            assertThat(whole.add(r.shipping() + " " + r.incoterm())).as("asked twice: %s", r).isTrue();
                        }
                    }
                });
    }
}
