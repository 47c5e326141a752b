package dev.xborder.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalCodesTest {

    /** The 30+ largest e-commerce markets, each with a valid example in canonical form. */
    private static final List<String> MARKETS = List.of("US", "CN", "GB", "JP", "DE", "KR", "FR", "CA", "IN", "BR",
            "AU", "ES", "IT", "NL", "RU", "MX", "ID", "TR", "SE", "PL", "BE", "CH", "AT", "NO", "DK", "FI", "SG", "MY",
            "TH", "SA", "IE", "NZ", "PT");

    @Test
    void everyLargeMarketHasAFormatAndItsExampleIsValidAndCanonical() {
        for (String m : MARKETS) {
            CountryCode c = CountryCode.of(m);
            assertThat(PostalCodes.isSupported(c)).as(m).isTrue();
            String example = PostalCodes.example(c).orElseThrow();
            assertThat(PostalCodes.validate(c, example)).as(m).isEqualTo(example);
        }
        assertThat(PostalCodes.supportedCountries()).hasSizeGreaterThan(60);
    }

    @Test
    void everySupportedCountryExampleIsItsOwnCanonicalForm() {
        for (CountryCode c : PostalCodes.supportedCountries()) {
            String example = PostalCodes.example(c).orElseThrow();
            assertThat(PostalCodes.validate(c, example)).as(c.alpha2()).isEqualTo(example);
            assertThat(PostalCodes.validate(c, PostalCodes.validate(c, example))).isEqualTo(example);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "US|20500|20500", "US|205000003|20500-0003", "US|20500-0003|20500-0003",
            "CN|100000|100000",
            "GB|sw1a1aa|SW1A 1AA", "GB|SW1A 1AA|SW1A 1AA", "GB|M1 1AE|M1 1AE", "GB|ec1a1bb|EC1A 1BB", "GB|B33 8TH|B33 8TH",
            "GB|CR2 6XH|CR2 6XH", "GB|DN55 1PT|DN55 1PT", "GB|BT1 5GS|BT1 5GS", "GB|GIR 0AA|GIR 0AA",
            "XI|bt15gs|BT1 5GS",
            "JP|1000001|100-0001", "JP|100-0001|100-0001",
            "DE|10115|10115", "DE|D-10115|10115", "DE|DE-10115|10115",
            "KR|03154|03154",
            "FR|75008|75008", "FR|F-75008|75008",
            "CA|k1a0b1|K1A 0B1", "CA|K1A 0B1|K1A 0B1", "CA|H0H 0H0|H0H 0H0",
            "IN|110001|110001", "IN|110 001|110001",
            "BR|01310100|01310-100", "BR|01310-100|01310-100",
            "AU|2000|2000", "ES|28013|28013", "IT|00184|00184", "IT|I-00184|00184",
            "NL|1012js|1012 JS", "NL|1012 JS|1012 JS", "NL|NL-1012 JS|1012 JS",
            "RU|101000|101000", "MX|06000|06000", "ID|10110|10110", "TR|06100|06100",
            "SE|11152|111 52", "SE|111 52|111 52", "SE|S-111 52|111 52",
            "PL|00950|00-950", "PL|00-950|00-950",
            "BE|1000|1000", "CH|3003|3003", "CH|CH-3003|3003", "AT|1010|1010", "AT|A-1010|1010",
            "NO|0150|0150", "DK|1050|1050", "DK|DK-1050|1050", "FI|00100|00100", "FI|FI-00100|00100",
            "SG|018956|018956", "MY|50450|50450", "TH|10200|10200",
            "SA|11564|11564", "SA|115642345|11564-2345",
            "IE|d02x285|D02 X285", "IE|D02 X285|D02 X285", "IE|A65 F4E2|A65 F4E2", "IE|D6W 1234|D6W 1234",
            "NZ|6011|6011", "PT|1100148|1100-148", "PT|1100-148|1100-148",
            "GR|63086|630 86", "GR|105 57|105 57", "CZ|11000|110 00", "SK|81101|811 01",
            "LT|01100|LT-01100", "LT|LT-01100|LT-01100", "LV|1050|LV-1050", "LV|LV-1050|LV-1050",
            "LU|L-1009|1009", "MT|vlt1117|VLT 1117", "AX|AX-22100|22100", "HR|10000|10000",
            "ZZ_LENIENT_AR|C1002AAP|C1002AAP"
    })
    void acceptsAndNormalisesValidCodes(String country, String given, String canonical) {
        String cc = country.startsWith("ZZ_LENIENT_") ? country.substring(11) : country;
        assertThat(PostalCodes.validate(CountryCode.of(cc), given)).isEqualTo(canonical);
        assertThat(PostalCodes.isValid(CountryCode.of(cc), given)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "US|2050", "US|205001", "US|20500-00", "US|ABCDE",
            "CN|10000", "CN|1000000",
            "GB|SW1A", "GB|1AA SW1", "GB|SW1A 1A", "GB|Q1 1AA1",
            "XI|SW1A 1AA",
            "JP|100-001", "JP|10000011",
            "DE|1011", "DE|101155", "DE|ABCDE",
            "KR|0315", "FR|7500", "FR|750088",
            "CA|K1A0B", "CA|D1A 0B1", "CA|K1A 0O1", "CA|123 456",
            "IN|010001", "IN|11000",
            "BR|0131010", "BR|013101000",
            "AU|200", "AU|20000",
            "ES|53001", "ES|00100", "ES|2801",
            "IT|0018",
            "NL|0123 AB", "NL|1012 J", "NL|1012",
            "RU|10100", "MX|0600", "ID|01011", "TR|82000", "TR|00100",
            "SE|01152", "SE|1115", "PL|0095", "PL|00-9500",
            "BE|0100", "CH|0300", "AT|0100", "AT|10100",
            "NO|015", "DK|105", "FI|0010", "SG|01895", "MY|5045", "TH|01200",
            "SA|1156", "IE|B02 X285", "IE|D02 X28", "IE|D02X2855",
            "NZ|601", "PT|1100-14", "PT|0100-148", "GR|93086",
            "AX|23100", "LT|LV-01100"
    })
    void rejectsMalformedCodesNamingFieldAndValue(String country, String given) {
        assertThatThrownBy(() -> PostalCodes.validate(CountryCode.of(country), given))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).contains("address.postalCode");
                    assertThat(e.value()).contains(given);
                    assertThat(e.getMessage()).contains(country);
                });
        assertThat(PostalCodes.isValid(CountryCode.of(country), given)).isFalse();
    }

    @Test
    void countriesWithoutPostalCodesRejectAny() {
        for (String c : new String[] {"AE", "HK", "QA", "MO"}) {
            assertThat(PostalCodes.hasNoPostalCodes(CountryCode.of(c))).isTrue();
            assertThatThrownBy(() -> PostalCodes.validate(CountryCode.of(c), "00000"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no postal codes");
        }
        assertThat(PostalCodes.hasNoPostalCodes(CountryCode.DE)).isFalse();
    }

    @Test
    void otherCountriesAcceptPlausibleCodesAndRejectJunk() {
        CountryCode eg = CountryCode.of("EG");
        assertThat(PostalCodes.isSupported(eg)).isFalse();
        assertThat(PostalCodes.validate(eg, " 11511 ")).isEqualTo("11511");
        assertThat(PostalCodes.validate(eg, "ab  12")).isEqualTo("AB 12");
        assertThatThrownBy(() -> PostalCodes.validate(eg, "<script>")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PostalCodes.validate(eg, "1234567890123")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsNullAndBlank() {
        assertThatThrownBy(() -> PostalCodes.validate(CountryCode.DE, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("address.postalCode"));
        assertThatThrownBy(() -> PostalCodes.validate(CountryCode.DE, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PostalCodes.validate(null, "10115")).isInstanceOf(InvalidInputException.class);
        assertThat(PostalCodes.isValid(null, "10115")).isFalse();
    }
}
