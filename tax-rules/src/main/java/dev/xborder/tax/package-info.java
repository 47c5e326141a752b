/**
 * xborder tax rules: effective-dated rule packs and the landed-cost engine.
 *
 * <p>Entry points: {@link dev.xborder.tax.pack.RulePackLoader} loads and validates rule packs into a
 * {@link dev.xborder.tax.pack.RuleBook}; {@link dev.xborder.tax.engine.LandedCostCalculator} turns a
 * {@link dev.xborder.core.landed.QuoteRequest} into a {@link dev.xborder.core.landed.LandedCostQuote}.
 */
package dev.xborder.tax;
