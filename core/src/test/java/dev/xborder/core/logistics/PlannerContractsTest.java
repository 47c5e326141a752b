package dev.xborder.core.logistics;

import static dev.xborder.core.logistics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Sku;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PlannerContractsTest {
    static final LocalDate MON = LocalDate.of(2026, 7, 6);
    static final String CLOCK = "2026-07-06T01:00:00Z";

    @Test
    void aConverterWithoutTheNeededRateExcludesTheCardWithItsMessage() {
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).clock(clockAt(CLOCK))
                .converter(new FixedRates(Map.of("USD/EUR", "0.92"))).build();
        ShippingPlan plan = p.plan(request(MON, line("X", 1, "0.3", "30", "20", "5", "10.00")).build(), SelectionPolicy.cheapest());
        assertThat(plan.excludedFor(ExclusionReason.CONVERSION_UNAVAILABLE)).singleElement().satisfies(e -> {
            assertThat(e.cardId()).isEqualTo("sample-linehaul-cn-eu");
            assertThat(e.reasons().get(0).detail()).contains("no fixed rate");
        });
    }

    @Test
    void lengthPlusGirthAndSumOfSidesLimitsAreChecked() {
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).converter(FixedRates.cnyEur()).clock(clockAt(CLOCK)).build();
        // 95 + 2 x (40 + 40) = 255 cm > 250 cm on the line-haul card; 175 cm > 90 cm sum on postal
        ShippingPlan plan = p.plan(request(MON, line("RUG", 1, "1.5", "95", "40", "40", "30.00")).build(), SelectionPolicy.cheapest());
        ExcludedOption lineHaul = plan.excluded().stream().filter(e -> e.cardId().equals("sample-linehaul-cn-eu")).findFirst().orElseThrow();
        assertThat(lineHaul.reasons()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.TOO_LARGE);
            assertThat(e.detail()).contains("length + girth 255.0 cm").contains("250");
        });
        ExcludedOption postal = plan.excluded().stream().filter(e -> e.cardId().equals("sample-postal-cn-eu")).findFirst().orElseThrow();
        assertThat(postal.reasons()).extracting(Exclusion::reason).containsExactly(ExclusionReason.TOO_LARGE);
    }

    @Test
    void theEstimatorGetsOneB2cConsignmentPerParcelWithItsFreightIncotermChannelAndRegistrations() {
        FakeEuEstimator estimator = new FakeEuEstimator();
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).estimator(estimator)
                .converter(FixedRates.cnyEur()).clock(clockAt(CLOCK)).build();
        TaxRegistration ioss = TaxRegistration.of(RegistrationScheme.IOSS, "IM2760000001");
        PlanRequest r = request(MON, line("JACKET", 1, "0.3", "30", "20", "5", "140.00"))
                .channel(SalesChannel.MARKETPLACE).registration(ioss)
                .needs(ServiceNeeds.builder().ddpRequired(true).build()).build();
        ShippingPlan plan = p.plan(r, SelectionPolicy.cheapest());
        ShippingOption express = plan.options().stream().filter(o -> o.cardId().equals("sample-express-cn-world")).findFirst().orElseThrow();
        QuoteRequest q = estimator.requests.stream()
                .filter(x -> x.shipping().isEqualTo(express.parcels().get(0).freightWithSurcharges())).findFirst().orElseThrow();
        assertThat(q.incoterm()).isEqualTo(Incoterm.DDP);
        assertThat(q.channel()).isEqualTo(SalesChannel.MARKETPLACE);
        assertThat(q.registrations()).containsExactly(ioss);
        assertThat(q.origin()).isEqualTo(CN);
        assertThat(q.destination()).isEqualTo(BERLIN);
        assertThat(q.date()).isEqualTo(MON);
        assertThat(q.currency()).isEqualTo(EUR);
        assertThat(q.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo(Sku.of("JACKET"));
            assertThat(l.quantity()).isEqualTo(1);
            assertThat(l.unitPrice()).isEqualTo(eur("140.00"));
            assertThat(l.hsCode().digits()).isEqualTo("620140");
        });
        // freight 45.50 + fuel 12.97
        assertThat(q.shipping()).isEqualTo(eur("58.47"));
    }

    @Test
    void aWarehouseTariffOutOfEffectExcludesItsLastMileCards() {
        String card = CardJson.card("lm", "mode=\"OVERSEAS_WAREHOUSE\";;origins=[\"DE\"];;destinations=[\"DE\"]");
        String wh = "{\"id\":\"w-old\",\"name\":\"W\",\"mode\":\"OVERSEAS_WAREHOUSE\",\"country\":\"DE\",\"currency\":\"EUR\","
                + "\"effective\":{\"from\":\"2025-01-01\",\"until\":\"2026-01-01\"},\"pickPackPerOrder\":\"1\",\"pickPackPerUnit\":\"0.1\","
                + "\"storagePerUnitPerMonth\":\"0.2\",\"expectedStorageMonths\":\"1\",\"lastMileCards\":[\"lm\"]}";
        RateCards cards = RateCards.parse("w.json", CardJson.doc(card, wh));
        ShippingPlanner p = ShippingPlanner.builder().rateCards(cards).clock(clockAt(CLOCK)).build();
        ShippingPlan plan = p.plan(request(MON, line("X", 1, "0.3", "30", "20", "5", "10.00"))
                .stock(StockPosition.of("w-old", DE, Sku.of("X"), 3)).build(), SelectionPolicy.cheapest());
        assertThat(plan.excluded()).singleElement().satisfies(e -> {
            assertThat(e.warehouseId()).contains("w-old");
            assertThat(e.reasons()).extracting(Exclusion::reason).containsExactly(ExclusionReason.CARD_NOT_IN_EFFECT);
        });
    }

    @Test
    void onePlannerServesManyThreadsWithTheSameAnswers() throws Exception {
        ShippingPlanner p = ShippingPlanner.builder().rateCards(samples()).estimator(new FlatEstimator())
                .converter(FixedRates.cnyEur()).clock(clockAt(CLOCK)).build();
        List<PlanRequest> requests = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            requests.add(request(MON, line("L" + i, i, "0." + i, "20", "15", String.valueOf(i), i + "0.00"))
                    .stock(StockPosition.of("sample-wh-de", DE, Sku.of("L" + i), 100)).build());
        }
        List<String> expected = requests.stream().map(r -> p.plan(r, SelectionPolicy.cheapest()).options().toString()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 200; t++) {
                int i = t % requests.size();
                results.add(pool.submit(() -> p.plan(requests.get(i), SelectionPolicy.cheapest()).options().toString()
                        .equals(expected.get(i))));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
