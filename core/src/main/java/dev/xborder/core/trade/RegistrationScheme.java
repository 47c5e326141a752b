package dev.xborder.core.trade;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Seller tax or customs registration schemes that change who collects import VAT/GST. Each knows
 * the format of its numbers; format only: check digits are validated by the tax-rules module.
 * Numbers are compared in normalised form ({@link #normalise(String)}: upper case, no spaces, dots,
 * dashes or non-breaking spaces).
 */
public enum RegistrationScheme {
    /**
     * EU Import One-Stop Shop: {@code IM} + 3-digit ISO 3166-1 numeric code of the member state of
     * identification (or {@code 900} for Northern Ireland) + 7 digits, 12 characters, e.g.
     * {@code IM3720000224}. Source: VAT Directive Art. 369q; format as checked by python-stdnum
     * {@code stdnum/eu/oss.py} (read at commit 152d4c5; member-state codes 040...752 and 900 for
     * Northern Ireland, the same list as here): the check-digit algorithm is not public.
     */
    IOSS("IM(\\d{3})\\d{7}"),
    /**
     * EU VAT identification number: member-state prefix ({@code EL} for Greece, {@code XI} for
     * Northern Ireland) + 2 to 13 letters, digits, {@code +} or {@code *} (VAT Directive Art. 215; the
     * per-state structures are checked in tax-rules).
     */
    EU_VAT("(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,13}"),
    /**
     * UK VAT registration number: {@code GB} + 9 digits, 12 digits (branch traders) or
     * {@code GD}/{@code HA} + 3 digits (government departments, health authorities). Accepted
     * without the {@code GB} prefix and stored with it. Source: uktrade/lite-frontend
     * {@code exporter/core/registration/constants.py} (UK VAT regex); HMRC VAT Notice 700/1.
     */
    UK_VAT("GB(\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3})"),
    /**
     * Norway VAT on e-commerce (VOEC) identification: {@code VOEC} + 7 digits, as printed on
     * parcels and in customs declarations ({@code VOEC2024229}). Accepted without the prefix.
     * [UNCERTAIN: no official format specification found; the 7 digits follow published numbers.]
     */
    NO_VOEC("VOEC\\d{7}"),
    /**
     * Australian Taxation Office reference number (ARN) given to non-residents in the simplified GST
     * system (LCR 2018/1): 12 digits. [UNCERTAIN: the ATO publishes no format; we check 12 digits
     * starting with 3, as the numbers issued so far have.]
     */
    AU_ARN("3\\d{11}"),
    /**
     * Swiss VAT number: {@code CHE} + 9 digits (the UID), optionally followed by {@code MWST},
     * {@code TVA}, {@code IVA} or {@code TPV} (the four national-language suffixes), as in {@code CHE-123.456.789 MWST}. Source: Federal
     * Act on the Business Identification Number (UIDG) and ESTV/AFC VAT number format; the UID's
     * check digit (mod 11) is checked in tax-rules.
     */
    CH_VAT("CHE\\d{9}(MWST|TVA|IVA|TPV)?"),
    /**
     * Economic Operators Registration and Identification: issuing country code ({@code GB} and
     * {@code XI} for the UK, the member state's code in the EU) + up to 15 letters or digits, 17
     * characters at most (UCC-IA (EU) 2015/2447; EU EORI validation service). UK numbers are
     * {@code GB}/{@code XI} + 12 or 15 digits (uktrade/lite-frontend EORI regex).
     */
    EORI("(AT|BE|BG|CY|CZ|DE|DK|EE|EL|GR|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)[0-9A-Z]{1,15}"
            + "|(GB|XI)(\\d{12}|\\d{15})"),
    /**
     * New Zealand GST registration of a supplier (offshore suppliers and marketplaces charging GST on low-value
     * imported goods from 2019-12-01, Inland Revenue "GST on low value imported goods"): the GST number is the
     * IRD number, 8 or 9 digits, the last a check digit (Inland Revenue, Non-Resident Withholding Tax and Resident
     * Withholding Tax Specification Document, 31 March 2016, "IR number validation - modulus 11 digit check", as
     * quoted by the ird-validator and weird gems). Accepted with an {@code NZ} prefix and stored without it; the
     * check digit is validated in tax-rules. Added 2026-11-22.
     */
    NZ_GST("\\d{8,9}"),
    /**
     * Singapore GST registration, as held by an overseas vendor registered under the Overseas Vendor Registration
     * regime (IRAS, GST: Taxing imported low-value goods by way of the OVR regime, from 2023-01-01): the entity's
     * UEN where it has one (8 digits + letter, 9 digits + letter, F + 8 digits + letter, or R/S/T + 2 digits +
     * 2 letters + 4 digits + letter; python-stdnum {@code stdnum/sg/uen.py}), else an IRAS GST reference
     * {@code M} + a letter or digit + 7 digits + a check letter ({@code M91234567X}, {@code MR2345678A}).
     * [UNCERTAIN: IRAS publishes no format specification; the forms follow IRAS examples as quoted by secondary
     * sources, and the check letters are not public.] Added 2026-11-22.
     */
    SG_GST("\\d{8}[A-Z]|\\d{9}[A-Z]|F\\d{8}[A-Z]|[RST]\\d{2}[A-Z]{2}\\d{4}[A-Z]|M[0-9A-Z]\\d{7}[A-Z]");

    /** ISO 3166-1 numeric codes of EU member states (2026) and 900 for Northern Ireland, for IOSS. */
    private static final Set<String> IOSS_STATE_CODES = Set.of(
            "040", "056", "100", "191", "196", "203", "208", "233", "246", "250", "276", "300", "348", "372",
            "380", "428", "440", "442", "470", "528", "616", "620", "642", "703", "705", "724", "752", "900");

    private final Pattern format;

    RegistrationScheme(String regex) {
        this.format = Pattern.compile(regex);
    }

    /** Whether a number, normalised (upper case, no spaces, dots or dashes), has this scheme's format. */
    public boolean matchesFormat(String normalised) {
        if (normalised == null) {
            return false;
        }
        var m = format.matcher(normalised);
        if (!m.matches()) {
            return false;
        }
        return this != IOSS || IOSS_STATE_CODES.contains(m.group(1));
    }

    /**
     * Normalises a number and adds the scheme prefix where it may be left out (UK VAT {@code GB},
     * VOEC) or drops one that is not part of the number (NZ GST {@code NZ}), then checks the format.
     *
     * @return the number in canonical form
     * @throws InvalidInputException (field {@code registration.number}) if it is null, blank or not of this format
     */
    public String canonical(String number) {
        Checks.notBlank(number, "registration.number");
        String n = normalise(number);
        if (this == UK_VAT && !n.startsWith("GB") && !n.isEmpty() && Character.isDigit(n.charAt(0))) {
            n = "GB" + n;
        } else if (this == NO_VOEC && !n.startsWith("VOEC")) {
            n = "VOEC" + n;
        } else if (this == NZ_GST && n.startsWith("NZ")) {
            n = n.substring(2);
        }
        if (!matchesFormat(n)) {
            throw new InvalidInputException("registration.number", number, "not a valid " + name() + " number format");
        }
        return n;
    }

    /** Upper-cases and removes spaces, dots, dashes and non-breaking spaces. */
    public static String normalise(String number) {
        Checks.notNull(number, "registration.number");
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != ' ' && c != '.' && c != '-' && c != '\u00a0' && !Character.isWhitespace(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
