package dev.xborder.core;

/**
 * What went wrong, as a stable machine-readable code. Every {@link XborderException} carries one.
 *
 * <p>Codes are grouped by who must act: the caller (bad input), the owner of rule data (bad rule
 * data), the rule packs' coverage (no applicable rule), the exchange-rate configuration
 * (conversion unavailable) and the marketplace (connector failure).
 */
public enum ErrorCode {
    /** A value passed to a public factory or method is missing, blank, malformed or out of range. */
    INVALID_INPUT,
    /** A code (country, currency, HS, scheme...) is well-formed but not known. */
    UNKNOWN_CODE,
    /** A rule pack, rate card or other data file failed validation. */
    INVALID_RULE_DATA,
    /** No rule pack or rule covers the request, e.g. a date outside every pack's effective period. */
    NO_APPLICABLE_RULE,
    /** No exchange rate for the currency pair and date, or only one older than the staleness bound. */
    CONVERSION_UNAVAILABLE,
    /** A marketplace call failed; see the connector exception for status and retryability. */
    CONNECTOR_FAILURE,
    /** A marketplace rejected the credentials or the token could not be refreshed. */
    CONNECTOR_AUTH,
    /** A marketplace throttled the call and the retry budget ran out. */
    CONNECTOR_THROTTLED,
    /** A marketplace answered with a body that could not be read. */
    CONNECTOR_BAD_RESPONSE
}
