package dev.xborder.connector.tiktok.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.wire.StatusMapping;
import dev.xborder.connector.wire.WireAddress;
import dev.xborder.connector.wire.WireMoney;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.connector.wire.WireLines;
import dev.xborder.connector.wire.WireOrders;
import dev.xborder.core.order.Buyer;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.order.SalesChannel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * Maps Order API 202309 order JSON (from {@code /order/202309/orders/search} and
 * {@code /order/202309/orders}; field names as in the docs scraped by lywzx/tiktok-partner-api
 * {@code GetOrderList.ts}) to core orders. Each {@code line_items} entry is one unit (there is no
 * quantity field), so entries with the same SKU and sale price become one line whose quantity is
 * their count and whose line id is their ids joined by commas. Money: decimal strings in
 * {@code payment.currency}; times: unix seconds. Internal.
 */
public final class TikTokOrderMapper {
    /** Order statuses of the 202309 Order API (GetOrderList.ts); others are UNKNOWN. */
    static final StatusMapping STATUS = StatusMapping.of(Map.of(
            "UNPAID", OrderStatus.PENDING,
            "ON_HOLD", OrderStatus.PENDING,
            "AWAITING_SHIPMENT", OrderStatus.UNSHIPPED,
            "PARTIALLY_SHIPPING", OrderStatus.PARTIALLY_SHIPPED,
            "AWAITING_COLLECTION", OrderStatus.UNSHIPPED,
            "IN_TRANSIT", OrderStatus.SHIPPED,
            "DELIVERED", OrderStatus.DELIVERED,
            "COMPLETED", OrderStatus.DELIVERED,
            "CANCELLED", OrderStatus.CANCELLED));

    private final String marketplace;

    public TikTokOrderMapper(String marketplace) {
        this.marketplace = marketplace;
    }

    public Order map(JsonNode o) {
        String id = o.path("id").asText("");
        return WireOrders.map(marketplace, id, () -> mapUnchecked(id, o));
    }

    private Order mapUnchecked(String id, JsonNode o) {
        if (id.isBlank()) {
            throw bad("?", "order without id");
        }
        String raw = o.path("status").asText("");
        JsonNode pay = o.path("payment");
        String code = pay.path("currency").asText("");
        if (code.isBlank()) {
            for (JsonNode li : o.path("line_items")) {
                code = li.path("currency").asText("");
                if (!code.isBlank()) {
                    break;
                }
            }
        }
        if (code.isBlank()) {
            throw bad(id, "no payment.currency");
        }
        CurrencyUnit currency = WireMoney.currency(code, "payment.currency");
        Order.Builder b = Order.builder(marketplace, id)
                .channel(SalesChannel.MARKETPLACE)
                .status(STATUS.map(raw), raw.isEmpty() ? "UNKNOWN" : raw)
                .createdAt(WireTime.parse(o.path("create_time"), null, "create_time").orElseThrow(() -> bad(id, "create_time missing")))
                .updatedAt(WireTime.parse(o.path("update_time"), null, "update_time").orElseThrow(() -> bad(id, "update_time missing")))
                .currency(currency);
        if (pay.hasNonNull("total_amount") && !pay.path("total_amount").asText().isBlank()) {
            b.total(WireMoney.of(pay.path("total_amount"), currency, "payment.total_amount"));
        }
        if (pay.hasNonNull("shipping_fee") && !pay.path("shipping_fee").asText().isBlank()) {
            b.shipping(WireMoney.of(pay.path("shipping_fee"), currency, "payment.shipping_fee"));
        }
        b.lines(lines(id, o.path("line_items"), currency));
        JsonNode a = o.path("recipient_address");
        if (a.isObject()) {
            List<String> street = new ArrayList<>();
            for (String k : List.of("address_line1", "address_line2", "address_line3", "address_line4")) {
                if (a.hasNonNull(k) && !a.get(k).asText().isBlank()) {
                    street.add(a.get(k).asText());
                }
            }
            String city = null;
            for (JsonNode d : a.path("district_info")) {
                if ("city".equalsIgnoreCase(d.path("address_level_name").asText(""))) {
                    city = d.path("address_name").asText(null);
                }
            }
            WireAddress.lenient(a.path("region_code").asText(null), a.path("postal_code").asText(null), null, city, street)
                    .ifPresent(b::shipTo);
            if (a.hasNonNull("name") || o.hasNonNull("buyer_email")) {
                b.buyer(new Buyer(a.path("name").asText(null), o.path("buyer_email").asText(null)));
            }
        }
        return b.build();
    }

    private List<OrderLine> lines(String id, JsonNode items, CurrencyUnit currency) {
        List<WireLines.Unit> units = new ArrayList<>();
        int i = 0;
        for (JsonNode li : items) {
            String sku = sku(li);
            if (sku.isBlank()) {
                throw bad(id, "line item " + li.path("id").asText("?") + " has neither seller_sku nor sku_id");
            }
            BigDecimal price = WireMoney.decimal(li.path("sale_price"), "line_items[" + i + "].sale_price");
            String lid = li.path("id").asText("");
            if (lid.isBlank()) {
                throw bad(id, "a line item without id");
            }
            units.add(new WireLines.Unit(lid, sku, li.path("product_name").asText(""), price));
            i++;
        }
        return WireLines.fromUnits(units, currency);
    }

    private static String sku(JsonNode li) {
        String s = li.path("seller_sku").asText("");
        return s.isBlank() ? li.path("sku_id").asText("") : s;
    }

    private ConnectorException bad(String id, String what) {
        return WireOrders.bad(marketplace, id, what);
    }
}
