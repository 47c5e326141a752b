package dev.xborder.tax.pack;

import dev.xborder.core.geo.CountryCode;
import java.time.LocalDate;

/** A rule of a pack: identified, dated and sourced; optionally limited to one destination country. */
public interface Rule {
    /** Id, period, source, note and uncertainty. */
    RuleMeta meta();

    /** The destination this rule is limited to, or {@code null} for all of the pack's destinations. */
    default CountryCode country() {
        return null;
    }

    /** Whether this rule is in force on {@code date} for destination {@code destination}. */
    default boolean appliesTo(CountryCode destination, LocalDate date) {
        return meta().period().contains(date) && (country() == null || country().equals(destination));
    }
}
