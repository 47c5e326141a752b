package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * The answer to a {@link QuoteRequest}, in the destination currency: per-line results, totals, the
 * import regime applied, who collects and when, the fees charged (their sum is {@code totals.fees}) and
 * (if asked) the explanation trace.
 */
public record LandedCostQuote(CurrencyUnit currency, String regime, Collection collection, List<LineResult> lines,
                              QuoteTotals totals, List<Explanation> explanations, List<FeeLine> fees) {
    /** A quote without itemised fees (kept for compatibility). */
    public LandedCostQuote(CurrencyUnit currency, String regime, Collection collection, List<LineResult> lines,
                           QuoteTotals totals, List<Explanation> explanations) {
        this(currency, regime, collection, lines, totals, explanations, List.of());
    }

    public LandedCostQuote {
        fees = fees == null ? List.of() : List.copyOf(Checks.noNulls(fees, "quote.fees"));
        Checks.notNull(currency, "quote.currency");
        Checks.notBlank(regime, "quote.regime");
        Checks.notNull(collection, "quote.collection");
        lines = List.copyOf(Checks.noNulls(lines, "quote.lines"));
        Checks.notNull(totals, "quote.totals");
        explanations = explanations == null ? List.of() : List.copyOf(explanations);
    }
}
