package dev.xborder.connector;

import dev.xborder.core.InvalidInputException;

/**
 * A token bucket: {@code burst} tokens at most, refilled continuously at {@code perSecond} tokens a
 * second; each call takes one token (or its cost, for cost-based limits such as Shopify GraphQL).
 * A leaky bucket of size {@code n} leaking {@code r}/s admits exactly the same calls as a token
 * bucket with burst {@code n} and rate {@code r}, so both platform models use this one type.
 */
public record RateLimit(double perSecond, double burst) {
    public RateLimit {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new InvalidInputException("rateLimit.perSecond", perSecond, "must be a positive finite number");
        }
        if (!(burst >= 1) || Double.isInfinite(burst)) {
            throw new InvalidInputException("rateLimit.burst", burst, "must be a finite number of at least 1");
        }
    }

    public static RateLimit of(double perSecond, double burst) {
        return new RateLimit(perSecond, burst);
    }
}
