package dev.xborder.tax.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/** Shared calculator over the bundled packs and money assertions for golden tests. */
final class GoldenSupport {
    static final RuleBook BOOK = RulePackLoader.loadBundled();
    static final LandedCostCalculator CALC = LandedCostCalculator.of(BOOK, new EcbTestRates());

    private GoldenSupport() {
    }

    static BigDecimal dec(MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }

    /** Asserts totals: goods, shipping, insurance, duty, tax, fees, landed. */
    static void totals(LandedCostQuote q, String goods, String shipping, String duty, String tax, String fees,
                       String landed) {
        assertThat(dec(q.totals().goods())).as("goods").isEqualByComparingTo(goods);
        assertThat(dec(q.totals().shipping())).as("shipping").isEqualByComparingTo(shipping);
        assertThat(dec(q.totals().duty())).as("duty").isEqualByComparingTo(duty);
        assertThat(dec(q.totals().tax())).as("tax").isEqualByComparingTo(tax);
        assertThat(dec(q.totals().fees())).as("fees").isEqualByComparingTo(fees);
        assertThat(dec(q.totals().landedCost())).as("landed").isEqualByComparingTo(landed);
    }
}
