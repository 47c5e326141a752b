/**
 * Shopify Admin API connector (GraphQL). Entry point:
 * {@link dev.xborder.connector.shopify.ShopifyConnectorProvider} (id {@code "shopify"}, also found by
 * {@code ServiceLoader}).
 */
package dev.xborder.connector.shopify;
