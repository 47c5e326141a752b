package dev.xborder.tax.id;

import dev.xborder.core.geo.CountryCode;
import java.util.Optional;

/**
 * The outcome of validating one tax identifier. A number is valid when its format, length and,
 * where the scheme has one, its published check digit are right; this says nothing about whether
 * the number is currently registered (only the issuing authority's service can say that).
 *
 * @param valid      whether the number passed every check
 * @param scheme     the scheme detected or given; null when none could be detected
 * @param country    the issuing country (GR for EL numbers, XI for Northern Ireland; for IOSS/OSS
 *                   the member state of identification); null when unknown
 * @param normalised the number upper-cased without separators, with its prefix (an ABN has none: its
 *                   11 digits only), and padded where
 *                   the national format pads (BE to 10 digits, EL to 9, NL to 9 before the B)
 * @param problem    why it is not valid; null when valid
 * @param detail     a short human-readable reason; empty when valid
 */
public record TaxIdResult(boolean valid, TaxIdScheme scheme, CountryCode country, String normalised,
                          TaxIdProblem problem, String detail) {

    static TaxIdResult ok(TaxIdScheme scheme, CountryCode country, String normalised) {
        return new TaxIdResult(true, scheme, country, normalised, null, "");
    }

    static TaxIdResult invalid(TaxIdScheme scheme, CountryCode country, String normalised,
                               TaxIdProblem problem, String detail) {
        return new TaxIdResult(false, scheme, country, normalised, problem, detail);
    }

    /** The scheme, if one was given or detected. */
    public Optional<TaxIdScheme> schemeIfKnown() {
        return Optional.ofNullable(scheme);
    }

    /** The issuing country, if known. */
    public Optional<CountryCode> countryIfKnown() {
        return Optional.ofNullable(country);
    }

    /** Why the number is invalid; empty when it is valid. */
    public Optional<TaxIdProblem> problemIfInvalid() {
        return Optional.ofNullable(problem);
    }
}
