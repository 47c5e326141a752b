package dev.xborder.core.trade;

import dev.xborder.core.Checks;

/**
 * A seller's registration under a scheme, e.g. an IOSS number. The number is normalised and its
 * format checked against the scheme at construction ({@link RegistrationScheme#canonical(String)});
 * a bad one throws {@link dev.xborder.core.InvalidInputException} naming {@code registration.number}.
 *
 * @param scheme the scheme
 * @param number the number in canonical form, e.g. {@code IM3720000224}, {@code GB123456789}
 */
public record TaxRegistration(RegistrationScheme scheme, String number) {
    public TaxRegistration {
        Checks.notNull(scheme, "registration.scheme");
        number = scheme.canonical(number);
    }

    public static TaxRegistration of(RegistrationScheme scheme, String number) {
        return new TaxRegistration(scheme, number);
    }

    @Override
    public String toString() {
        return scheme + ":" + number;
    }
}
