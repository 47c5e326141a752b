package dev.xborder.core.geo;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Country-aware postal code validation and normalisation.
 *
 * <p>For each supported country the code is upper-cased, spaces and hyphens are removed, an optional
 * country prefix is dropped ({@code "D-10115"}, {@code "LT-01100"}, {@code "AX-22100"}), the result is
 * checked against the country's format and then written in its canonical form: {@code "sw1a1aa"}
 * becomes {@code "SW1A 1AA"}, {@code "1000001"} in Japan {@code "100-0001"}, {@code "k1a0b1"}
 * {@code "K1A 0B1"}. Formats follow each national postal operator's published scheme as summarised
 * in the UPU's addressing S42 country templates; only the shape is checked (not that the code is
 * allocated).
 *
 * <p>Countries without postal codes ({@link #hasNoPostalCodes(CountryCode)}: AE, HK, MO, QA) take
 * none: a code given for them is an error. Countries without a format here accept any code of 1 to
 * 12 letters, digits, spaces or hyphens (upper-cased, spaces collapsed).
 *
 * <p>Stateless and thread-safe; patterns are compiled once.
 */
public final class PostalCodes {
    private static final String FIELD = "address.postalCode";

    private record Format(Pattern compact, UnaryOperator<String> canonical, String example, String prefix) {
    }

    private static final Map<String, Format> FORMATS = new HashMap<>();
    private static final Set<String> NONE = Set.of("AE", "HK", "MO", "QA");
    private static final Pattern LENIENT = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,11}");

    static {
        UnaryOperator<String> same = s -> s;
        // North America
        add("US", "\\d{5}(\\d{4})?", s -> s.length() == 9 ? s.substring(0, 5) + "-" + s.substring(5) : s, "20500-0003");
        add("CA", "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]\\d[ABCEGHJ-NPRSTV-Z]\\d", s -> split(s, 3, " "), "K1A 0B1");
        add("MX", "\\d{5}", same, "06000");
        // Europe
        add("GB", "(GIR0AA|[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2})", s -> split(s, s.length() - 3, " "), "SW1A 1AA");
        add("XI", "BT\\d[A-Z\\d]?\\d[A-Z]{2}", s -> split(s, s.length() - 3, " "), "BT1 5GS");
        add("IE", "([AC-FHKNPRTV-Y]\\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}", s -> split(s, 3, " "), "D02 X285");
        add("DE", "\\d{5}", same, "10115", "D");
        add("FR", "\\d{5}", same, "75008", "F");
        add("ES", "(0[1-9]|[1-4]\\d|5[0-2])\\d{3}", same, "28013", "E");
        add("IT", "\\d{5}", same, "00184", "I");
        add("NL", "[1-9]\\d{3}[A-Z]{2}", s -> split(s, 4, " "), "1012 JS", "NL");
        add("BE", "[1-9]\\d{3}", same, "1000", "B");
        add("LU", "\\d{4}", same, "1009", "L");
        add("CH", "[1-9]\\d{3}", same, "3003", "CH");
        add("LI", "94(8[5-9]|9[0-8])", same, "9490", "FL");
        add("AT", "[1-9]\\d{3}", same, "1010", "A");
        add("PT", "[1-9]\\d{6}", s -> split(s, 4, "-"), "1100-148", "P");
        add("PL", "\\d{5}", s -> split(s, 2, "-"), "00-950", "PL");
        add("CZ", "[1-7]\\d{4}", s -> split(s, 3, " "), "110 00", "CZ");
        add("SK", "[089]\\d{4}", s -> split(s, 3, " "), "811 01", "SK");
        add("HU", "[1-9]\\d{3}", same, "1051", "H");
        add("SI", "[1-9]\\d{3}", same, "1000", "SI");
        add("HR", "[1-5]\\d{4}", same, "10000", "HR");
        add("RO", "\\d{6}", same, "010011", "RO");
        add("BG", "[1-9]\\d{3}", same, "1000", "BG");
        add("GR", "[1-8]\\d{4}", s -> split(s, 3, " "), "105 57", "GR");
        add("CY", "[1-9]\\d{3}", same, "1010", "CY");
        add("MT", "[A-Z]{3}\\d{4}", s -> split(s, 3, " "), "VLT 1117");
        add("SE", "[1-9]\\d{4}", s -> split(s, 3, " "), "111 52", "S");
        add("NO", "\\d{4}", same, "0150", "N");
        add("DK", "\\d{4}", same, "1050", "DK");
        add("FI", "\\d{5}", same, "00100", "FI");
        add("AX", "22\\d{3}", same, "22100", "AX");
        add("IS", "\\d{3}", same, "101", "IS");
        add("EE", "\\d{5}", same, "10111", "EE");
        add("LV", "\\d{4}", s -> "LV-" + s, "LV-1050", "LV");
        add("LT", "\\d{5}", s -> "LT-" + s, "LT-01100", "LT");
        add("RU", "\\d{6}", same, "101000");
        add("UA", "\\d{5}", same, "01001");
        add("TR", "(0[1-9]|[1-7]\\d|8[01])\\d{3}", same, "06100");
        add("IL", "\\d{7}", same, "9100001");
        add("MC", "980\\d{2}", same, "98000");
        // French overseas (own ISO codes)
        add("GP", "971\\d{2}", same, "97100");
        add("MQ", "972\\d{2}", same, "97200");
        add("GF", "973\\d{2}", same, "97300");
        add("RE", "974\\d{2}", same, "97400");
        add("YT", "976\\d{2}", same, "97600");
        add("MF", "97150", same, "97150");
        add("BL", "97133", same, "97133");
        add("PM", "97500", same, "97500");
        // Asia-Pacific
        add("CN", "\\d{6}", same, "100000");
        add("JP", "\\d{7}", s -> split(s, 3, "-"), "100-0001");
        add("KR", "\\d{5}", same, "03154");
        add("TW", "\\d{3}(\\d{2,3})?", same, "10048");
        add("IN", "[1-9]\\d{5}", same, "110001");
        add("ID", "[1-9]\\d{4}", same, "10110");
        add("SG", "\\d{6}", same, "018956");
        add("MY", "\\d{5}", same, "50450");
        add("TH", "[1-9]\\d{4}", same, "10200");
        add("VN", "\\d{6}", same, "100000");
        add("PH", "\\d{4}", same, "1000");
        add("AU", "\\d{4}", same, "2000");
        add("NZ", "\\d{4}", same, "6011");
        // Middle East, Africa, South America
        add("SA", "\\d{5}(\\d{4})?", s -> s.length() == 9 ? s.substring(0, 5) + "-" + s.substring(5) : s, "11564");
        add("ZA", "\\d{4}", same, "0001");
        add("BR", "\\d{8}", s -> split(s, 5, "-"), "01310-100");
        add("AR", "([A-HJ-NP-Z]\\d{4}[A-Z]{3}|\\d{4})", same, "C1002AAP");
        add("CL", "\\d{7}", same, "8320000");
        add("CO", "\\d{6}", same, "110111");
    }

    private PostalCodes() {
    }

    private static void add(String country, String regex, UnaryOperator<String> canonical, String example) {
        add(country, regex, canonical, example, country);
    }

    private static void add(String country, String regex, UnaryOperator<String> canonical, String example,
                            String prefix) {
        FORMATS.put(country, new Format(Pattern.compile(regex), canonical, example, prefix));
    }

    private static String split(String s, int at, String sep) {
        return s.substring(0, at) + sep + s.substring(at);
    }

    /** The countries whose postal code format is checked, sorted. */
    public static Set<CountryCode> supportedCountries() {
        Set<CountryCode> out = new TreeSet<>();
        FORMATS.keySet().forEach(c -> out.add(CountryCode.of(c)));
        return Collections.unmodifiableSet(out);
    }

    /** Whether the country's postal code format is checked. */
    public static boolean isSupported(CountryCode country) {
        Checks.notNull(country, "address.country");
        return FORMATS.containsKey(country.alpha2());
    }

    /** Whether the country has no postal codes (AE, HK, MO, QA): an address there takes none. */
    public static boolean hasNoPostalCodes(CountryCode country) {
        Checks.notNull(country, "address.country");
        return NONE.contains(country.alpha2());
    }

    /** A valid example in canonical form, for messages and tests; empty if the format is not checked. */
    public static Optional<String> example(CountryCode country) {
        Checks.notNull(country, "address.country");
        Format f = FORMATS.get(country.alpha2());
        return f == null ? Optional.empty() : Optional.of(f.example());
    }

    /** Whether {@code postalCode} is a valid postal code for the country. Never throws for non-null country. */
    public static boolean isValid(CountryCode country, String postalCode) {
        try {
            validate(country, postalCode);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /**
     * Checks a postal code for a country and returns it in canonical form.
     *
     * @throws InvalidInputException (field {@code address.postalCode}, with the value) if the code is
     *         null or blank, the country has no postal codes, or the code does not have the country's format
     */
    public static String validate(CountryCode country, String postalCode) {
        Checks.notNull(country, "address.country");
        Checks.notBlank(postalCode, FIELD);
        String c = country.alpha2();
        if (NONE.contains(c)) {
            throw new InvalidInputException(FIELD, postalCode, country.name() + " (" + c + ") has no postal codes; leave it empty");
        }
        Format f = FORMATS.get(c);
        String upper = postalCode.strip().toUpperCase(Locale.ROOT);
        if (f == null) {
            String collapsed = upper.replaceAll("\\s+", " ");
            if (!LENIENT.matcher(collapsed).matches()) {
                throw new InvalidInputException(FIELD, postalCode, "not a postal code: 1 to 12 letters, digits, spaces or hyphens");
            }
            return collapsed;
        }
        String compact = compact(upper);
        if (f.compact().matcher(compact).matches()) {
            return f.canonical().apply(compact);
        }
        // an optional country prefix: "D-10115", "LT-01100", "AX-22100", "NL-1012 JS"
        for (String prefix : new String[] {f.prefix(), c}) {
            if (upper.startsWith(prefix + "-") || upper.startsWith(prefix + " ")) {
                String rest = compact(upper.substring(prefix.length() + 1));
                if (!rest.isEmpty() && f.compact().matcher(rest).matches()) {
                    return f.canonical().apply(rest);
                }
            }
        }
        throw new InvalidInputException(FIELD, postalCode,
                "not a valid postal code for " + c + " (e.g. \"" + f.example() + "\")");
    }

    private static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != ' ' && ch != '-' && !Character.isWhitespace(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
