package dev.xborder.core;

/**
 * No exchange rate can be given for a currency pair on a date: none is known, or the newest one
 * is older than the staleness bound the host set. Never answered with a silent fallback.
 */
public class ConversionUnavailableException extends XborderException {
    private static final long serialVersionUID = 1L;

    public ConversionUnavailableException(String field, Object value, String message) {
        super(ErrorCode.CONVERSION_UNAVAILABLE, message, field, value == null ? null : String.valueOf(value), false, null);
    }
}
