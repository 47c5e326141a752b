package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import java.util.Comparator;

/**
 * How the planner ranks feasible options. Deadlines and budgets are {@link ServiceNeeds}: an option
 * that misses them is excluded before ranking, so "cheapest landed cost meeting the deadline" is
 * {@link #cheapest()} with a deadline, and "fastest within a budget" is {@link #fastest()} with a
 * budget.
 *
 * <p>Ties are broken deterministically, always ending with {@link #TIE_BREAK}: mode (in
 * {@link ShippingMode} declaration order), carrier, service, card id, warehouse id (none first),
 * each compared as text.
 */
public final class SelectionPolicy {
    /** The kinds of policy. */
    public enum Kind { CHEAPEST, FASTEST, PARETO, CUSTOM }

    /** The final, total tie-break: mode, carrier, service, card id, warehouse id. */
    public static final Comparator<ShippingOption> TIE_BREAK = Comparator
            .comparing(ShippingOption::mode)
            .thenComparing(ShippingOption::carrier)
            .thenComparing(ShippingOption::service)
            .thenComparing(ShippingOption::cardId)
            .thenComparing(o -> o.warehouseId().orElse(""));

    /** Total cost, then latest delivery, then earliest delivery, then {@link #TIE_BREAK}. */
    public static final Comparator<ShippingOption> BY_COST = Comparator
            .comparing((ShippingOption o) -> o.totalNumber)
            .thenComparing(o -> o.delivery().latest())
            .thenComparing(o -> o.delivery().earliest())
            .thenComparing(TIE_BREAK);

    /** Latest delivery, then earliest delivery, then total cost, then {@link #TIE_BREAK}. */
    public static final Comparator<ShippingOption> BY_TIME = Comparator
            .comparing((ShippingOption o) -> o.delivery().latest())
            .thenComparing(o -> o.delivery().earliest())
            .thenComparing(o -> o.totalNumber)
            .thenComparing(TIE_BREAK);

    private static final SelectionPolicy CHEAPEST = new SelectionPolicy(Kind.CHEAPEST, BY_COST);
    private static final SelectionPolicy FASTEST = new SelectionPolicy(Kind.FASTEST, BY_TIME);
    private static final SelectionPolicy PARETO = new SelectionPolicy(Kind.PARETO, BY_COST);

    private final Kind kind;
    private final Comparator<ShippingOption> order;

    private SelectionPolicy(Kind kind, Comparator<ShippingOption> order) {
        this.kind = kind;
        this.order = order;
    }

    /** Cheapest total (landed when an estimator is configured) first; ranked by {@link #BY_COST}. */
    public static SelectionPolicy cheapest() {
        return CHEAPEST;
    }

    /** Earliest latest-delivery first; ranked by {@link #BY_TIME}. */
    public static SelectionPolicy fastest() {
        return FASTEST;
    }

    /**
     * Only options not dominated on (total cost, latest delivery): no other option is at least as
     * cheap and at least as fast and strictly better in one. Dominated options are reported as
     * excluded with {@link ExclusionReason#DOMINATED}. Ranked by {@link #BY_COST}.
     */
    public static SelectionPolicy pareto() {
        return PARETO;
    }

    /**
     * The host's order; ties in it fall back to {@link #BY_COST} (which ends in {@link #TIE_BREAK}).
     * The comparator must be consistent and thread-safe.
     */
    public static SelectionPolicy custom(Comparator<ShippingOption> comparator) {
        Checks.notNull(comparator, "comparator");
        return new SelectionPolicy(Kind.CUSTOM, comparator.thenComparing(BY_COST));
    }

    public Kind kind() {
        return kind;
    }

    /** The full ranking order, including tie-breaks. */
    public Comparator<ShippingOption> order() {
        return order;
    }

    @Override
    public String toString() {
        return "SelectionPolicy[" + kind + "]";
    }
}
