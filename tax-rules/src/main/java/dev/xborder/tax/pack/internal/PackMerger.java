package dev.xborder.tax.pack.internal;

import dev.xborder.tax.pack.Rule;
import dev.xborder.tax.pack.RulePack;
import dev.xborder.tax.pack.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies an OVERRIDE pack to a pack: rules with an existing id replace all its periods; new ids are added. */
public final class PackMerger {
    private PackMerger() {
    }

    public static RulePack merge(RulePack base, RulePack over) {
        Map<String, Source> sources = new LinkedHashMap<>(base.sources());
        sources.putAll(over.sources());
        return new RulePack(base.file() + " + " + over.file(), base.formatVersion(),
                base.dataVersion() + " + " + over.dataVersion(), base.jurisdiction(), RulePack.Kind.BASE, base.name(),
                sources, conversion(base.conversion(), over.conversion()),
                m(base.destinations(), over.destinations()), m(base.valuation(), over.valuation()),
                m(base.rounding(), over.rounding()), m(base.taxRates(), over.taxRates()),
                m(base.regimes(), over.regimes()), m(base.dutyDeMinimis(), over.dutyDeMinimis()),
                m(base.taxDeMinimis(), over.taxDeMinimis()), m(base.dutyRates(), over.dutyRates()),
                m(base.originDuties(), over.originDuties()), m(base.flatDuties(), over.flatDuties()),
                m(base.fees(), over.fees()), m(base.territories(), over.territories()),
                m(base.regions(), over.regions()), m(base.bandedRates(), over.bandedRates()),
                m(base.advisories(), over.advisories()));
    }

    /** The override's conversion rules where it states them (null = not stated), else the base's. */
    private static RulePack.Conversion conversion(RulePack.Conversion base, RulePack.Conversion over) {
        if (over == null) {
            return base;
        }
        return new RulePack.Conversion(over.amounts() != null ? over.amounts() : base.amounts(),
                over.thresholds() != null ? over.thresholds() : base.thresholds());
    }

    /** Every rule id an override touches, prefixed by section, to detect conflicts at equal precedence. */
    public static Set<String> touchedIds(RulePack over) {
        Set<String> ids = new HashSet<>();
        add(ids, "destinations", over.destinations());
        add(ids, "valuation", over.valuation());
        add(ids, "rounding", over.rounding());
        add(ids, "taxRates", over.taxRates());
        add(ids, "regimes", over.regimes());
        add(ids, "dutyDeMinimis", over.dutyDeMinimis());
        add(ids, "taxDeMinimis", over.taxDeMinimis());
        add(ids, "dutyRates", over.dutyRates());
        add(ids, "originDuties", over.originDuties());
        add(ids, "flatDuties", over.flatDuties());
        add(ids, "fees", over.fees());
        add(ids, "territories", over.territories());
        add(ids, "regions", over.regions());
        add(ids, "bandedRates", over.bandedRates());
        add(ids, "advisories", over.advisories());
        return ids;
    }

    private static void add(Set<String> ids, String section, List<? extends Rule> rules) {
        for (Rule r : rules) {
            ids.add(section + "[id=" + r.meta().id() + "]");
        }
    }

    /** Override rules take the place of the first base rule with their id (keeping order); new ids go last. */
    private static <T extends Rule> List<T> m(List<T> base, List<T> over) {
        Map<String, List<T>> byId = new LinkedHashMap<>();
        for (T r : over) {
            byId.computeIfAbsent(r.meta().id(), k -> new ArrayList<>()).add(r);
        }
        List<T> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (T r : base) {
            List<T> replacement = byId.get(r.meta().id());
            if (replacement == null) {
                out.add(r);
            } else if (placed.add(r.meta().id())) {
                out.addAll(replacement);
            }
        }
        byId.forEach((id, rules) -> {
            if (!placed.contains(id)) {
                out.addAll(rules);
            }
        });
        return out;
    }
}
