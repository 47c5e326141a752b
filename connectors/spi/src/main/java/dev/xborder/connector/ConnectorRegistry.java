package dev.xborder.connector;

import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The connector providers a host uses, by id. Immutable and thread-safe once built. Explicit
 * registration comes first; {@link Builder#discover(ClassLoader)} adds what
 * {@link ServiceLoader} finds. Two providers with one id fail loudly at build time.
 */
public final class ConnectorRegistry {
    private final Map<String, ConnectorProvider> providers;

    private ConnectorRegistry(Map<String, ConnectorProvider> providers) {
        this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A registry of every provider on the class path of {@code loader}. */
    public static ConnectorRegistry discover(ClassLoader loader) {
        return builder().discover(loader).build();
    }

    public Set<String> ids() {
        return providers.keySet();
    }

    public Optional<ConnectorProvider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /**
     * The provider with this id.
     *
     * @throws InvalidInputException naming the known ids if there is none
     */
    public ConnectorProvider get(String id) {
        Checks.notBlank(id, "connector id");
        ConnectorProvider p = providers.get(id);
        if (p == null) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "connector id", id,
                    "no connector provider with this id; known: " + providers.keySet()
                            + ". Add the connector's jar (e.g. xborder-connector-" + id + ") or register it explicitly", null);
        }
        return p;
    }

    /** Shortcut for {@code get(id).create(config)}. */
    public MarketplaceConnector create(String id, ConnectorConfig config) {
        return get(id).create(Checks.notNull(config, "config"));
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private final Map<String, ConnectorProvider> providers = new LinkedHashMap<>();

        /**
         * Registers a provider.
         *
         * @throws InvalidInputException if another provider already has its id
         */
        public Builder register(ConnectorProvider provider) {
            Checks.notNull(provider, "provider");
            String id = Checks.notBlank(provider.id(), "provider.id()");
            ConnectorProvider other = providers.get(id);
            if (other != null) {
                if (other.getClass().equals(provider.getClass())) {
                    throw duplicate(id, other, provider, "the same provider class is registered twice (two copies of one jar?)");
                }
                throw duplicate(id, other, provider, "two different providers claim one id");
            }
            providers.put(id, provider);
            return this;
        }

        /** Registers every provider {@link ServiceLoader} finds through {@code loader}. */
        public Builder discover(ClassLoader loader) {
            for (ConnectorProvider p : ServiceLoader.load(ConnectorProvider.class, Checks.notNull(loader, "loader"))) {
                register(p);
            }
            return this;
        }

        public ConnectorRegistry build() {
            return new ConnectorRegistry(providers);
        }

        private static InvalidInputException duplicate(String id, ConnectorProvider a, ConnectorProvider b, String why) {
            return new InvalidInputException(ErrorCode.INVALID_INPUT, "provider.id", id,
                    why + ": " + a.getClass().getName() + " and " + b.getClass().getName()
                            + ". Fix: keep only one of them on the class path (check META-INF/services/"
                            + ConnectorProvider.class.getName() + " in your jars), or build the registry with "
                            + "ConnectorRegistry.builder().register(...) and register only the one you want", null);
        }
    }
}
