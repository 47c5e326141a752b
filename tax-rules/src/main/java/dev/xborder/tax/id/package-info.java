/**
 * Tax-ID validation: {@link dev.xborder.tax.id.TaxIdValidator} checks EU, XI, GB, NO and CH VAT
 * numbers, Australian ABNs and IOSS/OSS/EORI formats with the published check-digit algorithms
 * and returns a {@link dev.xborder.tax.id.TaxIdResult} (valid or not, scheme, country, normalised
 * number, {@link dev.xborder.tax.id.TaxIdProblem} when invalid). Algorithms and sources:
 * {@code docs/tax-ids.md}.
 */
package dev.xborder.tax.id;
