/**
 * Shopee Open Platform v2 connector. Entry points: {@link dev.xborder.connector.shopee.ShopeeConnectorProvider}
 * (created with a {@link dev.xborder.connector.shopee.ShopeeTokenListener} that stores rotated
 * tokens), {@link dev.xborder.connector.shopee.ShopeeConnector}; {@link dev.xborder.connector.shopee.ShopeeSkuResolver}
 * maps seller SKUs to listing ids; {@link dev.xborder.connector.shopee.ShopeeBatchException} reports
 * partial failures of stock and price updates.
 */
package dev.xborder.connector.shopee;
