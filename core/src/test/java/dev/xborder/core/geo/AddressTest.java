package dev.xborder.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressTest {

    @Test
    void canonicalConstructorNormalisesThePostalCode() {
        Address a = new Address(CountryCode.GB, " sw1a1aa ", " London ", " Westminster ", List.of("10 Downing St", " "));
        assertThat(a.postalCode()).isEqualTo("SW1A 1AA");
        assertThat(a.region()).isEqualTo("London");
        assertThat(a.city()).isEqualTo("Westminster");
        assertThat(a.lines()).containsExactly("10 Downing St");
        assertThat(a.postalCodeIfKnown()).contains("SW1A 1AA");
    }

    @Test
    void canonicalConstructorRejectsAMalformedPostalCode() {
        assertThatThrownBy(() -> new Address(CountryCode.DE, "1234", null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).contains("address.postalCode");
                    assertThat(e.value()).contains("1234");
                });
    }

    @Test
    void countriesWithoutPostalCodesTakeAnAddressWithoutOne() {
        Address a = Address.of(CountryCode.of("AE"));
        assertThat(a.postalCode()).isNull();
        assertThat(a.postalCodeIfKnown()).isEmpty();
        assertThat(Address.of(CountryCode.of("AE"), " ")).isEqualTo(a);
        assertThatThrownBy(() -> Address.of(CountryCode.of("AE"), "00000")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsNullCountryAndNullLines() {
        assertThatThrownBy(() -> Address.of(null, "10115"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("address.country"));
        assertThatThrownBy(() -> new Address(CountryCode.DE, "10115", null, null, Arrays.asList("a", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("address.lines[1]"));
        assertThat(new Address(CountryCode.DE, "10115", null, null, null).lines()).isEmpty();
    }

    @Test
    void equalAddressesAfterNormalisation() {
        assertThat(Address.of(CountryCode.NL, "1012js")).isEqualTo(Address.of(CountryCode.NL, "1012 JS"));
    }

    @Test
    void toStringLeavesOutStreetAndCity() {
        Address a = new Address(CountryCode.DE, "10115", null, "Berlin", List.of("Invalidenstr. 1"));
        assertThat(a.toString()).contains("DE").contains("10115").doesNotContain("Berlin").doesNotContain("Invaliden");
    }
}
