package dev.xborder.tax.pack.internal;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.pack.Rule;
import dev.xborder.tax.pack.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Cross-rule checks of one (possibly merged) pack: sources referenced exist, no overlapping periods
 * for the same rule id, tax-rate key or duty prefix, rules limited to countries the pack governs,
 * and every destination has a STANDARD tax rate, a valuation and a rounding rule in force when it starts.
 * Problem paths name the section and rule id: {@code $.taxRates[id=de.vat.standard]}.
 */
public final class PackValidator {
    private PackValidator() {
    }

    public static void validate(RulePack pack, Problems problems) {
        String f = pack.file();
        Set<CountryCode> governed = new HashSet<>();
        pack.destinations().forEach(d -> governed.add(d.country()));
        section(pack, "destinations", pack.destinations(), problems, governed);
        section(pack, "valuation", pack.valuation(), problems, governed);
        section(pack, "rounding", pack.rounding(), problems, governed);
        section(pack, "taxRates", pack.taxRates(), problems, governed);
        section(pack, "regimes", pack.regimes(), problems, governed);
        section(pack, "dutyDeMinimis", pack.dutyDeMinimis(), problems, governed);
        section(pack, "taxDeMinimis", pack.taxDeMinimis(), problems, governed);
        section(pack, "dutyRates", pack.dutyRates(), problems, governed);
        section(pack, "originDuties", pack.originDuties(), problems, governed);
        section(pack, "flatDuties", pack.flatDuties(), problems, governed);
        section(pack, "fees", pack.fees(), problems, governed);
        section(pack, "territories", pack.territories(), problems, governed);
        section(pack, "regions", pack.regions(), problems, governed);
        section(pack, "bandedRates", pack.bandedRates(), problems, governed);
        section(pack, "advisories", pack.advisories(), problems, governed);

        overlapsByKey(f, "destinations", pack.destinations(), d -> d.country().alpha2(), problems);
        overlapsByKey(f, "taxRates", pack.taxRates(),
                t -> t.country() + (t.region() == null ? "" : "-" + t.region()) + "/" + t.category(), problems);
        overlapsByKey(f, "regions", pack.regions(), r -> r.country() + "-" + r.code(), problems);
        Set<String> regionCodes = new HashSet<>();
        pack.regions().forEach(r -> regionCodes.add(r.country() + "-" + r.code()));
        for (RulePack.TaxRate t : pack.taxRates()) {
            if (t.region() != null && !regionCodes.contains(t.country() + "-" + t.region())) {
                problems.add(f, "$.taxRates[id=" + t.meta().id() + "].region", "unknown region " + t.region()
                        + " of " + t.country() + " (not in the pack's regions)");
            }
        }
        for (RulePack.Fee fee : pack.fees()) {
            for (String id : fee.excludedTerritories()) {
                RulePack.Territory t = pack.territories().stream().filter(x -> x.meta().id().equals(id)).findFirst()
                        .orElse(null);
                if (t == null) {
                    problems.add(f, "$.fees[id=" + fee.meta().id() + "].excludedTerritories", "unknown territory " + id
                            + " (not in the pack's territories)");
                } else if (fee.country() != null && !fee.country().equals(t.country())) {
                    problems.add(f, "$.fees[id=" + fee.meta().id() + "].excludedTerritories", "territory " + id
                            + " belongs to " + t.country() + ", not to the fee's country " + fee.country());
                }
            }
        }
        for (RulePack.Advisory a : pack.advisories()) {
            for (String code : a.regions()) {
                boolean known = a.country() == null
                        ? pack.regions().stream().anyMatch(r -> r.code().equals(code))
                        : regionCodes.contains(a.country() + "-" + code);
                if (!known) {
                    problems.add(f, "$.advisories[id=" + a.meta().id() + "].regions", "unknown region " + code
                            + (a.country() == null ? "" : " of " + a.country()) + " (not in the pack's regions)");
                }
            }
        }
        overlapsByKey(f, "dutyRates", pack.dutyRates(), d -> d.country() + "/" + d.hsPrefix(), problems);
        overlapsByKey(f, "valuation", pack.valuation(), v -> String.valueOf(v.country()), problems);
        overlapsByKey(f, "rounding", pack.rounding(), r -> String.valueOf(r.country()), problems);

        if (pack.kind() == RulePack.Kind.BASE && pack.destinations().isEmpty()) {
            problems.add(f, "$.destinations", "a BASE pack needs at least one destination");
        }
        for (RulePack.Destination d : pack.destinations()) {
            LocalDate start = d.meta().period().from();
            String p = "$.destinations[id=" + d.meta().id() + "]";
            if (pack.taxRates().stream().noneMatch(t -> t.country().equals(d.country())
                    && t.category() == TaxCategory.STANDARD && t.region() == null
                    && t.meta().period().contains(start))) {
                problems.add(f, p, "no STANDARD tax rate for " + d.country() + " in force on " + start);
            }
            if (pack.valuation().stream().noneMatch(v -> v.appliesTo(d.country(), start))) {
                problems.add(f, p, "no valuation rule for " + d.country() + " in force on " + start);
            }
            if (pack.rounding().stream().noneMatch(v -> v.appliesTo(d.country(), start))) {
                problems.add(f, p, "no rounding rule for " + d.country() + " in force on " + start);
            }
        }
    }

    private static void section(RulePack pack, String name, List<? extends Rule> rules, Problems problems,
                                Set<CountryCode> governed) {
        Map<String, List<Rule>> byId = new HashMap<>();
        for (Rule r : rules) {
            String p = "$." + name + "[id=" + r.meta().id() + "]";
            if (!pack.sources().containsKey(r.meta().source())) {
                problems.add(pack.file(), p + ".source", "unknown source id " + r.meta().source()
                        + " (not in the header's sources)");
            }
            if (r.country() != null && !governed.contains(r.country())) {
                problems.add(pack.file(), p + ".country", r.country() + " is not a destination of this pack");
            }
            List<Rule> same = byId.computeIfAbsent(r.meta().id(), k -> new ArrayList<>());
            for (Rule o : same) {
                if (o.meta().period().overlaps(r.meta().period())) {
                    problems.add(pack.file(), p, "overlapping periods for rule id " + r.meta().id() + ": "
                            + o.meta().period() + " and " + r.meta().period());
                }
            }
            same.add(r);
        }
    }

    private static <T extends Rule> void overlapsByKey(String file, String name, List<T> rules,
                                                       Function<T, String> key, Problems problems) {
        Map<String, List<T>> byKey = new HashMap<>();
        for (T r : rules) {
            List<T> same = byKey.computeIfAbsent(key.apply(r), k -> new ArrayList<>());
            for (T o : same) {
                if (!Objects.equals(o.meta().id(), r.meta().id()) && o.meta().period().overlaps(r.meta().period())) {
                    problems.add(file, "$." + name + "[id=" + r.meta().id() + "]", "overlaps rule "
                            + o.meta().id() + " for the same " + key.apply(r).replace("null/", "") + " ("
                            + o.meta().period() + " and " + r.meta().period() + ")");
                }
            }
            same.add(r);
        }
    }
}
