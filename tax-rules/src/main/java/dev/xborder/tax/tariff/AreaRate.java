package dev.xborder.tax.tariff;

import dev.xborder.core.Checks;

/**
 * A duty rate for goods from a particular origin group: a UK preferential measure (type 142) for a
 * geographical area (country code like {@code "JP"} or group id like {@code "1033"}), a US HTS
 * special-program code (e.g. {@code "AU"}, {@code "A+"}), or the HTS column 2 rate under the area
 * {@value #HTS_COLUMN_2}.
 *
 * @param area  the source's area or program code
 * @param label the source's description of the area, or the area code when it has none
 * @param rate  the rate
 */
public record AreaRate(String area, String label, DutyRate rate) {
    /** The area under which HTS column 2 ("other") rates are kept. */
    public static final String HTS_COLUMN_2 = "COLUMN_2";

    public AreaRate {
        Checks.notNull(area, "area");
        Checks.notNull(label, "label");
        Checks.notNull(rate, "rate");
    }
}
