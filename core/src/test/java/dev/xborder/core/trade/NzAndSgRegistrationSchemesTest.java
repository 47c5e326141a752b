package dev.xborder.core.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Formats of the schemes added 2026-11-22 (check digits are tax-rules' business). */
class NzAndSgRegistrationSchemesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // Inland Revenue's published test IRD numbers (NRWT/RWT specification, 2016)
            "NZ_GST|49-091-850|49091850",
            "NZ_GST|136 410 132|136410132",
            "NZ_GST|NZ 35-901-981|35901981",
            // UEN forms (python-stdnum stdnum/sg/uen.py doctests) and an IRAS GST reference form
            "SG_GST|00192200M|00192200M",
            "SG_GST|197401143C|197401143C",
            "SG_GST|F00056789H|F00056789H",
            "SG_GST|t01-fc6132d|T01FC6132D",
            "SG_GST|M9-1234567-X|M91234567X",
            "SG_GST|MR2345678A|MR2345678A"})
    void numbersOfTheNewSchemesAreNormalisedToTheirCanonicalForm(RegistrationScheme scheme, String in, String out) {
        assertThat(TaxRegistration.of(scheme, in).number()).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "1234567890", "49O91850", "GB49091850"})
    void anNzGstNumberIsEightOrNineDigits(String bad) {
        assertThatThrownBy(() -> TaxRegistration.of(RegistrationScheme.NZ_GST, bad))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NZ_GST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "M1234567", "X91234567X", "1974011430", "T01FC613D"})
    void anSgGstNumberMustHaveOneOfTheKnownForms(String bad) {
        assertThatThrownBy(() -> TaxRegistration.of(RegistrationScheme.SG_GST, bad))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("SG_GST");
    }
}
