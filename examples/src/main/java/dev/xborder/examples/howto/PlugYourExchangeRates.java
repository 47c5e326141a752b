package dev.xborder.examples.howto;

import dev.xborder.core.money.Amounts;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.ExchangeRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.convert.ConversionContextBuilder;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;
import org.javamoney.moneta.convert.ExchangeRateBuilder;
import org.javamoney.moneta.spi.DefaultNumberValue;

/**
 * How to plug your own exchange rates: any JSR 354 {@link ExchangeRateProvider} (your bank's
 * fixing, a treasury feed) goes first in precedence; the bundled ECB rates stay as the fallback
 * within the staleness bound. Every conversion records which source answered, and the rate's date.
 */
public final class PlugYourExchangeRates {
    private PlugYourExchangeRates() {
    }

    /**
     * A host's provider: the house bank's daily fixing, here one illustrative fixing of 2026-11-19
     * (HYPOTHETICAL figures). A real one would read the bank's file or API; the date a conversion asks
     * for arrives under the query key {@code LocalDate.class}.
     */
    public static final class HouseBankRates implements ExchangeRateProvider {
        static final LocalDate FIXING_DATE = LocalDate.of(2026, 11, 19);
        private static final Map<String, BigDecimal> EUR_TO = Map.of(
                "USD", new BigDecimal("1.0850"), "GBP", new BigDecimal("0.8420"), "JPY", new BigDecimal("168.10"));
        private final ProviderContext context = ProviderContextBuilder.of("HOUSE-BANK", RateType.DEFERRED).build();

        @Override
        public ProviderContext getContext() {
            return context;
        }

        @Override
        public ExchangeRate getExchangeRate(ConversionQuery q) {
            LocalDate asked = q.get(LocalDate.class);
            CurrencyUnit base = q.getBaseCurrency();
            CurrencyUnit term = q.getCurrency();
            BigDecimal rate = EUR_TO.get(term.getCurrencyCode());
            if (asked == null || asked.isBefore(FIXING_DATE) || !base.getCurrencyCode().equals("EUR") || rate == null) {
                // "no rate": the next source (the bundled ECB rates) is asked
                throw new CurrencyConversionException(base, term, null, "house bank has no fixing for this");
            }
            return new ExchangeRateBuilder(ConversionContextBuilder.create(context, RateType.DEFERRED)
                    .set(LocalDate.class, FIXING_DATE).build())
                    .setBase(base).setTerm(term).setFactor(DefaultNumberValue.of(rate)).build();
        }

        @Override
        public CurrencyConversion getCurrencyConversion(ConversionQuery q) {
            throw new UnsupportedOperationException("xborder asks getExchangeRate with the date");
        }
    }

    public static ExchangeRates rates() {
        return ExchangeRates.builder()
                .addSource(new HouseBankRates()) // first: your rates
                .addBundledEcb()                 // then the bundled ECB rates, within the default 7-day bound
                .build();
    }

    public static void main(String[] args) {
        ExchangeRates rates = rates();
        Conversion now = rates.convert(Amounts.of("100.00", "EUR"), Amounts.currency("USD"), LocalDate.of(2026, 11, 20));
        Conversion past = rates.convert(Amounts.of("100.00", "EUR"), Amounts.currency("USD"), LocalDate.of(2025, 3, 14));
        for (Conversion c : new Conversion[] {now, past}) {
            System.out.println(c.source() + " -> " + c.result() + " at " + c.rate() + " of " + c.rateDate()
                    + " (" + c.rateSource() + ")");
        }
    }
}
