package dev.xborder.core.money;

import static dev.xborder.core.money.TestData.EUR;
import static dev.xborder.core.money.TestData.GBP;
import static dev.xborder.core.money.TestData.JPY;
import static dev.xborder.core.money.TestData.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DatedRateTest {
    private static final LocalDate MAY_9 = LocalDate.of(2025, 5, 9);
    private static final List<CurrencyUnit> CURRENCIES = List.of(EUR, USD, GBP, JPY, Amounts.currency("HUF"));

    private final ExchangeRates rates = ExchangeRates.builder().addSource(TestData.histExcerpt()).build();

    @Test
    void rateConvertsEveryAmountExactlyAsConvertDoes() {
        ExchangeRates down = ExchangeRates.builder().addSource(TestData.histExcerpt())
                .roundingMode(RoundingMode.DOWN).build();
        qt().withFixedSeed(8L).withExamples(2000)
                .forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(0, 4),
                        integers().between(0, 24), integers().between(0, 24))
                .checkAssert((minor, scale, pair, day) -> {
                    CurrencyUnit from = CURRENCIES.get(pair % 5);
                    CurrencyUnit to = CURRENCIES.get(pair / 5);
                    LocalDate date = LocalDate.of(2025, 4, 14).plusDays(day);
                    MonetaryAmount amount = Money.of(BigDecimal.valueOf(minor, scale), from);
                    for (ExchangeRates r : List.of(rates, down)) {
                        Conversion expected = r.convert(amount, to, date);
                        DatedRate rate = r.rate(from, to, date);
                        assertThat(rate.convert(BigDecimal.valueOf(minor, scale)))
                                .isEqualByComparingTo(expected.result().getNumber().numberValue(BigDecimal.class));
                        assertThat(rate.conversion(amount)).isEqualTo(expected);
                        assertThat(rate.rate()).isEqualTo(expected.rate());
                        assertThat(rate.rateDate()).isEqualTo(expected.rateDate());
                        assertThat(rate.requestedDate()).isEqualTo(date);
                        assertThat(rate.source()).isEqualTo(expected.rateSource());
                    }
                });
    }

    @Test
    void crossRateCitesTheOlderLegAndSameCurrencyIsIdentity() {
        DatedRate cross = rates.rate(USD, GBP, LocalDate.of(2025, 5, 10));
        assertThat(cross.rateDate()).isEqualTo(MAY_9);
        assertThat(cross.from()).isEqualTo(USD);
        assertThat(cross.to()).isEqualTo(GBP);
        assertThat(cross.convert(new BigDecimal("112.52"))).isEqualByComparingTo("84.77");

        DatedRate same = rates.rate(EUR, EUR, MAY_9);
        assertThat(same.rate()).isEqualByComparingTo("1");
        assertThat(same.source()).isEqualTo(ExchangeRates.IDENTITY_SOURCE);
        assertThat(same.convert(new BigDecimal("1.005"))).isEqualTo(new BigDecimal("1.01"));
    }

    @Test
    void jsr354ProviderRateMatchesItsConversion() {
        Jsr354Test.HouseProvider house = new Jsr354Test.HouseProvider();
        ExchangeRates r = ExchangeRates.builder().addSource(house).addSource(TestData.histExcerpt()).build();
        MonetaryAmount amount = Amounts.of("100.05", "EUR");

        DatedRate rate = r.rate(EUR, USD, MAY_9);

        assertThat(rate.source()).isEqualTo("HOUSE-BANK");
        assertThat(rate.rateDate()).isEqualTo(Jsr354Test.HouseProvider.RATE_DATE);
        assertThat(rate.conversion(amount)).isEqualTo(r.convert(amount, USD, MAY_9));
    }

    @Test
    void missingRateFailsWithTheSameErrorAsConvert() {
        LocalDate late = LocalDate.of(2026, 1, 1);
        String expected = null;
        try {
            rates.convert(Amounts.of("1.00", "USD"), GBP, late);
        } catch (ConversionUnavailableException e) {
            expected = e.getMessage();
        }
        assertThat(expected).isNotNull();
        assertThatThrownBy(() -> rates.rate(USD, GBP, late))
                .isInstanceOf(ConversionUnavailableException.class).hasMessage(expected);
    }

    @Test
    void badArgumentsAreTypedErrors() {
        assertThatThrownBy(() -> rates.rate(null, GBP, MAY_9)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rates.rate(USD, null, MAY_9)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rates.rate(USD, GBP, null)).isInstanceOf(InvalidInputException.class);
        DatedRate rate = rates.rate(USD, GBP, MAY_9);
        assertThatThrownBy(() -> rate.convert(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rate.conversion(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rate.conversion(Amounts.of("1.00", "EUR"))).isInstanceOf(InvalidInputException.class);
    }
}
