package dev.xborder.core.trade;

import java.util.regex.Pattern;

/**
 * Seller tax or customs registration schemes that change who collects import VAT/GST. Each
 * knows the format of its numbers (format only; check digits are validated by the tax-rules module).
 */
public enum RegistrationScheme {
    /** EU Import One-Stop Shop: IM + 3-digit member-state numeric code + 7 digits (12 characters). */
    IOSS("IM[0-9]{10}"),
    /** EU VAT identification number: member-state prefix (EL for Greece, XI for Northern Ireland) + 2 to 13 characters. */
    EU_VAT("(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,13}"),
    /** UK VAT registration number: GB + 9 or 12 digits, or GBGD/GBHA + 3 digits. */
    UK_VAT("GB([0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3})"),
    /** Norway VAT on e-commerce (VOEC) number: VOEC + 7 digits. */
    NO_VOEC("VOEC[0-9]{7}"),
    /** Australian Taxation Office reference number for non-residents: 12 digits starting 3. */
    AU_ARN("3[0-9]{11}"),
    /** Swiss VAT number: CHE + 9 digits, optionally followed by MWST, TVA, IVA or VAT. */
    CH_VAT("CHE[0-9]{9}(MWST|TVA|IVA|VAT)?"),
    /** Economic Operators Registration and Identification: country prefix + up to 15 alphanumerics. */
    EORI("[A-Z]{2}[0-9A-Z]{1,15}");

    private final Pattern format;

    RegistrationScheme(String regex) {
        this.format = Pattern.compile(regex);
    }

    /** Whether a number, normalised (upper case, no spaces, dots or dashes), has this scheme's format. */
    public boolean matchesFormat(String normalised) {
        return format.matcher(normalised).matches();
    }

    /** Upper-cases and removes spaces, dots and dashes. */
    public static String normalise(String number) {
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != ' ' && c != '.' && c != '-' && c != '\u00a0') {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
