package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.CALC;
import static dev.xborder.tax.engine.GoldenSupport.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of quotes over the bundled packs, on generated shipments (fixed seeds). */
class LandedCostPropertiesTest {
    private static final long SEED = 20261121L;

    /** Destination, postal code, date, currency. */
    private record Place(String country, String postal, String date, String currency) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("DE", "10115", "2026-03-10", "EUR"), new Place("DE", "10115", "2026-08-03", "EUR"),
            new Place("FR", "75001", "2026-08-03", "EUR"), new Place("PL", "00-001", "2025-05-09", "EUR"),
            new Place("ES", "38001", "2026-03-10", "EUR"), new Place("FI", "00100", "2024-09-02", "EUR"),
            new Place("SE", "11122", "2025-05-09", "EUR"), new Place("RO", "010011", "2026-02-02", "EUR"),
            new Place("GB", "M1 1AE", "2026-03-10", "GBP"), new Place("GB", "M1 1AE", "2025-05-09", "USD"),
            new Place("US", "10001", "2025-03-03", "USD"), new Place("US", "10001", "2025-06-02", "USD"),
            new Place("US", "10001", "2026-03-02", "USD"),
            // format extensions of 2026-11-22: regions, banded rates, regimes without value limit, territories, XI
            new Place("CA", "M5V 2T6", "2025-06-02", "CAD"), new Place("CA", "B3H 1A1", "2025-06-02", "CAD"),
            new Place("BR", "40010-000", "2025-06-02", "BRL"), new Place("BR", "01310-100", "2025-06-02", "USD"),
            new Place("MX", "06600", "2025-09-01", "MXN"), new Place("CH", "8001", "2025-06-02", "CHF"),
            new Place("AU", "2000", "2025-06-02", "AUD"), new Place("NO", "0150", "2025-06-02", "NOK"),
            new Place("GB", "BT1 1AA", "2025-05-09", "GBP"), new Place("FR", "97400", "2025-05-09", "EUR"),
            // engine features of the second 2026-11-22 session: transport modes (CA, SG, MX), per-line VOEC (NO with a
            // VOEC number), per-line reliefs, goods value factor and weekly rates (JP), shared customs areas (LI, MC)
            new Place("JP", "100-0005", "2025-05-09", "JPY"), new Place("SG", "018956", "2025-05-09", "SGD"),
            new Place("NZ", "6011", "2025-05-09", "NZD"), new Place("MX", "06600", "2025-05-09", "MXN"),
            new Place("LI", "9490", "2025-05-09", "CHF"), new Place("MC", "98000", "2025-05-09", "EUR"),
            new Place("US", "10001", "2026-08-03", "USD"));
    private static final List<dev.xborder.core.landed.TransportMode> MODES = java.util.Arrays.asList(null,
            dev.xborder.core.landed.TransportMode.POST, dev.xborder.core.landed.TransportMode.COURIER,
            dev.xborder.core.landed.TransportMode.AIR_CARGO, dev.xborder.core.landed.TransportMode.SEA);
    private static final List<String> HS = List.of("6109100010", "6403990000", "8517130000", "9102110000",
            "4901990000", "8507600000", "4202220000");
    private static final List<String> ORIGINS = List.of("CN", "VN", "MX", "TW", "HK");
    private static final List<TaxCategory> CATEGORIES = List.of(TaxCategory.STANDARD, TaxCategory.BOOKS,
            TaxCategory.FOOD, TaxCategory.CHILDRENS_CLOTHING);

    /** A generated shipment: place, 1-3 lines, cents, quantities, shipping, flags. */
    private record Shipment(Place place, List<Integer> hs, List<Integer> cents, int qty, int origin, int category,
                            int shippingCents, boolean ioss, boolean marketplace, boolean ddp, int mode, boolean voec) {
        QuoteRequest request(int valueFactorPercent) {
            var b = Quotes.request(place.date(), ORIGINS.get(origin), place.country(), place.postal(), place.currency());
            for (int i = 0; i < hs.size(); i++) {
                BigDecimal unit = BigDecimal.valueOf((long) cents.get(i) * valueFactorPercent, 4);
                b.line(Quotes.line("SKU" + i, HS.get(hs.get(i)), ORIGINS.get(origin), qty, unit.toPlainString(),
                        place.currency(), CATEGORIES.get(category)));
            }
            b.shipping(Quotes.money(BigDecimal.valueOf(shippingCents, 2).toPlainString(), place.currency()));
            if (ioss) b.registration(TaxRegistration.of(RegistrationScheme.IOSS, "IM2760000001"));
            if (marketplace) b.channel(SalesChannel.MARKETPLACE);
            if (ddp) b.incoterm(Incoterm.DDP);
            if (voec) b.registration(TaxRegistration.of(RegistrationScheme.NO_VOEC, "VOEC1234567"));
            if (MODES.get(mode) != null) b.transportMode(MODES.get(mode));
            return b.build();
        }
    }

    private static Gen<Shipment> shipments() {
        Gen<Place> place = arbitrary().pick(PLACES);
        Gen<List<Integer>> hs = lists().of(integers().between(0, HS.size() - 1)).ofSizeBetween(1, 3);
        Gen<List<Integer>> cents = lists().of(integers().between(1, 60_000)).ofSize(3);
        return place.zip(hs, cents, integers().between(1, 5),
                (p, h, c, q) -> new Object[] {p, h, c, q})
                .zip(integers().between(0, ORIGINS.size() - 1), integers().between(0, CATEGORIES.size() - 1),
                        integers().between(0, 3_000), integers().between(0, 79),
                        (a, o, cat, ship, flags) -> {
                            @SuppressWarnings("unchecked")
                            List<Integer> h = (List<Integer>) a[1];
                            @SuppressWarnings("unchecked")
                            List<Integer> c = (List<Integer>) a[2];
                            return new Shipment((Place) a[0], h, c.subList(0, h.size()), (Integer) a[3], o, cat, ship,
                                    (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags >> 3) % MODES.size(),
                                    (flags & 8) != 0);
                        });
    }

    private static BigDecimal sum(List<LineResult> lines, java.util.function.Function<LineResult, javax.money.MonetaryAmount> f) {
        return lines.stream().map(f).map(GoldenSupport::dec).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void taxDutyAndFeesAreNeverNegativeAndThePartsAddUpToTheTotals() {
        qt().withFixedSeed(SEED).withExamples(1000).forAll(shipments()).checkAssert(s -> {
            LandedCostQuote q = CALC.quote(s.request(100));
            var t = q.totals();
            assertThat(dec(t.tax())).isNotNegative();
            assertThat(dec(t.duty())).isNotNegative();
            assertThat(dec(t.fees())).isNotNegative();
            q.lines().forEach(l -> {
                assertThat(dec(l.tax())).isNotNegative();
                assertThat(dec(l.duty())).isNotNegative();
            });
            assertThat(sum(q.lines(), LineResult::duty)).isEqualByComparingTo(dec(t.duty()));
            assertThat(sum(q.lines(), LineResult::tax)).isEqualByComparingTo(dec(t.tax()));
            assertThat(q.fees().stream().map(f -> dec(f.amount())).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(dec(t.fees()));
            assertThat(dec(t.landedCost())).isEqualByComparingTo(dec(t.goods()).add(dec(t.shipping()))
                    .add(dec(t.insurance())).add(dec(t.duty())).add(dec(t.tax())).add(dec(t.fees())));
            // collection groups: every line in exactly one group, and the groups add up to the totals
            List<Integer> covered = q.collectionGroups().stream().flatMap(g -> g.lines().stream()).sorted().toList();
            assertThat(covered).isEqualTo(java.util.stream.IntStream.range(0, q.lines().size()).boxed().toList());
            assertThat(q.collectionGroups().stream().map(g -> dec(g.duty())).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(dec(t.duty()));
            assertThat(q.collectionGroups().stream().map(g -> dec(g.tax())).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(dec(t.tax()));
            assertThat(q.collectionGroups().stream().map(g -> dec(g.fees())).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(dec(t.fees()));
        });
    }

    private static Set<String> dutyRulesApplied(LandedCostQuote q) {
        return q.explanations().stream().filter(e -> e.kind() == Explanation.Kind.APPLIED)
                .map(Explanation::ruleId).filter(id -> id.contains("duty") || id.contains("de-minimis")
                        || id.contains("sec")).collect(Collectors.toSet());
    }

    @Test
    void moreValueNeverMeansLessDutyWithinTheSameRegime() {
        qt().withFixedSeed(SEED + 1).withExamples(1000)
                .forAll(shipments(), integers().between(100, 400)).checkAssert((s, factor) -> {
                    LandedCostQuote low = CALC.quote(s.request(100));
                    LandedCostQuote high = CALC.quote(s.request(factor));
                    if (low.regime().equals(high.regime()) && dutyRulesApplied(low).equals(dutyRulesApplied(high))) {
                        assertThat(dec(high.totals().duty())).isGreaterThanOrEqualTo(dec(low.totals().duty()));
                    }
                });
    }

    @Test
    void quotesAreIdenticalAcrossThreadsAndRuns() throws Exception {
        List<QuoteRequest> requests = new ArrayList<>();
        qt().withFixedSeed(SEED + 2).withExamples(1000).forAll(shipments()).checkAssert(s -> requests.add(s.request(100)));
        List<LandedCostQuote> sequential = requests.stream().map(CALC::quote).toList();
        LandedCostCalculator fresh = LandedCostCalculator.of(GoldenSupport.BOOK, new EcbTestRates());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LandedCostQuote>> futures = new ArrayList<>();
            for (QuoteRequest r : requests) {
                futures.add(pool.submit(() -> fresh.quote(r)));
            }
            for (int i = 0; i < requests.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
