/**
 * Dated currency conversion: xborder's ExchangeRates against Moneta's CurrencyConversion on the same data.
 */
package dev.xborder.bench.fx;
