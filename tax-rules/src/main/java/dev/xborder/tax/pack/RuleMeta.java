package dev.xborder.tax.pack;

import dev.xborder.core.Checks;

/**
 * What every rule carries: its id, effective period, source id (into the pack's sources), an optional
 * note and whether the figure is marked uncertain.
 */
public record RuleMeta(String id, Period period, String source, String note, boolean uncertain) {
    public RuleMeta {
        Checks.notBlank(id, "rule.id");
        Checks.notNull(period, "rule.period");
        Checks.notBlank(source, "rule.source");
        note = note == null ? "" : note;
    }
}
