package dev.xborder.connector.ebay.internal;

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
 * Maps a Fulfillment API {@code Order} (sell_fulfillment_v1_oas3.json) to a core order. Money is
 * {@code Amount{value: string, currency}} (eBay sends {@code "100.0"} as well as {@code "100.00"});
 * {@code value}/{@code currency} are the seller's currency, {@code convertedFrom*} the buyer's, which
 * is ignored. Times are ISO-8601 UTC with milliseconds. {@code lineItemCost} is the price of the
 * whole line ("calculated by multiplying the single unit price by the number of units purchased"),
 * so the unit price is {@code lineItemCost / quantity}. The status is {@code orderFulfillmentStatus}
 * ({@code NOT_STARTED}, {@code IN_PROGRESS}, {@code FULFILLED}); an order whose
 * {@code cancelStatus.cancelState} is {@code CANCELED} is {@code CANCELLED} with raw status
 * {@code CANCELED}; unknown values map to {@code UNKNOWN} with the raw text kept. Internal.
 */
public final class EbayOrderMapper {
    static final StatusMapping FULFILMENT = StatusMapping.of(Map.of(
            "NOT_STARTED", OrderStatus.UNSHIPPED,
            "IN_PROGRESS", OrderStatus.PARTIALLY_SHIPPED,
            "FULFILLED", OrderStatus.SHIPPED));

    private final String marketplace;

    public EbayOrderMapper(String marketplace) {
        this.marketplace = marketplace;
    }

    public Order map(JsonNode o) {
        String id = o.path("orderId").asText("");
        if (id.isBlank()) {
            throw WireOrders.withoutId(marketplace, "orderId");
        }
        return WireOrders.map(marketplace, id, () -> mapUnchecked(id, o));
    }

    private Order mapUnchecked(String id, JsonNode o) {
        String fulfilment = o.path("orderFulfillmentStatus").asText("");
        String payment = o.path("orderPaymentStatus").asText("");
        String cancel = o.path("cancelStatus").path("cancelState").asText("");
        OrderStatus status;
        String raw;
        if ("CANCELED".equals(cancel)) {
            status = OrderStatus.CANCELLED;
            raw = cancel;
        } else {
            status = FULFILMENT.map(fulfilment);
            raw = fulfilment.isEmpty() ? "UNKNOWN" : fulfilment;
            if (status == OrderStatus.UNSHIPPED && ("PENDING".equals(payment) || "FAILED".equals(payment))) {
                status = OrderStatus.PENDING;
            }
        }
        Order.Builder b = Order.builder(marketplace, id)
                .channel(SalesChannel.MARKETPLACE)
                .status(status, raw)
                .createdAt(WireTime.parse(o.path("creationDate"), null, "creationDate")
                        .orElseThrow(() -> bad(id, "creationDate missing")))
                .updatedAt(WireTime.parse(o.path("lastModifiedDate"), null, "lastModifiedDate")
                        .orElseThrow(() -> bad(id, "lastModifiedDate missing")));
        JsonNode pricing = o.path("pricingSummary");
        CurrencyUnit currency = currency(id, o);
        b.currency(currency);
        if (pricing.path("total").hasNonNull("value")) {
            b.total(money(pricing.path("total"), currency, "pricingSummary.total"));
        }
        if (pricing.path("deliveryCost").hasNonNull("value")) {
            b.shipping(money(pricing.path("deliveryCost"), currency, "pricingSummary.deliveryCost"));
        }
        List<OrderLine> lines = new ArrayList<>();
        JsonNode items = o.path("lineItems");
        for (int i = 0; i < items.size(); i++) {
            JsonNode it = items.get(i);
            String field = "lineItems[" + i + "]";
            int qty = it.path("quantity").asInt(0);
            if (qty <= 0) {
                continue;
            }
            MonetaryAmount unit;
            if (it.path("lineItemCost").hasNonNull("value")) {
                BigDecimal whole = WireMoney.decimal(it.path("lineItemCost").path("value"), field + ".lineItemCost.value");
                checkCurrency(it.path("lineItemCost"), currency, field + ".lineItemCost");
                unit = Money.of(divide(whole, qty), currency);
            } else {
                unit = Money.of(BigDecimal.ZERO, currency);
            }
            String sku = it.path("sku").asText("");
            if (sku.isBlank()) {
                sku = it.path("legacyItemId").asText("");
            }
            if (sku.isBlank()) {
                throw bad(id, field + " has neither sku nor legacyItemId");
            }
            String lineId = it.path("lineItemId").asText("");
            if (lineId.isBlank()) {
                throw bad(id, field + " has no lineItemId");
            }
            lines.add(new OrderLine(lineId, Sku.of(sku), it.path("title").asText(""), qty, unit, null, null, null, null));
        }
        b.lines(lines);
        JsonNode instructions = o.path("fulfillmentStartInstructions");
        if (instructions.isArray() && instructions.size() > 0) {
            JsonNode shipTo = instructions.get(0).path("shippingStep").path("shipTo");
            JsonNode a = shipTo.path("contactAddress");
            if (a.isObject()) {
                List<String> street = new ArrayList<>();
                for (String k : List.of("addressLine1", "addressLine2")) {
                    if (a.hasNonNull(k)) {
                        street.add(a.get(k).asText());
                    }
                }
                WireAddress.lenient(a.path("countryCode").asText(null), a.path("postalCode").asText(null),
                        a.path("stateOrProvince").asText(null), a.path("city").asText(null), street).ifPresent(b::shipTo);
            }
            String name = shipTo.path("fullName").asText(null);
            String email = shipTo.path("email").asText(null);
            if (name != null || email != null) {
                b.buyer(new Buyer(name, email));
            }
        }
        return b.build();
    }

    private CurrencyUnit currency(String id, JsonNode o) {
        String code = o.path("pricingSummary").path("total").path("currency").asText("");
        if (code.isEmpty()) {
            for (JsonNode it : o.path("lineItems")) {
                code = it.path("lineItemCost").path("currency").asText("");
                if (!code.isEmpty()) {
                    break;
                }
            }
        }
        if (code.isEmpty()) {
            throw bad(id, "no currency in pricingSummary.total or lineItems[].lineItemCost");
        }
        return WireMoney.currency(code, "pricingSummary.total.currency");
    }

    private static MonetaryAmount money(JsonNode m, CurrencyUnit currency, String field) {
        return WireMoney.of(m, "value", "currency", currency, field);
    }

    private static void checkCurrency(JsonNode m, CurrencyUnit currency, String field) {
        WireMoney.requireCurrency(m, "currency", currency, field);
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
