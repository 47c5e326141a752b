/**
 * Lazada Open Platform connector. Entry point: {@link dev.xborder.connector.lazada.LazadaConnectorProvider}
 * (id {@code "lazada"}, also found by {@code ServiceLoader}); ventures in
 * {@link dev.xborder.connector.lazada.LazadaRegion}.
 */
package dev.xborder.connector.lazada;
