package dev.xborder.tax.pack;

import dev.xborder.core.Checks;
import dev.xborder.core.NoApplicableRuleException;
import dev.xborder.core.geo.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The validated, merged rule packs, one per jurisdiction, with an index from destination country to
 * pack. Immutable and thread-safe. Built by {@link RulePackLoader}.
 */
public final class RuleBook {
    private final Map<String, RulePack> packs;
    private final Map<CountryCode, List<Entry>> byCountry;

    /** A pack governing a country in a period. */
    public record Entry(RulePack pack, RulePack.Destination destination) {
    }

    RuleBook(Collection<RulePack> packs) {
        Map<String, RulePack> m = new TreeMap<>();
        Map<CountryCode, List<Entry>> idx = new HashMap<>();
        for (RulePack p : packs) {
            m.put(p.jurisdiction(), p);
            for (RulePack.Destination d : p.destinations()) {
                idx.computeIfAbsent(d.country(), k -> new ArrayList<>()).add(new Entry(p, d));
            }
        }
        this.packs = Map.copyOf(m);
        Map<CountryCode, List<Entry>> frozen = new HashMap<>();
        idx.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byCountry = Map.copyOf(frozen);
    }

    /** The packs by jurisdiction. */
    public Map<String, RulePack> packs() {
        return packs;
    }

    /**
     * The pack for a jurisdiction, if loaded.
     *
     * @throws dev.xborder.core.InvalidInputException if jurisdiction is null
     */
    public Optional<RulePack> pack(String jurisdiction) {
        Checks.notNull(jurisdiction, "jurisdiction");
        return Optional.ofNullable(packs.get(jurisdiction));
    }

    /**
     * Whether any loaded pack lists {@code country} as a destination (in any period).
     *
     * @throws dev.xborder.core.InvalidInputException if country is null
     */
    public boolean governs(CountryCode country) {
        Checks.notNull(country, "country");
        return byCountry.containsKey(country);
    }

    /**
     * The pack and destination entry governing {@code country} on {@code date}.
     *
     * @throws NoApplicableRuleException naming the country if no pack lists it, or the date if none covers it
     * @throws dev.xborder.core.InvalidInputException if an argument is null
     */
    public Entry governing(CountryCode country, LocalDate date) {
        Checks.notNull(country, "country");
        Checks.notNull(date, "date");
        List<Entry> entries = byCountry.get(country);
        if (entries == null) {
            throw new NoApplicableRuleException("destination.country", country,
                    "no rule pack governs destination " + country + "; loaded: " + packs.keySet());
        }
        for (Entry e : entries) {
            if (e.destination().meta().period().contains(date)) {
                return e;
            }
        }
        StringBuilder covered = new StringBuilder();
        for (Entry e : entries) {
            if (covered.length() > 0) covered.append(", ");
            covered.append(e.destination().meta().period());
        }
        throw new NoApplicableRuleException("date", date, "no rule pack covers " + country + " on " + date
                + " (covered: " + covered + ")");
    }
}
