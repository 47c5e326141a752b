package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A known limit of a quote, given by the rule data: something the authorities may charge or do differently for
 * this consignment that the quote does not model (e.g. Japan's simplified tariff for parcels up to JPY 200,000,
 * or a provincial sales tax that Canada's border agency may collect). The quote's figures stay as computed; an
 * advisory tells the host that they may differ and why, so it can show a warning or ask for a manual check.
 * Advisories are part of every quote, with or without the explanation trace.
 *
 * @param code    what kind of limit, upper-case letters, digits and underscores (e.g. {@code SIMPLIFIED_TARIFF_NOT_MODELLED})
 * @param ruleId  the id of the rule that gave it
 * @param message what may differ, in English
 * @param source  the legal or data source (document and URL), may be empty
 * @param lines   the request lines (0-based, in request order) it concerns; every line when it concerns the
 *                consignment as a whole
 *
 * <p>The constructor throws {@link InvalidInputException} if code does not match {@code [A-Z0-9_]+}, ruleId or
 * message is blank, or lines is null or holds null or a negative index; a null source becomes empty.
 */
public record Advisory(String code, String ruleId, String message, String source, List<Integer> lines) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

    public Advisory {
        Checks.notBlank(code, "advisory.code");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("advisory.code", code, "must be upper-case letters, digits and underscores");
        }
        Checks.notBlank(ruleId, "advisory.ruleId");
        Checks.notBlank(message, "advisory.message");
        source = source == null ? "" : source;
        lines = List.copyOf(Checks.noNulls(lines, "advisory.lines"));
        for (int i : lines) {
            if (i < 0) {
                throw new InvalidInputException("advisory.lines", i, "must not be negative");
            }
        }
    }
}
