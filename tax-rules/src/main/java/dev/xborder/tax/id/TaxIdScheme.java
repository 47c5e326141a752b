package dev.xborder.tax.id;

import dev.xborder.core.trade.RegistrationScheme;
import java.util.Optional;

/**
 * The kinds of tax and customs identifiers {@link TaxIdValidator} knows. Where core's
 * {@link RegistrationScheme} has a matching scheme, {@link #registrationScheme()} names it.
 */
public enum TaxIdScheme {
    /** VAT number of an EU member state (prefix EL for Greece) or of Northern Ireland (prefix XI). */
    EU_VAT(RegistrationScheme.EU_VAT),
    /** UK VAT registration number, prefix GB: 9 digits, 12 digits (branch), GD/HA + 3 digits. */
    GB_VAT(RegistrationScheme.UK_VAT),
    /** Norwegian organisation number used for VAT (MVA): NO + 9 digits, optionally + "MVA". */
    NO_VAT(null),
    /** Swiss UID used for VAT: CHE + 9 digits, optionally + MWST, TVA, IVA or TPV. */
    CH_VAT(RegistrationScheme.CH_VAT),
    /** Australian Business Number: 11 digits (an optional "AU" prefix is accepted). */
    AU_ABN(null),
    /** EU VAT import one-stop shop number: IM + 3-digit member-state code + 7 digits. */
    IOSS(RegistrationScheme.IOSS),
    /** EU VAT one-stop shop number under the non-union scheme: EU + 3-digit member-state code + 6 digits. */
    OSS_NON_UNION(null),
    /** Economic Operators Registration and Identification number: country prefix + up to 15 alphanumerics. */
    EORI(RegistrationScheme.EORI),
    /**
     * New Zealand IRD number, which is also the GST number: 8 or 9 digits (an optional "NZ" prefix is accepted),
     * between 10,000,000 and 150,000,000, modulus-11 check digit. Added 2026-11-22.
     */
    NZ_IRD(RegistrationScheme.NZ_GST);

    private final RegistrationScheme registrationScheme;

    TaxIdScheme(RegistrationScheme registrationScheme) {
        this.registrationScheme = registrationScheme;
    }

    /** The matching core registration scheme, if core has one. */
    public Optional<RegistrationScheme> registrationScheme() {
        return Optional.ofNullable(registrationScheme);
    }

    /**
     * The scheme for a core registration scheme; empty for {@link RegistrationScheme#NO_VOEC},
     * {@link RegistrationScheme#AU_ARN} and {@link RegistrationScheme#SG_GST}, which have no public check.
     */
    public static Optional<TaxIdScheme> of(RegistrationScheme scheme) {
        for (TaxIdScheme s : values()) {
            if (s.registrationScheme == scheme) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
