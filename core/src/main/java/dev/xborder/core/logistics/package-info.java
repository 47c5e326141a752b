/**
 * Logistics-mode selection: price every way an order can travel (postal, express, line-haul,
 * overseas warehouse, marketplace fulfilment), landed, and pick the best.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.xborder.core.logistics.RateCards}: loads and validates rate-card files (format in
 *       {@code docs/rate-card-format.md}); {@link dev.xborder.core.logistics.RateCards#samples()} gives
 *       the bundled SAMPLE cards (illustrative prices, not carrier quotes).</li>
 *   <li>{@link dev.xborder.core.logistics.ShippingPlanner}: immutable, thread-safe; built with rate
 *       cards and optionally a {@link dev.xborder.core.landed.LandedCostEstimator} (duty, tax and fees;
 *       without one it plans freight only) and a {@link dev.xborder.core.money.CurrencyConverter}.</li>
 *   <li>{@link dev.xborder.core.logistics.PlanRequest} (lines, origin, destination, ship date,
 *       {@link dev.xborder.core.logistics.ServiceNeeds}, {@link dev.xborder.core.logistics.StockPosition}s)
 *       and {@link dev.xborder.core.logistics.SelectionPolicy} (cheapest, fastest, Pareto, custom) go in;
 *       a {@link dev.xborder.core.logistics.ShippingPlan} of ranked
 *       {@link dev.xborder.core.logistics.ShippingOption}s and
 *       {@link dev.xborder.core.logistics.ExcludedOption}s with typed
 *       {@link dev.xborder.core.logistics.ExclusionReason}s comes out.</li>
 * </ul>
 *
 * <p>Planning never throws for an infeasible order: the plan says no option is feasible and why.
 * Bad arguments get {@link dev.xborder.core.InvalidInputException} naming the field; bad rate-card
 * data gets {@link dev.xborder.core.RuleDataException} listing every problem with file and JSON path.
 * Ties are broken deterministically (see {@link dev.xborder.core.logistics.SelectionPolicy}).
 * Per plan the planner does no parsing and no regex: cards precompute integer indexes at load.
 */
package dev.xborder.core.logistics;
