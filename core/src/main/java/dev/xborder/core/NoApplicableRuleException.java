package dev.xborder.core;

/**
 * No rule pack or rule covers what was asked: a date outside every pack's effective period, a
 * destination with no pack. {@link #field()} names what was not covered and {@link #value()} the value.
 */
public class NoApplicableRuleException extends XborderException {
    private static final long serialVersionUID = 1L;

    public NoApplicableRuleException(String field, Object value, String message) {
        super(ErrorCode.NO_APPLICABLE_RULE, message, field, value == null ? null : String.valueOf(value), false, null);
    }
}
