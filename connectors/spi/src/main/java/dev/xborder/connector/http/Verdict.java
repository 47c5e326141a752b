package dev.xborder.connector.http;

import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import java.time.Duration;
import java.util.Optional;

/**
 * What a {@link ResponseClassifier} decided about one response: a kind, the error code and message
 * for failures, a retry hint, and the platform's request id where the platform sends it in the body
 * (the HTTP layer otherwise takes it from the response headers). Immutable.
 */
public final class Verdict {
    /** The kinds of outcome. */
    public enum Kind {
        /** Success: hand the response to the connector. */
        OK,
        /** Worth another attempt (throttled, 5xx, transient): back off (or wait {@link #retryAfter()}) and retry. */
        RETRY,
        /** The credentials were rejected: renew them once through the signer, then fail. */
        UNAUTHORIZED,
        /** A failure another attempt will not fix. */
        FAIL
    }

    private static final Verdict OK = new Verdict(Kind.OK, null, null, null, false, null);

    private final Kind kind;
    private final ErrorCode code;
    private final String message;
    private final Duration retryAfter;
    private final boolean platformFailure;
    private final String requestId;

    private Verdict(Kind kind, ErrorCode code, String message, Duration retryAfter, boolean platformFailure, String requestId) {
        this.kind = kind;
        this.code = code;
        this.message = message;
        this.retryAfter = retryAfter;
        this.platformFailure = platformFailure;
        this.requestId = requestId;
    }

    public static Verdict ok() {
        return OK;
    }

    /** Throttled: retry after the hint (or backoff if {@code retryAfter} is null); not a platform failure. */
    public static Verdict throttled(String message, Duration retryAfter) {
        return new Verdict(Kind.RETRY, ErrorCode.CONNECTOR_THROTTLED, Checks.notNull(message, "message"), retryAfter, false, null);
    }

    /** A transient platform failure (5xx, an error the platform calls temporary); counts against the circuit breaker. */
    public static Verdict transientFailure(String message, Duration retryAfter) {
        return new Verdict(Kind.RETRY, ErrorCode.CONNECTOR_FAILURE, Checks.notNull(message, "message"), retryAfter, true, null);
    }

    public static Verdict unauthorized(String message) {
        return new Verdict(Kind.UNAUTHORIZED, ErrorCode.CONNECTOR_AUTH, Checks.notNull(message, "message"), null, false, null);
    }

    public static Verdict fail(ErrorCode code, String message) {
        return new Verdict(Kind.FAIL, Checks.notNull(code, "code"), Checks.notNull(message, "message"), null, false, null);
    }

    public Kind kind() {
        return kind;
    }

    public ErrorCode code() {
        return code;
    }

    public String message() {
        return message;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * This verdict with the platform's request id (e.g. Shopee's, Lazada's or IOP's {@code request_id}
     * in the body); it becomes {@link dev.xborder.connector.ConnectorException#requestId()} in place
     * of a request id header. Blank or null: unchanged. Not for {@link Kind#OK}.
     */
    public Verdict withRequestId(String requestId) {
        if (requestId == null || requestId.isBlank() || kind == Kind.OK) {
            return this;
        }
        return new Verdict(kind, code, message, retryAfter, platformFailure, requestId.strip());
    }

    /**
     * This verdict with a retry hint. On {@link Kind#RETRY} it is the wait before the next attempt;
     * on {@link Kind#FAIL} it is reported to the caller as
     * {@link dev.xborder.connector.ConnectorException#retryAfter()} without a retry (e.g. a daily
     * quota that resets at a known time). Null: no hint. Not for {@link Kind#OK}.
     */
    public Verdict withRetryAfter(Duration retryAfter) {
        if (kind == Kind.OK) {
            return this;
        }
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
        return new Verdict(kind, code, message, retryAfter, platformFailure, requestId);
    }

    /** The platform's request id the classifier read from the body, if any. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Whether this outcome counts as a platform failure for the circuit breaker. */
    public boolean platformFailure() {
        return platformFailure;
    }
}
