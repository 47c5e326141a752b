package dev.xborder.connector.aliexpress;

import java.util.List;

/**
 * What AliExpress answered to a batch inventory or price update: whether the call succeeded as a
 * whole, and the products it reported as failed, each with its error code and message. Immutable.
 *
 * @param success  the answer's {@code update_success}
 * @param failures the entries of {@code update_failed_list}
 */
public record AliExpressBatchResult(boolean success, List<Failure> failures) {
    public AliExpressBatchResult {
        failures = List.copyOf(failures);
    }

    /** One failed product: {@code product_id}, {@code error_code}, {@code error_message}. */
    public record Failure(String productId, String errorCode, String errorMessage) {
    }
}
