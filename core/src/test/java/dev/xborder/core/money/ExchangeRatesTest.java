package dev.xborder.core.money;

import static dev.xborder.core.money.TestData.EUR;
import static dev.xborder.core.money.TestData.GBP;
import static dev.xborder.core.money.TestData.JPY;
import static dev.xborder.core.money.TestData.KRW;
import static dev.xborder.core.money.TestData.KWD;
import static dev.xborder.core.money.TestData.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
    private static final LocalDate FRI_2025_05_09 = LocalDate.of(2025, 5, 9);

    private final ExchangeRates rates = ExchangeRates.builder().addSource(TestData.histExcerpt()).build();

    private static MonetaryAmount money(String value, String currency) {
        return Amounts.of(value, currency);
    }

    @Test
    void convertsAtTheRatePublishedThatDay() {
        Conversion c = rates.convert(money("100.00", "EUR"), USD, FRI_2025_05_09);

        assertThat(c.result()).isEqualTo(Money.of(new BigDecimal("112.52"), USD));
        assertThat(c.rate()).isEqualByComparingTo("1.1252");
        assertThat(c.requestedDate()).isEqualTo(FRI_2025_05_09);
        assertThat(c.rateDate()).isEqualTo(FRI_2025_05_09);
        assertThat(c.rateSource()).isEqualTo("ECB euro foreign exchange reference rates, ecb-eurofxref-hist-excerpt.csv");
        assertThat(c.source()).isEqualTo(money("100.00", "EUR"));
    }

    @Test
    void weekendUsesFridaysRateAndRecordsItsDate() {
        Conversion sat = rates.convert(money("100.00", "EUR"), USD, LocalDate.of(2025, 5, 10));
        Conversion sun = rates.convert(money("100.00", "EUR"), USD, LocalDate.of(2025, 5, 11));

        assertThat(sat.rateDate()).isEqualTo(FRI_2025_05_09);
        assertThat(sat.requestedDate()).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(sun.rateDate()).isEqualTo(FRI_2025_05_09);
        assertThat(sun.rate()).isEqualByComparingTo("1.1252");
    }

    @Test
    void easterGapUsesMaundyThursdaysRate() {
        // ECB published nothing 2025-04-18 (Good Friday) .. 2025-04-21 (Easter Monday)
        Conversion c = rates.convert(money("100.00", "EUR"), USD, LocalDate.of(2025, 4, 21));

        assertThat(c.rateDate()).isEqualTo(LocalDate.of(2025, 4, 17));
        assertThat(c.rate()).isEqualByComparingTo("1.136");
        assertThat(c.result().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("113.60");
    }

    @Test
    void rateExactlyAtTheStalenessBoundIsAccepted() {
        ExchangeRates twoDays = ExchangeRates.builder().addSource(TestData.histExcerpt()).maxStalenessDays(2).build();

        assertThat(twoDays.convert(money("1.00", "EUR"), USD, LocalDate.of(2025, 5, 11)).rateDate())
                .isEqualTo(FRI_2025_05_09);
        assertThatThrownBy(() -> twoDays.convert(money("1.00", "EUR"), USD, LocalDate.of(2025, 5, 12)))
                .isInstanceOf(ConversionUnavailableException.class);
    }

    @Test
    void rateOlderThanTheBoundIsAnErrorNamingCurrencyAndDateAndTheFix() {
        LocalDate date = LocalDate.of(2025, 5, 17); // 8 days after the last rate

        assertThatThrownBy(() -> rates.convert(money("100.00", "EUR"), USD, date))
                .isInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("EUR->USD")
                .hasMessageContaining("2025-05-17")
                .hasMessageContaining("2025-05-09")
                .hasMessageContaining("8 days older")
                .hasMessageContaining("add a source")
                .hasMessageContaining("maxStaleness")
                .satisfies(e -> assertThat(((ConversionUnavailableException) e).code())
                        .isEqualTo(ErrorCode.CONVERSION_UNAVAILABLE));
    }

    @Test
    void lastDayWithinTheDefaultBoundStillConverts() {
        assertThat(rates.convert(money("1.00", "EUR"), USD, LocalDate.of(2025, 5, 16)).rateDate())
                .isEqualTo(FRI_2025_05_09);
    }

    @Test
    void dateBeforeTheFirstRateIsUnavailable() {
        assertThatThrownBy(() -> rates.convert(money("1.00", "EUR"), USD, LocalDate.of(2025, 4, 13)))
                .isInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("no USD rate on or before 2025-04-13");
    }

    @Test
    void widerBoundSetExplicitlyAcceptsOlderRates() {
        ExchangeRates lenient = ExchangeRates.builder().addSource(TestData.histExcerpt())
                .maxStaleness(Period.ofDays(30)).build();

        Conversion c = lenient.convert(money("1.00", "EUR"), USD, LocalDate.of(2025, 6, 1));

        assertThat(c.rateDate()).isEqualTo(FRI_2025_05_09);
        assertThat(lenient.maxStaleness()).isEqualTo(Period.ofDays(30));
    }

    @Test
    void crossRateGoesThroughTheEuroAndIsRoundedOnceAtTheEnd() {
        // 2025-05-09: 1 EUR = 1.1252 USD = 0.8477 GBP, so 100 USD = 100 * 0.8477 / 1.1252 GBP
        // = 75.33771773906861... GBP -> 75.34 GBP; rate 0.8477 / 1.1252 = 0.753377177390686100248844649840028 (34 digits)
        Conversion c = rates.convert(money("100.00", "USD"), GBP, FRI_2025_05_09);

        assertThat(c.result()).isEqualTo(Money.of(new BigDecimal("75.34"), GBP));
        assertThat(c.rate()).isEqualByComparingTo("0.7533771773906861002488446498400284");
        assertThat(c.rateDate()).isEqualTo(FRI_2025_05_09);
    }

    @Test
    void crossRateIsNotRoundedTwice() {
        // 1000 USD -> JPY on 2025-05-09: 1000 * 163.36 / 1.1252 = 145183.0785638...; via a rounded
        // EUR leg (888.71 EUR * 163.36 = 145179.67) it would differ by 3 yen.
        Conversion c = rates.convert(money("1000", "USD"), JPY, FRI_2025_05_09);

        assertThat(c.result()).isEqualTo(Money.of(new BigDecimal("145183"), JPY));
    }

    @Test
    void convertingToTheEuroDividesByTheRate() {
        // 112.52 USD / 1.1252 = 100.00 EUR exactly
        Conversion c = rates.convert(money("112.52", "USD"), EUR, FRI_2025_05_09);

        assertThat(c.result()).isEqualTo(Money.of(new BigDecimal("100.00"), EUR));
    }

    @Test
    void resultsAreRoundedToTheTargetsMinorUnitsHalfUp() {
        // 1.00 EUR -> KRW on 2025-05-09 = 1575.72 -> 1576 (0 decimals)
        assertThat(rates.convert(money("1.00", "EUR"), KRW, FRI_2025_05_09).result())
                .isEqualTo(Money.of(new BigDecimal("1576"), KRW));
        // 0.50 EUR -> JPY = 81.68 -> 82
        assertThat(rates.convert(money("0.50", "EUR"), JPY, FRI_2025_05_09).result())
                .isEqualTo(Money.of(new BigDecimal("82"), JPY));
        // 0.0625 EUR (not rounded input) -> JPY = 10.21 -> 10
        assertThat(rates.convert(money("0.0625", "EUR"), JPY, FRI_2025_05_09).result())
                .isEqualTo(Money.of(new BigDecimal("10"), JPY));
    }

    @Test
    void threeDecimalCurrencyIsRoundedToThreeDecimals() {
        // Synthetic table (not a real KWD rate): tests only that a 3-decimal target is rounded to 3.
        RateTable synthetic = RateTable.builder(EUR, "synthetic test rate, not real data")
                .put(FRI_2025_05_09, KWD, new BigDecimal("0.33335")).build();
        ExchangeRates r = ExchangeRates.builder().addSource(synthetic).build();

        Conversion c = r.convert(money("1.00", "EUR"), KWD, FRI_2025_05_09);

        assertThat(c.result()).isEqualTo(Money.of(new BigDecimal("0.333"), KWD));
        assertThat(c.result().getNumber().numberValue(BigDecimal.class).scale()).isEqualTo(3);
        assertThat(r.convert(money("10.00", "EUR"), KWD, FRI_2025_05_09).result())
                .isEqualTo(Money.of(new BigDecimal("3.334"), KWD)); // 3.3335 half-up
    }

    @Test
    void callerMayChooseTheRoundingMode() {
        ExchangeRates down = ExchangeRates.builder().addSource(TestData.histExcerpt())
                .roundingMode(RoundingMode.DOWN).build();

        assertThat(down.convert(money("1.00", "EUR"), KRW, FRI_2025_05_09).result())
                .isEqualTo(Money.of(new BigDecimal("1575"), KRW));
    }

    @Test
    void sameCurrencyHasRateOneWithoutLookingUpAnyRate() {
        Conversion c = rates.convert(money("12.345", "USD"), USD, LocalDate.of(1990, 1, 1));

        assertThat(c.rate()).isEqualByComparingTo("1");
        assertThat(c.result()).isEqualTo(Money.of(new BigDecimal("12.35"), USD));
        assertThat(c.rateSource()).isEqualTo(ExchangeRates.IDENTITY_SOURCE);
    }

    @Test
    void currencyWithoutRatesIsUnavailableNamingIt() {
        assertThatThrownBy(() -> rates.convert(money("1.00", "EUR"), KWD, FRI_2025_05_09))
                .isInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("EUR->KWD")
                .hasMessageContaining("no rates for KWD");
    }

    @Test
    void currencyWithoutMinorUnitIsRejectedAsTarget() {
        assertThatThrownBy(() -> rates.convert(money("1.00", "EUR"), javax.money.Monetary.getCurrency("XAU"),
                FRI_2025_05_09))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("XAU");
    }

    @Test
    void nullArgumentsAreTypedErrorsNotNullPointers() {
        assertThatThrownBy(() -> rates.convert(null, USD, FRI_2025_05_09)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rates.convert(money("1", "EUR"), null, FRI_2025_05_09))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rates.convert(money("1", "EUR"), USD, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void firstSourceInPrecedenceWinsAndIsCited() {
        RateTable house = RateTable.builder(EUR, "house rate (test)")
                .put(FRI_2025_05_09, USD, new BigDecimal("1.2000")).build();
        ExchangeRates houseFirst = ExchangeRates.builder().addSource(house).addSource(TestData.histExcerpt()).build();
        ExchangeRates ecbFirst = ExchangeRates.builder().addSource(TestData.histExcerpt()).addSource(house).build();

        assertThat(houseFirst.convert(money("100.00", "EUR"), USD, FRI_2025_05_09).rateSource())
                .isEqualTo("house rate (test)");
        assertThat(houseFirst.convert(money("100.00", "EUR"), USD, FRI_2025_05_09).result())
                .isEqualTo(Money.of(new BigDecimal("120.00"), USD));
        assertThat(ecbFirst.convert(money("100.00", "EUR"), USD, FRI_2025_05_09).rateSource())
                .startsWith("ECB");
        assertThat(houseFirst.sourceNames()).containsExactly("house rate (test)",
                "ECB euro foreign exchange reference rates, ecb-eurofxref-hist-excerpt.csv");
    }

    @Test
    void laterSourceAnswersWhenTheFirstHasNoRateWithinTheBound() {
        RateTable house = RateTable.builder(EUR, "house rate (test)")
                .put(LocalDate.of(2025, 4, 1), USD, new BigDecimal("1.2000")).build();
        ExchangeRates r = ExchangeRates.builder().addSource(house).addSource(TestData.histExcerpt()).build();

        Conversion c = r.convert(money("100.00", "EUR"), USD, FRI_2025_05_09);

        assertThat(c.rateSource()).startsWith("ECB");
        assertThat(c.rate()).isEqualByComparingTo("1.1252");
    }

    @Test
    void errorExplainsWhatEverySourceLacked() {
        RateTable house = RateTable.builder(EUR, "house rate (test)")
                .put(LocalDate.of(2025, 4, 1), USD, new BigDecimal("1.2000")).build();
        ExchangeRates r = ExchangeRates.builder().addSource(house).addSource(TestData.histExcerpt()).build();

        assertThatThrownBy(() -> r.convert(money("1.00", "EUR"), USD, LocalDate.of(2025, 6, 2)))
                .hasMessageContaining("house rate (test): newest USD rate on or before 2025-06-02 is of 2025-04-01")
                .hasMessageContaining("ecb-eurofxref-hist-excerpt.csv: newest USD rate on or before 2025-06-02 is of 2025-05-09");
    }

    @Test
    void crossRateWithLegsOfDifferentDatesCitesTheOlderDate() {
        RateTable t = RateTable.builder(EUR, "test legs")
                .put(LocalDate.of(2025, 5, 8), USD, new BigDecimal("1.1297"))
                .put(FRI_2025_05_09, GBP, new BigDecimal("0.8477")).build();
        ExchangeRates r = ExchangeRates.builder().addSource(t).build();

        assertThat(r.convert(money("1.00", "USD"), GBP, FRI_2025_05_09).rateDate()).isEqualTo(LocalDate.of(2025, 5, 8));
    }

    @Test
    void builderRejectsMissingSourcesAndForeignBaseTablesAllAtOnce() {
        RateTable usdBased = RateTable.builder(USD, "usd table (test)")
                .put(FRI_2025_05_09, EUR, new BigDecimal("0.8887")).build();

        assertThatThrownBy(() -> ExchangeRates.builder().build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no source");
        assertThatThrownBy(() -> ExchangeRates.builder().addSource(usdBased).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quoted in USD but the base is EUR");
        assertThat(ExchangeRates.builder().base(USD).addSource(usdBased).build()
                .convert(money("1.00", "USD"), EUR, FRI_2025_05_09).result())
                .isEqualTo(Money.of(new BigDecimal("0.89"), EUR));
    }

    @Test
    void builderRejectsBadSettingsImmediately() {
        assertThatThrownBy(() -> ExchangeRates.builder().maxStaleness(Period.ofMonths(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxStaleness");
        assertThatThrownBy(() -> ExchangeRates.builder().maxStalenessDays(-1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxStalenessDays");
        assertThatThrownBy(() -> ExchangeRates.builder().roundingMode(RoundingMode.UNNECESSARY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ExchangeRates.builder().addSource((RateTable) null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void bundledEcbCoversItsWindowAndFailsAfterItWithAnActionableMessage() {
        ExchangeRates bundled = ExchangeRates.bundledEcb();

        assertThat(bundled.convert(money("100.00", "EUR"), USD, LocalDate.of(2024, 1, 2)).rate())
                .isEqualByComparingTo("1.0956");
        assertThat(bundled.convert(money("100.00", "USD"), GBP, FRI_2025_05_09).result())
                .isEqualTo(Money.of(new BigDecimal("75.34"), GBP));
        assertThat(bundled.convert(money("1.00", "EUR"), USD, FRI_2025_05_09).rateSource())
                .isEqualTo(EcbRates.BUNDLED_SOURCE);
        assertThat(bundled.maxStaleness()).isEqualTo(ExchangeRates.DEFAULT_MAX_STALENESS);
        assertThatThrownBy(() -> bundled.convert(money("1.00", "EUR"), USD, LocalDate.of(2025, 5, 17)))
                .isInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("2025-05-09")
                .hasMessageContaining("add a source")
                .hasMessageContaining("maxStaleness");
        assertThatThrownBy(() -> bundled.convert(money("1.00", "EUR"), USD, LocalDate.of(2023, 12, 31)))
                .isInstanceOf(ConversionUnavailableException.class);
    }

    @Test
    void concurrentConversionsAgree() throws Exception {
        ExchangeRates bundled = ExchangeRates.bundledEcb();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<MonetaryAmount>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tasks.add(() -> bundled.convert(money("100.00", "USD"), GBP, FRI_2025_05_09).result());
            }
            for (Future<MonetaryAmount> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(Money.of(new BigDecimal("75.34"), GBP));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
