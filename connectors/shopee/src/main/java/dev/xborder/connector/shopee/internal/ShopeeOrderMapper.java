package dev.xborder.connector.shopee.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.wire.StatusMapping;
import dev.xborder.connector.wire.WireAddress;
import dev.xborder.connector.wire.WireMoney;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.XborderException;
import dev.xborder.core.order.Buyer;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One order of {@code get_order_detail} to a core {@link Order}. Money is Shopee's JSON float in
 * major units, read from the number's own text as {@link BigDecimal} (the shared mapper has
 * {@code USE_BIG_DECIMAL_FOR_FLOATS}), never through {@code double}; the currency is the order's
 * {@code currency} field, else the shop's. Times are unix seconds. Unit price is
 * {@code model_discounted_price}, or {@code model_original_price} when that is 0 (Shopee reports 0
 * for bundle deals, whose discount it does not break down). SKU is {@code model_sku}, else
 * {@code item_sku}, else {@code "itemId:modelId"}. Statuses per the v2 data definition; unknown
 * ones map to {@code UNKNOWN} with the raw text kept. Thread-safe.
 */
public final class ShopeeOrderMapper {
    /**
     * Shopee v2 {@code OrderStatus} values (V2.0 Data Definition, as copied in thiiz/shopee-js
     * {@code .docs/V2.0-Data-Definition.md}; PENDING and INVOICE_PENDING from the get_order_detail
     * docs). IN_CANCEL (a cancellation still being decided) maps to PENDING.
     */
    public static final StatusMapping STATUSES = StatusMapping.of(Map.ofEntries(
            Map.entry("UNPAID", OrderStatus.PENDING),
            Map.entry("PENDING", OrderStatus.PENDING),
            Map.entry("INVOICE_PENDING", OrderStatus.PENDING),
            Map.entry("IN_CANCEL", OrderStatus.PENDING),
            Map.entry("READY_TO_SHIP", OrderStatus.UNSHIPPED),
            Map.entry("PROCESSED", OrderStatus.UNSHIPPED),
            Map.entry("RETRY_SHIP", OrderStatus.UNSHIPPED),
            Map.entry("SHIPPED", OrderStatus.SHIPPED),
            Map.entry("TO_CONFIRM_RECEIVE", OrderStatus.DELIVERED),
            Map.entry("COMPLETED", OrderStatus.DELIVERED),
            Map.entry("CANCELLED", OrderStatus.CANCELLED),
            Map.entry("TO_RETURN", OrderStatus.RETURNED)));

    private final String connectorId;
    private final CurrencyUnit shopCurrency;

    /** {@code shopCurrency} may be null: then every order must carry its {@code currency}. */
    public ShopeeOrderMapper(String connectorId, CurrencyUnit shopCurrency) {
        this.connectorId = connectorId;
        this.shopCurrency = shopCurrency;
    }

    public Order map(JsonNode o) {
        String sn = o.path("order_sn").asText("");
        if (sn.isBlank()) {
            throw bad("an order without order_sn", null);
        }
        try {
            return mapChecked(o, sn);
        } catch (XborderException e) {
            if (e instanceof ConnectorException ce) {
                throw ce;
            }
            throw bad("order " + sn + " could not be mapped: " + e.getMessage(), e);
        }
    }

    private Order mapChecked(JsonNode o, String sn) {
        String cur = o.path("currency").asText("");
        CurrencyUnit currency;
        if (!cur.isBlank()) {
            currency = WireMoney.currency(cur, "order " + sn + ".currency");
        } else if (shopCurrency != null) {
            currency = shopCurrency;
        } else {
            throw bad("order " + sn + " has no currency and the shop's currency is not configured (set option region or currency)", null);
        }
        String rawStatus = o.path("order_status").asText("");
        Instant created = WireTime.parse(o.path("create_time"), null, "order " + sn + ".create_time")
                .orElseThrow(() -> bad("order " + sn + " has no create_time", null));
        Instant updated = WireTime.parse(o.path("update_time"), null, "order " + sn + ".update_time")
                .orElseThrow(() -> bad("order " + sn + " has no update_time", null));
        Order.Builder b = Order.builder(connectorId, sn)
                .channel(SalesChannel.MARKETPLACE)
                .status(STATUSES.map(rawStatus), rawStatus.isBlank() ? "" : rawStatus)
                .createdAt(created)
                .updatedAt(updated)
                .currency(currency);
        JsonNode total = o.path("total_amount");
        if (total.isNumber() || (total.isTextual() && !total.asText().isBlank())) {
            b.total(WireMoney.of(total, currency, "order " + sn + ".total_amount"));
        }
        String buyer = o.path("buyer_username").asText("");
        if (!buyer.isBlank() && !buyer.equals("****")) {
            b.buyer(new Buyer(buyer, null));
        }
        JsonNode addr = o.path("recipient_address");
        if (addr.isObject()) {
            String full = addr.path("full_address").asText("");
            WireAddress.lenient(addr.path("region").asText(o.path("region").asText("")), blankToNull(addr.path("zipcode").asText("")),
                    blankToNull(addr.path("state").asText("")), blankToNull(addr.path("city").asText("")),
                    full.isBlank() ? List.of() : List.of(full)).ifPresent(b::shipTo);
        }
        JsonNode items = o.path("item_list");
        if (!items.isMissingNode() && !items.isNull() && !items.isArray()) {
            throw bad("order " + sn + ": item_list is not an array", null);
        }
        Set<String> lineIds = new HashSet<>();
        int index = 0;
        for (JsonNode it : items) {
            b.line(line(sn, index++, it, currency, lineIds));
        }
        return b.build();
    }

    private OrderLine line(String sn, int index, JsonNode it, CurrencyUnit currency, Set<String> lineIds) {
        String field = "order " + sn + ".item_list[" + index + "]";
        long itemId = it.path("item_id").asLong(0);
        long modelId = it.path("model_id").asLong(0);
        String sku = it.path("model_sku").asText("");
        if (sku.isBlank()) {
            sku = it.path("item_sku").asText("");
        }
        if (sku.isBlank()) {
            sku = itemId + ":" + modelId;
        }
        String lineId = it.hasNonNull("order_item_id") ? it.path("order_item_id").asText() : itemId + ":" + modelId;
        String unique = lineId;
        for (int n = 2; !lineIds.add(unique); n++) {
            unique = lineId + "#" + n;
        }
        int qty = it.path("model_quantity_purchased").asInt(0);
        if (qty <= 0) {
            throw bad(field + ".model_quantity_purchased is " + it.path("model_quantity_purchased") + ", not a positive count", null);
        }
        JsonNode discounted = it.path("model_discounted_price");
        MonetaryAmount price = null;
        if (discounted.isNumber() || discounted.isTextual()) {
            price = WireMoney.of(discounted, currency, field + ".model_discounted_price");
        }
        if (price == null || price.isZero()) {
            price = WireMoney.of(it.path("model_original_price"), currency, field + ".model_original_price");
        }
        String title = it.path("item_name").asText("");
        String model = it.path("model_name").asText("");
        if (!model.isBlank()) {
            title = title + " (" + model + ")";
        }
        return new OrderLine(unique, Sku.of(sku.strip()), title, qty, price, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private ConnectorException bad(String message, Throwable cause) {
        return new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, connectorId, message, false, cause);
    }
}
