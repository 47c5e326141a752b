package dev.xborder.connector.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.wire.StatusMapping;
import dev.xborder.connector.wire.WireAddress;
import dev.xborder.connector.wire.WireMoney;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.connector.wire.WireOrders;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * Maps GraphQL {@code Order} nodes to core orders, in the shop's currency ({@code shopMoney} of
 * each {@code MoneyBag}; amounts are {@code Decimal} strings). The status is
 * {@code displayFulfillmentStatus}; a cancelled order ({@code cancelledAt} set) is CANCELLED.
 * A line without a SKU gets {@code "variant:<line item id>"} so it is never lost. Internal.
 */
public final class ShopifyOrderMapper {
    /** {@code OrderDisplayFulfillmentStatus} values; others become UNKNOWN. */
    static final StatusMapping STATUS = StatusMapping.of(Map.of(
            "UNFULFILLED", OrderStatus.UNSHIPPED,
            "PARTIALLY_FULFILLED", OrderStatus.PARTIALLY_SHIPPED,
            "FULFILLED", OrderStatus.SHIPPED,
            "RESTOCKED", OrderStatus.RETURNED,
            "PENDING_FULFILLMENT", OrderStatus.PENDING,
            "OPEN", OrderStatus.UNSHIPPED,
            "IN_PROGRESS", OrderStatus.UNSHIPPED,
            "ON_HOLD", OrderStatus.PENDING,
            "SCHEDULED", OrderStatus.PENDING));

    private final String marketplace;

    public ShopifyOrderMapper(String marketplace) {
        this.marketplace = marketplace;
    }

    /** The numeric id at the end of a GraphQL global id ({@code gid://shopify/Order/123} gives 123). */
    public static String legacyId(String gid) {
        int slash = gid.lastIndexOf('/');
        return slash >= 0 ? gid.substring(slash + 1) : gid;
    }

    public Order map(JsonNode o, List<JsonNode> lineItems) {
        String id = legacyId(o.path("id").asText(""));
        return WireOrders.map(marketplace, id, () -> mapUnchecked(id, o, lineItems));
    }

    private Order mapUnchecked(String id, JsonNode o, List<JsonNode> lineItems) {
        if (id.isEmpty()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, marketplace, "an order without id", false, null);
        }
        String raw = o.path("displayFulfillmentStatus").asText("");
        boolean cancelled = o.hasNonNull("cancelledAt");
        CurrencyUnit currency = WireMoney.currency(o.path("currencyCode").asText(null), "order " + id + ".currencyCode");
        Order.Builder b = Order.builder(marketplace, id)
                .channel(SalesChannel.OWN_STORE)
                .status(cancelled ? OrderStatus.CANCELLED : STATUS.map(raw), raw.isEmpty() ? "UNKNOWN" : raw)
                .createdAt(WireTime.parse(o.path("createdAt"), null, "createdAt").orElseThrow(() -> missing(id, "createdAt")))
                .updatedAt(WireTime.parse(o.path("updatedAt"), null, "updatedAt").orElseThrow(() -> missing(id, "updatedAt")))
                .currency(currency);
        JsonNode total = o.path("totalPriceSet").path("shopMoney");
        if (total.hasNonNull("amount")) {
            b.total(WireMoney.of(total.path("amount"), currency, "totalPriceSet.shopMoney.amount"));
        }
        JsonNode ship = o.path("totalShippingPriceSet").path("shopMoney");
        if (ship.hasNonNull("amount")) {
            b.shipping(WireMoney.of(ship.path("amount"), currency, "totalShippingPriceSet.shopMoney.amount"));
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < lineItems.size(); i++) {
            JsonNode li = lineItems.get(i);
            int qty = li.path("quantity").asInt(0);
            if (qty <= 0) {
                continue;
            }
            String lineId = legacyId(li.path("id").asText(""));
            String sku = li.path("sku").asText("");
            JsonNode price = li.path("originalUnitPriceSet").path("shopMoney");
            lines.add(new OrderLine(lineId, Sku.of(sku.isBlank() ? "variant:" + lineId : sku), li.path("title").asText(""), qty,
                    WireMoney.of(price.path("amount"), currency, "lineItems[" + i + "].originalUnitPriceSet.shopMoney.amount"),
                    null, null, null, null));
        }
        b.lines(lines);
        JsonNode a = o.path("shippingAddress");
        if (a.isObject()) {
            List<String> street = new ArrayList<>();
            for (String k : List.of("address1", "address2")) {
                if (a.hasNonNull(k)) {
                    street.add(a.get(k).asText());
                }
            }
            WireAddress.lenient(a.path("countryCodeV2").asText(null), a.path("zip").asText(null), a.path("provinceCode").asText(null),
                    a.path("city").asText(null), street).ifPresent(b::shipTo);
        }
        return b.build();
    }

    private ConnectorException missing(String id, String field) {
        return new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, marketplace, "order " + id + ": " + field + " missing", false, null);
    }
}
