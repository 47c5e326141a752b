package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.BOOK;
import static dev.xborder.tax.engine.GoldenSupport.CALC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.xborder.core.landed.CollectionGroup;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The quote's fast paths change no figure: a quote without the trace equals the same quote with it
 * (all but the trace), and with {@link ExchangeRates} (rates fetched once per pair and date) it equals,
 * trace included, the quote through a plain converter asked per amount.
 */
class QuotePathsAgreeTest {
    /** Bundled ECB rates (end 2025-05-09) with the bound widened so that 2026 dates convert: a test setting. */
    private static final ExchangeRates RATES = ExchangeRates.builder().addBundledEcb().maxStalenessDays(800).build();
    private static final LandedCostCalculator FAST = LandedCostCalculator.of(BOOK, RATES);
    private static final CurrencyConverter PER_AMOUNT = (a, t, d) -> RATES.convert(a, t, d);
    private static final LandedCostCalculator SLOW = LandedCostCalculator.of(BOOK, PER_AMOUNT);

    private static final List<String[]> PLACES = List.of(new String[] {"DE", "10115", "2026-03-10"},
            new String[] {"DE", "10115", "2026-08-03"}, new String[] {"FR", "75001", "2026-08-03"},
            new String[] {"PL", "00-001", "2025-05-09"}, new String[] {"ES", "38001", "2026-03-10"},
            new String[] {"SE", "11122", "2025-05-09"}, new String[] {"GB", "M1 1AE", "2026-03-10"},
            new String[] {"GB", "BT1 1AA", "2025-05-09"}, new String[] {"US", "10001", "2025-06-02"},
            new String[] {"US", "10001", "2026-03-02"}, new String[] {"CA", "M5V 2T6", "2025-06-02"},
            new String[] {"CA", "B3H 1A1", "2025-06-02"}, new String[] {"BR", "01310-100", "2025-06-02"},
            new String[] {"MX", "06600", "2025-09-01"}, new String[] {"CH", "8001", "2025-06-02"},
            new String[] {"AU", "2000", "2025-06-02"}, new String[] {"NO", "0150", "2025-06-02"},
            new String[] {"FR", "97400", "2025-05-09"});
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CNY", "CAD", "JPY");
    private static final List<String> HS = List.of("6109100010", "6403990000", "8517130000", "9102110000",
            "4901990000", "8507600000", "4202220000");
    private static final List<TaxCategory> CATEGORIES = List.of(TaxCategory.STANDARD, TaxCategory.BOOKS,
            TaxCategory.FOOD, TaxCategory.CHILDRENS_CLOTHING);

    private static QuoteRequest request(List<Integer> v, boolean explain) {
        String[] p = PLACES.get(v.get(0) % PLACES.size());
        String cur = CURRENCIES.get(v.get(1) % CURRENCIES.size());
        var b = Quotes.request(p[2], v.get(2) % 2 == 0 ? "CN" : "VN", p[0], p[1], cur).explain(explain);
        int lines = 1 + v.get(3) % 3;
        for (int i = 0; i < lines; i++) {
            long cents = 1 + (long) v.get(4 + i) * 7;
            BigDecimal unit = BigDecimal.valueOf(cents, "JPY".equals(cur) ? 0 : 2);
            b.line(Quotes.line("SKU" + i, HS.get(v.get(4 + i) % HS.size()), "CN", 1 + v.get(7) % 4,
                    unit.toPlainString(), cur, CATEGORIES.get(v.get(8) % CATEGORIES.size())));
        }
        b.shipping(Quotes.money(BigDecimal.valueOf(v.get(9), "JPY".equals(cur) ? 0 : 2).toPlainString(), cur));
        int flags = v.get(10);
        if ((flags & 1) != 0) b.registration(TaxRegistration.of(RegistrationScheme.IOSS, "IM2760000001"));
        if ((flags & 2) != 0) b.channel(SalesChannel.MARKETPLACE);
        if ((flags & 4) != 0) b.incoterm(Incoterm.DDP);
        return b.build();
    }

    private static void assertSameFigures(LandedCostQuote a, LandedCostQuote b) {
        assertThat(a.currency()).isEqualTo(b.currency());
        assertThat(a.regime()).isEqualTo(b.regime());
        assertThat(a.collection()).isEqualTo(b.collection());
        assertThat(a.lines()).isEqualTo(b.lines());
        assertThat(a.totals()).isEqualTo(b.totals());
        assertThat(a.fees()).isEqualTo(b.fees());
        assertThat(a.collectionGroups()).isEqualTo(b.collectionGroups());
    }

    @Test
    void quotesWithAndWithoutTraceAndThroughEitherConverterPathAgree() {
        qt().withFixedSeed(20261122L).withExamples(1500)
                .forAll(lists().of(integers().between(0, 40_000)).ofSize(11))
                .checkAssert(v -> {
                    LandedCostQuote traced = FAST.quote(request(v, true));
                    LandedCostQuote plain = FAST.quote(request(v, false));
                    assertSameFigures(plain, traced);
                    assertThat(plain.explanations()).isEmpty();
                    assertThat(traced.explanations()).isNotEmpty();
                    assertThat(SLOW.quote(request(v, true))).isEqualTo(traced);
                    assertThat(SLOW.quote(request(v, false))).isEqualTo(plain);
                });
    }

    @Test
    void aQuoteWithOneTreatmentHasOneGroupOfEveryLineCarryingTheTotals() {
        qt().withFixedSeed(2026112203L).withExamples(1000)
                .forAll(lists().of(integers().between(0, 40_000)).ofSize(11))
                .checkAssert(v -> {
                    LandedCostQuote q = FAST.quote(request(v, false));
                    if (q.collectionGroups().size() != 1) return;
                    CollectionGroup g = q.collectionGroups().get(0);
                    assertThat(g.regime()).isEqualTo(q.regime());
                    assertThat(g.collection()).isEqualTo(q.collection());
                    assertThat(g.lines()).isEqualTo(IntStream.range(0, q.lines().size()).boxed().toList());
                    assertThat(g.duty()).isEqualTo(q.totals().duty());
                    assertThat(g.tax()).isEqualTo(q.totals().tax());
                    assertThat(g.fees()).isEqualTo(q.totals().fees());
                });
    }

    @Test
    void quotesOfAlternatingDatesThroughOneCalculatorEqualQuotesFromFreshCalculators() {
        // rate dates are shared by the quotes of one date (CompiledPack keeps the last date's): switching dates
        // back and forth must not leak one date's rate dates into another's quote
        for (String[] p : PLACES) {
            for (String date : List.of("2025-05-09", "2026-03-10", "2025-06-02", "2026-08-03", "2025-05-09")) {
                QuoteRequest r = Quotes.request(date, "CN", p[0], p[1], "USD")
                        .line(Quotes.line("TEE", "6109100010", "CN", 2, "24.90", "USD", TaxCategory.STANDARD))
                        .line(Quotes.line("BOOK", "4901990000", "CN", 1, "12.00", "USD", TaxCategory.BOOKS))
                        .shipping(Quotes.money("7.50", "USD")).build();
                LandedCostQuote shared = FAST.quote(r);
                LandedCostQuote fresh = LandedCostCalculator.of(BOOK, RATES).quote(r);
                assertThat(shared).isEqualTo(fresh);
            }
        }
    }

    @Test
    void traceOffGivesTheTracedFiguresWithTheGoldenTestsConverter() {
        qt().withFixedSeed(22L).withExamples(1000)
                .forAll(lists().of(integers().between(0, 40_000)).ofSize(11))
                .checkAssert(v -> {
                    QuoteRequest on = request(v, true);
                    if (!"USD EUR GBP CNY".contains(on.currency().getCurrencyCode())) return;
                    assertSameFigures(CALC.quote(request(v, false)), CALC.quote(on));
                });
    }
}
