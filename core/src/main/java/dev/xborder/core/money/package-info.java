/**
 * Money: amounts, per-currency rounding, exact allocation and dated exchange rates.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.xborder.core.money.Amounts}: parse ({@code of("12.50", "EUR")}), zero, and round
 *       to each currency's ISO 4217 minor units (JPY 0, EUR 2, KWD 3), half-up by default;</li>
 *   <li>{@link dev.xborder.core.money.Allocation}: split an amount over weights so the parts add up
 *       exactly (largest remainder in minor units);</li>
 *   <li>{@link dev.xborder.core.money.ExchangeRates}: the {@link dev.xborder.core.money.CurrencyConverter}
 *       over dated rate sources with a staleness bound, returning a
 *       {@link dev.xborder.core.money.Conversion} that records rate, dates and source;
 *       {@link dev.xborder.core.money.ExchangeRates#bundledEcb()} is the offline default;</li>
 *   <li>{@link dev.xborder.core.money.RateTable} and {@link dev.xborder.core.money.EcbRates}: the
 *       rate data and the reader for the ECB's CSV and XML files;</li>
 *   <li>plug-ins: any JSR 354 {@link javax.money.convert.ExchangeRateProvider} via
 *       {@link dev.xborder.core.money.ExchangeRates.Builder#addSource(javax.money.convert.ExchangeRateProvider)},
 *       {@link dev.xborder.core.money.RateSourceProvider} for ServiceLoader discovery, and
 *       {@link dev.xborder.core.money.XborderRateProvider} to hand xborder's rates to Moneta's API.</li>
 * </ul>
 *
 * <p>Amounts are JSR 354 {@link javax.money.MonetaryAmount}s (Moneta {@code Money}), never
 * {@code double}. Every type here is immutable and thread-safe except builders. Arguments are
 * non-null; bad input throws {@link dev.xborder.core.InvalidInputException}. Nothing in this package
 * opens a network connection.
 */
package dev.xborder.core.money;
