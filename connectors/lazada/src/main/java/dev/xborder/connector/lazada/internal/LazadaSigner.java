package dev.xborder.connector.lazada.internal;

import dev.xborder.connector.Secret;
import dev.xborder.connector.http.OutgoingRequest;
import dev.xborder.connector.http.RequestSigner;
import dev.xborder.core.Checks;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lazada Open Platform request signing (connector research section 5.1, from Lazada's signing
 * guide and EcomPHP/lazada-php {@code Client::prepareSignature}): adds the system parameters
 * {@code app_key}, {@code timestamp} (epoch milliseconds), {@code sign_method=sha256} and
 * {@code access_token}; then signs {@code apiPath + k1v1k2v2...} over every parameter (query and,
 * for form POSTs, the form fields of the body) sorted by name in ASCII order, excluding
 * {@code sign}, with HMAC-SHA256 keyed by the app secret, as UPPERCASE hex. The API path is the
 * path after the gateway's {@code /rest} prefix. Thread-safe. Internal.
 */
public final class LazadaSigner implements RequestSigner {
    public static final String SIGN_METHOD = "sha256";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Secret appKey;
    private final Secret appSecret;
    private final Secret accessToken;
    private final Clock clock;

    public LazadaSigner(Secret appKey, Secret appSecret, Secret accessToken, Clock clock) {
        this.appKey = Checks.notNull(appKey, "appKey");
        this.appSecret = Checks.notNull(appSecret, "appSecret");
        this.accessToken = accessToken;
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public void sign(OutgoingRequest r) {
        r.addQuery("app_key", appKey.reveal());
        r.addPublicQuery("timestamp", Long.toString(clock.millis()));
        r.addPublicQuery("sign_method", SIGN_METHOD);
        if (accessToken != null) {
            r.addQuery("access_token", accessToken.reveal());
        }
        Map<String, String> params = new TreeMap<>();
        for (Map.Entry<String, String> q : r.query()) {
            params.put(q.getKey(), q.getValue());
        }
        if (r.header("Content-Type").map(c -> c.toLowerCase(Locale.ROOT).startsWith(FORM)).orElse(false)) {
            params.putAll(formFields(r.bodyAsString()));
        }
        String apiPath = r.request().path() != null ? r.request().path() : r.path();
        r.addQuery("sign", sign(appSecret.reveal(), apiPath, params));
    }

    /** The string Lazada signs: the API path, then each parameter but {@code sign} as name + value, sorted by name. */
    public static String stringToSign(String apiPath, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(apiPath);
        new TreeMap<>(params).forEach((k, v) -> {
            if (!"sign".equals(k)) {
                sb.append(k).append(v);
            }
        });
        return sb.toString();
    }

    /** UPPERCASE hex HMAC-SHA256 of {@link #stringToSign} keyed by {@code appSecret} (UTF-8). */
    public static String sign(String appSecret, String apiPath, Map<String, String> params) {
        return hmacSha256Hex(appSecret, stringToSign(apiPath, params)).toUpperCase(Locale.ROOT);
    }

    /** Lowercase hex HMAC-SHA256 of {@code data} keyed by {@code key}, both UTF-8. */
    public static String hmacSha256Hex(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Decodes an {@code application/x-www-form-urlencoded} body. */
    public static Map<String, String> formFields(String body) {
        Map<String, String> out = new TreeMap<>();
        if (body == null || body.isEmpty()) {
            return out;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    /** Encodes form fields, each name and value percent-encoded (RFC 3986 unreserved kept). */
    public static String formBody(List<Map.Entry<String, String>> fields) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> f : fields) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(OutgoingRequest.encode(f.getKey())).append('=').append(OutgoingRequest.encode(f.getValue()));
        }
        return sb.toString();
    }
}
