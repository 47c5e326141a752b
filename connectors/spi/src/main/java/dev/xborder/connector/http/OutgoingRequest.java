package dev.xborder.connector.http;

import dev.xborder.core.Checks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt of an {@link ApiRequest} as it is about to be sent, handed to the
 * {@link RequestSigner}: the signer may add query parameters and headers; the body is fixed, so the
 * bytes a signer signs are the bytes sent. Not thread-safe (one attempt, one thread).
 */
public final class OutgoingRequest {
    private final ApiRequest request;
    private final URI base;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    OutgoingRequest(ApiRequest request, URI base) {
        this.request = request;
        this.base = base;
        this.query = new ArrayList<>(request.query());
        for (Map.Entry<String, String> h : request.headers()) {
            headers.put(h.getKey(), h.getValue());
        }
    }

    public ApiRequest request() {
        return request;
    }

    public String operation() {
        return request.operation();
    }

    public String method() {
        return request.method();
    }

    /** The path as sent (absolute requests: the URI's raw path). */
    public String path() {
        if (request.absoluteUri() != null) {
            return request.absoluteUri().getRawPath();
        }
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        if (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        return basePath + request.path();
    }

    /** Query parameters in order, raw values. */
    public List<Map.Entry<String, String>> query() {
        return Collections.unmodifiableList(query);
    }

    public OutgoingRequest addQuery(String name, String value) {
        query.add(Map.entry(Checks.notBlank(name, "query name"), Checks.notNull(value, "query " + name)));
        return this;
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public Optional<String> header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    public OutgoingRequest setHeader(String name, String value) {
        headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        headers.put(Checks.notBlank(name, "header name"), Checks.notNull(value, "header " + name));
        return this;
    }

    /** The exact body bytes that will be sent (a copy). */
    public byte[] body() {
        return request.body();
    }

    public String bodyAsString() {
        return new String(request.bodyUnsafe(), StandardCharsets.UTF_8);
    }

    /** Scratch space for the signer (e.g. which token it used). */
    public Map<String, Object> attributes() {
        return attributes;
    }

    /** The full URI, each query value percent-encoded exactly once (RFC 3986 unreserved kept). */
    public URI uri() {
        StringBuilder sb = new StringBuilder();
        if (request.absoluteUri() != null) {
            URI a = request.absoluteUri();
            sb.append(a.getScheme()).append("://").append(a.getRawAuthority()).append(a.getRawPath() == null ? "" : a.getRawPath());
            if (a.getRawQuery() != null) {
                sb.append('?').append(a.getRawQuery());
            }
        } else {
            sb.append(base.getScheme()).append("://").append(base.getRawAuthority()).append(path());
        }
        boolean first = sb.indexOf("?") < 0;
        for (Map.Entry<String, String> q : query) {
            sb.append(first ? '?' : '&').append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            first = false;
        }
        return URI.create(sb.toString());
    }

    /** Percent-encodes UTF-8 bytes except RFC 3986 unreserved characters. */
    public static String encode(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
