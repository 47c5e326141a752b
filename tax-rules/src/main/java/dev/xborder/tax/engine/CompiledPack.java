package dev.xborder.tax.engine;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.pack.Rule;
import dev.xborder.tax.pack.RuleMeta;
import dev.xborder.tax.pack.RulePack;
import dev.xborder.tax.pack.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Indexes of one pack, built once: duty rates by HS prefix, tax rates by country and category. */
final class CompiledPack {
    final RulePack pack;
    private final Map<String, List<RulePack.DutyRate>> dutyByPrefix;
    /**
     * {@link #dutyByPrefix} keyed by (prefix digits as a number) * 16 + prefix length, open addressing,
     * so a lookup walks the HS code's prefixes without making strings; null if a prefix is not all
     * digits or longer than 10 (then the string map is used).
     */
    private final long[] prefixKeys;
    private final Object[] prefixLists;
    private final List<RulePack.DutyRate> dutyAllGoods;
    private final Map<CountryCode, Map<TaxCategory, List<RulePack.TaxRate>>> taxRates;
    private final Map<String, Map<TaxCategory, List<RulePack.TaxRate>>> regionalTaxRates;
    private final Map<String, String> cites;
    /** A zero amount per destination currency of the pack: results share it instead of making one each. */
    private final Map<javax.money.CurrencyUnit, org.javamoney.moneta.Money> zeros;

    /** Territories by destination country, in pack order: those limited to it and those for every destination. */
    private final Map<CountryCode, List<RulePack.Territory>> territoriesByCountry;
    /** The territories for every destination (no country), for a country without territories of its own. */
    private final List<RulePack.Territory> territoriesForAll;

    /** The rate dates of the last quote date seen: quotes of one date share them (replaced, never changed). */
    private volatile RateDates lastRateDates;

    private record RateDates(LocalDate date, LocalDate[] byRule) {
    }

    CompiledPack(RulePack pack) {
        this.pack = pack;
        Map<String, List<RulePack.DutyRate>> byPrefix = new HashMap<>();
        List<RulePack.DutyRate> all = new ArrayList<>();
        for (RulePack.DutyRate d : pack.dutyRates()) {
            if (d.hsPrefix() == null) {
                all.add(d);
            } else {
                byPrefix.computeIfAbsent(d.hsPrefix(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, List<RulePack.DutyRate>> frozen = new HashMap<>();
        byPrefix.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.dutyByPrefix = Map.copyOf(frozen);
        this.dutyAllGoods = List.copyOf(all);
        boolean numeric = true;
        for (String k : frozen.keySet()) {
            numeric &= k.length() >= 2 && k.length() <= 10 && k.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }
        if (numeric) {
            int cap = Integer.highestOneBit(Math.max(4, frozen.size() * 3)) << 1;
            long[] keys = new long[cap];
            Object[] lists = new Object[cap];
            frozen.forEach((k, v) -> {
                long key = Long.parseLong(k) * 16 + k.length();
                int i = slot(key, cap);
                while (keys[i] != 0) {
                    i = (i + 1) & (cap - 1);
                }
                keys[i] = key;
                lists[i] = v;
            });
            this.prefixKeys = keys;
            this.prefixLists = lists;
        } else {
            this.prefixKeys = null;
            this.prefixLists = null;
        }
        Map<CountryCode, Map<TaxCategory, List<RulePack.TaxRate>>> tr = new HashMap<>();
        Map<String, Map<TaxCategory, List<RulePack.TaxRate>>> rr = new HashMap<>();
        for (RulePack.TaxRate t : pack.taxRates()) {
            if (t.region() == null) {
                tr.computeIfAbsent(t.country(), k -> new EnumMap<>(TaxCategory.class))
                        .computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t);
            } else {
                rr.computeIfAbsent(t.country() + "-" + t.region(), k -> new EnumMap<>(TaxCategory.class))
                        .computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t);
            }
        }
        this.taxRates = tr;
        this.regionalTaxRates = rr;
        Map<String, String> c = new HashMap<>();
        for (Source s : pack.sources().values()) {
            c.put(s.id(), s.cite());
        }
        this.cites = Map.copyOf(c);
        Map<javax.money.CurrencyUnit, org.javamoney.moneta.Money> z = new HashMap<>();
        for (RulePack.Destination d : pack.destinations()) {
            z.computeIfAbsent(d.currency(), cur -> org.javamoney.moneta.Money.of(java.math.BigDecimal.ZERO, cur));
        }
        this.zeros = Map.copyOf(z);
        List<RulePack.Territory> forAll = new ArrayList<>();
        Map<CountryCode, List<RulePack.Territory>> byCountry = new HashMap<>();
        for (RulePack.Territory t : pack.territories()) {
            if (t.country() == null) {
                forAll.add(t);
            } else {
                byCountry.putIfAbsent(t.country(), List.of());
            }
        }
        byCountry.replaceAll((country, none) -> pack.territories().stream()
                .filter(t -> t.country() == null || t.country().equals(country)).toList());
        this.territoriesByCountry = Map.copyOf(byCountry);
        this.territoriesForAll = List.copyOf(forAll);
    }

    /**
     * The pack's territories that can apply to destination {@code country}, in pack order: a quote walks these
     * instead of every territory of the pack (each is still checked with {@link Rule#appliesTo}).
     */
    List<RulePack.Territory> territories(CountryCode country) {
        return territoriesByCountry.getOrDefault(country, territoriesForAll);
    }

    /** The zero amount in {@code currency}, equal to {@code Money.of(0, currency)}. */
    org.javamoney.moneta.Money zero(javax.money.CurrencyUnit currency) {
        org.javamoney.moneta.Money m = zeros.get(currency);
        return m != null ? m : org.javamoney.moneta.Money.of(java.math.BigDecimal.ZERO, currency);
    }

    /**
     * The rate date of every {@link RulePack.RateDate} rule for a quote dated {@code date}, by ordinal: the same
     * array for consecutive quotes of one date, so callers must not change it.
     */
    LocalDate[] rateDates(LocalDate date) {
        RateDates r = lastRateDates;
        if (r == null || !r.date().equals(date)) {
            r = new RateDates(date, Quoting.rateDatesOf(date));
            lastRateDates = r;
        }
        return r.byRule();
    }

    /** The citation of a rule's source, marked if uncertain. */
    String cite(RuleMeta meta) {
        String c = cites.getOrDefault(meta.source(), meta.source());
        return meta.uncertain() ? c + " [UNCERTAIN]" : c;
    }

    /** The most specific duty rate in force for the HS digits ({@code null} digits: only all-goods rates). */
    RulePack.DutyRate dutyRate(String hsDigits, CountryCode country, LocalDate date) {
        if (hsDigits != null && prefixKeys != null && hsDigits.length() <= 18) {
            int max = Math.min(10, hsDigits.length());
            long v = 0;
            boolean digits = true;
            for (int i = 0; i < max; i++) {
                char ch = hsDigits.charAt(i);
                digits &= ch >= '0' && ch <= '9';
                v = v * 10 + (ch - '0');
            }
            if (digits) {
                // v holds the first len digits: dropping the last digit walks to the next shorter prefix
                for (int len = max; len >= 2; len--, v /= 10) {
                    RulePack.DutyRate found = pick(prefixList(v * 16 + len), country, date);
                    if (found != null) {
                        return found;
                    }
                }
                return pick(dutyAllGoods, country, date);
            }
        }
        if (hsDigits != null) {
            for (int len = Math.min(10, hsDigits.length()); len >= 2; len--) {
                List<RulePack.DutyRate> list = dutyByPrefix.get(hsDigits.substring(0, len));
                RulePack.DutyRate found = pick(list, country, date);
                if (found != null) {
                    return found;
                }
            }
        }
        return pick(dutyAllGoods, country, date);
    }

    private static int slot(long key, int cap) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (cap - 1);
    }

    @SuppressWarnings("unchecked")
    private List<RulePack.DutyRate> prefixList(long key) {
        int cap = prefixKeys.length;
        for (int i = slot(key, cap); ; i = (i + 1) & (cap - 1)) {
            long k = prefixKeys[i];
            if (k == key) {
                return (List<RulePack.DutyRate>) prefixLists[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    /** The national tax rate in force for the category, or {@code null}. */
    RulePack.TaxRate taxRate(CountryCode country, TaxCategory category, LocalDate date) {
        Map<TaxCategory, List<RulePack.TaxRate>> byCat = taxRates.get(country);
        if (byCat == null) return null;
        return pick(byCat.get(category), country, date);
    }

    /** The rate in force for the category in a region ({@code null} region: none), or {@code null}. */
    RulePack.TaxRate regionalTaxRate(CountryCode country, String region, TaxCategory category, LocalDate date) {
        if (region == null) return null;
        Map<TaxCategory, List<RulePack.TaxRate>> byCat = regionalTaxRates.get(country + "-" + region);
        if (byCat == null) return null;
        return pick(byCat.get(category), country, date);
    }

    /** Whether any regional rate of the country is in force on the date. */
    boolean hasRegionalRates(CountryCode country, LocalDate date) {
        for (RulePack.TaxRate t : pack.taxRates()) {
            if (t.region() != null && t.appliesTo(country, date)) return true;
        }
        return false;
    }

    /** The first rule of the list in force, preferring one limited to {@code country} over a general one. */
    static <T extends Rule> T pick(List<T> list, CountryCode country, LocalDate date) {
        if (list == null) return null;
        T general = null;
        for (int i = 0, size = list.size(); i < size; i++) {
            T r = list.get(i);
            if (r.appliesTo(country, date)) {
                if (r.country() != null) {
                    return r;
                }
                if (general == null) {
                    general = r;
                }
            }
        }
        return general;
    }
}
