package dev.xborder.connector;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the shared HTTP layer protects a connector and the platform: per-operation rate limits,
 * retries with exponential backoff and jitter, a circuit breaker. Immutable; build with
 * {@link #builder()} or adjust a provider's defaults with {@link #toBuilder()}. The public
 * {@code DEFAULT_*} constants are the generic defaults; each {@link ConnectorProvider#defaultResilience()}
 * adds the platform's documented rate limits.
 */
public final class ResilienceSettings {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    public static final double DEFAULT_BACKOFF_MULTIPLIER = 2.0;
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    /** Fraction of each backoff that is randomised (0 = none, 1 = full jitter). */
    public static final double DEFAULT_JITTER = 0.5;
    /** A Retry-After longer than this is not waited for: the call fails (retryable) instead. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(5);
    public static final float DEFAULT_FAILURE_RATE_THRESHOLD = 50f;
    public static final int DEFAULT_BREAKER_WINDOW = 20;
    public static final int DEFAULT_BREAKER_MINIMUM_CALLS = 10;
    public static final Duration DEFAULT_BREAKER_OPEN_DURATION = Duration.ofSeconds(30);

    /** The generic defaults with no rate limits. */
    public static final ResilienceSettings DEFAULTS = builder().build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double backoffMultiplier;
    private final Duration maxBackoff;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final float failureRateThreshold;
    private final int breakerWindow;
    private final int breakerMinimumCalls;
    private final Duration breakerOpenDuration;
    private final boolean rateLimitsEnabled;
    private final Map<String, RateLimit> rateLimits;

    private ResilienceSettings(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.backoffMultiplier = b.backoffMultiplier;
        this.maxBackoff = b.maxBackoff;
        this.jitter = b.jitter;
        this.maxRetryAfter = b.maxRetryAfter;
        this.failureRateThreshold = b.failureRateThreshold;
        this.breakerWindow = b.breakerWindow;
        this.breakerMinimumCalls = b.breakerMinimumCalls;
        this.breakerOpenDuration = b.breakerOpenDuration;
        this.rateLimitsEnabled = b.rateLimitsEnabled;
        this.rateLimits = Collections.unmodifiableMap(new LinkedHashMap<>(b.rateLimits));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.backoffMultiplier = backoffMultiplier;
        b.maxBackoff = maxBackoff;
        b.jitter = jitter;
        b.maxRetryAfter = maxRetryAfter;
        b.failureRateThreshold = failureRateThreshold;
        b.breakerWindow = breakerWindow;
        b.breakerMinimumCalls = breakerMinimumCalls;
        b.breakerOpenDuration = breakerOpenDuration;
        b.rateLimitsEnabled = rateLimitsEnabled;
        b.rateLimits.putAll(rateLimits);
        return b;
    }

    /** Total attempts per call, the first included (1 = no retry). */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public double backoffMultiplier() {
        return backoffMultiplier;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public double jitter() {
        return jitter;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    public float failureRateThreshold() {
        return failureRateThreshold;
    }

    public int breakerWindow() {
        return breakerWindow;
    }

    public int breakerMinimumCalls() {
        return breakerMinimumCalls;
    }

    public Duration breakerOpenDuration() {
        return breakerOpenDuration;
    }

    public boolean rateLimitsEnabled() {
        return rateLimitsEnabled;
    }

    /** Rate limits by operation name (as the connector names its operations, e.g. {@code "getOrders"}). */
    public Map<String, RateLimit> rateLimits() {
        return rateLimits;
    }

    /** The limit of one operation, if it has one and limits are enabled. */
    public Optional<RateLimit> rateLimit(String operation) {
        return rateLimitsEnabled ? Optional.ofNullable(rateLimits.get(operation)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "ResilienceSettings[maxAttempts=" + maxAttempts + ", backoff=" + initialBackoff + "x" + backoffMultiplier
                + "..." + maxBackoff + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + ", breaker="
                + failureRateThreshold + "%/" + breakerWindow + "/" + breakerOpenDuration + ", rateLimits="
                + (rateLimitsEnabled ? rateLimits : "off") + "]";
    }

    /** Builder: each setter checks its value at once; {@link #build()} checks the whole. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private double backoffMultiplier = DEFAULT_BACKOFF_MULTIPLIER;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private double jitter = DEFAULT_JITTER;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private float failureRateThreshold = DEFAULT_FAILURE_RATE_THRESHOLD;
        private int breakerWindow = DEFAULT_BREAKER_WINDOW;
        private int breakerMinimumCalls = DEFAULT_BREAKER_MINIMUM_CALLS;
        private Duration breakerOpenDuration = DEFAULT_BREAKER_OPEN_DURATION;
        private boolean rateLimitsEnabled = true;
        private final Map<String, RateLimit> rateLimits = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder maxAttempts(int n) {
            this.maxAttempts = Checks.positive(n, "resilience.maxAttempts");
            return this;
        }

        public Builder initialBackoff(Duration d) {
            this.initialBackoff = nonNegative(d, "resilience.initialBackoff");
            return this;
        }

        public Builder backoffMultiplier(double m) {
            if (!(m >= 1.0) || Double.isInfinite(m)) {
                throw new InvalidInputException("resilience.backoffMultiplier", m, "must be a finite number of at least 1");
            }
            this.backoffMultiplier = m;
            return this;
        }

        public Builder maxBackoff(Duration d) {
            this.maxBackoff = nonNegative(d, "resilience.maxBackoff");
            return this;
        }

        public Builder jitter(double j) {
            if (!(j >= 0 && j <= 1)) {
                throw new InvalidInputException("resilience.jitter", j, "must be between 0 and 1");
            }
            this.jitter = j;
            return this;
        }

        public Builder maxRetryAfter(Duration d) {
            this.maxRetryAfter = nonNegative(d, "resilience.maxRetryAfter");
            return this;
        }

        public Builder circuitBreaker(float failureRatePercent, int window, int minimumCalls, Duration openDuration) {
            if (!(failureRatePercent > 0 && failureRatePercent <= 100)) {
                throw new InvalidInputException("resilience.failureRateThreshold", failureRatePercent, "must be in (0, 100]");
            }
            this.failureRateThreshold = failureRatePercent;
            this.breakerWindow = Checks.positive(window, "resilience.breakerWindow");
            this.breakerMinimumCalls = Checks.positive(minimumCalls, "resilience.breakerMinimumCalls");
            this.breakerOpenDuration = nonNegative(openDuration, "resilience.breakerOpenDuration");
            return this;
        }

        /** Switches client-side rate limiting on (default) or off (tests, or a host that limits elsewhere). */
        public Builder rateLimitsEnabled(boolean enabled) {
            this.rateLimitsEnabled = enabled;
            return this;
        }

        /** Sets (or replaces) the limit of one operation. */
        public Builder rateLimit(String operation, RateLimit limit) {
            rateLimits.put(Checks.notBlank(operation, "resilience.rateLimit.operation"),
                    Checks.notNull(limit, "resilience.rateLimit[" + operation + "]"));
            return this;
        }

        /**
         * @throws InvalidInputException listing every inconsistency at once
         */
        public ResilienceSettings build() {
            List<String> problems = new ArrayList<>();
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                problems.add("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
            }
            if (breakerMinimumCalls > breakerWindow) {
                problems.add("breakerMinimumCalls " + breakerMinimumCalls + " exceeds breakerWindow " + breakerWindow);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("resilience", null, String.join("; ", problems));
            }
            return new ResilienceSettings(this);
        }

        private static Duration nonNegative(Duration d, String field) {
            Checks.notNull(d, field);
            if (d.isNegative()) {
                throw new InvalidInputException(field, d, "must not be negative");
            }
            return d;
        }
    }
}
