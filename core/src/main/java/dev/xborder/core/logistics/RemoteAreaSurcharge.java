package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.CountryCode;
import javax.money.MonetaryAmount;

/**
 * A per-parcel surcharge for destinations in a postal-code range of one country. A postal code
 * matches when its first {@code from.length()} characters, normalised (upper case, without spaces
 * and dashes), lie between {@code from} and {@code to} inclusive, compared as text. {@code from} and
 * {@code to} have the same length; for numeric codes of fixed length this is numeric order, and a
 * short prefix such as {@code "HS"} covers every code starting with it.
 */
public record RemoteAreaSurcharge(CountryCode country, String from, String to, MonetaryAmount amount) {
    public RemoteAreaSurcharge {
        Checks.notNull(country, "remoteAreaSurcharge.country");
        from = normalise(Checks.notBlank(from, "remoteAreaSurcharge.postalCodeFrom"));
        to = normalise(Checks.notBlank(to, "remoteAreaSurcharge.postalCodeTo"));
        if (from.length() != to.length()) {
            throw new InvalidInputException("remoteAreaSurcharge.postalCodeTo", to,
                    "must have the same length as postalCodeFrom \"" + from + "\"");
        }
        if (from.compareTo(to) > 0) {
            throw new InvalidInputException("remoteAreaSurcharge.postalCodeTo", to,
                    "must not sort before postalCodeFrom \"" + from + "\"");
        }
        Checks.notNull(amount, "remoteAreaSurcharge.amount");
        if (amount.isNegative()) {
            throw new InvalidInputException("remoteAreaSurcharge.amount", amount, "must not be negative");
        }
    }

    /** Whether a normalised postal code of {@link #country()} lies in this range. */
    public boolean matches(String normalisedPostalCode) {
        if (normalisedPostalCode == null || normalisedPostalCode.length() < from.length()) {
            return false;
        }
        String prefix = normalisedPostalCode.substring(0, from.length());
        return prefix.compareTo(from) >= 0 && prefix.compareTo(to) <= 0;
    }

    /** Upper-cases and drops spaces and dashes. */
    public static String normalise(String postalCode) {
        StringBuilder sb = new StringBuilder(postalCode.length());
        for (int i = 0; i < postalCode.length(); i++) {
            char c = postalCode.charAt(i);
            if (c != ' ' && c != '-' && c != '\u00a0') {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
