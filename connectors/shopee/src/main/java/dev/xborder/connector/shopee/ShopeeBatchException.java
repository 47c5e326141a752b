package dev.xborder.connector.shopee;

import dev.xborder.connector.ConnectorException;
import dev.xborder.core.ErrorCode;
import java.util.List;

/**
 * Shopee answered a stock or price update with a partial (or total) failure: the response's
 * {@code failure_list} named variants it did not update. {@link #failures()} lists each with
 * Shopee's reason; {@link #succeeded()} the variants it did update. Not retryable as a whole
 * (fix the failed variants and send them again).
 */
public final class ShopeeBatchException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    /** One variant Shopee refused: its model id (global model id for global products) and Shopee's reason. */
    public record Failure(long itemId, long modelId, String reason) {
    }

    private final transient List<Failure> failures;
    private final transient List<ShopeeListing> succeeded;

    public ShopeeBatchException(String connectorId, String operation, List<Failure> failures, List<ShopeeListing> succeeded,
                                int httpStatus, String requestId) {
        super(ErrorCode.CONNECTOR_FAILURE, connectorId, message(operation, failures, succeeded, requestId), httpStatus, requestId,
                false, null, null);
        this.failures = List.copyOf(failures);
        this.succeeded = List.copyOf(succeeded);
    }

    private static String message(String operation, List<Failure> failures, List<ShopeeListing> succeeded, String requestId) {
        StringBuilder sb = new StringBuilder(operation).append(": Shopee refused ").append(failures.size()).append(" of ")
                .append(failures.size() + succeeded.size()).append(" variant(s):");
        for (Failure f : failures) {
            sb.append(" item ").append(f.itemId()).append(" model ").append(f.modelId()).append(": ").append(f.reason()).append(';');
        }
        if (requestId != null) {
            sb.append(" (request_id ").append(requestId).append(')');
        }
        return sb.toString();
    }

    /** The variants Shopee refused, with its reasons, in the order it listed them. */
    public List<Failure> failures() {
        return failures;
    }

    /** The variants Shopee updated. */
    public List<ShopeeListing> succeeded() {
        return succeeded;
    }
}
