package dev.xborder.core.trade;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;

/**
 * A seller's registration under a scheme, e.g. an IOSS number. The number is normalised and its
 * format checked against the scheme at construction.
 */
public record TaxRegistration(RegistrationScheme scheme, String number) {
    public TaxRegistration {
        Checks.notNull(scheme, "registration.scheme");
        Checks.notBlank(number, "registration.number");
        number = RegistrationScheme.normalise(number);
        if (!scheme.matchesFormat(number)) {
            throw new InvalidInputException("registration.number", number, "not a valid " + scheme + " number format");
        }
    }

    public static TaxRegistration of(RegistrationScheme scheme, String number) {
        return new TaxRegistration(scheme, number);
    }
}
