package dev.xborder.connector.http;

import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import java.time.Duration;
import java.util.Optional;

/** What a {@link ResponseClassifier} decided about one response. Immutable. */
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

    private static final Verdict OK = new Verdict(Kind.OK, null, null, null, false);

    private final Kind kind;
    private final ErrorCode code;
    private final String message;
    private final Duration retryAfter;
    private final boolean platformFailure;

    private Verdict(Kind kind, ErrorCode code, String message, Duration retryAfter, boolean platformFailure) {
        this.kind = kind;
        this.code = code;
        this.message = message;
        this.retryAfter = retryAfter;
        this.platformFailure = platformFailure;
    }

    public static Verdict ok() {
        return OK;
    }

    /** Throttled: retry after the hint (or backoff if {@code retryAfter} is null); not a platform failure. */
    public static Verdict throttled(String message, Duration retryAfter) {
        return new Verdict(Kind.RETRY, ErrorCode.CONNECTOR_THROTTLED, Checks.notNull(message, "message"), retryAfter, false);
    }

    /** A transient platform failure (5xx, an error the platform calls temporary); counts against the circuit breaker. */
    public static Verdict transientFailure(String message, Duration retryAfter) {
        return new Verdict(Kind.RETRY, ErrorCode.CONNECTOR_FAILURE, Checks.notNull(message, "message"), retryAfter, true);
    }

    public static Verdict unauthorized(String message) {
        return new Verdict(Kind.UNAUTHORIZED, ErrorCode.CONNECTOR_AUTH, Checks.notNull(message, "message"), null, false);
    }

    public static Verdict fail(ErrorCode code, String message) {
        return new Verdict(Kind.FAIL, Checks.notNull(code, "code"), Checks.notNull(message, "message"), null, false);
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

    /** Whether this outcome counts as a platform failure for the circuit breaker. */
    public boolean platformFailure() {
        return platformFailure;
    }
}
