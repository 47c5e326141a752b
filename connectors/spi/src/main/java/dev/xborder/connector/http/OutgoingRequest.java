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
    private final List<Map.Entry<String, String>> form;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final java.util.Set<String> publicValues = new java.util.HashSet<>();

    OutgoingRequest(ApiRequest request, URI base) {
        this.request = request;
        this.base = base;
        this.query = new ArrayList<>(request.query());
        this.form = request.hasForm() ? new ArrayList<>(request.form()) : null;
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

    /**
     * Adds a query parameter. When a {@link RequestSigner} adds it, its value counts as a secret:
     * the HTTP layer redacts it from every message (use {@link #addPublicQuery} for harmless values).
     */
    public OutgoingRequest addQuery(String name, String value) {
        query.add(Map.entry(Checks.notBlank(name, "query name"), Checks.notNull(value, "query " + name)));
        return this;
    }

    /**
     * Adds a query parameter whose value is no secret (a timestamp, {@code sign_method=sha256}, an
     * app key the platform shows in URLs), so the HTTP layer does not redact it from messages. A
     * signature or token must never be added this way.
     */
    public OutgoingRequest addPublicQuery(String name, String value) {
        addQuery(name, value);
        publicValues.add(value);
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

    /**
     * Sets a header. When a {@link RequestSigner} sets it, its value (and the part after the first
     * space, e.g. a bearer token) counts as a secret; use {@link #setPublicHeader} for harmless values.
     */
    public OutgoingRequest setHeader(String name, String value) {
        headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        headers.put(Checks.notBlank(name, "header name"), Checks.notNull(value, "header " + name));
        return this;
    }

    /** Sets a header whose value is no secret (a date, a content hash); see {@link #addPublicQuery}. */
    public OutgoingRequest setPublicHeader(String name, String value) {
        setHeader(name, value);
        publicValues.add(value);
        return this;
    }

    /** Whether the signer marked {@code value} as no secret. */
    boolean isPublic(String value) {
        return publicValues.contains(value);
    }

    /** Whether the body is form parameters, to which a signer may add ({@link #addForm}). */
    public boolean hasForm() {
        return form != null;
    }

    /** The form parameters in order, raw values (empty unless {@link #hasForm()}). */
    public List<Map.Entry<String, String>> form() {
        return form == null ? List.of() : Collections.unmodifiableList(form);
    }

    /**
     * Adds a form parameter to the body (a form request only). Like {@link #addQuery}, a value a
     * signer adds counts as a secret unless added with {@link #addPublicForm}.
     *
     * @throws IllegalStateException if the request has no form body
     */
    public OutgoingRequest addForm(String name, String value) {
        if (form == null) {
            throw new IllegalStateException(request.operation() + " has no form body; build it with ApiRequest.Builder.form");
        }
        form.add(Map.entry(Checks.notBlank(name, "form name"), Checks.notNull(value, "form " + name)));
        return this;
    }

    /** Adds a form parameter whose value is no secret; see {@link #addPublicQuery}. */
    public OutgoingRequest addPublicForm(String name, String value) {
        addForm(name, value);
        publicValues.add(value);
        return this;
    }

    /** The exact body bytes that will be sent (a copy); a form body as its parameters stand now. */
    public byte[] body() {
        return form == null ? request.body() : formEncode(form).getBytes(StandardCharsets.UTF_8);
    }

    public String bodyAsString() {
        return form == null ? new String(request.bodyUnsafe(), StandardCharsets.UTF_8) : formEncode(form);
    }

    /** {@code name=value} pairs joined with {@code &}, each part encoded with {@link #encode}. */
    static String formEncode(List<Map.Entry<String, String>> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : params) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(encode(p.getKey())).append('=').append(encode(p.getValue()));
        }
        return sb.toString();
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
