package dev.xborder.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FiscalTerritoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Optional<FiscalTerritory> resolve(String country, String postalCode) {
        return Address.of(CountryCode.of(country), postalCode).fiscalTerritory();
    }

    @ParameterizedTest(name = "{0} {1} -> {2} (VAT area {3}, customs {4}, tax country {5})")
    @CsvSource(delimiter = '|', value = {
            "ES|35001|CANARY_ISLANDS|false|true|ES",
            "ES|38001|CANARY_ISLANDS|false|true|ES",
            "ES|51001|CEUTA|false|false|ES",
            "ES|52001|MELILLA|false|false|ES",
            "DE|27498|HELIGOLAND|false|false|DE",
            "DE|78266|BUSINGEN|false|false|CH",
            "IT|23041|LIVIGNO|false|false|IT",
            "IT|22061|CAMPIONE_D_ITALIA|false|true|IT",
            "GR|63086|MOUNT_ATHOS|false|true|GR",
            "FI|22100|ALAND|false|true|AX",
            "AX|22100|ALAND|false|true|AX",
            "FR|97100|GUADELOUPE|false|true|GP",
            "FR|97200|MARTINIQUE|false|true|MQ",
            "FR|97300|FRENCH_GUIANA|false|true|GF",
            "FR|97400|REUNION|false|true|RE",
            "FR|97600|MAYOTTE|false|true|YT",
            "FR|97150|SAINT_MARTIN|false|true|MF",
            "FR|97133|SAINT_BARTHELEMY|false|false|BL",
            "FR|97500|SAINT_PIERRE_AND_MIQUELON|false|false|PM",
            "FR|98800|NEW_CALEDONIA|false|false|NC",
            "GP|97100|GUADELOUPE|false|true|GP",
            "RE|97400|REUNION|false|true|RE",
            "YT|97600|MAYOTTE|false|true|YT",
            "MQ|97200|MARTINIQUE|false|true|MQ",
            "GF|97300|FRENCH_GUIANA|false|true|GF",
            "GB|BT1 5GS|NORTHERN_IRELAND|true|true|XI",
            "GB|bt487ab|NORTHERN_IRELAND|true|true|XI",
            "XI|BT1 5GS|NORTHERN_IRELAND|true|true|XI",
            "PT|9000-018|MADEIRA|true|true|PT",
            "PT|9500-032|AZORES|true|true|PT",
            "AT|6691|JUNGHOLZ|true|true|AT",
            "AT|6991|MITTELBERG|true|true|AT"
    })
    void resolvesSpecialTerritoriesFromThePostalCode(String country, String postalCode, FiscalTerritory expected,
                                                      boolean vatArea, boolean customs, String taxCountry) {
        Address a = Address.of(CountryCode.of(country), postalCode);
        assertThat(a.fiscalTerritory()).contains(expected);
        assertThat(FiscalTerritory.resolve(a)).contains(expected);
        assertThat(expected.inEuVatArea()).isEqualTo(vatArea);
        assertThat(expected.inEuCustomsTerritory()).isEqualTo(customs);
        assertThat(expected.inEuVatArea(TODAY)).isEqualTo(vatArea);
        assertThat(expected.inEuCustomsTerritory(TODAY)).isEqualTo(customs);
        assertThat(a.taxTerritoryCountry()).isEqualTo(CountryCode.of(taxCountry));
        assertThat(EuropeanUnion.isVatAreaMember(a, TODAY)).isEqualTo(vatArea);
        assertThat(EuropeanUnion.isCustomsUnionMember(a, TODAY)).isEqualTo(customs);
        assertThat(expected.source()).isNotBlank();
        assertThat(expected.description()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} {1} is ordinary")
    @CsvSource(delimiter = '|', value = {
            "ES|28013", "ES|08001", "ES|53001X", "DE|10115", "DE|27499", "DE|78267", "IT|00184", "IT|23040",
            "IT|23030", "GR|10557", "FI|00100", "FI|21100", "FR|75008", "FR|20000", "PT|1100-148", "AT|1010",
            "GB|SW1A 1AA", "GB|B1 1AA", "US|20500"
    })
    void ordinaryAddressesHaveNoSpecialTerritory(String country, String postalCode) {
        if (!PostalCodes.isValid(CountryCode.of(country), postalCode)) {
            return; // ES 53001X is not even a valid code: nothing to resolve
        }
        Address a = Address.of(CountryCode.of(country), postalCode);
        assertThat(a.fiscalTerritory()).isEmpty();
        assertThat(a.taxTerritoryCountry()).isEqualTo(a.country());
    }

    @Test
    void addressWithoutPostalCodeCannotBeResolvedInsideACountry() {
        assertThat(Address.of(CountryCode.ES).fiscalTerritory()).isEmpty();
        assertThat(Address.of(CountryCode.of("GP")).fiscalTerritory()).contains(FiscalTerritory.GUADELOUPE);
        assertThat(Address.of(CountryCode.XI).fiscalTerritory()).contains(FiscalTerritory.NORTHERN_IRELAND);
    }

    @Test
    void datedAnswersFollowTheLaw() {
        assertThat(FiscalTerritory.CAMPIONE_D_ITALIA.inEuCustomsTerritory(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(FiscalTerritory.CAMPIONE_D_ITALIA.inEuCustomsTerritory(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(FiscalTerritory.MAYOTTE.inEuCustomsTerritory(LocalDate.of(2013, 12, 31))).isFalse();
        assertThat(FiscalTerritory.SAINT_BARTHELEMY.inEuCustomsTerritory(LocalDate.of(2011, 6, 1))).isTrue();
        assertThat(FiscalTerritory.NORTHERN_IRELAND.inEuVatArea(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(FiscalTerritory.CANARY_ISLANDS.inEuCustomsTerritory(LocalDate.of(1985, 12, 31))).isFalse();
        assertThat(FiscalTerritory.MADEIRA.inEuVatArea(LocalDate.of(1985, 12, 31))).isFalse();
        assertThat(FiscalTerritory.MADEIRA.inEuVatArea(LocalDate.of(1986, 1, 1))).isTrue();
    }

    @Test
    void territoriesKnowTheirParentCountry() {
        assertThat(FiscalTerritory.CANARY_ISLANDS.parent()).isEqualTo(CountryCode.ES);
        assertThat(FiscalTerritory.CANARY_ISLANDS.ownCode()).isEmpty();
        assertThat(FiscalTerritory.NORTHERN_IRELAND.parent()).isEqualTo(CountryCode.GB);
        assertThat(FiscalTerritory.NORTHERN_IRELAND.ownCode()).contains(CountryCode.XI);
        assertThat(FiscalTerritory.ALAND.ownCode()).contains(CountryCode.of("AX"));
    }
}
