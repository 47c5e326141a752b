/**
 * eBay Sell APIs connector. Entry point: {@link dev.xborder.connector.ebay.EbayConnectorProvider}
 * (id {@code "ebay"}, also found by {@code ServiceLoader}); batch stock and price updates with
 * per-SKU results through {@link dev.xborder.connector.ebay.EbayConnector#bulkUpdate}.
 */
package dev.xborder.connector.ebay;
