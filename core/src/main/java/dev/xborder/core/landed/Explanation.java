package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import java.util.Map;

/**
 * One step of a quote's explanation trace: a rule applied or skipped, or a currency conversion.
 * {@code figures} holds the numbers involved as decimal strings (rate, base, threshold...),
 * {@code source} the legal or data source of the rule. The constructor throws
 * {@link dev.xborder.core.InvalidInputException} if ruleId is blank or kind or reason is null; null figures and
 * source become empty.
 */
public record Explanation(String ruleId, Kind kind, String reason, Map<String, String> figures, String source) {
    /**
     * What kind of step this is: a rule {@code APPLIED}, a rule {@code SKIPPED} (the reason says why), a currency
     * {@code CONVERSION} (rule id {@code conversion}) or a {@code NOTE}.
     */
    public enum Kind { APPLIED, SKIPPED, CONVERSION, NOTE }

    public Explanation {
        Checks.notBlank(ruleId, "explanation.ruleId");
        Checks.notNull(kind, "explanation.kind");
        Checks.notNull(reason, "explanation.reason");
        figures = figures == null ? Map.of() : Map.copyOf(figures);
        source = source == null ? "" : source;
    }
}
