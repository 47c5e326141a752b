package dev.xborder.connector.amazon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.wire.StatusMapping;
import dev.xborder.connector.wire.WireAddress;
import dev.xborder.connector.wire.WireMoney;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.connector.wire.WireOrders;
import dev.xborder.core.order.Buyer;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Maps Orders API v0 {@code Order} and {@code OrderItem} JSON to core orders. Money is
 * {@code {"CurrencyCode","Amount"}} with the amount a decimal string; times are ISO-8601 (read
 * leniently, also epoch forms). {@code ItemPrice} is the price of the whole quantity, so the unit
 * price is {@code ItemPrice / QuantityOrdered} (exact when it divides, else to 34 digits). Items
 * with {@code QuantityOrdered} 0 (cancelled) carry no line. Internal.
 */
public final class AmazonOrderMapper {
    /** Orders API v0 {@code OrderStatus} values (ordersV0.json); others become UNKNOWN. */
    static final StatusMapping STATUS = StatusMapping.of(Map.of(
            "PendingAvailability", OrderStatus.PENDING,
            "Pending", OrderStatus.PENDING,
            "Unshipped", OrderStatus.UNSHIPPED,
            "PartiallyShipped", OrderStatus.PARTIALLY_SHIPPED,
            "Shipped", OrderStatus.SHIPPED,
            "InvoiceUnconfirmed", OrderStatus.SHIPPED,
            "Canceled", OrderStatus.CANCELLED));

    private final String marketplace;
    private final String fallbackCurrency;

    public AmazonOrderMapper(String marketplace, String fallbackCurrency) {
        this.marketplace = marketplace;
        this.fallbackCurrency = fallbackCurrency;
    }

    public Order map(JsonNode o, List<JsonNode> items) {
        String id = o.path("AmazonOrderId").asText("");
        return WireOrders.map(marketplace, id, () -> mapUnchecked(id, o, items));
    }

    private Order mapUnchecked(String id, JsonNode o, List<JsonNode> items) {
        String raw = o.path("OrderStatus").asText("");
        Order.Builder b = Order.builder(marketplace, id)
                .channel(SalesChannel.MARKETPLACE)
                .status(STATUS.map(raw), raw.isEmpty() ? "UNKNOWN" : raw)
                .createdAt(WireTime.parse(o.path("PurchaseDate"), null, "PurchaseDate")
                        .orElseThrow(() -> bad(id, "PurchaseDate missing")))
                .updatedAt(WireTime.parse(o.path("LastUpdateDate"), null, "LastUpdateDate")
                        .orElseThrow(() -> bad(id, "LastUpdateDate missing")));
        CurrencyUnit currency = currency(id, o, items);
        b.currency(currency);
        JsonNode total = o.path("OrderTotal");
        if (total.hasNonNull("Amount")) {
            b.total(money(total, currency, "OrderTotal"));
        }
        MonetaryAmount shipping = null;
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode it = items.get(i);
            String field = "OrderItems[" + i + "]";
            int qty = it.path("QuantityOrdered").asInt(0);
            JsonNode ship = it.path("ShippingPrice");
            if (ship.hasNonNull("Amount")) {
                MonetaryAmount s = money(ship, currency, field + ".ShippingPrice");
                shipping = shipping == null ? s : shipping.add(s);
            }
            if (qty <= 0) {
                continue;
            }
            MonetaryAmount unit;
            JsonNode price = it.path("ItemPrice");
            if (price.hasNonNull("Amount")) {
                BigDecimal whole = WireMoney.decimal(price.path("Amount"), field + ".ItemPrice.Amount");
                checkCurrency(price, currency, field + ".ItemPrice");
                unit = Money.of(divide(whole, qty), currency);
            } else {
                unit = Money.of(BigDecimal.ZERO, currency);
            }
            String sku = it.path("SellerSKU").asText(it.path("ASIN").asText(""));
            if (sku.isBlank()) {
                throw bad(id, field + " has neither SellerSKU nor ASIN");
            }
            lines.add(new OrderLine(it.path("OrderItemId").asText(""), Sku.of(sku), it.path("Title").asText(""), qty, unit,
                    null, null, null, null));
        }
        b.lines(lines);
        if (shipping != null) {
            b.shipping(shipping);
        }
        JsonNode addr = o.path("ShippingAddress");
        if (addr.isObject()) {
            List<String> street = new ArrayList<>();
            for (String k : List.of("AddressLine1", "AddressLine2", "AddressLine3")) {
                if (addr.hasNonNull(k)) {
                    street.add(addr.get(k).asText());
                }
            }
            WireAddress.lenient(addr.path("CountryCode").asText(null), addr.path("PostalCode").asText(null),
                    addr.path("StateOrRegion").asText(null), addr.path("City").asText(null), street).ifPresent(b::shipTo);
        }
        JsonNode buyer = o.path("BuyerInfo");
        if (buyer.isObject() && (buyer.hasNonNull("BuyerEmail") || buyer.hasNonNull("BuyerName"))) {
            b.buyer(new Buyer(buyer.path("BuyerName").asText(null), buyer.path("BuyerEmail").asText(null)));
        }
        return b.build();
    }

    private CurrencyUnit currency(String id, JsonNode o, List<JsonNode> items) {
        String code = o.path("OrderTotal").path("CurrencyCode").asText("");
        if (code.isEmpty()) {
            for (JsonNode it : items) {
                code = it.path("ItemPrice").path("CurrencyCode").asText("");
                if (!code.isEmpty()) {
                    break;
                }
            }
        }
        if (code.isEmpty()) {
            code = fallbackCurrency;
        }
        if (code == null) {
            throw bad(id, "no currency in OrderTotal or ItemPrice and the marketplace is unknown");
        }
        return WireMoney.currency(code, "CurrencyCode");
    }

    private static MonetaryAmount money(JsonNode m, CurrencyUnit currency, String field) {
        return WireMoney.of(m, "Amount", "CurrencyCode", currency, field);
    }

    private static void checkCurrency(JsonNode m, CurrencyUnit currency, String field) {
        WireMoney.requireCurrency(m, "CurrencyCode", currency, field);
    }

    private static BigDecimal divide(BigDecimal whole, int qty) {
        BigDecimal q = BigDecimal.valueOf(qty);
        try {
            return whole.divide(q);
        } catch (ArithmeticException e) {
            return whole.divide(q, MathContext.DECIMAL128);
        }
    }

    private ConnectorException bad(String id, String what) {
        return WireOrders.bad(marketplace, id, what);
    }
}
