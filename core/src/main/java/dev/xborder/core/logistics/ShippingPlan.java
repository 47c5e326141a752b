package dev.xborder.core.logistics;

import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The planner's answer: the feasible options ranked by the policy (best first), and every option
 * that was excluded with its reasons. When no option is feasible, {@link #options()} is empty and
 * {@link #excluded()} says why for each way of shipping considered. Immutable.
 */
public record ShippingPlan(SelectionPolicy policy, CurrencyUnit currency, List<ShippingOption> options,
                           List<ExcludedOption> excluded) {
    public ShippingPlan {
        options = List.copyOf(options);
        excluded = List.copyOf(excluded);
    }

    /** Whether at least one option is feasible. */
    public boolean feasible() {
        return !options.isEmpty();
    }

    /** The best option under the policy, if any is feasible. */
    public Optional<ShippingOption> best() {
        return options.isEmpty() ? Optional.empty() : Optional.of(options.get(0));
    }

    /** The excluded options that have {@code reason} among their reasons. */
    public List<ExcludedOption> excludedFor(ExclusionReason reason) {
        return excluded.stream().filter(e -> e.has(reason)).toList();
    }
}
