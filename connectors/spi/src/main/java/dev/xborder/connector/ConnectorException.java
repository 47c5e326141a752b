package dev.xborder.connector;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.XborderException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A marketplace call failed. Carries what a caller needs to act: the connector id, the HTTP status
 * (if a response arrived), the platform's request id (quote it to the platform's support), whether
 * the same call may succeed later ({@link #retryable()}), and the platform's retry hint.
 *
 * <p>Codes: {@link ErrorCode#CONNECTOR_AUTH} (credentials rejected, token refresh failed),
 * {@link ErrorCode#CONNECTOR_THROTTLED} (throttled and the retry budget ran out),
 * {@link ErrorCode#CONNECTOR_BAD_RESPONSE} (a body that could not be read or mapped),
 * {@link ErrorCode#CONNECTOR_FAILURE} (anything else: 4xx, 5xx, I/O, timeouts, open circuit,
 * an operation the connector does not support). Messages never contain credentials.
 */
public class ConnectorException extends XborderException {
    private static final long serialVersionUID = 1L;

    private final String connectorId;
    private final int httpStatus;
    private final String requestId;
    private final Duration retryAfter;

    public ConnectorException(ErrorCode code, String connectorId, String message, int httpStatus, String requestId,
                              boolean retryable, Duration retryAfter, Throwable cause) {
        super(code, "[" + connectorId + "] " + message, null, null, retryable, cause);
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    /** A failure without an HTTP response. */
    public ConnectorException(ErrorCode code, String connectorId, String message, boolean retryable, Throwable cause) {
        this(code, connectorId, message, 0, null, retryable, null, cause);
    }

    /** The operation is not supported by this connector (see {@link MarketplaceConnector#capabilities()}). */
    public static ConnectorException unsupported(String connectorId, Capability capability) {
        return new ConnectorException(ErrorCode.CONNECTOR_FAILURE, connectorId,
                "does not support " + capability + "; check capabilities() before calling", false, null);
    }

    public String connectorId() {
        return connectorId;
    }

    /** The HTTP status of the failing response, if one arrived. */
    public OptionalInt httpStatus() {
        return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
    }

    /** The platform's request id of the failing response, if it sent one. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** How long the platform asked us to wait (Retry-After or an equivalent body field), if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
