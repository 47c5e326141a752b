package dev.xborder.connector.shopee;

/**
 * Receives every token pair the connector obtains by a refresh, so the host can store it durably.
 *
 * <p>Shopee refresh tokens are single-use: the refresh that produced {@code tokens} consumed the
 * refresh token the host stored before. The connector calls this <b>right after</b> Shopee answered
 * and <b>before</b> it uses the new access token; it uses the new tokens only once this method
 * returned normally. If it throws, the connector keeps the new tokens in memory (they are the only
 * valid ones now), fails the call with a retryable {@code CONNECTOR_AUTH} error, and offers the
 * same tokens again before its next call. If the process stops between Shopee's answer and a
 * successful return from this method, the new refresh token is lost and the shop must be
 * authorised again: store synchronously (e.g. in one database transaction) before returning.
 *
 * <p>The connector adapts this listener onto the SPI's
 * {@link dev.xborder.connector.http.AccessTokenCache.RotationListener}, which implements the
 * behaviour described here for every connector with single-use refresh tokens.
 *
 * <p>Called by one thread at a time per connector (refreshes are single-flight); must not call
 * back into the connector. Never log the tokens.
 */
@FunctionalInterface
public interface ShopeeTokenListener {
    /**
     * Stores a freshly issued token pair.
     *
     * @throws RuntimeException if the tokens could not be stored (the connector then retries as described above)
     */
    void tokensRefreshed(ShopeeTokens tokens);
}
