package dev.xborder.core.geo;

import dev.xborder.core.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A postal address, as far as customs, tax and carriers need it: country, postal code, region,
 * city and street lines.
 *
 * <p>The canonical constructor validates: the postal code, when given, must have the country's
 * format ({@link PostalCodes#validate(CountryCode, String)}) and is stored in canonical form
 * ({@code "sw1a1aa"} becomes {@code "SW1A 1AA"}); a wrong one throws
 * {@link dev.xborder.core.InvalidInputException} naming {@code address.postalCode} and the value. So an
 * {@code Address} that exists is valid. The postal code is {@code null} when not known or where the
 * country has none ({@link #of(CountryCode)}); blank strings count as absent, and so do blank region
 * and city. Street lines must not be null; blank lines are dropped.
 *
 * <p>{@link #fiscalTerritory()} and {@link #taxTerritoryCountry()} resolve special territories from
 * the postal code: Canary Islands, Ceuta, Melilla, Heligoland, Büsingen, Livigno, Campione d'Italia,
 * Mount Athos, Åland, the French overseas territories and Northern Ireland (BT) — see
 * {@link FiscalTerritory}.
 *
 * <p>Personal data: street lines and city are never logged by xborder.
 */
public record Address(CountryCode country, String postalCode, String region, String city, List<String> lines) {
    public Address {
        Checks.notNull(country, "address.country");
        postalCode = postalCode == null || postalCode.isBlank() ? null : PostalCodes.validate(country, postalCode);
        region = region == null || region.isBlank() ? null : region.strip();
        city = city == null || city.isBlank() ? null : city.strip();
        lines = lines == null ? List.of()
                : Checks.noNulls(lines, "address.lines").stream().filter(l -> !l.isBlank()).map(String::strip).toList();
    }

    /** An address with a country and postal code (validated; null or blank for none). */
    public static Address of(CountryCode country, String postalCode) {
        return new Address(country, postalCode, null, null, List.of());
    }

    /** An address with only a country: for countries without postal codes, or when none is known. */
    public static Address of(CountryCode country) {
        return new Address(country, null, null, null, List.of());
    }

    /** The postal code in canonical form, if given. */
    public Optional<String> postalCodeIfKnown() {
        return Optional.ofNullable(postalCode);
    }

    /** The special fiscal territory this address lies in, if any (see {@link FiscalTerritory#resolve(Address)}). */
    public Optional<FiscalTerritory> fiscalTerritory() {
        return FiscalTerritory.resolve(this);
    }

    /**
     * The country whose tax and customs rules apply to goods delivered here: the territory's own
     * code where it has one ({@code XI} for a GB address with a BT postal code, {@code GP} for a FR
     * address with 971xx, {@code AX} for FI 22xxx); the country whose customs and VAT area it belongs
     * to ({@link SharedTaxAreas}: {@code CH} for Liechtenstein and for Büsingen DE 78266, {@code FR} for
     * Monaco, {@code GB} for the Isle of Man); else {@link #country()}. Territories without a code of
     * their own (Canary Islands, ...) keep the country: check {@link #fiscalTerritory()}.
     */
    public CountryCode taxTerritoryCountry() {
        FiscalTerritory t = FiscalTerritory.resolve(country, postalCode);
        if (t == null) {
            return SharedTaxAreas.governedBy(country).orElse(country);
        }
        return SharedTaxAreas.governedBy(t).or(t::ownCode).orElse(country);
    }

    @Override
    public String toString() {
        // street lines and city are personal data: keep them out of logs
        return "Address[" + country + (postalCode == null ? "" : " " + postalCode) + "]";
    }
}
