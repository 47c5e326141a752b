/**
 * National tariffs a host downloads itself, read into one model: {@link dev.xborder.tax.tariff.NationalTariff}
 * (jurisdiction, source, as-of date, {@link dev.xborder.tax.tariff.TariffLine}s with typed
 * {@link dev.xborder.tax.tariff.DutyRate}s) with a fast most-specific-prefix
 * {@link dev.xborder.tax.tariff.TariffIndex}. Readers: {@link dev.xborder.tax.tariff.UkTradeTariffReader}
 * (UK Trade Tariff API v2 commodity JSON) and {@link dev.xborder.tax.tariff.UsHtsReader} (USITC HTS
 * JSON and CSV exports). Formats and limits: {@code docs/tariffs.md}.
 */
package dev.xborder.tax.tariff;
