package dev.xborder.connector.lazada.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.wire.StatusMapping;
import dev.xborder.connector.wire.WireAddress;
import dev.xborder.connector.wire.WireMoney;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.connector.wire.WireLines;
import dev.xborder.connector.wire.WireOrders;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Buyer;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.order.SalesChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * Maps {@code /orders/get} (or {@code /order/get}) order JSON and its {@code /orders/items/get}
 * items to core orders. Lazada sends one order item per unit (no quantity field), so items with
 * the same seller SKU and price become one line whose quantity is their count and whose line id is
 * their {@code order_item_id}s joined by commas. Times are {@code "2019-01-01 10:00:00 +0800"}
 * (zone-less text is read in the venture's offset); money is decimal strings or JSON numbers,
 * read exactly; the currency is the items' {@code currency}, else the venture's. An order's
 * {@code statuses} (one per distinct item status) become the raw status joined by commas; the
 * mapped status ignores cancelled items unless all are. Internal.
 */
public final class LazadaOrderMapper {
    /** Item/order statuses from Lazada's order status list (connector research section 5); others are UNKNOWN. */
    static final StatusMapping STATUS = StatusMapping.of(Map.ofEntries(
            Map.entry("unpaid", OrderStatus.PENDING),
            Map.entry("pending", OrderStatus.UNSHIPPED),
            Map.entry("topack", OrderStatus.UNSHIPPED),
            Map.entry("packed", OrderStatus.UNSHIPPED),
            Map.entry("repacked", OrderStatus.UNSHIPPED),
            Map.entry("toship", OrderStatus.UNSHIPPED),
            Map.entry("ready_to_ship", OrderStatus.UNSHIPPED),
            Map.entry("ready_to_ship_pending", OrderStatus.UNSHIPPED),
            Map.entry("shipping", OrderStatus.SHIPPED),
            Map.entry("shipped", OrderStatus.SHIPPED),
            Map.entry("delivered", OrderStatus.DELIVERED),
            Map.entry("confirmed", OrderStatus.DELIVERED),
            Map.entry("canceled", OrderStatus.CANCELLED),
            Map.entry("cancelled", OrderStatus.CANCELLED),
            Map.entry("returned", OrderStatus.RETURNED),
            Map.entry("failed", OrderStatus.RETURNED),
            Map.entry("failed_delivery", OrderStatus.RETURNED)));

    private final String marketplace;
    private final String country;
    private final String fallbackCurrency;
    private final ZoneOffset offset;

    public LazadaOrderMapper(String marketplace, String country, String fallbackCurrency, ZoneOffset offset) {
        this.marketplace = marketplace;
        this.country = country;
        this.fallbackCurrency = fallbackCurrency;
        this.offset = offset;
    }

    /** The order id as text (Lazada sends it as a number). */
    public static String id(JsonNode order) {
        return order.path("order_id").asText("");
    }

    /** The order's update time. */
    public Instant updatedAt(JsonNode order) {
        return time(order, "updated_at", id(order));
    }

    public Order map(JsonNode o, List<JsonNode> items) {
        String id = id(o);
        return WireOrders.map(marketplace, id, () -> mapUnchecked(id, o, items));
    }

    private Order mapUnchecked(String id, JsonNode o, List<JsonNode> items) {
        if (id.isEmpty()) {
            throw bad("?", "order without order_id");
        }
        List<String> statuses = new ArrayList<>();
        for (JsonNode s : o.path("statuses")) {
            if (!s.asText("").isBlank()) {
                statuses.add(s.asText().strip());
            }
        }
        if (statuses.isEmpty()) {
            for (JsonNode it : items) {
                String s = it.path("status").asText("");
                if (!s.isBlank() && !statuses.contains(s)) {
                    statuses.add(s);
                }
            }
        }
        String raw = statuses.isEmpty() ? "UNKNOWN" : String.join(",", statuses);
        CurrencyUnit currency = currency(id, items);
        Order.Builder b = Order.builder(marketplace, id)
                .channel(SalesChannel.MARKETPLACE)
                .status(status(statuses), raw)
                .createdAt(time(o, "created_at", id))
                .updatedAt(time(o, "updated_at", id))
                .currency(currency);
        if (o.hasNonNull("price") && !o.path("price").asText("").isBlank()) {
            b.total(Money.of(amount(o.path("price"), "price"), currency));
        }
        if (o.hasNonNull("shipping_fee") && !o.path("shipping_fee").asText("").isBlank()) {
            b.shipping(Money.of(amount(o.path("shipping_fee"), "shipping_fee"), currency));
        }
        b.lines(lines(id, items, currency));
        JsonNode a = o.path("address_shipping");
        if (a.isObject()) {
            List<String> street = new ArrayList<>();
            for (String k : List.of("address1", "address2", "address3", "address4", "address5")) {
                if (a.hasNonNull(k)) {
                    street.add(a.get(k).asText());
                }
            }
            String cc = country != null ? country : a.path("country").asText(null);
            WireAddress.lenient(cc, a.path("post_code").asText(null), null, a.path("city").asText(null), street)
                    .ifPresent(b::shipTo);
        }
        String first = o.path("customer_first_name").asText("");
        String last = o.path("customer_last_name").asText("");
        if (!(first + last).isBlank()) {
            b.buyer(new Buyer((first + " " + last).strip(), null));
        }
        return b.build();
    }

    /** The core status: of the non-cancelled statuses (all, if every one is cancelled). */
    static OrderStatus status(List<String> statuses) {
        if (statuses.isEmpty()) {
            return OrderStatus.UNKNOWN;
        }
        Set<OrderStatus> all = new LinkedHashSet<>();
        for (String s : statuses) {
            all.add(STATUS.map(s));
        }
        if (all.size() > 1) {
            all.remove(OrderStatus.CANCELLED);
        }
        if (all.size() == 1) {
            return all.iterator().next();
        }
        if (all.contains(OrderStatus.UNKNOWN)) {
            return OrderStatus.UNKNOWN;
        }
        boolean open = all.contains(OrderStatus.UNSHIPPED) || all.contains(OrderStatus.PENDING);
        boolean gone = all.contains(OrderStatus.SHIPPED) || all.contains(OrderStatus.DELIVERED);
        if (open && gone) {
            return OrderStatus.PARTIALLY_SHIPPED;
        }
        if (all.contains(OrderStatus.RETURNED)) {
            return OrderStatus.RETURNED;
        }
        return all.contains(OrderStatus.SHIPPED) ? OrderStatus.SHIPPED : all.iterator().next();
    }

    private List<OrderLine> lines(String id, List<JsonNode> items, CurrencyUnit currency) {
        List<WireLines.Unit> units = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode it = items.get(i);
            String sku = it.path("sku").asText("");
            if (sku.isBlank()) {
                sku = it.path("shop_sku").asText("");
            }
            if (sku.isBlank()) {
                throw bad(id, "order item " + it.path("order_item_id").asText("?") + " has neither sku nor shop_sku");
            }
            BigDecimal price = amount(it.path("item_price"), "items[" + i + "].item_price");
            String itemId = it.path("order_item_id").asText("");
            if (itemId.isBlank()) {
                throw bad(id, "an order item without order_item_id");
            }
            units.add(new WireLines.Unit(itemId, sku, it.path("name").asText(""), price));
        }
        return WireLines.fromUnits(units, currency);
    }

    private CurrencyUnit currency(String id, List<JsonNode> items) {
        String code = null;
        for (JsonNode it : items) {
            String c = it.path("currency").asText("");
            if (c.isBlank()) {
                continue;
            }
            if (code != null && !code.equalsIgnoreCase(c)) {
                throw bad(id, "items in two currencies: " + code + " and " + c);
            }
            code = c;
        }
        if (code == null) {
            code = fallbackCurrency;
        }
        if (code == null) {
            throw bad(id, "no currency on the items and no region configured");
        }
        return WireMoney.currency(code, "currency");
    }

    /**
     * An amount from a JSON string or number. Grouping commas ({@code "1,250.00"}) are removed: a
     * defensive reading, not a documented Lazada format.
     */
    static BigDecimal amount(JsonNode n, String field) {
        if (n.isTextual() && n.asText().indexOf(',') >= 0) {
            String t = n.asText().strip();
            if (!t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
                throw new InvalidInputException(field, t, "not a decimal amount");
            }
            return WireMoney.decimal(t.replace(",", ""), field);
        }
        return WireMoney.decimal(n, field);
    }

    private Instant time(JsonNode o, String field, String id) {
        return WireTime.parse(o.path(field), offset, field).orElseThrow(() -> bad(id, field + " missing"));
    }

    private ConnectorException bad(String id, String what) {
        return WireOrders.bad(marketplace, id, what);
    }
}
