package dev.xborder.connector.lazada.internal;

import dev.xborder.core.order.OrderStatus;
import java.util.List;

/** Test access to the mapper's status rule. */
public final class LazadaOrderMapperAccess {
    private LazadaOrderMapperAccess() {
    }

    public static OrderStatus status(List<String> statuses) {
        return LazadaOrderMapper.status(statuses);
    }
}
