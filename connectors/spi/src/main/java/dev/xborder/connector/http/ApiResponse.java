package dev.xborder.connector.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.core.ErrorCode;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A platform's answer: status, headers, the body bytes and, for JSON calls, the parsed body
 * (numbers with a fraction are {@link java.math.BigDecimal}s). Immutable.
 */
public final class ApiResponse {
    private final String connectorId;
    private final String operation;
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;
    private final JsonNode json;
    private final String requestId;

    ApiResponse(String connectorId, String operation, int status, HttpHeaders headers, byte[] body, JsonNode json, String requestId) {
        this.connectorId = connectorId;
        this.operation = operation;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.json = json;
        this.requestId = requestId;
    }

    public String operation() {
        return operation;
    }

    public int status() {
        return status;
    }

    /** First value of a header (case-insensitive). */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public HttpHeaders headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The platform's request id, if the response carried one. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Whether a JSON body was parsed. */
    public boolean hasJson() {
        return json != null;
    }

    /**
     * The parsed JSON body.
     *
     * @throws ConnectorException ({@code CONNECTOR_BAD_RESPONSE}) if the body was empty or not JSON
     */
    public JsonNode json() {
        if (json == null) {
            throw badResponse("expected a JSON body but got " + (body.length == 0 ? "none" : body.length + " bytes of something else"));
        }
        return json;
    }

    /** A {@code CONNECTOR_BAD_RESPONSE} exception for this response (not retryable). */
    public ConnectorException badResponse(String problem) {
        return new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, connectorId,
                operation + ": " + problem, status, requestId, false, null, null);
    }
}
