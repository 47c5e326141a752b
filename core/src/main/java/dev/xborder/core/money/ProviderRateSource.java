package dev.xborder.core.money;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.XborderException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import org.javamoney.moneta.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A host's JSR 354 {@link ExchangeRateProvider} as a source. It is asked for the pair directly
 * with a {@link ConversionQuery} carrying the {@link LocalDate} (key {@code LocalDate.class}); the
 * provider does its own cross rates. The rate's own date is read from the returned rate's context
 * (key {@code LocalDate.class}); a provider that states none is taken to have answered for the
 * date asked. The result is rounded once to the target's minor units. A provider that answers
 * "no rate" with a {@link MonetaryException} lets the next source try; any other exception is a
 * broken provider and fails the conversion with an {@link XborderException}.
 */
final class ProviderRateSource implements RateSource {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderRateSource.class);

    private final ExchangeRateProvider provider;
    private final String name;

    ProviderRateSource(ExchangeRateProvider provider, String name) {
        this.provider = provider;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Conversion tryConvert(MonetaryAmount amount, BigDecimal value, String from, CurrencyUnit target,
                                 LocalDate date, long epochDay, int maxDays, RoundingMode mode) {
        Answer a = ask(amount.getCurrency(), target, date, epochDay, maxDays);
        if (a.rate == null) {
            return null;
        }
        BigDecimal result = value.multiply(a.rate).setScale(target.getDefaultFractionDigits(), mode);
        return new Conversion(amount, Money.of(result, target), a.rate, date, a.date, name);
    }

    @Override
    public DatedRate tryRate(String from, CurrencyUnit fromUnit, CurrencyUnit target, LocalDate date, long epochDay,
                             int maxDays, RoundingMode mode) {
        Answer a = ask(fromUnit, target, date, epochDay, maxDays);
        if (a.rate == null) {
            return null;
        }
        return new DatedRate(fromUnit, target, date, a.date, name, a.rate, null, mode);
    }

    @Override
    public String explain(String from, String to, LocalDate date, long epochDay, int maxDays) {
        try {
            return name + ": " + ask(Amounts.currency(from), Amounts.currency(to), date, epochDay, maxDays).why;
        } catch (RuntimeException e) {
            return name + ": " + e.getMessage();
        }
    }

    private record Answer(BigDecimal rate, LocalDate date, String why) {
    }

    private Answer ask(CurrencyUnit from, CurrencyUnit to, LocalDate date, long epochDay, int maxDays) {
        ConversionQuery query = ConversionQueryBuilder.of()
                .setBaseCurrency(from).setTermCurrency(to)
                .set(LocalDate.class, date)
                .build();
        ExchangeRate rate;
        try {
            rate = provider.getExchangeRate(query);
        } catch (MonetaryException e) {
            LOG.debug("provider {} has no rate {}->{} for {}: {}", name, from, to, date, e.getMessage());
            return new Answer(null, null, "no rate (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // not "no rate" but a broken provider: fail loudly rather than fall through to the next source
            throw new XborderException(ErrorCode.CONVERSION_UNAVAILABLE, "Exchange-rate provider " + name
                    + " failed for " + from.getCurrencyCode() + "->" + to.getCurrencyCode() + " on " + date + ": " + e,
                    "provider", name, false, e);
        }
        if (rate == null || rate.getFactor() == null) {
            return new Answer(null, null, "no rate");
        }
        BigDecimal factor = rate.getFactor().numberValue(BigDecimal.class);
        if (factor.signum() <= 0) {
            return new Answer(null, null, "gave a non-positive rate " + factor.toPlainString());
        }
        LocalDate rateDate = rate.getContext() == null ? null : rate.getContext().get(LocalDate.class);
        if (rateDate == null) {
            rateDate = date;
        }
        long age = epochDay - rateDate.toEpochDay();
        if (age < 0) {
            return new Answer(null, null, "gave a rate of " + rateDate + ", after the date asked");
        }
        if (age > maxDays) {
            return new Answer(null, null, "newest rate is of " + rateDate + ", " + age
                    + " days older, beyond the staleness bound of " + maxDays + " days");
        }
        return new Answer(factor, rateDate, null);
    }
}
