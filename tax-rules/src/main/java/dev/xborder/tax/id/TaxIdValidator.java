package dev.xborder.tax.id;

import dev.xborder.core.Checks;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.tax.id.internal.OtherRules;
import dev.xborder.tax.id.internal.VatRules;
import java.util.HashMap;
import java.util.Map;

/**
 * Validates tax and customs identifiers with the issuing authorities' published check-digit
 * algorithms: VAT numbers of the 27 EU member states (prefix EL for Greece) and of Northern
 * Ireland (XI, same rules as GB), GB VAT, Norwegian MVA, Swiss UID/VAT, Australian ABN, and the
 * formats of IOSS/OSS and EORI numbers (which have no public check digit).
 *
 * <p>An invalid number is a {@link TaxIdResult} with {@code valid() == false} and the problem,
 * never an exception; only a null argument throws {@link dev.xborder.core.InvalidInputException}.
 * Spaces, dots, dashes, slashes, colons, brackets and no-break spaces are ignored and letters
 * upper-cased. Validation says nothing about whether the number is registered today: ask the
 * issuing authority's service (VIES, HMRC, the UID register, ABN Lookup) for that.
 *
 * <p>Stateless and thread-safe; a call does a single pass over the input and a few small
 * allocations (the normalised string).
 */
public final class TaxIdValidator {
    /** Inputs longer than this (after nothing is removed) are rejected as too long without further work. */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final Map<String, CountryCode> COUNTRIES = new HashMap<>();

    static {
        for (String c : new String[] {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "GR", "ES", "FI", "FR", "HR",
                "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI", "GB", "NO",
                "CH", "AU", "NZ", "SG"}) {
            COUNTRIES.put(c, CountryCode.of(c));
        }
        COUNTRIES.put("EL", COUNTRIES.get("GR"));
    }

    private TaxIdValidator() {
    }

    /**
     * Validates a number whose scheme is detected from its prefix: an EU VAT prefix (AT ... SK, EL,
     * XI) or GB, NO, CHE, AU, IM (IOSS), EU (non-union OSS). EORI numbers look like VAT numbers and
     * are only checked with {@link #validate(String, TaxIdScheme)}.
     *
     * @throws dev.xborder.core.InvalidInputException if number is null
     */
    public static TaxIdResult validate(String number) {
        Checks.notNull(number, "number");
        String s = normalise(number);
        if (s == null) {
            return TaxIdResult.invalid(null, null, number, TaxIdProblem.LENGTH,
                    "longer than " + MAX_INPUT_LENGTH + " characters");
        }
        if (s.length() < 2) {
            return TaxIdResult.invalid(null, null, s, TaxIdProblem.UNKNOWN_COUNTRY, "no country prefix");
        }
        String p = s.substring(0, 2);
        if (s.startsWith("CHE")) {
            return ch(s);
        }
        switch (p) {
            case "IM":
                return oss(s, TaxIdScheme.IOSS, 12);
            case "EU":
                return oss(s, TaxIdScheme.OSS_NON_UNION, 11);
            case "GB":
                return gb(s);
            case "NO":
                return no(s.substring(2));
            case "AU":
                return abn(s.substring(2));
            case "GR":
                return TaxIdResult.invalid(TaxIdScheme.EU_VAT, COUNTRIES.get("GR"), s, TaxIdProblem.UNKNOWN_COUNTRY,
                        "Greek VAT numbers use the prefix EL, not GR");
            default:
                if (VatRules.isVatPrefix(p)) {
                    return euVat(p, s.substring(2));
                }
                return TaxIdResult.invalid(null, null, s, TaxIdProblem.UNKNOWN_COUNTRY,
                        "prefix " + p + " is not a known VAT, IOSS or OSS prefix");
        }
    }

    /**
     * Validates a number under the given scheme. The prefix is required for EU_VAT, CH_VAT, IOSS,
     * OSS_NON_UNION and EORI; optional for GB_VAT ("GB"), NO_VAT ("NO") and AU_ABN ("AU").
     *
     * @throws dev.xborder.core.InvalidInputException if number or scheme is null
     */
    public static TaxIdResult validate(String number, TaxIdScheme scheme) {
        Checks.notNull(number, "number");
        Checks.notNull(scheme, "scheme");
        String s = normalise(number);
        if (s == null) {
            return TaxIdResult.invalid(scheme, null, number, TaxIdProblem.LENGTH,
                    "longer than " + MAX_INPUT_LENGTH + " characters");
        }
        switch (scheme) {
            case GB_VAT:
                return gb(s.startsWith("GB") ? s : "GB" + s);
            case NO_VAT:
                return no(s.startsWith("NO") ? s.substring(2) : s);
            case AU_ABN:
                return abn(s.startsWith("AU") ? s.substring(2) : s);
            case NZ_IRD:
                return nzIrd(s.startsWith("NZ") ? s.substring(2) : s);
            default:
                break;
        }
        if (s.length() < 2) {
            return TaxIdResult.invalid(scheme, null, s, TaxIdProblem.UNKNOWN_COUNTRY, "no country prefix");
        }
        String p = s.substring(0, 2);
        switch (scheme) {
            case EU_VAT:
                if (!VatRules.isVatPrefix(p)) {
                    return TaxIdResult.invalid(scheme, null, s, TaxIdProblem.UNKNOWN_COUNTRY,
                            "prefix " + p + " is not an EU member state's VAT prefix (EL for Greece) or XI");
                }
                return euVat(p, s.substring(2));
            case CH_VAT:
                if (!s.startsWith("CHE")) {
                    return TaxIdResult.invalid(scheme, null, s, TaxIdProblem.UNKNOWN_COUNTRY, "Swiss numbers start CHE");
                }
                return ch(s);
            case IOSS:
                if (!p.equals("IM")) {
                    return TaxIdResult.invalid(scheme, null, s, TaxIdProblem.FORMAT, "IOSS numbers start IM");
                }
                return oss(s, scheme, 12);
            case OSS_NON_UNION:
                if (!p.equals("EU")) {
                    return TaxIdResult.invalid(scheme, null, s, TaxIdProblem.FORMAT, "non-union OSS numbers start EU");
                }
                return oss(s, scheme, 11);
            case EORI:
                return eori(s, p);
            default:
                throw new IllegalStateException("unhandled scheme " + scheme);
        }
    }

    /**
     * Validates a number under a core registration scheme. {@link RegistrationScheme#NO_VOEC},
     * {@link RegistrationScheme#AU_ARN} and {@link RegistrationScheme#SG_GST} have no public check digit: they are
     * checked against the scheme's format only, and the result's scheme is null. {@link RegistrationScheme#NZ_GST}
     * is checked as an IRD number ({@link TaxIdScheme#NZ_IRD}).
     *
     * @throws dev.xborder.core.InvalidInputException if number or scheme is null
     */
    public static TaxIdResult validate(String number, RegistrationScheme scheme) {
        Checks.notNull(number, "number");
        Checks.notNull(scheme, "scheme");
        var mapped = TaxIdScheme.of(scheme);
        if (mapped.isPresent()) {
            return validate(number, mapped.get());
        }
        String s = normalise(number);
        if (s == null) {
            return TaxIdResult.invalid(null, null, number, TaxIdProblem.LENGTH,
                    "longer than " + MAX_INPUT_LENGTH + " characters");
        }
        CountryCode country = switch (scheme) {
            case NO_VOEC -> COUNTRIES.get("NO");
            case SG_GST -> COUNTRIES.get("SG");
            default -> COUNTRIES.get("AU");
        };
        return scheme.matchesFormat(s)
                ? TaxIdResult.ok(null, country, s)
                : TaxIdResult.invalid(null, country, s, TaxIdProblem.FORMAT, "not in the " + scheme + " format");
    }

    /** Upper-cases ASCII letters and drops separators; null when the input is too long. */
    static String normalise(String number) {
        if (number.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            switch (c) {
                case ' ', '.', '-', '/', ':', '(', ')', '\u00a0', '\t' -> {
                }
                default -> sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
            }
        }
        return sb.toString();
    }

    private static TaxIdResult euVat(String prefix, String national) {
        String n = VatRules.pad(prefix, national);
        String normalised = prefix + n;
        CountryCode country = COUNTRIES.get(prefix);
        TaxIdProblem problem = VatRules.check(prefix, n);
        return problem == null
                ? TaxIdResult.ok(TaxIdScheme.EU_VAT, country, normalised)
                : TaxIdResult.invalid(TaxIdScheme.EU_VAT, country, normalised, problem, describe(prefix + " VAT", problem));
    }

    private static TaxIdResult gb(String s) {
        CountryCode country = COUNTRIES.get("GB");
        TaxIdProblem problem = VatRules.check("GB", s.substring(2));
        return problem == null
                ? TaxIdResult.ok(TaxIdScheme.GB_VAT, country, s)
                : TaxIdResult.invalid(TaxIdScheme.GB_VAT, country, s, problem, describe("GB VAT", problem));
    }

    private static TaxIdResult no(String rest) {
        boolean mva = rest.endsWith("MVA");
        String digits = mva ? rest.substring(0, rest.length() - 3) : rest;
        String normalised = "NO" + rest;
        CountryCode country = COUNTRIES.get("NO");
        TaxIdProblem problem = OtherRules.noOrgNumber(digits);
        return problem == null
                ? TaxIdResult.ok(TaxIdScheme.NO_VAT, country, normalised)
                : TaxIdResult.invalid(TaxIdScheme.NO_VAT, country, normalised, problem, describe("NO MVA", problem));
    }

    private static TaxIdResult ch(String s) {
        CountryCode country = COUNTRIES.get("CH");
        int end = 3;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        String digits = s.substring(3, end);
        String suffix = s.substring(end);
        TaxIdProblem problem;
        if (digits.isEmpty()) {
            problem = TaxIdProblem.FORMAT;
        } else if (digits.length() != 9) {
            problem = TaxIdProblem.LENGTH;
        } else if (!(suffix.isEmpty() || suffix.equals("MWST") || suffix.equals("TVA") || suffix.equals("IVA")
                || suffix.equals("TPV"))) {
            problem = TaxIdProblem.FORMAT;
        } else {
            problem = OtherRules.chUid(digits);
        }
        return problem == null
                ? TaxIdResult.ok(TaxIdScheme.CH_VAT, country, s)
                : TaxIdResult.invalid(TaxIdScheme.CH_VAT, country, s, problem, describe("CH UID", problem));
    }

    private static TaxIdResult nzIrd(String digits) {
        TaxIdProblem problem = OtherRules.nzIrd(digits);
        return problem == null ? TaxIdResult.ok(TaxIdScheme.NZ_IRD, COUNTRIES.get("NZ"), digits)
                : TaxIdResult.invalid(TaxIdScheme.NZ_IRD, COUNTRIES.get("NZ"), digits, problem,
                describe("NZ IRD number", problem));
    }

    private static TaxIdResult abn(String digits) {
        CountryCode country = COUNTRIES.get("AU");
        TaxIdProblem problem = OtherRules.abn(digits);
        return problem == null
                ? TaxIdResult.ok(TaxIdScheme.AU_ABN, country, digits)
                : TaxIdResult.invalid(TaxIdScheme.AU_ABN, country, digits, problem, describe("AU ABN", problem));
    }

    private static TaxIdResult oss(String s, TaxIdScheme scheme, int length) {
        TaxIdProblem problem = OtherRules.oss(s, length);
        CountryCode country = null;
        if (problem == null || problem == TaxIdProblem.LENGTH) {
            if (s.length() >= 5 && s.chars().skip(2).limit(3).allMatch(c -> c >= '0' && c <= '9')) {
                String ms = OtherRules.memberStateOfNumericCode(Integer.parseInt(s.substring(2, 5)));
                country = ms == null ? null : COUNTRIES.get(ms);
            }
        }
        return problem == null
                ? TaxIdResult.ok(scheme, country, s)
                : TaxIdResult.invalid(scheme, country, s, problem, describe(scheme.name(), problem));
    }

    private static TaxIdResult eori(String s, String p) {
        if (!OtherRules.isEoriPrefix(p)) {
            return TaxIdResult.invalid(TaxIdScheme.EORI, null, s, TaxIdProblem.UNKNOWN_COUNTRY,
                    "prefix " + p + " is not an EU member state, GB or XI");
        }
        CountryCode country = COUNTRIES.get(p);
        TaxIdProblem problem = OtherRules.eori(s);
        return problem == null
                ? TaxIdResult.ok(TaxIdScheme.EORI, country, s)
                : TaxIdResult.invalid(TaxIdScheme.EORI, country, s, problem, describe(p + " EORI", problem));
    }

    private static String describe(String what, TaxIdProblem problem) {
        return what + ": " + switch (problem) {
            case FORMAT -> "a character is not allowed where it stands";
            case LENGTH -> "wrong number of characters";
            case CHECK_DIGIT -> "check digit does not match";
            case COMPONENT -> "a part of the number has a value that is never issued";
            case UNKNOWN_COUNTRY -> "unknown country prefix";
            case MEMBER_STATE_CODE -> "unknown member-state code";
        };
    }
}
