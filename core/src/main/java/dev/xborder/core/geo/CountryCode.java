package dev.xborder.core.geo;

import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ISO 3166-1 alpha-2 country code, plus {@code XI} (Northern Ireland, as the EU and UK use it for
 * goods). Create with {@link #of(String)}; unknown codes are rejected.
 */
public record CountryCode(String alpha2) {
    private static final Set<String> KNOWN = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableSet());

    public static final CountryCode XI = new CountryCode("XI");

    public CountryCode {
        Checks.notNull(alpha2, "country");
        if (alpha2.length() != 2 || !(KNOWN.contains(alpha2) || "XI".equals(alpha2))) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "country", alpha2,
                    "not an ISO 3166-1 alpha-2 country code (or XI)", null);
        }
    }

    /** Parses a code, case-insensitive and trimmed: {@code "de"} gives {@code DE}. */
    public static CountryCode of(String code) {
        Checks.notNull(code, "country");
        return new CountryCode(code.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return alpha2;
    }
}
