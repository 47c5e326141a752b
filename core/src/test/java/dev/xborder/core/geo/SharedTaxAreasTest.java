package dev.xborder.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SharedTaxAreasTest {

    @ParameterizedTest(name = "{0} {1} is taxed as {2}")
    @CsvSource(delimiter = '|', value = {
            "LI|9490|CH", "MC|98000|FR", "IM|IM1 1AA|GB", "DE|78266|CH", "LI||CH", "MC||FR"})
    void addressesInAnotherCountrysCustomsAndVatAreaAreTaxedAsThatCountry(String country, String postal, String taxCountry) {
        Address a = Address.of(CountryCode.of(country), postal);
        assertThat(a.taxTerritoryCountry()).isEqualTo(CountryCode.of(taxCountry));
    }

    @ParameterizedTest(name = "{0} keeps its own rules")
    @CsvSource({"JE", "GG", "SM", "AD", "CH", "FR", "GB", "DE"})
    void countriesWithTheirOwnImportTaxesAreNotRouted(String country) {
        assertThat(SharedTaxAreas.governedBy(CountryCode.of(country))).isEmpty();
        assertThat(Address.of(CountryCode.of(country)).taxTerritoryCountry()).isEqualTo(CountryCode.of(country));
    }

    @Test
    void onlyBusingenAmongTheSpecialTerritoriesIsGovernedByAnotherCountry() {
        for (FiscalTerritory t : FiscalTerritory.values()) {
            assertThat(SharedTaxAreas.governedBy(t).isPresent()).as(t.name()).isEqualTo(t == FiscalTerritory.BUSINGEN);
        }
    }

    @Test
    void reasonsNameTheTreaty() {
        assertThat(SharedTaxAreas.reason(CountryCode.of("LI"))).contains("1923");
        assertThat(SharedTaxAreas.reason(CountryCode.of("MC"))).contains("Art. 7");
        assertThat(SharedTaxAreas.reason(CountryCode.of("IM"))).contains("1979");
    }

    @Test
    void nullsAreRejectedWithTheFieldName() {
        assertThatThrownBy(() -> SharedTaxAreas.governedBy((CountryCode) null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> SharedTaxAreas.governedBy((FiscalTerritory) null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("territory");
    }
}
