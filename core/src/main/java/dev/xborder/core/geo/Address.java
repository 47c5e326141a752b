package dev.xborder.core.geo;

import dev.xborder.core.Checks;
import java.util.List;

/**
 * A postal address, as far as customs, tax and carriers need it: country, postal code, region,
 * city and street lines. The postal code is kept as given (trimmed); {@code null} where the country
 * has none.
 */
public record Address(CountryCode country, String postalCode, String region, String city, List<String> lines) {
    public Address {
        Checks.notNull(country, "address.country");
        postalCode = postalCode == null || postalCode.isBlank() ? null : postalCode.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        city = city == null || city.isBlank() ? null : city.strip();
        lines = lines == null ? List.of() : List.copyOf(Checks.noNulls(lines, "address.lines"));
    }

    public static Address of(CountryCode country, String postalCode) {
        return new Address(country, postalCode, null, null, List.of());
    }
}
