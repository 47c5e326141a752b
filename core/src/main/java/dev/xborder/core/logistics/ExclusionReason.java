package dev.xborder.core.logistics;

/** Why a way of shipping was excluded from a plan. Each {@link Exclusion} carries one plus detail. */
public enum ExclusionReason {
    /** No version of the rate card (or warehouse tariff) is in effect on the ship date. */
    CARD_NOT_IN_EFFECT,
    /** The card does not serve the origin country (or the warehouse is not in one of its origins). */
    ORIGIN_NOT_SERVED,
    /** The card does not serve the destination country. */
    DESTINATION_NOT_SERVED,
    /** Goods carry a flag the card forbids; {@link Exclusion#flag()} names it. */
    GOODS_NOT_ALLOWED,
    /** A unit is heavier than the card's maximum parcel weight, so no split helps. */
    TOO_HEAVY,
    /** A unit exceeds the card's size limits (longest side, sum of sides, length + girth). */
    TOO_LARGE,
    /** The warehouse lacks stock; {@link Exclusion#sku()} names the SKU. */
    NO_STOCK,
    /** The latest estimated delivery is after the deadline. */
    DEADLINE_MISSED,
    /** Tracking is required and the service is untracked. */
    NOT_TRACKED,
    /** DDP is required and the service cannot deliver duty paid. */
    NOT_DDP_CAPABLE,
    /** The total cost is above the budget. */
    OVER_BUDGET,
    /** An amount could not be converted into the plan currency (no converter, or no rate). */
    CONVERSION_UNAVAILABLE,
    /** The landed-cost estimator could not quote this shipment (e.g. no rule pack for the date). */
    LANDED_COST_UNAVAILABLE,
    /** Pareto policy only: another feasible option is at least as cheap and as fast, and better in one. */
    DOMINATED
}
