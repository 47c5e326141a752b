package dev.xborder.connector.wire;

import dev.xborder.core.XborderException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a core {@link Address} from platform data without ever failing an order sync over it:
 * an unknown or missing country gives no address; a postal code that the core rejects for its
 * country (core may validate postal codes) is dropped and the rest of the address kept. An
 * order is never lost because of its address. Logs at DEBUG the country and field dropped,
 * never the address itself (personal data).
 */
public final class WireAddress {
    private static final Logger LOG = LoggerFactory.getLogger(WireAddress.class);

    private WireAddress() {
    }

    public static Optional<Address> lenient(String country, String postalCode, String region, String city, List<String> lines) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        CountryCode cc;
        try {
            cc = CountryCode.of(country);
        } catch (XborderException e) {
            LOG.debug("address dropped: unknown country code");
            return Optional.empty();
        }
        List<String> clean = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
        try {
            return Optional.of(new Address(cc, postalCode, region, city, clean));
        } catch (XborderException e) {
            LOG.debug("postal code dropped from an address in {}: rejected by core ({})", cc, e.code());
        }
        try {
            return Optional.of(new Address(cc, null, region, city, clean));
        } catch (XborderException e) {
            LOG.debug("address in {} dropped: rejected by core ({})", cc, e.code());
            return Optional.empty();
        }
    }
}
