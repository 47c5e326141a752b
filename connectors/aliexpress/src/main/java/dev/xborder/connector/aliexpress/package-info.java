/**
 * AliExpress Open Platform (IOP) connector. Entry point:
 * {@link dev.xborder.connector.aliexpress.AliExpressConnectorProvider} (id {@code "aliexpress"},
 * also found by {@code ServiceLoader}); SKUs are addressed as
 * {@link dev.xborder.connector.aliexpress.AliExpressSku} ({@code <productId>:<skuCode>}); batch
 * stock and price updates report failures per product in
 * {@link dev.xborder.connector.aliexpress.AliExpressBatchResult}.
 */
package dev.xborder.connector.aliexpress;
