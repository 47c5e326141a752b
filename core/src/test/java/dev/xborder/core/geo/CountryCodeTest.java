package dev.xborder.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void everyIsoCodeTheJdkKnowsIsKnownWithAlpha3AndNumeric() {
        for (String c : Locale.getISOCountries()) {
            CountryCode cc = CountryCode.of(c);
            assertThat(cc.alpha2()).isEqualTo(c);
            assertThat(cc.alpha3()).contains(new Locale("", c).getISO3Country());
            assertThat(cc.numeric()).hasValueSatisfying(n -> assertThat(n).matches("\\d{3}"));
            assertThat(cc.name()).isNotBlank();
        }
        assertThat(CountryCode.all()).hasSize(Locale.getISOCountries().length + 1);
    }

    @Test
    void knowsNamesAlpha3NumericAndCurrencyOfMajorMarkets() {
        CountryCode de = CountryCode.of("DE");
        assertThat(de.name()).isEqualTo("Germany");
        assertThat(de.alpha3()).contains("DEU");
        assertThat(de.numeric()).contains("276");
        assertThat(de.currency()).hasValueSatisfying(c -> assertThat(c.getCurrencyCode()).isEqualTo("EUR"));
        assertThat(CountryCode.of("AT").numeric()).contains("040");
        assertThat(CountryCode.of("JP").currency().orElseThrow().getCurrencyCode()).isEqualTo("JPY");
        assertThat(CountryCode.of("GB").name()).isEqualTo("United Kingdom");
        assertThat(CountryCode.of("CH").currency().orElseThrow().getCurrencyCode()).isEqualTo("CHF");
        assertThat(CountryCode.of("HR").currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void bulgariaUsesTheEuroSince2026() {
        assertThat(CountryCode.of("BG").currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void antarcticaHasNoCurrency() {
        assertThat(CountryCode.of("AQ").currency()).isEmpty();
    }

    @Test
    void northernIrelandIsKnownButHasNoIsoAlpha3OrNumeric() {
        assertThat(CountryCode.XI.alpha2()).isEqualTo("XI");
        assertThat(CountryCode.XI.alpha3()).isEmpty();
        assertThat(CountryCode.XI.numeric()).isEmpty();
        assertThat(CountryCode.XI.currency().orElseThrow().getCurrencyCode()).isEqualTo("GBP");
        assertThat(CountryCode.XI.isIso()).isFalse();
        assertThat(CountryCode.GB.isIso()).isTrue();
    }

    @Test
    void ofTrimsUpperCasesAndReturnsCachedInstances() {
        assertThat(CountryCode.of(" de ")).isSameAs(CountryCode.of("DE")).isSameAs(CountryCode.DE);
        assertThat(new CountryCode("DE")).isEqualTo(CountryCode.DE);
    }

    @Test
    void looksUpByAlpha3AndNumeric() {
        assertThat(CountryCode.ofAlpha3("deu")).isSameAs(CountryCode.DE);
        assertThat(CountryCode.ofNumeric("276")).isSameAs(CountryCode.DE);
        assertThat(CountryCode.ofNumeric("40")).isEqualTo(CountryCode.of("AT"));
        assertThatThrownBy(() -> CountryCode.ofAlpha3("XXX")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CountryCode.ofNumeric("999")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CountryCode.ofNumeric("12a")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CountryCode.ofNumeric("1234")).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "UK", "EU", "EL", "D", "DEU", "1", "IC", "EA"})
    void rejectsUnknownCodesWithUnknownCode(String code) {
        assertThatThrownBy(() -> CountryCode.of(code))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE);
                    assertThat(e.field()).contains("country");
                    assertThat(e.value()).contains(code);
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsNullAndBlank(String code) {
        assertThatThrownBy(() -> CountryCode.of(code)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("country");
    }

    @Test
    void canonicalConstructorRejectsLowerCaseAndNull() {
        assertThatThrownBy(() -> new CountryCode("de")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CountryCode(null)).isInstanceOf(InvalidInputException.class);
        assertThat(CountryCode.isKnown("DE")).isTrue();
        assertThat(CountryCode.isKnown("de")).isFalse();
        assertThat(CountryCode.isKnown(null)).isFalse();
    }
}
