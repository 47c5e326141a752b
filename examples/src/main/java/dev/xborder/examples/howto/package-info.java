/**
 * How-to programs, each a small class with a {@code main} that the module's tests compile and run:
 * {@link dev.xborder.examples.howto.QuoteCartAtCheckout}, {@link dev.xborder.examples.howto.ChooseShippingMode},
 * {@link dev.xborder.examples.howto.SyncMarketplaceWithFileCheckpoint},
 * {@link dev.xborder.examples.howto.WriteAConnector}, {@link dev.xborder.examples.howto.OverrideRulesInAHostPack}
 * and {@link dev.xborder.examples.howto.PlugYourExchangeRates}.
 */
package dev.xborder.examples.howto;
