package dev.xborder.connector;

import dev.xborder.connector.http.Sleeper;
import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a connector needs for one account: credentials (as {@link Secret}s, never shown by
 * {@link #toString()} or any message), region and marketplace ids, platform options (shop domain,
 * seller id, API version...), base-URL overrides for sandboxes and tests, timeouts, resilience
 * settings (absent = the platform's defaults), a {@link Clock} and a {@link Sleeper}.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}: each setter rejects a bad value at
 * once ({@link InvalidInputException} naming it), {@link Builder#build()} checks the whole and
 * reports every problem in one message. Which credentials and options a platform needs is checked
 * by its provider with {@link #require(Collection, Collection, boolean)}.
 */
public final class ConnectorConfig {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Secret> credentials;
    private final String region;
    private final List<String> marketplaceIds;
    private final Map<String, String> options;
    private final URI baseUrl;
    private final URI authUrl;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final ResilienceSettings resilience;
    private final Clock clock;
    private final Sleeper sleeper;

    private ConnectorConfig(Builder b) {
        this.credentials = Collections.unmodifiableMap(new TreeMap<>(b.credentials));
        this.region = b.region;
        this.marketplaceIds = List.copyOf(b.marketplaceIds);
        this.options = Collections.unmodifiableMap(new TreeMap<>(b.options));
        this.baseUrl = b.baseUrl;
        this.authUrl = b.authUrl;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.resilience = b.resilience;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.credentials.putAll(credentials);
        b.region = region;
        b.marketplaceIds.addAll(marketplaceIds);
        b.options.putAll(options);
        b.baseUrl = baseUrl;
        b.authUrl = authUrl;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.resilience = resilience;
        b.clock = clock;
        b.sleeper = sleeper;
        return b;
    }

    /** A credential by name (e.g. {@code "clientSecret"}), if configured. */
    public Optional<Secret> credential(String name) {
        return Optional.ofNullable(credentials.get(name));
    }

    /** The names (never the values) of the configured credentials. */
    public Set<String> credentialNames() {
        return credentials.keySet();
    }

    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    public List<String> marketplaceIds() {
        return marketplaceIds;
    }

    /** A non-secret platform option by name (e.g. {@code "shop"}, {@code "sellerId"}, {@code "apiVersion"}). */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public Map<String, String> options() {
        return options;
    }

    /** Overrides the platform's API base URL (sandboxes, tests). */
    public Optional<URI> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** Overrides the platform's token endpoint (sandboxes, tests). */
    public Optional<URI> authUrl() {
        return Optional.ofNullable(authUrl);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Timeout of one HTTP exchange, from sending to the whole body received. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The host's resilience settings; empty = the platform's {@link ConnectorProvider#defaultResilience()}. */
    public Optional<ResilienceSettings> resilience() {
        return Optional.ofNullable(resilience);
    }

    /** The configured settings, or {@code platformDefaults} if none were set. */
    public ResilienceSettings resilienceOr(ResilienceSettings platformDefaults) {
        return resilience != null ? resilience : Checks.notNull(platformDefaults, "platformDefaults");
    }

    public Clock clock() {
        return clock;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Checks that the named credentials and options are present (and marketplace ids, if
     * {@code marketplaceIdsRequired}), reporting every missing item in one exception.
     */
    public void require(Collection<String> credentialNames, Collection<String> optionNames, boolean marketplaceIdsRequired) {
        List<String> missing = new ArrayList<>();
        for (String c : credentialNames) {
            if (!credentials.containsKey(c)) {
                missing.add("credential '" + c + "'");
            }
        }
        for (String o : optionNames) {
            if (!options.containsKey(o)) {
                missing.add("option '" + o + "'");
            }
        }
        if (marketplaceIdsRequired && marketplaceIds.isEmpty()) {
            missing.add("marketplaceIds");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("config", null, "missing " + String.join(", ", missing));
        }
    }

    /** Names credentials but never shows their values. */
    @Override
    public String toString() {
        return "ConnectorConfig[credentials=" + credentials.keySet() + " (redacted), region=" + region
                + ", marketplaceIds=" + marketplaceIds + ", options=" + options + ", baseUrl=" + baseUrl
                + ", authUrl=" + authUrl + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", resilience=" + (resilience == null ? "platform defaults" : resilience) + "]";
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private final Map<String, Secret> credentials = new LinkedHashMap<>();
        private String region;
        private final Set<String> marketplaceIds = new LinkedHashSet<>();
        private final Map<String, String> options = new LinkedHashMap<>();
        private URI baseUrl;
        private URI authUrl;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private ResilienceSettings resilience;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder() {
        }

        /** Adds a credential; the value is wrapped in a {@link Secret} and never shown. */
        public Builder credential(String name, String value) {
            Secret.requireName(name);
            if (value == null || value.isBlank()) {
                throw new InvalidInputException("credential '" + name + "'", null, "must not be null or blank");
            }
            credentials.put(name, Secret.of(value));
            return this;
        }

        public Builder credential(String name, Secret value) {
            Secret.requireName(name);
            credentials.put(name, Checks.notNull(value, "credential '" + name + "'"));
            return this;
        }

        /** The platform region, e.g. {@code "NA"}, {@code "EU"}, {@code "FE"} for Amazon. */
        public Builder region(String region) {
            this.region = Checks.notBlank(region, "region").strip();
            return this;
        }

        public Builder marketplaceId(String id) {
            marketplaceIds.add(Checks.notBlank(id, "marketplaceId").strip());
            return this;
        }

        public Builder marketplaceIds(Collection<String> ids) {
            Checks.noNulls(ids, "marketplaceIds");
            ids.forEach(this::marketplaceId);
            return this;
        }

        /** A non-secret platform option. Never put a credential here: use {@link #credential}. */
        public Builder option(String name, String value) {
            options.put(Checks.notBlank(name, "option name"), Checks.notBlank(value, "option '" + name + "'").strip());
            return this;
        }

        public Builder baseUrl(URI url) {
            this.baseUrl = httpUrl(url, "baseUrl");
            return this;
        }

        public Builder baseUrl(String url) {
            return baseUrl(parse(url, "baseUrl"));
        }

        public Builder authUrl(URI url) {
            this.authUrl = httpUrl(url, "authUrl");
            return this;
        }

        public Builder authUrl(String url) {
            return authUrl(parse(url, "authUrl"));
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        public Builder requestTimeout(Duration d) {
            this.requestTimeout = positive(d, "requestTimeout");
            return this;
        }

        public Builder resilience(ResilienceSettings settings) {
            this.resilience = Checks.notNull(settings, "resilience");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Checks.notNull(sleeper, "sleeper");
            return this;
        }

        /**
         * @throws InvalidInputException listing every problem of the whole configuration at once
         */
        public ConnectorConfig build() {
            List<String> problems = new ArrayList<>();
            if (requestTimeout.compareTo(connectTimeout) < 0) {
                problems.add("requestTimeout " + requestTimeout + " is shorter than connectTimeout " + connectTimeout);
            }
            for (String name : options.keySet()) {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (lower.contains("secret") || lower.contains("token") || lower.contains("password")) {
                    problems.add("option '" + name + "' looks like a credential: pass it with credential(name, value)");
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("config", null, String.join("; ", problems));
            }
            return new ConnectorConfig(this);
        }

        private static URI parse(String url, String field) {
            Checks.notBlank(url, field);
            try {
                return new URI(url.strip());
            } catch (java.net.URISyntaxException e) {
                throw new InvalidInputException(dev.xborder.core.ErrorCode.INVALID_INPUT, field, url, "not a URI", e);
            }
        }

        private static URI httpUrl(URI url, String field) {
            Checks.notNull(url, field);
            String scheme = url.getScheme();
            if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || url.getHost() == null) {
                throw new InvalidInputException(field, url, "must be an absolute http(s) URL with a host");
            }
            if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
                throw new InvalidInputException(field, url.getHost(), "must not carry a query, fragment or user info");
            }
            return url;
        }

        private static Duration positive(Duration d, String field) {
            Checks.notNull(d, field);
            if (d.isNegative() || d.isZero()) {
                throw new InvalidInputException(field, d, "must be positive");
            }
            return d;
        }
    }
}
