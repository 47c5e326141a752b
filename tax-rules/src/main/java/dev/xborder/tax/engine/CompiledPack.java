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
    private final List<RulePack.DutyRate> dutyAllGoods;
    private final Map<CountryCode, Map<TaxCategory, List<RulePack.TaxRate>>> taxRates;
    private final Map<String, Map<TaxCategory, List<RulePack.TaxRate>>> regionalTaxRates;
    private final Map<String, String> cites;

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
    }

    /** The citation of a rule's source, marked if uncertain. */
    String cite(RuleMeta meta) {
        String c = cites.getOrDefault(meta.source(), meta.source());
        return meta.uncertain() ? c + " [UNCERTAIN]" : c;
    }

    /** The most specific duty rate in force for the HS digits ({@code null} digits: only all-goods rates). */
    RulePack.DutyRate dutyRate(String hsDigits, CountryCode country, LocalDate date) {
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
        for (T r : list) {
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
