package dev.xborder.connector.wire;

import dev.xborder.connector.ConnectorException;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.XborderException;
import dev.xborder.core.order.Order;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every connector's order mapper does around the platform specifics: report an order that
 * cannot be mapped as {@link ErrorCode#CONNECTOR_BAD_RESPONSE} naming the order, and put a page in
 * update-time order. Stateless.
 */
public final class WireOrders {
    /** Update time, then order id: the order {@code OrderSync} expects within a page. */
    public static final Comparator<Order> BY_UPDATE_TIME = Comparator.comparing(Order::updatedAt)
            .thenComparing(Order::marketplaceOrderId);

    private WireOrders() {
    }

    /**
     * Maps one order: a {@link ConnectorException} from {@code mapping} passes as it is; any other
     * {@link XborderException} (a bad amount, code or date) becomes {@code CONNECTOR_BAD_RESPONSE}
     * {@code "order <id> cannot be mapped: <message>"}, with the cause kept.
     *
     * @param connectorId the connector id for the exception
     * @param orderId     the platform's order id (for the message)
     */
    public static Order map(String connectorId, String orderId, Supplier<Order> mapping) {
        Checks.notNull(mapping, "mapping");
        try {
            return mapping.get();
        } catch (ConnectorException e) {
            throw e;
        } catch (XborderException e) {
            throw new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, connectorId,
                    "order " + orderId + " cannot be mapped: " + e.getMessage(), false, e);
        }
    }

    /** {@code CONNECTOR_BAD_RESPONSE} {@code "order <id>: <what>"}, to throw from a mapper. */
    public static ConnectorException bad(String connectorId, String orderId, String what) {
        return new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, connectorId, "order " + orderId + ": " + what, false, null);
    }

    /** {@code CONNECTOR_BAD_RESPONSE} {@code "an order without <idField>"}: the platform sent an order without its id. */
    public static ConnectorException withoutId(String connectorId, String idField) {
        return new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, connectorId, "an order without " + idField, false, null);
    }

    /** Sorts a page's orders in place by {@link #BY_UPDATE_TIME} and returns the list. */
    public static List<Order> byUpdateTime(List<Order> orders) {
        orders.sort(BY_UPDATE_TIME);
        return orders;
    }
}
