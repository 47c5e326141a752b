package dev.xborder.core.money;

import dev.xborder.core.Checks;
import dev.xborder.core.XborderException;
import java.time.Clock;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionContextBuilder;
import javax.money.convert.ConversionQuery;
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
import org.javamoney.moneta.spi.LazyBoundCurrencyConversion;

/**
 * {@link ExchangeRates} as a JSR 354 {@link ExchangeRateProvider}, for hosts that use Moneta's
 * conversion API ({@code amount.with(provider.getCurrencyConversion(query))}).
 *
 * <p>The date of a query is read from its attribute {@code LocalDate.class}
 * ({@code ConversionQueryBuilder.of().set(LocalDate.class, date)}), else from
 * {@code LocalDate[].class} (dates tried in order, first hit wins, as Moneta's historic providers
 * do); a query with neither means today in the {@link Clock} given at construction. Each returned {@link ExchangeRate} carries in
 * its {@link ConversionContext} the rate's own date (key {@code LocalDate.class}) and its source
 * (key {@value #KEY_RATE_SOURCE}). No rate within the staleness bound is a
 * {@link CurrencyConversionException} whose cause is xborder's
 * {@link dev.xborder.core.ConversionUnavailableException}.
 *
 * <p>Not registered with {@link java.util.ServiceLoader}: construct it and pass it where needed, so
 * Moneta's global provider chain stays as the host configured it. Immutable and thread-safe.
 */
public final class XborderRateProvider implements ExchangeRateProvider {
    /** The provider name, as in {@link ProviderContext#getProviderName()}. */
    public static final String PROVIDER_NAME = "XBORDER";

    /** Context key of the rate's source citation (a String). */
    public static final String KEY_RATE_SOURCE = "rateSource";

    private final ExchangeRates rates;
    private final Clock clock;
    private final ProviderContext context;

    /**
     * A provider over {@code rates}; undated queries use today in {@code clock}.
     *
     * @throws dev.xborder.core.InvalidInputException if an argument is null
     */
    public XborderRateProvider(ExchangeRates rates, Clock clock) {
        this.rates = Checks.notNull(rates, "rates");
        this.clock = Checks.notNull(clock, "clock");
        this.context = ProviderContextBuilder.of(PROVIDER_NAME, RateType.HISTORIC, RateType.DEFERRED)
                .set("sources", String.join(" > ", rates.sourceNames()))
                .build();
    }

    /** A provider over {@code rates}; undated queries use today in UTC. */
    public static XborderRateProvider of(ExchangeRates rates) {
        return new XborderRateProvider(rates, Clock.systemUTC());
    }

    @Override
    public ProviderContext getContext() {
        return context;
    }

    @Override
    public ExchangeRate getExchangeRate(ConversionQuery query) {
        if (query == null || query.getBaseCurrency() == null || query.getCurrency() == null) {
            throw new IllegalArgumentException("query with base and term currency required");
        }
        CurrencyUnit base = query.getBaseCurrency();
        CurrencyUnit term = query.getCurrency();
        LocalDate[] dates = dates(query);
        MonetaryAmount one = Money.of(1, base);
        Conversion c = null;
        XborderException failure = null;
        for (LocalDate date : dates) {
            try {
                c = rates.convert(one, term, date);
                break;
            } catch (XborderException e) {
                failure = e;
            }
        }
        if (c == null) {
            throw new CurrencyConversionException(base, term, ConversionContext.of(PROVIDER_NAME, RateType.HISTORIC),
                    failure.getMessage(), failure);
        }
        ConversionContext ctx = ConversionContextBuilder.create(context, RateType.HISTORIC)
                .set(LocalDate.class, c.rateDate())
                .set(KEY_RATE_SOURCE, c.rateSource())
                .build();
        return new ExchangeRateBuilder(ctx)
                .setBase(base)
                .setTerm(term)
                .setFactor(DefaultNumberValue.of(c.rate()))
                .build();
    }

    /** The query's {@code LocalDate}, else its {@code LocalDate[]} (tried in order, as Moneta does), else today. */
    private LocalDate[] dates(ConversionQuery query) {
        LocalDate date = query.get(LocalDate.class);
        if (date != null) {
            return new LocalDate[] {date};
        }
        LocalDate[] dates = query.get(LocalDate[].class);
        if (dates != null && dates.length > 0 && java.util.Arrays.stream(dates).noneMatch(java.util.Objects::isNull)) {
            return dates;
        }
        return new LocalDate[] {LocalDate.now(clock)};
    }

    /** Whether a rate for the query's pair and date exists within the staleness bound. */
    @Override
    public boolean isAvailable(ConversionQuery query) {
        try {
            getExchangeRate(query);
            return true;
        } catch (CurrencyConversionException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public CurrencyConversion getCurrencyConversion(ConversionQuery query) {
        if (query == null || query.getCurrency() == null) {
            throw new IllegalArgumentException("query with a term currency required");
        }
        return new LazyBoundCurrencyConversion(query, this, ConversionContext.of(PROVIDER_NAME, RateType.HISTORIC));
    }

    @Override
    public String toString() {
        return "XborderRateProvider[" + rates + "]";
    }
}
