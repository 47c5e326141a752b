package dev.xborder.tax.id;

/** Why a tax identifier is not valid. */
public enum TaxIdProblem {
    /** A character is not allowed where it stands (letter for digit, unknown suffix letter...). */
    FORMAT,
    /** Too few or too many characters for the scheme or country. */
    LENGTH,
    /** The check digit (or check letter, or checksum) does not match. */
    CHECK_DIGIT,
    /** A part of the number has a value that is never issued (a date, an office code, a range). */
    COMPONENT,
    /** The prefix is not a country the scheme knows (or no prefix when one is needed). */
    UNKNOWN_COUNTRY,
    /** The member-state code inside an IOSS/OSS number is not one of the codes in use. */
    MEMBER_STATE_CODE
}
