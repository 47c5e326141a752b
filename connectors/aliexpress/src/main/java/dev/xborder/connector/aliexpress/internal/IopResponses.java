package dev.xborder.connector.aliexpress.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ResponseClassifier;
import dev.xborder.connector.http.Verdict;
import dev.xborder.core.ErrorCode;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reading IOP answers. IOP reports errors in the body, usually with HTTP 200: {@code {"type",
 * "code", "message", "request_id"}} with {@code code} {@code "0"} meaning success (the IOP SDK's
 * {@code IopResponse}), or the legacy TOP shape {@code {"error_response":{"code","msg","sub_code",
 * "sub_msg"}}}. A successful business answer is wrapped in {@code <method with _>_response}.
 *
 * <p>Classification: call-limit codes are throttling (retried with backoff): {@code ApiCallLimit},
 * {@code AppCallLimit}, {@code SessionCallLimit} and any code or sub-code mentioning a call or flow
 * limit (IOP gateway codes as Lazada, on the same gateway, documents them; TOP code {@code 7}
 * "App Call Limited"); these names come from secondary sources and are matched broadly. Invalid or
 * expired session codes ({@code IllegalAccessToken}, {@code InvalidSession}, {@code SessionExpired},
 * TOP code {@code 27}) are "unauthorized". Type {@code ISP} (a platform-side failure) and
 * {@code ServiceUnavailable}/{@code ServiceTimeout} are transient. Everything else fails. Internal.
 */
public final class IopResponses {
    static final Set<String> THROTTLE_CODES = Set.of("apicalllimit", "appcalllimit", "sessioncalllimit", "7");
    static final Set<String> SESSION_CODES = Set.of("illegalaccesstoken", "invalidsession", "sessionexpired", "27",
            "invalidaccesstoken", "accesstokenexpired");
    static final Set<String> TRANSIENT_CODES = Set.of("serviceunavailable", "servicetimeout", "isp.service-unavailable", "15");

    private IopResponses() {
    }

    /** The platform error in a parsed body, or null if the body reports success. */
    public static IopError error(JsonNode body) {
        if (body == null || !body.isObject()) {
            return null;
        }
        JsonNode legacy = body.get("error_response");
        if (legacy != null && legacy.isObject()) {
            return new IopError("ISV", legacy.path("code").asText(""), legacy.path("sub_code").asText(""),
                    legacy.path("sub_msg").asText(legacy.path("msg").asText("")), legacy.path("request_id").asText(null));
        }
        JsonNode code = body.get("code");
        if (code != null && !code.isNull() && !code.asText().equals("0") && !code.asText().isEmpty()) {
            return new IopError(body.path("type").asText(""), code.asText(), "", body.path("message").asText(""),
                    body.path("request_id").asText(null));
        }
        return null;
    }

    /** The payload of a business answer: the value of its {@code ..._response} field, else the body. */
    public static JsonNode payload(JsonNode body) {
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().endsWith("_response") && e.getValue().isObject()) {
                return e.getValue();
            }
        }
        return body;
    }

    /**
     * The standard HTTP classification plus IOP's errors in the body; the body's {@code request_id}
     * (also inside a legacy {@code error_response}) becomes the exception's request id.
     */
    public static ResponseClassifier classifier(Clock clock) {
        return ResponseClassifier.withBodyErrors(clock, "request_id", (r, body) -> {
            IopError e = error(body);
            return e == null ? null : classify(e, r).withRequestId(e.requestId());
        });
    }

    static Verdict classify(IopError e, ApiResponse r) {
        String what = r.operation() + " failed: " + e.describe();
        String code = e.code().toLowerCase(Locale.ROOT);
        String sub = e.subCode().toLowerCase(Locale.ROOT);
        if (THROTTLE_CODES.contains(code) || code.contains("calllimit") || code.contains("flowlimit")
                || sub.contains("call-limited") || sub.contains("limited-by") || sub.contains("calllimit")) {
            return Verdict.throttled(what, null);
        }
        if (SESSION_CODES.contains(code) || sub.contains("invalid-sessionkey") || sub.contains("session-expired")) {
            return Verdict.unauthorized(what);
        }
        if (code.equals("incompletesignature") || code.equals("invalidsignature") || code.equals("invalidappkey")
                || code.equals("25") || code.equals("29")) {
            return Verdict.fail(ErrorCode.CONNECTOR_AUTH, what);
        }
        if (TRANSIENT_CODES.contains(code) || "ISP".equalsIgnoreCase(e.type()) || sub.startsWith("isp.")) {
            return Verdict.transientFailure(what, null);
        }
        return Verdict.fail(ErrorCode.CONNECTOR_FAILURE, what);
    }

    /** An IOP error: type ({@code ISV}, {@code ISP}, {@code SYSTEM}), code, sub-code, message, request id. */
    public record IopError(String type, String code, String subCode, String message, String requestId) {
        public String describe() {
            return (type.isEmpty() ? "" : type + " ") + code + (subCode.isEmpty() ? "" : "/" + subCode)
                    + (message.isEmpty() ? "" : " " + (message.length() > 300 ? message.substring(0, 300) + "..." : message))
                    + (requestId == null ? "" : " (request id " + requestId + ")");
        }
    }
}
