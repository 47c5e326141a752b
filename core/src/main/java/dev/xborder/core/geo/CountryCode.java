package dev.xborder.core.geo;

import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * An ISO 3166-1 alpha-2 country code, plus {@code XI} (Northern Ireland, as the EU and UK use it for
 * goods under the Windsor Framework). Create with {@link #of(String)}, which returns a cached
 * instance; unknown codes are rejected with {@link InvalidInputException} ({@link ErrorCode#UNKNOWN_CODE}).
 *
 * <p>Every code knows its English short name, alpha-3 and numeric code and its main currency. The
 * table ships as the resource {@code dev/xborder/core/geo/countries.tsv}, whose header names its
 * sources and date (Debian iso-codes 4.15 for ISO 3166-1, the JDK's ISO 4217 table for currencies).
 * For a currency at a past date (euro adoption) use {@link EuropeanUnion#currencyOn(CountryCode, java.time.LocalDate)}.
 *
 * @param alpha2 the two upper-case letters, e.g. {@code "DE"}
 */
public record CountryCode(String alpha2) implements Comparable<CountryCode> {

    /** Northern Ireland for goods (not an ISO code; see the class comment). */
    public static final CountryCode XI = of("XI");
    public static final CountryCode GB = of("GB");
    public static final CountryCode DE = of("DE");
    public static final CountryCode FR = of("FR");
    public static final CountryCode ES = of("ES");
    public static final CountryCode IT = of("IT");
    public static final CountryCode NL = of("NL");
    public static final CountryCode US = of("US");
    public static final CountryCode CN = of("CN");

    /**
     * Validates the code as given: exactly two upper-case letters that name a known code. Prefer
     * {@link #of(String)}, which also trims, upper-cases and caches.
     */
    public CountryCode {
        Checks.notNull(alpha2, "country");
        if (!CountryTable.contains(alpha2)) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "country", alpha2,
                    "not an ISO 3166-1 alpha-2 country code (or XI)", null);
        }
    }

    /**
     * The country for a code, case-insensitive and trimmed: {@code "de"} gives {@code DE}.
     *
     * @throws InvalidInputException if the code is null, blank or unknown
     */
    public static CountryCode of(String code) {
        Checks.notBlank(code, "country");
        String c = code.strip().toUpperCase(Locale.ROOT);
        CountryCode cached = CountryTable.instance(c);
        if (cached == null) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "country", code,
                    "not an ISO 3166-1 alpha-2 country code (or XI)", null);
        }
        return cached;
    }

    /**
     * The country for an ISO 3166-1 alpha-3 code, case-insensitive: {@code "DEU"} gives {@code DE}.
     *
     * @throws InvalidInputException if the code is null, blank or unknown
     */
    public static CountryCode ofAlpha3(String alpha3) {
        Checks.notBlank(alpha3, "country");
        CountryCode c = CountryTable.byAlpha3(alpha3.strip().toUpperCase(Locale.ROOT));
        if (c == null) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "country", alpha3,
                    "not an ISO 3166-1 alpha-3 country code", null);
        }
        return c;
    }

    /**
     * The country for an ISO 3166-1 numeric code, with or without leading zeros: {@code "276"} or
     * {@code "40"} (Austria, {@code 040}).
     *
     * @throws InvalidInputException if the code is null, not 1 to 3 digits, or unknown
     */
    public static CountryCode ofNumeric(String numeric) {
        Checks.notBlank(numeric, "country");
        String n = numeric.strip();
        if (n.length() > 3 || !n.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new InvalidInputException("country", numeric, "an ISO 3166-1 numeric code has 1 to 3 digits");
        }
        CountryCode c = CountryTable.byNumeric("000".substring(n.length()) + n);
        if (c == null) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_CODE, "country", numeric,
                    "not an ISO 3166-1 numeric country code", null);
        }
        return c;
    }

    /** Whether {@code code} (exact, upper case) is a known code. Never throws. */
    public static boolean isKnown(String code) {
        return code != null && CountryTable.contains(code);
    }

    /** Every known code, ISO 3166-1 and XI, sorted by alpha-2. */
    public static List<CountryCode> all() {
        return CountryTable.all();
    }

    /** The English short name, e.g. {@code "Germany"}, {@code "Korea, Republic of"}. */
    public String name() {
        return CountryTable.info(alpha2).name();
    }

    /** The ISO 3166-1 alpha-3 code, e.g. {@code "DEU"}; empty for {@code XI}. */
    public Optional<String> alpha3() {
        return Optional.ofNullable(CountryTable.info(alpha2).alpha3());
    }

    /** The ISO 3166-1 numeric code as three digits, e.g. {@code "040"}; empty for {@code XI}. */
    public Optional<String> numeric() {
        return Optional.ofNullable(CountryTable.info(alpha2).numeric());
    }

    /**
     * The main legal tender today (as of the table's date), e.g. {@code EUR} for Germany and, since
     * 2026-01-01, Bulgaria. Empty where there is none (Antarctica). Where ISO 4217 lists several
     * currencies for a country, this is the JDK's choice (see the table's header).
     */
    public Optional<CurrencyUnit> currency() {
        return Optional.ofNullable(CountryTable.info(alpha2).currency());
    }

    /** Whether this is an ISO 3166-1 code (every code but {@code XI}). */
    public boolean isIso() {
        return !"XI".equals(alpha2);
    }

    @Override
    public int compareTo(CountryCode o) {
        return alpha2.compareTo(o.alpha2);
    }

    @Override
    public String toString() {
        return alpha2;
    }
}
