package dev.xborder.core.money;

import static dev.xborder.core.money.TestData.EUR;
import static dev.xborder.core.money.TestData.GBP;
import static dev.xborder.core.money.TestData.JPY;
import static dev.xborder.core.money.TestData.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.ConversionUnavailableException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.convert.ExchangeRateBuilder;
import org.javamoney.moneta.spi.DefaultNumberValue;
import org.junit.jupiter.api.Test;

/** xborder's rates as a JSR 354 provider, and JSR 354 providers as xborder sources. */
class Jsr354Test {
    private static final LocalDate MAY_9 = LocalDate.of(2025, 5, 9);

    private final ExchangeRates rates = ExchangeRates.builder().addSource(TestData.histExcerpt()).build();
    private final XborderRateProvider provider = new XborderRateProvider(rates,
            Clock.fixed(MAY_9.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static ConversionQuery query(String base, String term, LocalDate date) {
        ConversionQueryBuilder b = ConversionQueryBuilder.of().setBaseCurrency(base).setTermCurrency(term);
        return (date == null ? b : b.set(LocalDate.class, date)).build();
    }

    @Test
    void providerGivesTheDatedRateWithItsDateAndSource() {
        ExchangeRate r = provider.getExchangeRate(query("USD", "GBP", LocalDate.of(2025, 5, 10)));

        assertThat(r.getBaseCurrency()).isEqualTo(USD);
        assertThat(r.getCurrency()).isEqualTo(GBP);
        assertThat(r.getFactor().numberValue(BigDecimal.class)).isEqualByComparingTo("0.7533771773906861002488446498400284");
        assertThat(r.getContext().get(LocalDate.class)).isEqualTo(MAY_9);
        assertThat(r.getContext().getText(XborderRateProvider.KEY_RATE_SOURCE)).startsWith("ECB");
        assertThat(r.getContext().getProviderName()).isEqualTo(XborderRateProvider.PROVIDER_NAME);
        assertThat(provider.getContext().getProviderName()).isEqualTo("XBORDER");
    }

    @Test
    void monetaCurrencyConversionOverOurProviderConvertsAtTheQueriedDate() {
        CurrencyConversion toJpy = provider.getCurrencyConversion(
                ConversionQueryBuilder.of().setTermCurrency(JPY).set(LocalDate.class, MAY_9).build());

        MonetaryAmount yen = Money.of(100, "EUR").with(toJpy);

        assertThat(yen.getCurrency()).isEqualTo(JPY);
        assertThat(yen.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("16336");
    }

    @Test
    void undatedQueryUsesTodayInTheGivenClock() {
        assertThat(provider.getExchangeRate(query("EUR", "USD", null)).getContext().get(LocalDate.class)).isEqualTo(MAY_9);
    }

    @Test
    void dateArrayIsTriedInOrder() {
        ConversionQuery q = ConversionQueryBuilder.of().setBaseCurrency("EUR").setTermCurrency("USD")
                .set(LocalDate[].class, new LocalDate[] {LocalDate.of(2026, 1, 1), LocalDate.of(2025, 4, 17)}).build();

        assertThat(provider.getExchangeRate(q).getContext().get(LocalDate.class)).isEqualTo(LocalDate.of(2025, 4, 17));
    }

    @Test
    void noRateIsACurrencyConversionExceptionCarryingOurError() {
        assertThatThrownBy(() -> provider.getExchangeRate(query("EUR", "USD", LocalDate.of(2026, 1, 1))))
                .isInstanceOf(CurrencyConversionException.class)
                .hasCauseInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("2026-01-01");
        assertThat(provider.isAvailable(query("EUR", "USD", LocalDate.of(2026, 1, 1)))).isFalse();
        assertThat(provider.isAvailable(query("EUR", "USD", MAY_9))).isTrue();
    }

    /** A host's own JSR 354 provider: a fixed house rate, dated, as a bank feed would give it. */
    static class HouseProvider implements ExchangeRateProvider {
        static final LocalDate RATE_DATE = LocalDate.of(2025, 5, 8);
        private final ProviderContext ctx = ProviderContextBuilder.of("HOUSE-BANK", RateType.HISTORIC).build();
        int calls;

        @Override
        public ProviderContext getContext() {
            return ctx;
        }

        @Override
        public ExchangeRate getExchangeRate(ConversionQuery q) {
            calls++;
            LocalDate asked = q.get(LocalDate.class);
            if (asked == null || asked.isBefore(RATE_DATE) || !q.getBaseCurrency().equals(EUR)
                    || !q.getCurrency().equals(USD)) {
                throw new CurrencyConversionException(q.getBaseCurrency(), q.getCurrency(), null, "house has no such rate");
            }
            return new ExchangeRateBuilder(javax.money.convert.ConversionContextBuilder.create(ctx, RateType.HISTORIC)
                    .set(LocalDate.class, RATE_DATE).build())
                    .setBase(q.getBaseCurrency()).setTerm(q.getCurrency())
                    .setFactor(DefaultNumberValue.of(new BigDecimal("1.2000"))).build();
        }

        @Override
        public CurrencyConversion getCurrencyConversion(ConversionQuery q) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void registeredJsr354ProviderIsAskedWithTheDateAndCitedByName() {
        HouseProvider house = new HouseProvider();
        ExchangeRates r = ExchangeRates.builder().addSource(house).addSource(TestData.histExcerpt()).build();

        Conversion c = r.convert(Amounts.of("100.00", "EUR"), USD, MAY_9);

        assertThat(c.rateSource()).isEqualTo("HOUSE-BANK");
        assertThat(c.rateDate()).isEqualTo(HouseProvider.RATE_DATE);
        assertThat(c.rate()).isEqualByComparingTo("1.2");
        assertThat(c.result()).isEqualTo(Money.of(new BigDecimal("120.00"), USD));
        assertThat(house.calls).isEqualTo(1);
    }

    @Test
    void providerWithoutTheRateFallsThroughToTheNextSourceInPrecedence() {
        ExchangeRates r = ExchangeRates.builder().addSource(new HouseProvider()).addSource(TestData.histExcerpt()).build();

        Conversion c = r.convert(Amounts.of("100.00", "EUR"), GBP, MAY_9);

        assertThat(c.rateSource()).startsWith("ECB");
    }

    @Test
    void providerRateOlderThanTheBoundIsRejected() {
        ExchangeRates r = ExchangeRates.builder().addSource(new HouseProvider()).maxStalenessDays(0).build();

        assertThatThrownBy(() -> r.convert(Amounts.of("1.00", "EUR"), USD, MAY_9))
                .isInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("HOUSE-BANK: newest rate is of 2025-05-08");
    }

    @Test
    void brokenProviderFailsLoudlyInsteadOfFallingThrough() {
        ExchangeRateProvider broken = new HouseProvider() {
            @Override
            public ExchangeRate getExchangeRate(ConversionQuery q) {
                throw new IllegalStateException("feed down");
            }
        };
        ExchangeRates r = ExchangeRates.builder().addSource(broken).addSource(TestData.histExcerpt()).build();

        assertThatThrownBy(() -> r.convert(Amounts.of("1.00", "EUR"), USD, MAY_9))
                .isInstanceOf(dev.xborder.core.XborderException.class)
                .hasMessageContaining("HOUSE-BANK failed")
                .hasMessageContaining("feed down")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void ourProviderCanBeASourceOfAnotherExchangeRates() {
        ExchangeRates chained = ExchangeRates.builder().addSource(provider).build();

        Conversion c = chained.convert(Amounts.of("100.00", "USD"), GBP, MAY_9);

        assertThat(c.result()).isEqualTo(Money.of(new BigDecimal("75.34"), GBP));
        assertThat(c.rateSource()).isEqualTo("XBORDER");
        assertThat(c.rateDate()).isEqualTo(MAY_9);
    }
}
