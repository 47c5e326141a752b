package dev.xborder.bench.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The throughput stream is what it says and every request in it quotes. */
class QuoteStreamTest {
    @Test
    void everyRequestOfTheStreamQuotesAndTheStreamCoversTwentyDestinations() {
        LandedCostCalculator engine = LandedCostCalculator.of(RulePackLoader.loadBundled(), QuoteScenario.rates());
        Set<String> countries = new HashSet<>();
        Set<String> hs = new HashSet<>();
        for (QuoteRequest r : QuoteStream.requests(256)) {
            LandedCostQuote q = engine.quote(r);
            assertThat(q.totals().landedCost().isPositive()).as(r.toString()).isTrue();
            countries.add(r.destination().country().toString());
            r.lines().forEach(l -> hs.add(l.hsCode().digits()));
        }
        assertThat(countries).hasSize(20);
        assertThat(hs).hasSize(QuoteStream.HS.size());
    }
}
