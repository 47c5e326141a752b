/**
 * Trade terms and seller registrations.
 *
 * <p>Entry points: {@link dev.xborder.core.trade.Incoterm} (who pays import charges),
 * {@link dev.xborder.core.trade.RegistrationScheme} (IOSS, EU VAT, UK VAT, VOEC, ARN, Swiss VAT, EORI, NZ GST,
 * Singapore GST with their number formats) and {@link dev.xborder.core.trade.TaxRegistration} (a number checked
 * against its scheme's format; check digits are verified by the tax-rules module).
 */
package dev.xborder.core.trade;
