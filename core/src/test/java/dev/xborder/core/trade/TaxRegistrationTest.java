package dev.xborder.core.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxRegistrationTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // python-stdnum tests/test_eu_oss.doctest valid vector
            "IOSS|IM3720000224|IM3720000224",
            "IOSS|im 372 000 0224|IM3720000224",
            "IOSS|IM9000000001|IM9000000001",
            "IOSS|IM0400000001|IM0400000001",
            "EU_VAT|DE136695976|DE136695976",
            "EU_VAT|EL 094 259 216|EL094259216",
            "EU_VAT|XI 123 4567 89|XI123456789",
            "EU_VAT|ATU13585627|ATU13585627",
            "EU_VAT|NL004495445B01|NL004495445B01",
            "UK_VAT|GB 123 4567 89|GB123456789",
            "UK_VAT|123456789|GB123456789",
            "UK_VAT|GB123456789012|GB123456789012",
            "UK_VAT|GBGD001|GBGD001",
            "UK_VAT|GBHA599|GBHA599",
            "NO_VOEC|VOEC 2024229|VOEC2024229",
            "NO_VOEC|2024229|VOEC2024229",
            "AU_ARN|3000 0000 0000|300000000000",
            "CH_VAT|CHE-116.281.710 MWST|CHE116281710MWST",
            "CH_VAT|CHE-116.281.710|CHE116281710",
            "CH_VAT|CHE116281710 TVA|CHE116281710TVA",
            "EORI|GB123456789000|GB123456789000",
            "EORI|XI123456789000123|XI123456789000123",
            "EORI|DE1234567890123|DE1234567890123",
            "EORI|NL123456789|NL123456789",
            "EORI|FR12345678901234|FR12345678901234"
    })
    void acceptsAndNormalisesWellFormedNumbers(RegistrationScheme scheme, String given, String canonical) {
        TaxRegistration r = TaxRegistration.of(scheme, given);
        assertThat(r.number()).isEqualTo(canonical);
        assertThat(r.scheme()).isEqualTo(scheme);
        assertThat(scheme.matchesFormat(canonical)).isTrue();
        assertThat(TaxRegistration.of(scheme, canonical)).isEqualTo(r);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // python-stdnum: wrong length; 123 is no member state code
            "IOSS|IM372022452",
            "IOSS|IM1230000224",
            "IOSS|EU372022452",
            "IOSS|IM8260000224",
            "IOSS|IM37200002245",
            "IOSS|IM372A000224",
            "EU_VAT|GR094259216",
            "EU_VAT|GB123456789",
            "EU_VAT|US123456789",
            "EU_VAT|DE1",
            "UK_VAT|GB12345678",
            "UK_VAT|GB1234567890",
            "UK_VAT|XI123456789",
            "UK_VAT|GBGD0001",
            "NO_VOEC|VOEC123456",
            "NO_VOEC|VOEC12345678",
            "NO_VOEC|MVA2024229",
            "AU_ARN|200000000000",
            "AU_ARN|30000000000",
            "CH_VAT|CHE11628171",
            "CH_VAT|CHE116281710MVA",
            "CH_VAT|116281710",
            "EORI|GB12345678901",
            "EORI|XI1234567890123",
            "EORI|US123456789",
            "EORI|DE1234567890123456"
    })
    void rejectsMalformedNumbersNamingTheField(RegistrationScheme scheme, String given) {
        assertThatThrownBy(() -> TaxRegistration.of(scheme, given))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).contains("registration.number");
                    assertThat(e.value()).contains(given);
                    assertThat(e.getMessage()).contains(scheme.name());
                });
    }

    @Test
    void rejectsNullAndBlank() {
        assertThatThrownBy(() -> TaxRegistration.of(null, "IM3720000224"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("registration.scheme"));
        assertThatThrownBy(() -> TaxRegistration.of(RegistrationScheme.IOSS, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TaxRegistration.of(RegistrationScheme.IOSS, "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(RegistrationScheme.IOSS.matchesFormat(null)).isFalse();
    }

    @Test
    void onlyDdpMakesTheSellerPayImportCharges() {
        for (Incoterm i : Incoterm.values()) {
            assertThat(i.sellerPaysImportCharges()).isEqualTo(i == Incoterm.DDP);
        }
        assertThat(Incoterm.valueOf("DAP")).isEqualTo(Incoterm.DAP);
    }
}
