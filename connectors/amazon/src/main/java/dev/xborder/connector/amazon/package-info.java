/**
 * Amazon Selling Partner API connector. Entry point: {@link dev.xborder.connector.amazon.AmazonConnectorProvider}
 * (id {@code "amazon"}, also found by {@code ServiceLoader}); regions and marketplace ids in
 * {@link dev.xborder.connector.amazon.AmazonRegion} and {@link dev.xborder.connector.amazon.AmazonMarketplace}.
 */
package dev.xborder.connector.amazon;
