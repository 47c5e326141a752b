/**
 * TikTok Shop Partner API (202309) connector. Entry point:
 * {@link dev.xborder.connector.tiktok.TikTokConnectorProvider} (id {@code "tiktok"}, also found by
 * {@code ServiceLoader}).
 */
package dev.xborder.connector.tiktok;
