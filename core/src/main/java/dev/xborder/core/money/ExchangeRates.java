package dev.xborder.core.money;

import dev.xborder.core.Checks;
import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.convert.ExchangeRateProvider;
import org.javamoney.moneta.Money;

/**
 * Dated currency conversion over one or more rate sources in declared precedence order.
 *
 * <p><b>The rate of a date</b> is the one published that day or, failing that, the latest one
 * published before it, provided it is at most {@link Builder#maxStaleness(Period) maxStaleness}
 * older. Anything older, or no rate at all, is a {@link ConversionUnavailableException} naming the
 * currency and date; there is never a silent fallback to older data.
 *
 * <p><b>Sources</b> are asked in the order they were added; the first that can give the whole
 * conversion within the staleness bound wins, and only it is cited. A {@link RateTable} crosses
 * through its base currency (USD to GBP is {@code GBP-per-EUR / USD-per-EUR}) at full precision;
 * the result is rounded once, at the end, to the target currency's minor units (half-up unless
 * {@link Builder#roundingMode(RoundingMode)} says otherwise). When the two legs of a cross rate
 * have different dates (one currency had no rate that day), the {@link Conversion#rateDate()} is
 * the older of the two. A JSR 354 {@link ExchangeRateProvider} is asked for the pair directly.
 * Converting to the same currency uses rate 1, source {@value #IDENTITY_SOURCE}.
 *
 * <p><b>Bundled data.</b> {@link #bundledEcb()} uses the ECB euro reference rates shipped in this
 * jar, which end on 2025-05-09. With the default bound of seven days, any date after 2025-05-16
 * fails: plug in a fresher source (a file read with {@link EcbRates}, a JSR 354 provider, a
 * {@link RateSourceProvider}) or widen the bound explicitly.
 *
 * <p>Immutable and thread-safe. A {@link RateTable} lookup is a hash lookup plus a binary search
 * per currency; it neither parses nor touches the network. Nothing here opens a connection unless
 * a source the host added does.
 */
public final class ExchangeRates implements CurrencyConverter {
    /**
     * The default staleness bound: 7 days. The ECB publishes on TARGET business days; the longest
     * regular gap between two publications in 1999..2025 is 5 days (Easter: Thursday to Tuesday,
     * and Christmas 2023: 22 to 27 December). Seven days covers those with a margin, yet fails a feed
     * that has stopped for more than a week.
     */
    public static final Period DEFAULT_MAX_STALENESS = Period.ofDays(7);

    /** The source cited for a same-currency conversion (rate 1). */
    public static final String IDENTITY_SOURCE = "identity (same currency)";

    private static final class Bundled {
        static final ExchangeRates INSTANCE = builder().addSource(EcbRates.bundled()).build();
    }

    private final CurrencyUnit base;
    private final int maxDays;
    private final RoundingMode roundingMode;
    private final RateSource[] sources;

    private ExchangeRates(Builder b) {
        this.base = b.base;
        this.maxDays = b.maxDays;
        this.roundingMode = b.roundingMode;
        this.sources = b.sources.toArray(new RateSource[0]);
    }

    /**
     * The ECB euro reference rates bundled in this jar (2024-01-02..2025-05-09), base EUR, default
     * staleness bound. Loaded once, on first use, from the class path; never from the network.
     */
    public static ExchangeRates bundledEcb() {
        return Bundled.INSTANCE;
    }

    /** A builder with base EUR, {@link #DEFAULT_MAX_STALENESS}, half-up rounding and no sources. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Converts {@code amount} into {@code target} at the rate of {@code date}.
     *
     * @return the result rounded to the target's minor units, with the rate, the requested date,
     *     the rate's own date and its source
     * @throws ConversionUnavailableException if no source has a rate for the pair within the
     *     staleness bound; the message says what each source lacked and what to do
     * @throws InvalidInputException if an argument is null or {@code target} has no minor unit
     * @throws dev.xborder.core.XborderException with code {@code CONVERSION_UNAVAILABLE} if a host's
     *     JSR 354 provider fails with anything other than a {@code MonetaryException}
     */
    @Override
    public Conversion convert(MonetaryAmount amount, CurrencyUnit target, LocalDate date) {
        Checks.notNull(amount, "amount");
        Checks.notNull(target, "target");
        Checks.notNull(date, "date");
        Amounts.fractionDigits(target);
        BigDecimal value = Amounts.decimal(amount);
        String from = amount.getCurrency().getCurrencyCode();
        if (from.equals(target.getCurrencyCode())) {
            BigDecimal result = value.setScale(target.getDefaultFractionDigits(), roundingMode);
            return new Conversion(amount, Money.of(result, target), BigDecimal.ONE, date, date, IDENTITY_SOURCE);
        }
        long day = date.toEpochDay();
        for (RateSource s : sources) {
            Conversion c = s.tryConvert(amount, value, from, target, date, day, maxDays, roundingMode);
            if (c != null) {
                return c;
            }
        }
        throw unavailable(from, target.getCurrencyCode(), date, day);
    }

    /**
     * The rate of {@code from -> to} on {@code date}: the rate {@link #convert} would use for any amount
     * of {@code from}, found once. {@link DatedRate#convert(java.math.BigDecimal)} then gives exactly
     * {@code convert}'s result for each amount, by arithmetic alone (no lookup, no {@code Money}).
     *
     * @throws ConversionUnavailableException if no source has a rate for the pair within the
     *     staleness bound (the same message as {@link #convert})
     * @throws InvalidInputException if an argument is null or {@code to} has no minor unit
     */
    public DatedRate rate(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(date, "date");
        Amounts.fractionDigits(to);
        String f = from.getCurrencyCode();
        if (f.equals(to.getCurrencyCode())) {
            return new DatedRate(from, to, date, date, IDENTITY_SOURCE, null, null, roundingMode);
        }
        long day = date.toEpochDay();
        for (RateSource s : sources) {
            DatedRate r = s.tryRate(f, from, to, date, day, maxDays, roundingMode);
            if (r != null) {
                return r;
            }
        }
        throw unavailable(f, to.getCurrencyCode(), date, day);
    }

    private ConversionUnavailableException unavailable(String from, String to, LocalDate date, long day) {
        StringBuilder sb = new StringBuilder("No exchange rate ").append(from).append("->").append(to)
                .append(" for ").append(date).append(" within the staleness bound of ").append(maxDays)
                .append(" days. ");
        for (RateSource s : sources) {
            sb.append(s.explain(from, to, date, day, maxDays)).append(". ");
        }
        sb.append("To fix: add a source with rates for ").append(date)
                .append(" (ExchangeRates.builder().addSource(...): a file read with EcbRates, a JSR 354 provider, "
                        + "a RateSourceProvider), or widen the bound explicitly with maxStaleness(...) if older rates "
                        + "are acceptable.");
        return new ConversionUnavailableException("date", date + " (" + from + "->" + to + ")", sb.toString());
    }

    /** The base currency through which rate tables cross. */
    public CurrencyUnit base() {
        return base;
    }

    /** The staleness bound, in days. */
    public Period maxStaleness() {
        return Period.ofDays(maxDays);
    }

    /** The rounding mode of results. */
    public RoundingMode roundingMode() {
        return roundingMode;
    }

    /** The names of the sources, in precedence order (first wins). */
    public List<String> sourceNames() {
        return Arrays.stream(sources).map(RateSource::name).toList();
    }

    @Override
    public String toString() {
        return "ExchangeRates[base " + base.getCurrencyCode() + ", maxStaleness " + maxDays + " days, sources "
                + sourceNames() + "]";
    }

    /**
     * Configures {@link ExchangeRates}. Each setter checks its argument at once
     * ({@link InvalidInputException} naming it); {@link #build()} checks the whole and reports every
     * problem in one message. Not thread-safe.
     */
    public static final class Builder {
        private CurrencyUnit base = Amounts.currency("EUR");
        private int maxDays = DEFAULT_MAX_STALENESS.getDays();
        private RoundingMode roundingMode = Amounts.DEFAULT_ROUNDING;
        private final List<RateSource> sources = new ArrayList<>();
        private final List<RateTable> tables = new ArrayList<>();

        private Builder() {
        }

        /** The base currency every added {@link RateTable} must be quoted in. Default EUR. */
        public Builder base(CurrencyUnit base) {
            this.base = Checks.notNull(base, "base");
            return this;
        }

        /**
         * How much older than the requested date a rate may be. Only days: a period with months or
         * years is rejected, since their length varies. Default {@link #DEFAULT_MAX_STALENESS}.
         *
         * @throws InvalidInputException if null, negative, or not a whole number of days
         */
        public Builder maxStaleness(Period maxStaleness) {
            Checks.notNull(maxStaleness, "maxStaleness");
            if (maxStaleness.getYears() != 0 || maxStaleness.getMonths() != 0 || maxStaleness.getDays() < 0) {
                throw new InvalidInputException("maxStaleness", maxStaleness,
                        "must be a non-negative number of days, e.g. Period.ofDays(7)");
            }
            this.maxDays = maxStaleness.getDays();
            return this;
        }

        /**
         * {@link #maxStaleness(Period)} in days; 0 means only a rate of the exact date is accepted.
         *
         * @throws InvalidInputException if negative
         */
        public Builder maxStalenessDays(int days) {
            this.maxDays = Checks.nonNegative(days, "maxStalenessDays");
            return this;
        }

        /** How results are rounded to the target's minor units. Default half-up. */
        public Builder roundingMode(RoundingMode mode) {
            Checks.notNull(mode, "roundingMode");
            if (mode == RoundingMode.UNNECESSARY) {
                throw new InvalidInputException("roundingMode", mode, "must allow rounding: converted amounts rarely fit exactly");
            }
            this.roundingMode = mode;
            return this;
        }

        /** Adds a rate table as the next source in precedence (after those already added). */
        public Builder addSource(RateTable table) {
            Checks.notNull(table, "table");
            tables.add(table);
            sources.add(new TableRateSource(table));
            return this;
        }

        /**
         * Adds a JSR 354 provider as the next source in precedence. It is queried per conversion
         * with the date (see {@link javax.money.convert.ConversionQuery} key {@code LocalDate.class});
         * its {@code ProviderContext} provider name is cited as the source. Whatever the provider
         * does (including network access) is the host's choice.
         */
        public Builder addSource(ExchangeRateProvider provider) {
            Checks.notNull(provider, "provider");
            String name = provider.getContext() == null ? null : provider.getContext().getProviderName();
            sources.add(new ProviderRateSource(provider,
                    name == null || name.isBlank() ? provider.getClass().getName() : name));
            return this;
        }

        /** Adds the bundled ECB euro reference rates as the next source in precedence. */
        public Builder addBundledEcb() {
            return addSource(EcbRates.bundled());
        }

        /**
         * {@link #addDiscovered(ClassLoader)} with the thread's context class loader, or this
         * class's loader if there is none.
         */
        public Builder addDiscovered() {
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            return addDiscovered(cl != null ? cl : ExchangeRates.class.getClassLoader());
        }

        /**
         * Adds every {@link RateSourceProvider} found by {@link ServiceLoader} in {@code loader},
         * in order of {@link RateSourceProvider#id()} (so the order does not depend on the class
         * path), as the next sources in precedence. For a chosen order use
         * {@link #addDiscovered(ClassLoader, String...)}.
         *
         * @throws InvalidInputException if two providers share an id
         */
        public Builder addDiscovered(ClassLoader loader) {
            Map<String, RateSourceProvider> found = discover(Checks.notNull(loader, "loader"));
            found.values().stream().sorted(Comparator.comparing(RateSourceProvider::id))
                    .forEach(p -> addSource(p.rates()));
            return this;
        }

        /**
         * Adds the discovered {@link RateSourceProvider}s with the given ids, in the given order.
         *
         * @throws InvalidInputException if two providers share an id, or an id is not found
         */
        public Builder addDiscovered(ClassLoader loader, String... ids) {
            Checks.notNull(ids, "ids");
            Map<String, RateSourceProvider> found = discover(Checks.notNull(loader, "loader"));
            List<RateSourceProvider> chosen = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                RateSourceProvider p = found.get(Checks.notBlank(ids[i], "ids[" + i + "]"));
                if (p == null) {
                    throw new InvalidInputException("ids[" + i + "]", ids[i],
                            "no RateSourceProvider with this id on the class path; found " + found.keySet());
                }
                chosen.add(p);
            }
            chosen.forEach(p -> addSource(p.rates()));
            return this;
        }

        private static Map<String, RateSourceProvider> discover(ClassLoader loader) {
            Map<String, RateSourceProvider> byId = new HashMap<>();
            for (RateSourceProvider p : ServiceLoader.load(RateSourceProvider.class, loader)) {
                String id = p.id();
                if (id == null || id.isBlank()) {
                    throw new InvalidInputException("RateSourceProvider.id", p.getClass().getName(),
                            "returned a null or blank id; every provider needs a unique, non-blank id");
                }
                RateSourceProvider other = byId.putIfAbsent(id, p);
                if (other != null) {
                    throw new InvalidInputException("RateSourceProvider.id", id,
                            "is declared by two providers: " + other.getClass().getName() + " and "
                                    + p.getClass().getName() + ". Remove one of them (or its jar) from the class path, "
                                    + "or give one another id; to use one without discovery, pass its rates() to "
                                    + "ExchangeRates.builder().addSource(...)");
                }
            }
            return new LinkedHashMap<>(byId);
        }

        /**
         * The immutable {@link ExchangeRates}.
         *
         * @throws InvalidInputException listing every problem: no source, or a table whose base is
         *     not {@link #base(CurrencyUnit)}
         */
        public ExchangeRates build() {
            List<String> problems = new ArrayList<>();
            if (sources.isEmpty()) {
                problems.add("no source: add at least one (addSource, addBundledEcb or addDiscovered)");
            }
            for (RateTable t : tables) {
                if (!t.base().getCurrencyCode().equals(base.getCurrencyCode())) {
                    problems.add("table \"" + t.source() + "\" is quoted in " + t.base().getCurrencyCode()
                            + " but the base is " + base.getCurrencyCode());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("ExchangeRates", null, String.join("; ", problems));
            }
            return new ExchangeRates(this);
        }
    }
}
