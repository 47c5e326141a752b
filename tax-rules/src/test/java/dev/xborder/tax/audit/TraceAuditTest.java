package dev.xborder.tax.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.tax.pack.Rule;
import dev.xborder.tax.pack.RulePack;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance audit of issue #3's explanation trace: every rule applied or skipped has its id, a reason and a source;
 * every currency conversion has its rate, rate date and source; the trace does not change the figures.
 */
class TraceAuditTest {
    private static Set<String> ruleIds() {
        Set<String> ids = new HashSet<>();
        for (RulePack p : Audit.BOOK.packs().values()) {
            Stream.of(p.destinations(), p.valuation(), p.rounding(), p.taxRates(), p.regimes(), p.dutyDeMinimis(),
                    p.taxDeMinimis(), p.dutyRates(), p.originDuties(), p.flatDuties(), p.fees(), p.territories(),
                    p.regions(), p.bandedRates(), p.advisories())
                    .flatMap(List::stream).map(Rule::meta).forEach(m -> ids.add(m.id()));
        }
        return ids;
    }

    @Test
    void everyAppliedOrSkippedRuleIsAPackRuleWithAReasonAndASource() {
        Set<String> ids = ruleIds();
        int checked = 0;
        for (QuoteRequest r : Audit.requestsForEveryDestination()) {
            LandedCostQuote q = Audit.CALC.quote(r);
            for (Explanation e : q.explanations()) {
                if (e.kind() == Explanation.Kind.APPLIED || e.kind() == Explanation.Kind.SKIPPED) {
                    assertThat(ids).as("rule id of %s in %s", e, r).contains(e.ruleId());
                    assertThat(e.reason()).as("reason of %s", e).isNotBlank();
                    assertThat(e.source()).as("source of %s", e).isNotBlank().containsPattern("https?://");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void theSourceOfARuleMarkedUncertainSaysSoAndNoOtherDoes() {
        // ids whose every period is uncertain, and ids none of whose periods is
        java.util.Map<String, Set<Boolean>> flags = new java.util.HashMap<>();
        for (RulePack p : Audit.BOOK.packs().values()) {
            Stream.of(p.destinations(), p.valuation(), p.rounding(), p.taxRates(), p.regimes(), p.dutyDeMinimis(),
                    p.taxDeMinimis(), p.dutyRates(), p.originDuties(), p.flatDuties(), p.fees(), p.territories(),
                    p.regions(), p.bandedRates(), p.advisories())
                    .flatMap(List::stream).map(Rule::meta)
                    .forEach(m -> flags.computeIfAbsent(m.id(), k -> new HashSet<>()).add(m.uncertain()));
        }
        int uncertain = 0;
        for (QuoteRequest r : Audit.requestsForEveryDestination()) {
            for (Explanation e : Audit.CALC.quote(r).explanations()) {
                Set<Boolean> f = flags.get(e.ruleId());
                if (f == null || f.size() != 1 || (e.kind() != Explanation.Kind.APPLIED && e.kind() != Explanation.Kind.SKIPPED)) {
                    continue;
                }
                if (f.contains(true)) {
                    assertThat(e.source()).as("%s", e).endsWith("[UNCERTAIN]");
                    uncertain++;
                } else {
                    assertThat(e.source()).as("%s", e).doesNotContain("[UNCERTAIN]");
                }
            }
        }
        assertThat(uncertain).isPositive();
    }

    @Test
    void everyConversionHasItsRateRateDateAndSource() {
        int conversions = 0;
        for (QuoteRequest r : Audit.requestsForEveryDestination()) {
            LandedCostQuote q = Audit.CALC.quote(r);
            List<Explanation> cs = q.explanations().stream().filter(e -> e.kind() == Explanation.Kind.CONVERSION).toList();
            if (!r.currency().equals(q.currency())) {
                assertThat(cs).as("conversions of %s", r).isNotEmpty();
            }
            for (Explanation e : cs) {
                assertThat(e.ruleId()).isEqualTo("conversion");
                assertThat(e.figures()).as("%s", e).containsKeys("amount", "result", "rate");
                assertThat(e.figures().containsKey("rateDate") || e.figures().containsKey("rateDates")).as("%s", e)
                        .isTrue();
                assertThat(e.figures().get("rate")).matches("[0-9]+(\\.[0-9]+)?");
                assertThat(e.source()).as("%s", e).isNotBlank();
                conversions++;
            }
        }
        assertThat(conversions).isGreaterThan(50);
    }

    @Test
    void aQuoteWithoutTheTraceHasTheSameFigures() {
        for (QuoteRequest r : Audit.requestsForEveryDestination()) {
            LandedCostQuote traced = Audit.CALC.quote(r);
            LandedCostQuote bare = Audit.CALC.quote(r.toBuilder().explain(false).build());
            assertThat(bare.explanations()).isEmpty();
            assertThat(bare.totals()).as("%s", r).isEqualTo(traced.totals());
            assertThat(bare.lines()).isEqualTo(traced.lines());
            assertThat(bare.collection()).isEqualTo(traced.collection());
            assertThat(bare.regime()).isEqualTo(traced.regime());
            assertThat(bare.fees()).isEqualTo(traced.fees());
            assertThat(bare.advisories()).isEqualTo(traced.advisories());
        }
    }
}
