/**
 * Landed cost: the {@link dev.xborder.core.landed.QuoteRequest} a host builds (lines, shipping, incoterm,
 * channel, registrations) and the {@link dev.xborder.core.landed.LandedCostQuote} it gets back (per-line
 * results, totals, fees, the regime applied, who collects and when, the explanation trace). A quote whose
 * consignment a regime splits per line carries one {@link dev.xborder.core.landed.CollectionGroup} per
 * treatment; {@link dev.xborder.core.landed.Advisory advisories} say what the authorities may charge differently
 * (a known charge the rule data does not model). {@link dev.xborder.core.landed.LandedCostEstimator} is the small interface the tax-rules module
 * implements for core's logistics planner. JSON form: docs/quote-format.md.
 */
package dev.xborder.core.landed;
