/**
 * The marketplace connector SPI. Entry points: {@link dev.xborder.connector.ConnectorRegistry}
 * (find a {@link dev.xborder.connector.ConnectorProvider} by id, explicitly or through
 * {@code ServiceLoader}), {@link dev.xborder.connector.ConnectorConfig} (credentials as
 * {@link dev.xborder.connector.Secret}s, region, marketplace ids, timeouts, resilience) and
 * {@link dev.xborder.connector.MarketplaceConnector} (lazy {@link dev.xborder.connector.Pages} of
 * orders, stock, price, shipment confirmation). Failures are
 * {@link dev.xborder.connector.ConnectorException}s. Incremental sync with checkpoints is in
 * {@code dev.xborder.connector.sync}; connector authors build on {@code dev.xborder.connector.http}
 * and {@code dev.xborder.connector.wire}. Arguments are non-null unless documented otherwise.
 */
package dev.xborder.connector;
