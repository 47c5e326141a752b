package dev.xborder.core.money;

/**
 * Service-provider interface for rate tables discovered with {@link java.util.ServiceLoader}
 * (register the implementation in
 * {@code META-INF/services/dev.xborder.core.money.RateSourceProvider}). Discovery is a convenience:
 * a host can always pass a {@link RateTable} to {@link ExchangeRates.Builder#addSource(RateTable)}
 * itself.
 *
 * <p>Implementations need a public no-argument constructor, must be thread-safe, and must not
 * open network connections from their constructor or {@link #id()}. {@link #rates()} is called
 * once, when {@link ExchangeRates.Builder#build()} runs; whatever it reads (a file, a host-owned
 * fetch) is the provider's choice and responsibility.
 */
public interface RateSourceProvider {
    /**
     * A stable identifier, unique on the class path, e.g. {@code "acme-bank-daily"}. Two providers
     * with one id make discovery fail.
     *
     * @return non-null, non-blank
     */
    String id();

    /**
     * The rates this provider offers, with their source.
     *
     * @return non-null
     * @throws dev.xborder.core.RuleDataException if the provider's data is invalid
     */
    RateTable rates();
}
