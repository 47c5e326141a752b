package dev.xborder.connector.http;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.Secret;
import dev.xborder.connector.http.internal.Redactor;
import dev.xborder.connector.wire.WireJson;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP layer every connector shares: one {@link HttpClient} per connector instance on an
 * executor it owns, per-operation {@link TokenBucket} rate limits, retries with exponential
 * backoff and jitter for retryable outcomes only (429, 408, 5xx, timeouts, connection resets and
 * truncated bodies; never other 4xx), honouring the platform's retry hint, a Resilience4j
 * circuit breaker, a request timeout, one credential renewal on 401, and redaction of secrets in
 * every message it produces. All waiting goes through the config's {@link Sleeper}; time is the
 * config's {@link Clock}.
 *
 * <p>Thread-safe. {@link #close()} shuts down the executor. On Java 17 {@code HttpClient} has no
 * {@code close()}: its selector thread ends once the client is unreachable, and any exchange still
 * in flight fails. Log lines (DEBUG, one per attempt) name operation, method, path, status, time
 * and request id; never headers, query values or bodies.
 */
public final class ConnectorHttp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorHttp.class);
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final String connectorId;
    private final URI baseUrl;
    private final ResilienceSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration requestTimeout;
    private final RequestSigner signer;
    private final java.util.function.Function<ConnectorHttp, RequestSigner> signerFactory;
    private final ResponseClassifier classifier;
    private final List<String> requestIdHeaders;
    private final ObjectMapper mapper;
    private final ExecutorService executor;
    private final HttpClient client;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Redactor redactor;
    private final DoubleSupplier random;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ConnectorHttp(Builder b) {
        this.connectorId = b.connectorId;
        this.baseUrl = b.config.baseUrl().orElse(b.defaultBaseUrl);
        this.settings = b.config.resilienceOr(b.platformDefaults);
        this.clock = b.config.clock();
        this.sleeper = b.config.sleeper();
        this.requestTimeout = b.config.requestTimeout();
        this.signerFactory = b.signerFactory;
        this.classifier = b.classifier != null ? b.classifier : ResponseClassifier.standard(clock);
        this.requestIdHeaders = List.copyOf(b.requestIdHeaders);
        this.mapper = WireJson.newMapper();
        this.random = b.random;
        List<String> secrets = new ArrayList<>();
        for (String name : b.config.credentialNames()) {
            b.config.credential(name).map(Secret::reveal).ifPresent(secrets::add);
        }
        this.redactor = new Redactor(secrets);
        int n = CLIENTS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "xborder-" + connectorId + "-http-" + n + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(b.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.breaker = CircuitBreaker.of(connectorId, CircuitBreakerConfig.custom()
                .clock(clock)
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(settings.breakerMinimumCalls())
                .waitDurationInOpenState(settings.breakerOpenDuration().isZero() ? Duration.ofMillis(1) : settings.breakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build());
        IntervalBiFunction<Object> interval = (attempt, either) -> {
            Throwable t = either.isLeft() ? either.getLeft() : null;
            if (t instanceof ConnectorException ce && ce.retryAfter().isPresent()) {
                Duration hint = ce.retryAfter().get();
                return hint.compareTo(settings.maxRetryAfter()) > 0 ? -1L : Math.max(0L, ceilMillis(hint));
            }
            return backoffMillis(attempt);
        };
        this.retry = Retry.of(connectorId, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(t -> t instanceof ConnectorException ce && ce.retryable())
                .intervalBiFunction(interval)
                .build());
        // last: the factory may call back into this instance (e.g. a token fetcher sending through it)
        this.signer = signerFactory != null ? signerFactory.apply(this) : b.signer;
    }

    /**
     * A builder for a connector's HTTP layer.
     *
     * @param connectorId      the connector id (messages, thread names)
     * @param config           the account's configuration
     * @param defaultBaseUrl   the platform's base URL, used unless the config overrides it
     * @param platformDefaults the platform's resilience defaults, used unless the config sets its own
     */
    public static Builder builder(String connectorId, ConnectorConfig config, URI defaultBaseUrl,
                                  ResilienceSettings platformDefaults) {
        return new Builder(connectorId, config, defaultBaseUrl, platformDefaults);
    }

    public String connectorId() {
        return connectorId;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public ResilienceSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /** The shared mapper (see {@link WireJson}). */
    public ObjectMapper json() {
        return mapper;
    }

    /** The rate-limit bucket of an operation, if it has a configured limit. */
    public java.util.Optional<TokenBucket> bucket(String operation) {
        return settings.rateLimit(operation).map(l -> buckets.computeIfAbsent(operation, op -> new TokenBucket(l, clock)));
    }

    /** Replaces secret values known to this connector with {@code ***}. */
    public String redact(String text) {
        return redactor.redact(text);
    }

    /** Marks a value as secret for redaction (e.g. a token a connector obtained itself). */
    public void rememberSecret(Secret secret) {
        redactor.remember(secret.reveal());
    }

    /**
     * Sends a request with rate limiting, retries, circuit breaker and credential renewal.
     *
     * @return the successful response (classified OK); for JSON requests with a body, already parsed
     * @throws ConnectorException when the call fails for good (retry budget spent, non-retryable
     *         status, bad body, open circuit, interrupted)
     */
    public ApiResponse send(ApiRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, connectorId, "connector is closed", false, null);
        }
        Retry.AsyncContext<Object> ctx = retry.asyncContext();
        boolean renewedCredentials = false;
        int attempt = 0;
        while (true) {
            attempt++;
            ConnectorException failure;
            try {
                bucket(request.operation()).ifPresent(b -> sleep(b.reserve(request.cost()), request));
                if (!breaker.tryAcquirePermission()) {
                    throw CallNotPermittedException.createCallNotPermittedException(breaker);
                }
                long start = System.nanoTime();
                Attempt a;
                try {
                    a = exchange(request, attempt);
                } catch (RuntimeException | Error e) {
                    breaker.releasePermission();
                    throw e;
                }
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (a.failure != null) {
                    breaker.onError(ms, TimeUnit.MILLISECONDS, a.failure);
                    failure = a.failure;
                } else {
                    Verdict v = classifier.classify(a.response);
                    switch (v.kind()) {
                        case OK -> {
                            breaker.onSuccess(ms, TimeUnit.MILLISECONDS);
                            ctx.onComplete();
                            return a.response;
                        }
                        case UNAUTHORIZED -> {
                            breaker.onSuccess(ms, TimeUnit.MILLISECONDS);
                            if (!renewedCredentials && request.signed() && signer.onUnauthorized(a.outgoing)) {
                                renewedCredentials = true;
                                LOG.debug("{} {}: credentials rejected, renewed once and retrying", connectorId, request.operation());
                                continue;
                            }
                            throw exception(v, a.response, false);
                        }
                        case FAIL -> {
                            breaker.onSuccess(ms, TimeUnit.MILLISECONDS);
                            throw exception(v, a.response, false);
                        }
                        default -> {
                            if (v.platformFailure()) {
                                breaker.onError(ms, TimeUnit.MILLISECONDS, new IOException("HTTP " + a.response.status()));
                            } else {
                                breaker.onSuccess(ms, TimeUnit.MILLISECONDS);
                            }
                            if (v.code() == ErrorCode.CONNECTOR_THROTTLED) {
                                bucket(request.operation()).ifPresent(TokenBucket::drain);
                            }
                            failure = exception(v, a.response, true);
                        }
                    }
                }
            } catch (CallNotPermittedException e) {
                failure = new ConnectorException(ErrorCode.CONNECTOR_FAILURE, connectorId,
                        request.operation() + ": circuit breaker is open after repeated platform failures; try again after "
                                + settings.breakerOpenDuration(), 0, null, true, settings.breakerOpenDuration(), null);
                throw failure;
            }
            long delay = ctx.onError(failure);
            if (delay < 0) {
                throw failure;
            }
            LOG.debug("{} {}: attempt {} failed ({}); retrying in {} ms", connectorId, request.operation(), attempt,
                    failure.getMessage(), delay);
            sleep(Duration.ofMillis(delay), request);
        }
    }

    private record Attempt(ApiResponse response, OutgoingRequest outgoing, ConnectorException failure) {
    }

    private Attempt exchange(ApiRequest request, int attempt) {
        OutgoingRequest out = new OutgoingRequest(request, baseUrl);
        Map<String, String> before = Map.copyOf(out.headers());
        int queryBefore = out.query().size();
        int formBefore = out.form().size();
        if (request.signed()) {
            signer.sign(out);
            // what the signer added is secret unless it marked it public (a timestamp, "sha256")
            out.headers().forEach((k, v) -> {
                if (!v.equals(before.get(k)) && !out.isPublic(v)) {
                    redactor.remember(v);
                    int space = v.indexOf(' ');
                    if (space > 0) {
                        redactor.remember(v.substring(space + 1));
                    }
                }
            });
            for (int i = formBefore; i < out.form().size(); i++) {
                String v = out.form().get(i).getValue();
                if (!out.isPublic(v)) {
                    redactor.remember(v);
                }
            }
            for (int i = queryBefore; i < out.query().size(); i++) {
                String v = out.query().get(i).getValue();
                if (!out.isPublic(v)) {
                    redactor.remember(v);
                }
            }
        }
        URI uri = out.uri();
        HttpRequest.Builder hb = HttpRequest.newBuilder(uri).timeout(requestTimeout);
        byte[] body = out.hasForm() ? out.body() : request.bodyUnsafe();
        hb.method(request.method(), body.length == 0 && !hasBody(request.method())
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        out.headers().forEach(hb::header);
        if (out.header("Accept").isEmpty() && request.expectJson()) {
            hb.header("Accept", "application/json");
        }
        String path = out.path();
        long start = System.nanoTime();
        HttpResponse<byte[]> r;
        try {
            r = client.send(hb.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            LOG.debug("{} {} {} {}: timed out after {} (attempt {})", connectorId, request.operation(), request.method(), path,
                    requestTimeout, attempt);
            return new Attempt(null, out, new ConnectorException(ErrorCode.CONNECTOR_FAILURE, connectorId,
                    request.operation() + ": timed out after " + requestTimeout, true, null));
        } catch (IOException e) {
            LOG.debug("{} {} {} {}: I/O failure {} (attempt {})", connectorId, request.operation(), request.method(), path,
                    e.getClass().getSimpleName(), attempt);
            return new Attempt(null, out, new ConnectorException(ErrorCode.CONNECTOR_FAILURE, connectorId,
                    request.operation() + ": I/O failure (" + e.getClass().getSimpleName() + ": "
                            + redactor.redact(String.valueOf(e.getMessage())) + ")", true, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, connectorId, request.operation() + ": interrupted", true, e);
        }
        String requestId = null;
        for (String h : requestIdHeaders) {
            requestId = r.headers().firstValue(h).orElse(null);
            if (requestId != null) {
                break;
            }
        }
        LOG.debug("{} {} {} {} -> {} in {} ms (request id {}, attempt {})", connectorId, request.operation(), request.method(),
                path, r.statusCode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), requestId, attempt);
        byte[] bytes = r.body() == null ? new byte[0] : r.body();
        JsonNode json = null;
        if (request.expectJson() && bytes.length > 0 && !isBlank(bytes)) {
            try {
                json = mapper.readTree(bytes);
            } catch (JsonEOFException e) {
                return new Attempt(null, out, new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, connectorId,
                        request.operation() + ": truncated JSON body (" + bytes.length + " bytes, HTTP " + r.statusCode() + ")",
                        r.statusCode(), requestId, true, null, null));
            } catch (IOException e) {
                boolean success = r.statusCode() >= 200 && r.statusCode() < 300;
                if (success) {
                    throw new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, connectorId,
                            request.operation() + ": body is not valid JSON (" + bytes.length + " bytes, HTTP " + r.statusCode() + ")",
                            r.statusCode(), requestId, false, null, null);
                }
                // an error page (HTML from a proxy...): classify by status alone
            }
        }
        return new Attempt(new ApiResponse(connectorId, request.operation(), r.statusCode(), r.headers(), bytes, json, requestId), out, null);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /** The failure a verdict describes: the classifier's request id (from the body) wins over the header's. */
    private ConnectorException exception(Verdict v, ApiResponse r, boolean retryable) {
        String requestId = v.requestId().orElse(r.requestId().orElse(null));
        return new ConnectorException(v.code(), connectorId, redactor.redact(v.message()), r.status(), requestId,
                retryable, v.retryAfter().orElse(null), null);
    }

    private void sleep(Duration d, ApiRequest request) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, connectorId, request.operation() + ": interrupted while waiting",
                    true, e);
        }
    }

    private long backoffMillis(int attempt) {
        double base = settings.initialBackoff().toMillis() * Math.pow(settings.backoffMultiplier(), Math.max(0, attempt - 1));
        double capped = Math.min(base, settings.maxBackoff().toMillis());
        double jittered = capped * (1 - settings.jitter()) + capped * settings.jitter() * random.getAsDouble();
        return Math.max(0L, Math.round(jittered));
    }

    private static long ceilMillis(Duration d) {
        long ms = d.toMillis();
        return d.minusMillis(ms).isZero() ? ms : ms + 1;
    }

    /** The circuit breaker's state, for health checks. */
    public String circuitState() {
        return breaker.getState().name();
    }

    /** Shuts down the HTTP executor. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            executor.shutdownNow();
        }
    }

    /** Whether {@link #close()} was called and the executor has stopped accepting work. */
    public boolean isClosed() {
        return closed.get() && executor.isShutdown();
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private final String connectorId;
        private final ConnectorConfig config;
        private final URI defaultBaseUrl;
        private final ResilienceSettings platformDefaults;
        private RequestSigner signer = RequestSigner.NONE;
        private java.util.function.Function<ConnectorHttp, RequestSigner> signerFactory;
        private ResponseClassifier classifier;
        private final List<String> requestIdHeaders = new ArrayList<>(List.of("x-amzn-RequestId", "x-request-id"));
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(String connectorId, ConnectorConfig config, URI defaultBaseUrl, ResilienceSettings platformDefaults) {
            this.connectorId = Checks.notBlank(connectorId, "connectorId");
            this.config = Checks.notNull(config, "config");
            this.defaultBaseUrl = Checks.notNull(defaultBaseUrl, "defaultBaseUrl");
            this.platformDefaults = Checks.notNull(platformDefaults, "platformDefaults");
        }

        public Builder signer(RequestSigner signer) {
            this.signer = Checks.notNull(signer, "signer");
            this.signerFactory = null;
            return this;
        }

        /**
         * A signer made from the finished HTTP layer, for signers that call the platform themselves
         * (a token fetcher sending its refresh request through the same client, limits and retries).
         */
        public Builder signerFactory(java.util.function.Function<ConnectorHttp, RequestSigner> factory) {
            this.signerFactory = Checks.notNull(factory, "signer factory");
            return this;
        }

        /** The classifier; default {@link ResponseClassifier#standard(Clock)}. */
        public Builder classifier(ResponseClassifier classifier) {
            this.classifier = Checks.notNull(classifier, "classifier");
            return this;
        }

        /** Adds a response header that carries the platform's request id (defaults: x-amzn-RequestId, x-request-id). */
        public Builder requestIdHeader(String name) {
            requestIdHeaders.add(0, Checks.notBlank(name, "requestIdHeader"));
            return this;
        }

        /** The jitter source, uniform in [0, 1) (tests make it deterministic). */
        public Builder random(DoubleSupplier random) {
            this.random = Checks.notNull(random, "random");
            return this;
        }

        public ConnectorHttp build() {
            return new ConnectorHttp(this);
        }
    }
}
