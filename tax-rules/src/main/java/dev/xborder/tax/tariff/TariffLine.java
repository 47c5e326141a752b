package dev.xborder.tax.tariff;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.util.List;
import java.util.Optional;

/**
 * One line of a national tariff.
 *
 * @param code        the commodity code as digits only (e.g. {@code "8471300100"}), 1 to
 *                    {@value TariffIndex#MAX_DIGITS} digits
 * @param description the description as the source gives it (plain text)
 * @param duty        the general (third-country, MFN) duty; {@link DutyRate.NotStated} when the
 *                    line states none of its own
 * @param areaRates   rates for particular origins (preferences, HTS special programs, column 2)
 * @param vat         the import VAT rate the source attaches to the line, or null when it has none
 */
public record TariffLine(String code, String description, DutyRate duty, List<AreaRate> areaRates, DutyRate vat) {
    public TariffLine {
        Checks.notNull(code, "code");
        Checks.notNull(description, "description");
        Checks.notNull(duty, "duty");
        Checks.noNulls(areaRates, "areaRates");
        areaRates = List.copyOf(areaRates);
        if (code.isEmpty() || code.length() > TariffIndex.MAX_DIGITS) {
            throw new InvalidInputException("code", code, "must be 1 to " + TariffIndex.MAX_DIGITS + " digits");
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidInputException("code", code, "must be digits only");
            }
        }
    }

    /** A line with a general duty only. */
    public static TariffLine of(String code, String description, DutyRate duty) {
        return new TariffLine(code, description, duty, List.of(), null);
    }

    /** The import VAT rate, if the source gives one. */
    public Optional<DutyRate> vatRate() {
        return Optional.ofNullable(vat);
    }
}
