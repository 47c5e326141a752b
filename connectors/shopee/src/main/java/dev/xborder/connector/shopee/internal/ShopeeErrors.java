package dev.xborder.connector.shopee.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ResponseClassifier;
import dev.xborder.connector.http.RetryAfter;
import dev.xborder.connector.http.Verdict;
import dev.xborder.core.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Shopee's error signal from the body, whatever the HTTP status (Shopee documents none):
 * {@code {"error":"<module.>code","message":"...","request_id":"..."}}, where an empty
 * {@code error} means success. Codes (from the common error list of the official API docs as
 * scraped in congminh1254/shopee-sdk {@code schemas/}, via the project's connector research 4.4/4.5):
 * {@code error_rate_limit} is throttling (retried with backoff); {@code error_limit} is the daily
 * call quota (not retried: it resets at 00:00 UTC+8); invalid/expired access tokens renew the
 * token once; signature, partner-key, IP-whitelist and permission errors are auth failures;
 * server-side errors are transient. Anything else fails without retry. The body's {@code request_id}
 * becomes the exception's request id; the daily quota's failure carries the wait until the reset as
 * its retry-after. Thread-safe.
 */
public final class ShopeeErrors implements ResponseClassifier {
    /** Shopee's daily quota resets at midnight in UTC+8. */
    public static final ZoneOffset QUOTA_ZONE = ZoneOffset.ofHours(8);
    /** Marker in the message of a daily-quota failure. */
    public static final String DAILY_QUOTA = "daily API call quota";

    private static final Set<String> TOKEN_REJECTED = Set.of("invalid_access_token", "invalid_acceess_token", "error_access_token");
    private static final Set<String> AUTH = Set.of("error_sign", "error_partner_key_expired", "source_ip_undeclared",
            "error_permission", "error_auth", "error_shop");
    private static final Set<String> TRANSIENT = Set.of("error_server", "error_inner", "error_network", "error_system_busy");

    private final Clock clock;
    private final ResponseClassifier standard;

    public ShopeeErrors(Clock clock) {
        this.clock = clock;
        this.standard = ResponseClassifier.standard(clock);
    }

    /** The platform error code without its module prefix ({@code "common.error_auth"} gives {@code "error_auth"}), or "". */
    public static String code(JsonNode body) {
        String e = body.path("error").asText("");
        if (e.isBlank() || e.equals("-")) {
            return "";
        }
        return e.substring(e.lastIndexOf('.') + 1).strip();
    }

    /** When the daily quota next resets after {@code now}: the next 00:00 at UTC+8. */
    public static Instant nextQuotaReset(Instant now) {
        LocalDate today = now.atOffset(QUOTA_ZONE).toLocalDate();
        return today.plusDays(1).atStartOfDay().toInstant(QUOTA_ZONE);
    }

    @Override
    public Verdict classify(ApiResponse r) {
        Verdict v = classifyBody(r);
        return r.hasJson() && r.json().isObject() ? v.withRequestId(r.json().path("request_id").asText("")) : v;
    }

    private Verdict classifyBody(ApiResponse r) {
        if (!r.hasJson() || !r.json().isObject()) {
            return standard.classify(r);
        }
        JsonNode j = r.json();
        String code = code(j);
        if (code.isEmpty()) {
            return standard.classify(r);
        }
        String message = j.path("message").asText("");
        if (message.length() > 300) {
            message = message.substring(0, 300) + "...";
        }
        String requestId = j.path("request_id").asText("");
        String what = "HTTP " + r.status() + " from " + r.operation() + ": " + j.path("error").asText() + " " + message
                + (requestId.isEmpty() ? "" : " (request_id " + requestId + ")");
        Duration hint = r.header("Retry-After").flatMap(v -> RetryAfter.parse(v, clock)).orElse(null);
        String lowerMessage = message.toLowerCase(Locale.ROOT);
        if (code.equals("error_rate_limit")) {
            return Verdict.throttled(what, hint);
        }
        if (code.equals("error_limit")) {
            Instant now = clock.instant();
            Instant reset = nextQuotaReset(now);
            return Verdict.fail(ErrorCode.CONNECTOR_THROTTLED, what + "; the " + DAILY_QUOTA + " is used up: not retryable until it "
                    + "resets at 00:00 UTC+8 (" + reset + ", in " + Duration.between(now, reset).toMinutes() + " min)")
                    .withRetryAfter(Duration.between(now, reset));
        }
        if (TOKEN_REJECTED.contains(code)
                || (code.equals("error_auth") && (lowerMessage.contains("access_token") || lowerMessage.contains("access token")))) {
            return Verdict.unauthorized(what);
        }
        if (AUTH.contains(code)) {
            return Verdict.fail(ErrorCode.CONNECTOR_AUTH, what);
        }
        if (code.equals("error_param") && lowerMessage.contains("timestamp")) {
            return Verdict.fail(ErrorCode.CONNECTOR_FAILURE, what + "; Shopee accepts timestamps within 5 minutes: check the clock");
        }
        if (TRANSIENT.contains(code) || r.status() >= 500) {
            return Verdict.transientFailure(what, hint);
        }
        if (r.status() == 429) {
            return Verdict.throttled(what, hint);
        }
        return Verdict.fail(ErrorCode.CONNECTOR_FAILURE, what);
    }
}
