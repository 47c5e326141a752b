package dev.xborder.core.money;

import static dev.xborder.core.money.TestData.BHD;
import static dev.xborder.core.money.TestData.EUR;
import static dev.xborder.core.money.TestData.JPY;
import static dev.xborder.core.money.TestData.KRW;
import static dev.xborder.core.money.TestData.KWD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
    private static BigDecimal value(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void fractionDigitsComeFromIso4217AsTheJdkKnowsThem() {
        assertThat(Amounts.fractionDigits(JPY)).isZero().isEqualTo(Currency.getInstance("JPY").getDefaultFractionDigits());
        assertThat(Amounts.fractionDigits(KRW)).isZero();
        assertThat(Amounts.fractionDigits(EUR)).isEqualTo(2);
        assertThat(Amounts.fractionDigits(KWD)).isEqualTo(3).isEqualTo(Currency.getInstance("KWD").getDefaultFractionDigits());
        assertThat(Amounts.fractionDigits(BHD)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} {1} rounds half-up to {2}")
    @CsvSource({
            "2.345, EUR, 2.35",
            "2.344, EUR, 2.34",
            "-2.345, EUR, -2.35",
            "0.5, JPY, 1",
            "1234.49, JPY, 1234",
            "99.5, KRW, 100",
            "1.0005, KWD, 1.001",
            "1.0004, BHD, 1.000",
            "7, EUR, 7.00",
    })
    void roundsToTheCurrencysMinorUnitsHalfUp(String in, String currency, String expected) {
        MonetaryAmount rounded = Amounts.round(Amounts.of(in, currency));

        assertThat(value(rounded)).isEqualByComparingTo(expected);
        assertThat(Amounts.isRounded(rounded)).isTrue();
        assertThat(rounded.getCurrency().getCurrencyCode()).isEqualTo(currency);
    }

    @Test
    void callerMayChooseAnotherRoundingMode() {
        assertThat(value(Amounts.round(Amounts.of("2.345", "EUR"), RoundingMode.HALF_EVEN))).isEqualByComparingTo("2.34");
        assertThat(value(Amounts.round(Amounts.of("2.341", "EUR"), RoundingMode.CEILING))).isEqualByComparingTo("2.35");
        assertThat(value(Amounts.round(Amounts.of("0.9", "JPY"), RoundingMode.DOWN))).isEqualByComparingTo("0");
    }

    @Test
    void unnecessaryRoundingThatWouldLoseValueIsATypedError() {
        assertThat(value(Amounts.round(Amounts.of("2.30", "EUR"), RoundingMode.UNNECESSARY))).isEqualByComparingTo("2.30");
        assertThatThrownBy(() -> Amounts.round(Amounts.of("2.345", "EUR"), RoundingMode.UNNECESSARY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UNNECESSARY");
    }

    @Test
    void parsesDecimalTextExactlyWithoutRounding() {
        assertThat(value(Amounts.of("1.005", "EUR"))).isEqualByComparingTo("1.005");
        assertThat(value(Amounts.of("-0.10", "USD"))).isEqualByComparingTo("-0.10");
        assertThat(value(Amounts.of("123456789012345678901234567890.123456789", "EUR")))
                .isEqualTo(new BigDecimal("123456789012345678901234567890.123456789"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "+1", "1e3", "1E3", "1,000", "1.", ".5", "--1", "abc", "NaN", "Infinity", "0x10", "1_000"})
    void rejectsMalformedDecimalText(String text) {
        assertThatThrownBy(() -> Amounts.of(text, "EUR"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("decimal"));
    }

    @Test
    void rejectsUnknownAndMissingCurrencies() {
        assertThatThrownBy(() -> Amounts.of("1", "XYZ"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo(ErrorCode.UNKNOWN_CODE))
                .hasMessageContaining("XYZ");
        assertThatThrownBy(() -> Amounts.of("1", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amounts.of("1", " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amounts.of(null, "EUR")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void zeroHasTheCurrencysScale() {
        assertThat(value(Amounts.zero(EUR))).isEqualByComparingTo("0.00");
        assertThat(value(Amounts.zero(JPY))).isEqualByComparingTo("0");
        assertThat(value(Amounts.zero(KWD))).isEqualByComparingTo("0.000");
        assertThat(Amounts.zero(EUR).isZero()).isTrue();
    }

    @Test
    void currencyWithoutMinorUnitCannotBeRounded() {
        assertThatThrownBy(() -> Amounts.round(Amounts.of("1.5", "XAU")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no minor unit");
    }

    @Test
    void nullsAreTypedErrors() {
        assertThatThrownBy(() -> Amounts.round(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amounts.round(Amounts.of("1", "EUR"), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amounts.zero(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amounts.of((BigDecimal) null, EUR)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void knowsWhetherAnAmountIsInWholeMinorUnits() {
        assertThat(Amounts.isRounded(Amounts.of("1.50", "EUR"))).isTrue();
        assertThat(Amounts.isRounded(Amounts.of("1.5000", "EUR"))).isTrue();
        assertThat(Amounts.isRounded(Amounts.of("1.505", "EUR"))).isFalse();
        assertThat(Amounts.isRounded(Amounts.of("100", "JPY"))).isTrue();
        assertThat(Amounts.isRounded(Amounts.of("100.5", "JPY"))).isFalse();
    }
}
