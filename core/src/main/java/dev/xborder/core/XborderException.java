package dev.xborder.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The one unchecked base of every error xborder throws. It carries an {@link ErrorCode} and, where
 * one value is at fault, the field and the value, so a caller can act without parsing messages.
 *
 * <p>Subtypes split by who must act: {@link InvalidInputException} (the caller),
 * {@link RuleDataException} (the owner of a data file), {@link NoApplicableRuleException} (coverage
 * of the rule packs), {@link ConversionUnavailableException} (exchange-rate configuration); the
 * connector module adds its own for marketplace failures.
 *
 * <p>Never put a secret in a message or a value: credentials are redacted before they reach here.
 */
public class XborderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;
    private final String value;
    private final boolean retryable;

    public XborderException(ErrorCode code, String message) {
        this(code, message, null, null, false, null);
    }

    public XborderException(ErrorCode code, String message, String field, String value,
                            boolean retryable, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.value = value;
        this.retryable = retryable;
    }

    /** The machine-readable code of this error. */
    public ErrorCode code() {
        return code;
    }

    /** The field (or parameter, or JSON path) at fault, if one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The offending value as text, if one is at fault and may be shown. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** Whether the same call may succeed if tried again later. */
    public boolean retryable() {
        return retryable;
    }
}
