package dev.xborder.core.money;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;

/**
 * Published exchange rates by date: for each date, how many units of each currency one unit of
 * the {@link #base()} currency buys (the ECB's convention: {@code USD 1.1252} on 2025-05-09 means
 * 1 EUR = 1.1252 USD), with the {@link #source()} every conversion will cite.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder(CurrencyUnit, String)} or read from the
 * ECB's files with {@link EcbRates}. Internally each currency's rates are kept as arrays sorted by
 * date, so {@link ExchangeRates} finds the rate of a date by binary search without parsing or
 * allocating.
 */
public final class RateTable {
    private final CurrencyUnit base;
    private final String source;
    private final Map<String, RateSeries> series;
    private final Map<String, CurrencyUnit> currencies;
    private final LocalDate firstDate;
    private final LocalDate lastDate;
    private final int dateCount;

    private RateTable(Builder b) {
        this.base = b.base;
        this.source = b.source;
        Map<String, RateSeries> s = new HashMap<>();
        Map<String, CurrencyUnit> c = new HashMap<>();
        TreeSet<LocalDate> allDates = new TreeSet<>();
        for (Map.Entry<String, TreeMap<LocalDate, BigDecimal>> e : b.rates.entrySet()) {
            TreeMap<LocalDate, BigDecimal> byDate = e.getValue();
            int n = byDate.size();
            long[] days = new long[n];
            LocalDate[] dates = new LocalDate[n];
            BigDecimal[] units = new BigDecimal[n];
            int i = 0;
            for (Map.Entry<LocalDate, BigDecimal> r : byDate.entrySet()) {
                days[i] = r.getKey().toEpochDay();
                dates[i] = r.getKey();
                units[i] = r.getValue();
                i++;
            }
            allDates.addAll(byDate.keySet());
            s.put(e.getKey(), new RateSeries(days, dates, units));
            c.put(e.getKey(), b.units.get(e.getKey()));
        }
        this.series = Map.copyOf(s);
        this.currencies = Map.copyOf(c);
        this.firstDate = allDates.first();
        this.lastDate = allDates.last();
        this.dateCount = allDates.size();
    }

    /**
     * A builder for a table in {@code base} whose rates come from {@code source} (a short citation
     * such as "ECB euro foreign exchange reference rates, eurofxref-hist.csv").
     *
     * @throws InvalidInputException if an argument is null or blank
     */
    public static Builder builder(CurrencyUnit base, String source) {
        return new Builder(Checks.notNull(base, "base"), Checks.notBlank(source, "source"));
    }

    /** The currency the rates are quoted against (EUR for the ECB). */
    public CurrencyUnit base() {
        return base;
    }

    /** Where the rates come from, as cited in every {@link Conversion}. */
    public String source() {
        return source;
    }

    /** The currencies with at least one rate, not including the base. */
    public Set<CurrencyUnit> currencies() {
        return Set.copyOf(currencies.values());
    }

    /** The earliest date with a rate. */
    public LocalDate firstDate() {
        return firstDate;
    }

    /** The latest date with a rate. */
    public LocalDate lastDate() {
        return lastDate;
    }

    /** How many distinct dates carry at least one rate. */
    public int dateCount() {
        return dateCount;
    }

    /**
     * The rate published for exactly {@code date} (units of {@code currency} per one base unit),
     * or empty. For the rate in force on a date, with staleness, use {@link ExchangeRates}.
     *
     * @throws InvalidInputException if an argument is null
     */
    public Optional<BigDecimal> rate(CurrencyUnit currency, LocalDate date) {
        Checks.notNull(currency, "currency");
        Checks.notNull(date, "date");
        RateSeries s = series.get(currency.getCurrencyCode());
        if (s == null) {
            return Optional.empty();
        }
        int i = s.floor(date.toEpochDay());
        return i >= 0 && s.dates[i].equals(date) ? Optional.of(s.units[i]) : Optional.empty();
    }

    RateSeries series(String currencyCode) {
        return series.get(currencyCode);
    }

    @Override
    public String toString() {
        return "RateTable[" + source + ", base " + base.getCurrencyCode() + ", " + currencies.size()
                + " currencies, " + firstDate + ".." + lastDate + "]";
    }

    /** Collects rates; {@link #build()} validates the whole. Not thread-safe. */
    public static final class Builder {
        private final CurrencyUnit base;
        private final String source;
        private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new TreeMap<>();
        private final Map<String, CurrencyUnit> units = new HashMap<>();

        private Builder(CurrencyUnit base, String source) {
            this.base = base;
            this.source = source;
        }

        /**
         * Records that on {@code date} one base unit bought {@code unitsPerBase} of {@code currency}.
         *
         * @throws InvalidInputException if an argument is null, the rate is not positive, the
         *     currency is the base, or a different rate was already put for the same date and currency
         */
        public Builder put(LocalDate date, CurrencyUnit currency, BigDecimal unitsPerBase) {
            Checks.notNull(date, "date");
            Checks.notNull(currency, "currency");
            Checks.positive(unitsPerBase, "rate");
            String code = currency.getCurrencyCode();
            if (code.equals(base.getCurrencyCode())) {
                throw new InvalidInputException("currency", code, "is the base currency of the table; its rate is 1 by definition");
            }
            TreeMap<LocalDate, BigDecimal> byDate = rates.computeIfAbsent(code, k -> new TreeMap<>());
            BigDecimal old = byDate.get(date);
            if (old != null && old.compareTo(unitsPerBase) != 0) {
                throw new InvalidInputException("rate", unitsPerBase.toPlainString(),
                        "conflicts with " + old.toPlainString() + " already given for " + code + " on " + date);
            }
            byDate.put(date, unitsPerBase);
            units.put(code, currency);
            return this;
        }

        /**
         * The immutable table.
         *
         * @throws InvalidInputException if no rate was put
         */
        public RateTable build() {
            if (rates.isEmpty()) {
                throw new InvalidInputException("rates", "[]", "a rate table needs at least one rate");
            }
            return new RateTable(this);
        }
    }

    /** Every currency code with rates, sorted; for diagnostics. */
    List<String> codes() {
        List<String> l = new ArrayList<>(series.keySet());
        Collections.sort(l);
        return l;
    }
}
