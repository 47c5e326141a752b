package dev.xborder.tax.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePack;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Acceptance audit of issue #3's per-line customs value: on a CIF basis the lines' customs values add up to goods +
 * shipping + insurance, on FOB to the goods (packs without a goods value factor; amounts with the currency's digits).
 */
class ValuationAuditTest {
    private static BigDecimal dec(javax.money.MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void theLinesCustomsValuesAddUpToTheValuationBasis() {
        int checked = 0;
        for (QuoteRequest r : Audit.requestsForEveryDestination()) {
            LandedCostQuote q = Audit.CALC.quote(r);
            // the pack the calculator picks: the tax territory's (XI) if a pack lists it, else the country's
            var tt = r.destination().taxTerritoryCountry();
            RuleBook.Entry entry = Audit.BOOK.governing(Audit.BOOK.governs(tt) ? tt : r.destination().country(),
                    r.date());
            RulePack.Valuation v = entry.pack().valuation().stream()
                    .filter(x -> x.appliesTo(entry.destination().country(), r.date())).findFirst().orElseThrow();
            if (v.goodsValueFactor() != null) {
                continue;
            }
            var t = q.totals();
            BigDecimal expected = v.dutyBasis() == RulePack.DutyBasis.CIF
                    ? dec(t.goods()).add(dec(t.shipping())).add(dec(t.insurance())) : dec(t.goods());
            BigDecimal sum = q.lines().stream().map(l -> dec(l.customsValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("%s (%s)", r, v.dutyBasis()).isEqualByComparingTo(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }
}
