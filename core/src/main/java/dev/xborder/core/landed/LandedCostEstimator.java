package dev.xborder.core.landed;

/**
 * Quotes duty, import tax and fees for a shipment. Implemented by the tax-rules module's
 * {@code LandedCostCalculator}; core (the logistics planner) depends only on this interface, so it
 * works without tax-rules (freight only) and with it (landed).
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface LandedCostEstimator {
    /**
     * Quotes duty, import tax and fees for a request, in the destination currency.
     *
     * @param request the shipment to quote
     * @return the quote
     * @throws dev.xborder.core.InvalidInputException if request is null
     * @throws dev.xborder.core.NoApplicableRuleException if no rule pack covers the destination and date
     * @throws dev.xborder.core.ConversionUnavailableException if a needed exchange rate is unavailable
     */
    LandedCostQuote quote(QuoteRequest request);
}
