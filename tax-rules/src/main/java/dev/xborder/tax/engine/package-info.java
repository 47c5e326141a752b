/**
 * The landed-cost engine: {@link dev.xborder.tax.engine.LandedCostCalculator} implements
 * {@link dev.xborder.core.landed.LandedCostEstimator} over a {@link dev.xborder.tax.pack.RuleBook}.
 * The quote's JSON form is described in {@code docs/quote-format.md}.
 */
package dev.xborder.tax.engine;
