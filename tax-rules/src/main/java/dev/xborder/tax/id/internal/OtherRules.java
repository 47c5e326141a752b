package dev.xborder.tax.id.internal;

import static dev.xborder.tax.id.internal.Digits.allDigits;
import static dev.xborder.tax.id.internal.Digits.d;
import static dev.xborder.tax.id.internal.Digits.value;
import static dev.xborder.tax.id.internal.Digits.weighted;

import dev.xborder.tax.id.TaxIdProblem;

/** Rules for the non-EU VAT numbers, the ABN and the IOSS/OSS and EORI formats. */
public final class OtherRules {
    private OtherRules() {
    }

    private static final int[] NO = {3, 2, 7, 6, 5, 4, 3, 2, 1};

    /** Norway: 9-digit organisation number, weighted sum (3,2,7,6,5,4,3,2,1) mod 11 = 0. */
    public static TaxIdProblem noOrgNumber(String digits) {
        if (!allDigits(digits)) {
            return TaxIdProblem.FORMAT;
        }
        if (digits.length() != 9) {
            return TaxIdProblem.LENGTH;
        }
        return weighted(digits, 0, NO) % 11 == 0 ? null : TaxIdProblem.CHECK_DIGIT;
    }

    private static final int[] CH = {5, 4, 3, 2, 7, 6, 5, 4};

    /** Switzerland: 9-digit UID after CHE; check = 11 - sum mod 11 (11 means 0, 10 is never issued). */
    public static TaxIdProblem chUid(String digits) {
        if (!allDigits(digits)) {
            return TaxIdProblem.FORMAT;
        }
        if (digits.length() != 9) {
            return TaxIdProblem.LENGTH;
        }
        int check = 11 - weighted(digits, 0, CH) % 11;
        if (check == 11) {
            check = 0;
        }
        return check == d(digits, 8) ? null : TaxIdProblem.CHECK_DIGIT;
    }

    private static final int[] IRD_PRIMARY = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] IRD_SECONDARY = {7, 4, 3, 2, 5, 2, 7, 6};

    /**
     * New Zealand IRD number (8 or 9 digits), Inland Revenue's "IR number validation - modulus 11 digit check"
     * (NRWT/RWT specification document, 2016): the number must lie between 10,000,000 and 150,000,000; the base
     * (all but the last digit, left-padded to 8) weighted 3, 2, 7, 6, 5, 4, 3, 2 gives the check digit
     * 11 - (sum mod 11) (0 when the remainder is 0); a result of 10 is recomputed with the weights
     * 7, 4, 3, 2, 5, 2, 7, 6, and 10 again makes the number invalid.
     */
    public static TaxIdProblem nzIrd(String digits) {
        if (!allDigits(digits)) {
            return TaxIdProblem.FORMAT;
        }
        if (digits.length() != 8 && digits.length() != 9) {
            return TaxIdProblem.LENGTH;
        }
        long value = Long.parseLong(digits);
        if (value < 10_000_000L || value > 150_000_000L) {
            return TaxIdProblem.COMPONENT;
        }
        String base = digits.length() == 8 ? "0" + digits.substring(0, 7) : digits.substring(0, 8);
        int check = irdCheck(base, IRD_PRIMARY);
        if (check == 10) {
            check = irdCheck(base, IRD_SECONDARY);
        }
        if (check == 10) {
            return TaxIdProblem.CHECK_DIGIT;
        }
        return check == digits.charAt(digits.length() - 1) - '0' ? null : TaxIdProblem.CHECK_DIGIT;
    }

    private static int irdCheck(String base, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (base.charAt(i) - '0') * weights[i];
        }
        int r = sum % 11;
        return r == 0 ? 0 : 11 - r;
    }

    private static final int[] ABN = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

    /** Australia: 11-digit ABN; subtract 1 from the first digit, weighted sum mod 89 = 0. */
    public static TaxIdProblem abn(String digits) {
        if (!allDigits(digits)) {
            return TaxIdProblem.FORMAT;
        }
        if (digits.length() != 11) {
            return TaxIdProblem.LENGTH;
        }
        if (digits.charAt(0) == '0') {
            return TaxIdProblem.FORMAT;
        }
        int sum = weighted(digits, 0, ABN) - 10;
        return sum % 89 == 0 ? null : TaxIdProblem.CHECK_DIGIT;
    }

    /**
     * The ISO 3166-1 numeric code inside IOSS/OSS numbers, mapped to the member state's alpha-2
     * code; 900 is Northern Ireland (XI). Null when the code is not in use.
     */
    public static String memberStateOfNumericCode(int code) {
        return switch (code) {
            case 40 -> "AT";
            case 56 -> "BE";
            case 100 -> "BG";
            case 191 -> "HR";
            case 196 -> "CY";
            case 203 -> "CZ";
            case 208 -> "DK";
            case 233 -> "EE";
            case 246 -> "FI";
            case 250 -> "FR";
            case 276 -> "DE";
            case 300 -> "GR";
            case 348 -> "HU";
            case 372 -> "IE";
            case 380 -> "IT";
            case 428 -> "LV";
            case 440 -> "LT";
            case 442 -> "LU";
            case 470 -> "MT";
            case 528 -> "NL";
            case 616 -> "PL";
            case 620 -> "PT";
            case 642 -> "RO";
            case 703 -> "SK";
            case 705 -> "SI";
            case 724 -> "ES";
            case 752 -> "SE";
            case 900 -> "XI";
            default -> null;
        };
    }

    /**
     * IOSS (IM) and non-union OSS (EU) numbers: prefix, 3-digit member-state code, then 7 (IM) or 6
     * (EU) digits. The check-digit algorithm is not public, so only the format and the member-state
     * code are checked.
     */
    public static TaxIdProblem oss(String number, int length) {
        if (!allDigits(number, 2, number.length())) {
            return TaxIdProblem.FORMAT;
        }
        if (number.length() != length) {
            return TaxIdProblem.LENGTH;
        }
        return memberStateOfNumericCode((int) value(number, 2, 5)) == null ? TaxIdProblem.MEMBER_STATE_CODE : null;
    }

    /** Whether a two-letter prefix is used for EORI numbers: EU member states (GR or EL for Greece), GB and XI. */
    public static boolean isEoriPrefix(String p) {
        return switch (p) {
            case "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "GR", "ES", "FI", "FR", "HR", "HU", "IE", "IT",
                 "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB", "XI" -> true;
            default -> false;
        };
    }

    /**
     * EORI: prefix + up to 15 letters or digits; GB and XI numbers are 12 or 15 digits. No public
     * check digit.
     */
    public static TaxIdProblem eori(String number) {
        String p = number.substring(0, 2);
        int rest = number.length() - 2;
        if (p.equals("GB") || p.equals("XI")) {
            if (!allDigits(number, 2, number.length())) {
                return TaxIdProblem.FORMAT;
            }
            return rest == 12 || rest == 15 ? null : TaxIdProblem.LENGTH;
        }
        for (int i = 2; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!Digits.isDigit(c) && !Digits.isLetter(c)) {
                return TaxIdProblem.FORMAT;
            }
        }
        return rest >= 1 && rest <= 15 ? null : TaxIdProblem.LENGTH;
    }
}
