package dev.xborder.connector.http;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One logical platform call, as a connector describes it: the operation name (which picks the rate
 * limit), method, path relative to the base URL (or an absolute URI), query parameters (raw values;
 * encoded exactly once when sent), headers, body bytes, its rate-limit cost, whether it is signed
 * and whether its body must be JSON. Immutable; each attempt is signed afresh from it.
 */
public final class ApiRequest {
    private final String operation;
    private final String method;
    private final String path;
    private final URI absolute;
    private final List<Map.Entry<String, String>> query;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final List<Map.Entry<String, String>> form;
    private final double cost;
    private final boolean signed;
    private final boolean expectJson;

    private ApiRequest(Builder b) {
        this.operation = b.operation;
        this.method = b.method;
        this.path = b.path;
        this.absolute = b.absolute;
        this.query = List.copyOf(b.query);
        this.headers = List.copyOf(b.headers);
        this.form = b.form == null ? null : List.copyOf(b.form);
        this.body = b.form == null ? b.body : OutgoingRequest.formEncode(this.form).getBytes(StandardCharsets.UTF_8);
        this.cost = b.cost;
        this.signed = b.signed;
        this.expectJson = b.expectJson;
    }

    /** A request to {@code path} (starting with {@code /}) under the connector's base URL. */
    public static Builder builder(String operation, String method, String path) {
        Checks.notBlank(path, "path");
        if (!path.startsWith("/")) {
            throw new InvalidInputException("path", path, "must start with /");
        }
        return new Builder(operation, method, path, null);
    }

    /** A request to an absolute URI (e.g. a token endpoint on another host). */
    public static Builder builder(String operation, String method, URI uri) {
        return new Builder(operation, method, null, Checks.notNull(uri, "uri"));
    }

    public String operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    /** The path, or {@code null} for an absolute request. */
    public String path() {
        return path;
    }

    /** The absolute URI, or {@code null} for a path request. */
    public URI absoluteUri() {
        return absolute;
    }

    public List<Map.Entry<String, String>> query() {
        return query;
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /**
     * The form parameters of a form-encoded body ({@link Builder#form}), in order, raw values; empty
     * for other requests. A {@link RequestSigner} may add to them; the body is encoded after signing.
     */
    public List<Map.Entry<String, String>> form() {
        return form == null ? List.of() : form;
    }

    /** Whether the body is form parameters ({@code application/x-www-form-urlencoded}) built with {@link Builder#form}. */
    public boolean hasForm() {
        return form != null;
    }

    /** A copy of the body bytes (empty for none; for a form, its parameters as built, before signing). */
    public byte[] body() {
        return body.clone();
    }

    byte[] bodyUnsafe() {
        return body;
    }

    public double cost() {
        return cost;
    }

    public boolean signed() {
        return signed;
    }

    public boolean expectJson() {
        return expectJson;
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private final String operation;
        private final String method;
        private final String path;
        private final URI absolute;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body = new byte[0];
        private List<Map.Entry<String, String>> form;
        private double cost = 1;
        private boolean signed = true;
        private boolean expectJson = true;

        private Builder(String operation, String method, String path, URI absolute) {
            this.operation = Checks.notBlank(operation, "operation");
            this.method = Checks.notBlank(method, "method").toUpperCase(java.util.Locale.ROOT);
            this.path = path;
            this.absolute = absolute;
        }

        /** Adds a query parameter with its raw (unencoded) value; skipped if {@code value} is null. */
        public Builder query(String name, String value) {
            Checks.notBlank(name, "query name");
            if (value != null) {
                query.add(Map.entry(name, value));
            }
            return this;
        }

        public Builder header(String name, String value) {
            headers.add(Map.entry(Checks.notBlank(name, "header name"), Checks.notNull(value, "header " + name)));
            return this;
        }

        /** The body, sent byte for byte as given (and signed as given). */
        public Builder body(byte[] bytes, String contentType) {
            if (form != null) {
                throw new IllegalStateException("a request has either a body or form parameters");
            }
            this.body = Checks.notNull(bytes, "body").clone();
            return header("Content-Type", Checks.notBlank(contentType, "contentType"));
        }

        /**
         * Adds a parameter to a form-encoded body ({@code application/x-www-form-urlencoded; charset=UTF-8},
         * each name and value percent-encoded as {@link OutgoingRequest#encode}). A signer sees the
         * parameters ({@link OutgoingRequest#form()}) and may add its own before the body is encoded,
         * so the parameters signed are the parameters sent. Not with {@link #body}.
         */
        public Builder form(String name, String value) {
            if (form == null) {
                if (body.length > 0) {
                    throw new IllegalStateException("a request has either a body or form parameters");
                }
                form = new ArrayList<>();
                header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            }
            form.add(Map.entry(Checks.notBlank(name, "form name"), Checks.notNull(value, "form " + name)));
            return this;
        }

        public Builder jsonBody(String json) {
            return body(Checks.notNull(json, "json").getBytes(StandardCharsets.UTF_8), "application/json");
        }

        /** Rate-limit cost of this call (default 1; GraphQL query cost for Shopify). */
        public Builder cost(double cost) {
            if (!(cost >= 0)) {
                throw new InvalidInputException("cost", cost, "must not be negative");
            }
            this.cost = cost;
            return this;
        }

        /** Whether the connector's {@link RequestSigner} applies (default true; false for token endpoints). */
        public Builder signed(boolean signed) {
            this.signed = signed;
            return this;
        }

        /** Whether a non-empty body must parse as JSON (default true). */
        public Builder expectJson(boolean expectJson) {
            this.expectJson = expectJson;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
