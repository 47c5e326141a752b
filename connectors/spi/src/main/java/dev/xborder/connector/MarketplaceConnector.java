package dev.xborder.connector;

import dev.xborder.core.order.Order;
import java.util.Optional;
import java.util.Set;

/**
 * One marketplace account, reached over HTTP: read orders, push stock, prices and shipments.
 *
 * <p>Created by a {@link ConnectorProvider} from a {@link ConnectorConfig}. Thread-safe: one
 * instance may serve many threads; it owns one HTTP client and its threads, released by
 * {@link #close()}. Every call goes through the shared HTTP layer (rate limits, retries with
 * backoff, circuit breaker, timeouts); a call that still fails throws {@link ConnectorException}.
 * Arguments are non-null. Operations not in {@link #capabilities()} throw a non-retryable
 * {@link ConnectorException} (see {@link ConnectorException#unsupported}).
 */
public interface MarketplaceConnector extends AutoCloseable {

    /** The provider id, e.g. {@code "amazon"}; also the {@link Order#marketplace()} of its orders. */
    String id();

    /** What this connector supports. */
    Set<Capability> capabilities();

    /**
     * Orders updated at or after {@code query.updatedFrom()}, oldest update first (platforms that
     * cannot sort strictly keep the disorder small; {@code OrderSync}'s overlap window absorbs it).
     * Lazy: no call is made until the first page is asked for, and each further page is fetched only
     * when asked for. Each order comes with its lines.
     */
    Pages<Order> ordersUpdatedSince(OrderQuery query);

    /** One order with its lines, or empty if the platform does not know it. */
    default Optional<Order> order(String orderId) {
        throw ConnectorException.unsupported(id(), Capability.ORDER_BY_ID);
    }

    /** Sets the available quantity of a SKU. */
    default void updateStock(StockUpdate update) {
        throw ConnectorException.unsupported(id(), Capability.UPDATE_STOCK);
    }

    /** Sets the price of a SKU. */
    default void updatePrice(PriceUpdate update) {
        throw ConnectorException.unsupported(id(), Capability.UPDATE_PRICE);
    }

    /** Confirms a shipment with carrier and tracking number. */
    default void confirmShipment(ShipmentConfirmation shipment) {
        throw ConnectorException.unsupported(id(), Capability.CONFIRM_SHIPMENT);
    }

    /** Releases the HTTP client and its threads. Idempotent; never throws. */
    @Override
    void close();
}
