package dev.xborder.bench.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.money.XborderRateProvider;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import java.math.MathContext;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** The baseline computes what xborder's engine computes on the benchmark's order, so the race is fair. */
class EngineMatchesBaselineTest {
    private static final LandedCostCalculator ENGINE =
            LandedCostCalculator.of(RulePackLoader.loadBundled(), QuoteScenario.rates());
    private static final NaiveMonetaQuote NAIVE =
            new NaiveMonetaQuote(XborderRateProvider.of(QuoteScenario.rates()), MathContext.DECIMAL128);

    @Test
    void highValueQuoteHasTheSameTotalsFromEngineAndBaseline() {
        same(QuoteScenario.HIGH, "595.63");
    }

    @Test
    void lowValueQuoteHasTheSameTotalsFromEngineAndBaseline() {
        same(QuoteScenario.LOW, "68.32");
    }

    private static void same(QuoteScenario s, String landed) {
        for (boolean trace : new boolean[] {true, false}) {
            LandedCostQuote q = ENGINE.quote(s.request(trace));
            NaiveMonetaQuote.Result r = NAIVE.quote(s.request(trace));
            assertThat(dec(q.totals().goods())).isEqualByComparingTo(dec(r.goods()));
            assertThat(dec(q.totals().shipping())).isEqualByComparingTo(dec(r.shipping()));
            assertThat(dec(q.totals().duty())).isEqualByComparingTo(dec(r.duty()));
            assertThat(dec(q.totals().tax())).isEqualByComparingTo(dec(r.tax()));
            assertThat(dec(q.totals().landedCost())).isEqualByComparingTo(landed).isEqualByComparingTo(dec(r.landed()));
            assertThat(q.explanations().isEmpty()).isEqualTo(!trace);
        }
    }

    private static BigDecimal dec(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }
}
