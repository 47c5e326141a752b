package dev.xborder.connector.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.core.ErrorCode;
import java.time.Clock;
import java.time.Duration;

/**
 * Decides what a response means. {@link #standard(Clock)} goes by HTTP status: 2xx OK; 401
 * unauthorized; 403 auth failure; 408, 429 and 5xx retryable (honouring {@code Retry-After}); any
 * other status a failure. Connectors wrap it to read platform signals in the body (Shopify
 * {@code THROTTLED} at HTTP 200, Shopee {@code error_rate_limit}...). Thread-safe.
 */
@FunctionalInterface
public interface ResponseClassifier {

    Verdict classify(ApiResponse response);

    /** Classification by HTTP status, with {@code Retry-After} read against {@code clock}. */
    static ResponseClassifier standard(Clock clock) {
        return r -> {
            int s = r.status();
            if (s >= 200 && s < 300) {
                return Verdict.ok();
            }
            String what = "HTTP " + s + " from " + r.operation() + platformError(r);
            Duration hint = r.header("Retry-After").flatMap(v -> RetryAfter.parse(v, clock)).orElse(null);
            if (s == 429) {
                return Verdict.throttled(what, hint);
            }
            if (s == 401) {
                return Verdict.unauthorized(what);
            }
            if (s == 403) {
                return Verdict.fail(ErrorCode.CONNECTOR_AUTH, what);
            }
            if (s == 408 || s >= 500) {
                return Verdict.transientFailure(what, hint);
            }
            return Verdict.fail(ErrorCode.CONNECTOR_FAILURE, what);
        };
    }

    /**
     * Reads a platform's error signal from a parsed body that the HTTP status called a success.
     * Thread-safe.
     */
    @FunctionalInterface
    interface BodyErrors {
        /**
         * The verdict for an error the body reports, or {@code null} if the body reports success.
         *
         * @param response the response (its status is 2xx)
         * @param body     its parsed JSON body, never null
         */
        Verdict classify(ApiResponse response, JsonNode body);
    }

    /**
     * For platforms that report errors in the body of a 2xx answer (Lazada, TikTok Shop, IOP):
     * {@link #standard(Clock)} first; a 2xx answer with a JSON body then goes to {@code errors}.
     * Every failure verdict whose body has a non-blank text field {@code requestIdField} (e.g.
     * {@code "request_id"}) carries it as the platform's request id, unless the verdict names one.
     *
     * @param requestIdField the body field holding the platform's request id, or null for none
     */
    static ResponseClassifier withBodyErrors(Clock clock, String requestIdField, BodyErrors errors) {
        java.util.Objects.requireNonNull(errors, "errors");
        ResponseClassifier standard = standard(clock);
        return r -> {
            Verdict v = standard.classify(r);
            if (v.kind() == Verdict.Kind.OK && r.hasJson()) {
                Verdict fromBody = errors.classify(r, r.json());
                if (fromBody != null) {
                    v = fromBody;
                }
            }
            if (v.kind() != Verdict.Kind.OK && v.requestId().isEmpty() && requestIdField != null && r.hasJson()) {
                JsonNode id = r.json().path(requestIdField);
                if (id.isValueNode()) {
                    v = v.withRequestId(id.asText());
                }
            }
            return v;
        };
    }

    /**
     * The platform's error code and message from the common body shapes ({@code errors[0].code/message},
     * {@code errors} as text, {@code error}/{@code error_description}, {@code message}), prefixed
     * with ": ", or empty. Shortened to 300 characters.
     */
    static String platformError(ApiResponse r) {
        if (!r.hasJson()) {
            return "";
        }
        JsonNode j = r.json();
        String text = null;
        JsonNode errors = j.path("errors");
        if (errors.isArray() && errors.size() > 0) {
            JsonNode e = errors.get(0);
            String code = e.path("code").asText(e.path("extensions").path("code").asText(""));
            text = (code.isEmpty() ? "" : code + " ") + e.path("message").asText("");
        } else if (errors.isTextual()) {
            text = errors.asText();
        } else if (errors.isObject()) {
            text = errors.toString();
        } else if (j.hasNonNull("error")) {
            text = j.path("error").asText() + (j.hasNonNull("error_description") ? " " + j.path("error_description").asText() : "");
        } else if (j.hasNonNull("message")) {
            text = j.path("message").asText();
        }
        if (text == null || text.isBlank()) {
            return "";
        }
        text = text.strip();
        return ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
