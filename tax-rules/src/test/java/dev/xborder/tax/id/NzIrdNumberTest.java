package dev.xborder.tax.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.trade.RegistrationScheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * New Zealand IRD (= GST) numbers with Inland Revenue's modulus-11 check (NRWT/RWT specification document, 2016;
 * the test numbers are the ones it publishes: 49091850, 35901981, 49098576, 136410132 valid; 136410133 and
 * 9125568 invalid). Worked: 35901981 base 03590198 x 3,2,7,6,5,4,3,2 = 142, 142 mod 11 = 10, check 11 - 10 = 1;
 * 136410132 base 13641013: primary sum 89, 89 mod 11 = 1, 11 - 1 = 10 -> secondary weights 7,4,3,2,5,2,7,6: 75,
 * 75 mod 11 = 9, check 2.
 */
class NzIrdNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "49091850|VALID", "49-091-850|VALID", "35901981|VALID", "49098576|VALID", "136410132|VALID",
            "136-410-132|VALID", "NZ 136-410-132|VALID",
            "136410133|CHECK_DIGIT", "49091851|CHECK_DIGIT",
            "9125568|LENGTH", "1234567890|LENGTH", "09125568|COMPONENT", "150000001|COMPONENT",
            "4909185O|FORMAT"})
    void irdNumbersAreCheckedWithInlandRevenuesModulus11(String number, String expected) {
        TaxIdResult r = TaxIdValidator.validate(number, TaxIdScheme.NZ_IRD);
        assertThat(r.valid() ? "VALID" : r.problem().name()).isEqualTo(expected);
        assertThat(r.scheme()).isEqualTo(TaxIdScheme.NZ_IRD);
        assertThat(r.country()).isEqualTo(CountryCode.of("NZ"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "NZ_GST|49-091-850|true", "NZ_GST|136410133|false",
            "SG_GST|M91234567X|true", "SG_GST|197401143C|true", "SG_GST|M1234567|false"})
    void theNewCoreRegistrationSchemesAreValidated(RegistrationScheme scheme, String number, boolean valid) {
        TaxIdResult r = TaxIdValidator.validate(number, scheme);
        assertThat(r.valid()).isEqualTo(valid);
        assertThat(r.country()).isEqualTo(CountryCode.of(scheme == RegistrationScheme.NZ_GST ? "NZ" : "SG"));
    }

    @ParameterizedTest
    @CsvSource({"NZ_GST, NZ_IRD"})
    void nzGstMapsToTheIrdScheme(RegistrationScheme scheme, TaxIdScheme expected) {
        assertThat(TaxIdScheme.of(scheme)).contains(expected);
        assertThat(TaxIdScheme.of(RegistrationScheme.SG_GST)).isEmpty();
    }
}
