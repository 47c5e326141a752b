package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The answer to a {@link QuoteRequest}, in the destination currency: per-line results, totals, the
 * import regime applied, who collects and when, the fees charged (their sum is {@code totals.fees}) and
 * (if asked) the explanation trace.
 *
 * <p>{@code collectionGroups} (added 2026-11-22) says who collects what when a regime splits the consignment
 * per line: each group names its regime, its collection, its lines and its duty, tax and fees. Every line is in
 * exactly one group and the groups' duty, tax and fees add up to the totals. A quote with one treatment has one
 * group, equal to the quote's own {@code regime} and {@code collection}; with several, {@code regime} joins the
 * groups' regimes with {@code +} (checkout regimes first, the import part last) and {@code collection} gives, per
 * charge, the collection of the last group where that charge is due: a charge split between checkout and import
 * is reported at import, so {@code AT_CHECKOUT} always means all of that charge is collected at checkout.
 * Constructors without groups make the single group from the quote's regime, collection and totals.
 *
 * <p>{@code advisories} (added 2026-11-22) are the rule data's warnings that the authorities may charge this
 * consignment differently from the quote (a charge or procedure the rules know of but do not model); empty for
 * most quotes, present with or without the trace.
 *
 * <p>The constructors throw {@link InvalidInputException} if currency, regime, collection, lines or totals is
 * missing, or the groups or advisories name a line the quote does not have, or the groups miss a line, hold one
 * twice, or their duty, tax or fees do not add up to the totals (or are in another currency).
 */
public record LandedCostQuote(CurrencyUnit currency, String regime, Collection collection, List<LineResult> lines,
                              QuoteTotals totals, List<Explanation> explanations, List<FeeLine> fees,
                              List<CollectionGroup> collectionGroups, List<Advisory> advisories) {
    /** A quote without itemised fees (kept for compatibility). */
    public LandedCostQuote(CurrencyUnit currency, String regime, Collection collection, List<LineResult> lines,
                           QuoteTotals totals, List<Explanation> explanations) {
        this(currency, regime, collection, lines, totals, explanations, List.of(), null);
    }

    /** A quote with one treatment for every line (kept for compatibility): one collection group. */
    public LandedCostQuote(CurrencyUnit currency, String regime, Collection collection, List<LineResult> lines,
                           QuoteTotals totals, List<Explanation> explanations, List<FeeLine> fees) {
        this(currency, regime, collection, lines, totals, explanations, fees, null);
    }

    /** A quote without advisories (kept for compatibility). */
    public LandedCostQuote(CurrencyUnit currency, String regime, Collection collection, List<LineResult> lines,
                           QuoteTotals totals, List<Explanation> explanations, List<FeeLine> fees,
                           List<CollectionGroup> collectionGroups) {
        this(currency, regime, collection, lines, totals, explanations, fees, collectionGroups, null);
    }

    public LandedCostQuote {
        fees = fees == null ? List.of() : List.copyOf(Checks.noNulls(fees, "quote.fees"));
        Checks.notNull(currency, "quote.currency");
        Checks.notBlank(regime, "quote.regime");
        Checks.notNull(collection, "quote.collection");
        lines = List.copyOf(Checks.noNulls(lines, "quote.lines"));
        Checks.notNull(totals, "quote.totals");
        explanations = explanations == null ? List.of() : List.copyOf(explanations);
        if (collectionGroups == null || collectionGroups.isEmpty()) {
            collectionGroups = List.of(new CollectionGroup(regime, collection, allLines(lines.size()), totals.duty(),
                    totals.tax(), totals.fees()));
        } else {
            collectionGroups = List.copyOf(Checks.noNulls(collectionGroups, "quote.collectionGroups"));
            checkGroups(collectionGroups, lines.size(), totals);
        }
        advisories = advisories == null || advisories.isEmpty() ? List.of()
                : List.copyOf(Checks.noNulls(advisories, "quote.advisories"));
        for (Advisory a : advisories) {
            for (int i : a.lines()) {
                if (i >= lines.size()) {
                    throw new InvalidInputException("quote.advisories.lines", i, "no such line (the quote has "
                            + lines.size() + ")");
                }
            }
        }
    }

    /** The line indices of small quotes, shared: a quote's single group names every line. */
    private static final List<List<Integer>> ALL_LINES;

    static {
        List<List<Integer>> all = new ArrayList<>();
        for (int n = 0; n <= 16; n++) {
            all.add(indices(n));
        }
        ALL_LINES = List.copyOf(all);
    }

    /** {@code [0, 1, ..., n - 1]}, immutable. */
    private static List<Integer> allLines(int n) {
        return n < ALL_LINES.size() ? ALL_LINES.get(n) : indices(n);
    }

    private static List<Integer> indices(int n) {
        Integer[] all = new Integer[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return List.of(all);
    }

    /** Every line in exactly one group; the groups' duty, tax and fees add up to the totals. */
    private static void checkGroups(List<CollectionGroup> groups, int n, QuoteTotals totals) {
        boolean[] seen = new boolean[n];
        for (CollectionGroup g : groups) {
            for (int i : g.lines()) {
                if (i >= n) {
                    throw new InvalidInputException("quote.collectionGroups.lines", i, "no such line (the quote has " + n
                            + ")");
                }
                if (seen[i]) {
                    throw new InvalidInputException("quote.collectionGroups.lines", i, "line is in more than one group");
                }
                seen[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!seen[i]) {
                throw new InvalidInputException("quote.collectionGroups.lines", i, "line is in no group");
            }
        }
        addsUp(groups, 0, totals.duty(), "duty");
        addsUp(groups, 1, totals.tax(), "tax");
        addsUp(groups, 2, totals.fees(), "fees");
    }

    private static void addsUp(List<CollectionGroup> groups, int which, MonetaryAmount total, String name) {
        MonetaryAmount sum = null;
        for (CollectionGroup g : groups) {
            MonetaryAmount a = which == 0 ? g.duty() : which == 1 ? g.tax() : g.fees();
            if (!a.getCurrency().equals(total.getCurrency())) {
                throw new InvalidInputException("quote.collectionGroups." + name, a, "must be in the currency of totals."
                        + name + " (" + total.getCurrency() + ")");
            }
            sum = sum == null ? a : sum.add(a);
        }
        if (sum != null && !sum.isEqualTo(total)) {
            throw new InvalidInputException("quote.collectionGroups." + name, sum, "the groups' " + name
                    + " must add up to totals." + name + " (" + total + ")");
        }
    }
}
