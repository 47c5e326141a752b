package dev.xborder.connector.aliexpress.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.wire.StatusMapping;
import dev.xborder.connector.wire.WireAddress;
import dev.xborder.connector.wire.WireMoney;
import dev.xborder.connector.wire.WireOrders;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Buyer;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Maps an AliExpress order to a core order: the {@code order_dto} of
 * {@code aliexpress.solution.order.get} (IOP SDK {@code AliexpressSolutionOrderGetOrderDTO}:
 * {@code order_id}, {@code gmt_create}, {@code gmt_update}, {@code order_status},
 * {@code pay_amount}, {@code product_list} with {@code child_id}, {@code sku_code},
 * {@code product_name}, {@code product_count}, {@code product_unit_price}) and the detail of
 * {@code aliexpress.solution.order.info.get} ({@code id}, {@code gmt_modified},
 * {@code order_amount}, {@code child_order_list}, {@code receipt_address}), whose field names are
 * less certain and are read as alternatives. Money is {@code {"amount":"170.54","currency_code":"USD"}}
 * ({@code currencyCode} also accepted); times are zone-less US Pacific ({@link PacificTime}).
 * Lists come wrapped ({@code {"order_product_dto":[...]}}) or bare. Internal.
 */
public final class AliExpressOrderMapper {
    /** Order statuses of aliexpress.solution.order.get; others become UNKNOWN with the raw text kept. */
    static final StatusMapping STATUS = StatusMapping.of(Map.ofEntries(
            Map.entry("PLACE_ORDER_SUCCESS", OrderStatus.PENDING),
            Map.entry("RISK_CONTROL", OrderStatus.PENDING),
            Map.entry("WAIT_SELLER_EXAMINE_MONEY", OrderStatus.PENDING),
            Map.entry("IN_CANCEL", OrderStatus.PENDING),
            Map.entry("IN_FROZEN", OrderStatus.PENDING),
            Map.entry("IN_ISSUE", OrderStatus.PENDING),
            Map.entry("WAIT_SELLER_SEND_GOODS", OrderStatus.UNSHIPPED),
            Map.entry("SELLER_PART_SEND_GOODS", OrderStatus.PARTIALLY_SHIPPED),
            Map.entry("WAIT_BUYER_ACCEPT_GOODS", OrderStatus.SHIPPED),
            Map.entry("FUND_PROCESSING", OrderStatus.DELIVERED),
            Map.entry("FINISH", OrderStatus.DELIVERED)));

    private final String marketplace;

    public AliExpressOrderMapper(String marketplace) {
        this.marketplace = marketplace;
    }

    public Order map(JsonNode o) {
        String id = text(o, "order_id", "id", "orderId");
        if (id == null) {
            throw WireOrders.withoutId(marketplace, "order_id");
        }
        return WireOrders.map(marketplace, id, () -> mapUnchecked(id, o));
    }

    private Order mapUnchecked(String id, JsonNode o) {
        String raw = text(o, "order_status", "orderStatus");
        Order.Builder b = Order.builder(marketplace, id)
                .channel(SalesChannel.MARKETPLACE)
                .status(STATUS.map(raw), raw == null ? "UNKNOWN" : raw)
                .createdAt(time(id, text(o, "gmt_create", "gmtCreate"), "gmt_create"))
                .updatedAt(time(id, text(o, "gmt_update", "gmt_modified", "gmtUpdate", "gmtModified"), "gmt_update"));
        JsonNode total = first(o, "pay_amount", "order_amount", "payAmount");
        List<JsonNode> products = list(first(o, "product_list", "child_order_list", "productList"));
        CurrencyUnit currency = null;
        if (total != null && total.isObject()) {
            currency = currencyOf(total);
        }
        for (int i = 0; currency == null && i < products.size(); i++) {
            JsonNode p = first(products.get(i), "product_unit_price", "product_price", "productUnitPrice");
            if (p != null) {
                currency = currencyOf(p);
            }
        }
        if (currency == null) {
            throw bad(id, "no currency in pay_amount or product prices");
        }
        b.currency(currency);
        if (total != null && total.hasNonNull("amount")) {
            b.total(money(total, currency, "pay_amount"));
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            JsonNode p = products.get(i);
            String field = "product_list[" + i + "]";
            int qty = first(p, "product_count", "productCount") == null ? 0 : first(p, "product_count", "productCount").asInt(0);
            if (qty <= 0) {
                continue;
            }
            JsonNode price = first(p, "product_unit_price", "product_price", "productUnitPrice");
            MonetaryAmount unit = price == null || !price.hasNonNull("amount") ? Money.of(BigDecimal.ZERO, currency)
                    : money(price, currency, field + ".product_unit_price");
            String sku = text(p, "sku_code", "skuCode");
            if (sku == null) {
                sku = text(p, "product_id", "productId");
            }
            if (sku == null) {
                throw bad(id, field + " has neither sku_code nor product_id");
            }
            String lineId = text(p, "child_id", "childId", "id");
            if (lineId == null) {
                throw bad(id, field + " has no child_id");
            }
            lines.add(new OrderLine(lineId, Sku.of(sku), text(p, "product_name", "productName"), qty, unit, null, null, null, null));
        }
        b.lines(lines);
        JsonNode a = first(o, "receipt_address");
        if (a != null && a.isObject()) {
            List<String> street = new ArrayList<>();
            for (String k : List.of("detail_address", "address", "address2")) {
                if (a.hasNonNull(k)) {
                    street.add(a.get(k).asText());
                }
            }
            WireAddress.lenient(text(a, "country"), text(a, "zip"), text(a, "province"), text(a, "city"), street).ifPresent(b::shipTo);
        }
        String buyer = text(o, "buyer_signer_fullname", "buyerSignerFullname");
        if (buyer != null) {
            b.buyer(new Buyer(buyer, null));
        }
        return b.build();
    }

    private Instant time(String id, String text, String field) {
        if (text == null) {
            throw bad(id, field + " missing");
        }
        try {
            return PacificTime.parse(LocalDateTime.parse(text.strip(), PacificTime.FORMAT));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, text, "not a yyyy-MM-dd HH:mm:ss Pacific time", e);
        }
    }

    private static CurrencyUnit currencyOf(JsonNode money) {
        String code = text(money, "currency_code", "currencyCode");
        return code == null ? null : WireMoney.currency(code, "currency_code");
    }

    private static MonetaryAmount money(JsonNode m, CurrencyUnit currency, String field) {
        String c = text(m, "currency_code", "currencyCode");
        if (c != null && !c.equalsIgnoreCase(currency.getCurrencyCode())) {
            throw new InvalidInputException(field + ".currency_code", c, "differs from the order currency " + currency);
        }
        return WireMoney.of(m.path("amount"), currency, field + ".amount");
    }

    /** A list given bare or wrapped in a single-field object ({@code {"order_product_dto":[...]}}). */
    static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isObject() && node.size() == 1 && node.elements().next().isArray()) {
            node = node.elements().next();
        }
        if (node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    static JsonNode first(JsonNode o, String... names) {
        for (String n : names) {
            JsonNode v = o.get(n);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return null;
    }

    static String text(JsonNode o, String... names) {
        JsonNode v = first(o, names);
        if (v == null || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private ConnectorException bad(String id, String what) {
        return WireOrders.bad(marketplace, id, what);
    }
}
