package dev.xborder.connector.lazada;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.Capability;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.Page;
import dev.xborder.connector.Pages;
import dev.xborder.connector.PriceUpdate;
import dev.xborder.connector.ShipmentConfirmation;
import dev.xborder.connector.StockUpdate;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.http.ResponseClassifier;
import dev.xborder.connector.http.Verdict;
import dev.xborder.connector.lazada.internal.LazadaCursor;
import dev.xborder.connector.lazada.internal.LazadaOrderMapper;
import dev.xborder.connector.lazada.internal.LazadaSigner;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lazada Open Platform connector. Orders: {@code GET /orders/get} with {@code update_after}
 * (ISO-8601 with the venture's offset), {@code sort_by=updated_at}, {@code sort_direction=ASC} and
 * offset/limit paging (limit at most {@value #MAX_LIMIT}, offset at most {@value #MAX_OFFSET}: when
 * the next offset would pass the cap, the walk restarts with {@code update_after} one second before
 * the latest update seen and offset 0, skipping orders already handed over); each page's items come
 * from one {@code GET /orders/items/get?order_ids=[..]}. One order: {@code /order/get} and
 * {@code /order/items/get}. Stock and price: {@code POST /product/price_quantity/update} with an
 * XML {@code payload} form field, keyed by seller SKU. Shipment: {@code POST /order/rts} with
 * {@code delivery_type=dropship}, the order item ids, shipment provider and tracking number.
 *
 * <p>Every call is signed by {@link LazadaSigner} (HMAC-SHA256, uppercase hex, millisecond
 * timestamps). Errors come in the body ({@code code} other than {@code "0"}): codes ending in
 * {@code CallLimit} (e.g. {@code ApiCallLimit}) are throttling and retried;
 * {@code IllegalAccessToken} is an auth failure; errors of type {@code ISP} (Lazada's backend) are
 * retried as transient; anything else fails at once with Lazada's code, message and request id.
 * Create through {@link LazadaConnectorProvider}. Thread-safe.
 */
public final class LazadaConnector implements MarketplaceConnector {
    public static final String OP_GET_ORDERS = "getOrders";
    public static final String OP_GET_ORDER = "getOrder";
    public static final String OP_GET_ORDER_ITEMS = "getOrderItems";
    public static final String OP_UPDATE_PRICE_QUANTITY = "updatePriceQuantity";
    public static final String OP_READY_TO_SHIP = "readyToShip";
    /** Lazada's maximum {@code limit} for {@code /orders/get} (connector research 5.2). */
    public static final int MAX_LIMIT = 100;
    /** Lazada's maximum {@code offset} for {@code /orders/get} (connector research 5.2). */
    public static final int MAX_OFFSET = 5000;

    private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

    private final ConnectorHttp http;
    private final LazadaRegion region;
    private final ZoneOffset offset;
    private final LazadaOrderMapper mapper;

    LazadaConnector(ConnectorConfig config) {
        Checks.notNull(config, "config");
        config.require(List.of("appKey", "appSecret", "accessToken"), List.of("region"), false);
        this.region = LazadaRegion.of(config.option("region").orElseThrow()).orElseThrow(() -> new InvalidInputException(
                "config.option 'region'", config.option("region").orElse(null), "not one of SG, MY, TH, VN, PH, ID"));
        this.offset = region.offset();
        this.http = ConnectorHttp.builder(LazadaConnectorProvider.ID, config, region.gateway(), LazadaConnectorProvider.DEFAULTS)
                .classifier(classifier(config.clock()))
                .signer(new LazadaSigner(config.credential("appKey").orElseThrow(), config.credential("appSecret").orElseThrow(),
                        config.credential("accessToken").orElseThrow(), config.clock()))
                .build();
        this.mapper = new LazadaOrderMapper(LazadaConnectorProvider.ID, region.country(), region.currency(), offset);
    }

    /**
     * Standard HTTP classification, then Lazada's body: {@code code} {@code "0"} is success;
     * {@code *CallLimit} throttled; {@code IllegalAccessToken} unauthorized;
     * {@code IllegalRefreshToken} an auth failure; type {@code ISP} transient; others failures.
     */
    static ResponseClassifier classifier(Clock clock) {
        return ResponseClassifier.withBodyErrors(clock, "request_id", (r, j) -> {
            String code = j.path("code").asText("0");
            if ("0".equals(code)) {
                return null;
            }
            String what = describe(r.operation(), j);
            if (code.endsWith("CallLimit")) {
                return Verdict.throttled(what, null);
            }
            if ("IllegalAccessToken".equals(code)) {
                return Verdict.unauthorized(what);
            }
            if ("IllegalRefreshToken".equals(code)) {
                return Verdict.fail(ErrorCode.CONNECTOR_AUTH, what);
            }
            if ("ISP".equalsIgnoreCase(j.path("type").asText(""))) {
                return Verdict.transientFailure(what, null);
            }
            return Verdict.fail(ErrorCode.CONNECTOR_FAILURE, what);
        });
    }

    /** "op: Lazada error CODE (TYPE): message; detail...; request_id X", shortened. */
    static String describe(String operation, JsonNode j) {
        StringBuilder sb = new StringBuilder(operation).append(": Lazada error ").append(j.path("code").asText("?"));
        if (j.hasNonNull("type")) {
            sb.append(" (").append(j.path("type").asText()).append(')');
        }
        if (j.hasNonNull("message")) {
            sb.append(": ").append(j.path("message").asText());
        }
        for (JsonNode d : j.path("detail")) {
            sb.append("; ");
            if (d.hasNonNull("seller_sku")) {
                sb.append("SKU ").append(d.path("seller_sku").asText()).append(' ');
            }
            if (d.hasNonNull("field")) {
                sb.append(d.path("field").asText()).append(": ");
            }
            sb.append(d.path("message").asText(""));
        }
        if (j.hasNonNull("request_id")) {
            sb.append("; request_id ").append(j.path("request_id").asText());
        }
        String s = sb.toString();
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    @Override
    public String id() {
        return LazadaConnectorProvider.ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** The venture this connector talks to. */
    public LazadaRegion region() {
        return region;
    }

    /** The HTTP layer (for diagnostics: circuit state). */
    public ConnectorHttp http() {
        return http;
    }

    @Override
    public Pages<Order> ordersUpdatedSince(OrderQuery query) {
        Checks.notNull(query, "query");
        int limit = query.pageSize() > 0 ? Math.min(MAX_LIMIT, query.pageSize()) : MAX_LIMIT;
        return Pages.of(cursorText -> {
            LazadaCursor cursor = cursorText == null ? LazadaCursor.start(query.updatedFrom()) : parse(cursorText);
            ApiRequest.Builder b = ApiRequest.builder(OP_GET_ORDERS, "GET", "/orders/get")
                    .query("update_after", WireTime.isoWithOffset(cursor.windowStart(), offset))
                    .query("sort_by", "updated_at")
                    .query("sort_direction", "ASC")
                    .query("offset", Integer.toString(cursor.offset()))
                    .query("limit", Integer.toString(limit));
            query.updatedBeforeIfSet().ifPresent(t -> b.query("update_before", WireTime.isoWithOffset(t, offset)));
            ApiResponse r = http.send(b.build());
            JsonNode data = r.json().path("data");
            JsonNode orders = data.path("orders");
            if (!orders.isArray()) {
                if (data.isObject() && data.path("count").asInt(-1) == 0 || data.path("countTotal").asInt(-1) == 0) {
                    return new Page<>(List.of(), null); // Lazada may leave out an empty orders array
                }
                throw r.badResponse("/orders/get answer has no data.orders array");
            }
            List<JsonNode> fresh = new ArrayList<>();
            List<LazadaCursor.Delivered> delivered = new ArrayList<>();
            for (JsonNode o : orders) {
                String id = LazadaOrderMapper.id(o);
                Instant updated = mapper.updatedAt(o);
                if (cursor.alreadyDelivered(id, updated)) {
                    continue;
                }
                fresh.add(o);
                delivered.add(new LazadaCursor.Delivered(id, updated));
            }
            Map<String, List<JsonNode>> items = items(fresh);
            List<Order> out = new ArrayList<>(fresh.size());
            for (JsonNode o : fresh) {
                String id = LazadaOrderMapper.id(o);
                out.add(mapper.map(o, items.getOrDefault(id, List.of())));
            }
            int returned = orders.size();
            LazadaCursor next = cursor.advance(returned, delivered);
            int total = data.path("countTotal").asInt(data.path("count").asInt(-1));
            boolean more = returned > 0 && (total >= 0 && data.has("countTotal") ? next.offset() < total : returned == limit);
            if (!more) {
                return new Page<>(out, null);
            }
            if (next.offset() > MAX_OFFSET) {
                LazadaCursor restarted = next.restartWindow();
                if (!restarted.windowStart().isAfter(cursor.windowStart())) {
                    throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "more than " + MAX_OFFSET
                            + " orders updated within one second at " + next.latest() + ": Lazada's offset cap leaves no way past them;"
                            + " narrow the query with updatedBefore", false, null);
                }
                next = restarted;
            }
            return new Page<>(out, next.encode());
        });
    }

    private LazadaCursor parse(String text) {
        try {
            return LazadaCursor.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "cursor", text, "not a cursor of this connector", e);
        }
    }

    /** Items of several orders with one {@code /orders/items/get} call, by order id. */
    private Map<String, List<JsonNode>> items(List<JsonNode> orders) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        if (orders.isEmpty()) {
            return out;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode o : orders) {
            ids.add(LazadaOrderMapper.id(o));
        }
        ApiResponse r = http.send(ApiRequest.builder(OP_GET_ORDER_ITEMS, "GET", "/orders/items/get")
                .query("order_ids", "[" + String.join(",", ids) + "]")
                .build());
        JsonNode data = r.json().path("data");
        if (!data.isArray()) {
            throw r.badResponse("/orders/items/get answer has no data array");
        }
        for (JsonNode entry : data) {
            String id = entry.path("order_id").asText("");
            List<JsonNode> list = out.computeIfAbsent(id, k -> new ArrayList<>());
            entry.path("order_items").forEach(list::add);
        }
        for (String id : ids) {
            if (!out.containsKey(id)) {
                throw r.badResponse("/orders/items/get answer lacks the items of order " + id);
            }
        }
        return out;
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        ApiResponse r = http.send(ApiRequest.builder(OP_GET_ORDER, "GET", "/order/get").query("order_id", orderId).build());
        JsonNode o = r.json().path("data");
        if (!o.isObject() || o.isEmpty() || LazadaOrderMapper.id(o).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mapper.map(o, orderItems(orderId)));
    }

    private List<JsonNode> orderItems(String orderId) {
        ApiResponse r = http.send(ApiRequest.builder(OP_GET_ORDER_ITEMS, "GET", "/order/items/get").query("order_id", orderId).build());
        JsonNode data = r.json().path("data");
        if (!data.isArray()) {
            throw r.badResponse("/order/items/get answer has no data array");
        }
        List<JsonNode> out = new ArrayList<>();
        data.forEach(out::add);
        return out;
    }

    /**
     * Sets the quantity of a seller SKU. Lazada's multi-warehouse stock is not supported: an update
     * naming a location is rejected rather than applied to the default warehouse.
     */
    @Override
    public void updateStock(StockUpdate update) {
        Checks.notNull(update, "update");
        if (update.location().isPresent()) {
            throw new InvalidInputException("stock.locationId", update.locationId(),
                    "the Lazada connector sets the SKU's quantity as a whole; per-warehouse stock is not supported");
        }
        priceQuantity(update.sku().value(), "<Quantity>" + update.quantity() + "</Quantity>");
    }

    /** Sets the price of a seller SKU; the currency must be the venture's. */
    @Override
    public void updatePrice(PriceUpdate update) {
        Checks.notNull(update, "update");
        String currency = update.price().getCurrency().getCurrencyCode();
        if (!currency.equals(region.currency())) {
            throw new InvalidInputException("price.price", update.price(), "Lazada " + region + " sells in " + region.currency());
        }
        BigDecimal amount = update.price().getNumber().numberValue(BigDecimal.class);
        int digits = Math.max(0, update.price().getCurrency().getDefaultFractionDigits());
        if (amount.scale() < digits) {
            amount = amount.setScale(digits); // "12.90", as Lazada shows prices; never rounds
        }
        priceQuantity(update.sku().value(), "<Price>" + amount.toPlainString() + "</Price>");
    }

    private void priceQuantity(String sellerSku, String element) {
        String payload = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><Request><Product><Skus><Sku><SellerSku>" + xml(sellerSku)
                + "</SellerSku>" + element + "</Sku></Skus></Product></Request>";
        ApiResponse r = postForm(OP_UPDATE_PRICE_QUANTITY, "/product/price_quantity/update", List.of(Map.entry("payload", payload)));
        JsonNode detail = r.json().path("detail");
        if (detail.isArray() && detail.size() > 0) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), describe(OP_UPDATE_PRICE_QUANTITY, r.json()),
                    r.status(), r.json().path("request_id").asText(null), false, null, null);
        }
    }

    /**
     * Marks items ready to ship with the seller's own carrier ({@code /order/rts},
     * {@code delivery_type=dropship}). Lines name Lazada order item ids (a line id of this
     * connector's orders is a comma-separated list of them; its first {@code quantity} are taken);
     * no lines means every item of the order not cancelled. {@code carrier} is Lazada's shipment
     * provider name.
     */
    @Override
    public void confirmShipment(ShipmentConfirmation s) {
        Checks.notNull(s, "shipment");
        List<String> itemIds = new ArrayList<>();
        if (s.lines().isEmpty()) {
            for (JsonNode it : orderItems(s.orderId())) {
                if (!"canceled".equalsIgnoreCase(it.path("status").asText(""))) {
                    itemIds.add(it.path("order_item_id").asText());
                }
            }
            if (itemIds.isEmpty()) {
                throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "order " + s.orderId() + " has no items to ship",
                        false, null);
            }
        } else {
            for (ShipmentConfirmation.ShippedLine l : s.lines()) {
                String[] ids = l.lineId().split(",");
                if (l.quantity() > ids.length) {
                    throw new InvalidInputException("shipment.lines", l.lineId(),
                            "quantity " + l.quantity() + " exceeds the " + ids.length + " order item(s) of the line");
                }
                for (int i = 0; i < l.quantity(); i++) {
                    itemIds.add(ids[i].strip());
                }
            }
        }
        postForm(OP_READY_TO_SHIP, "/order/rts", List.of(
                Map.entry("delivery_type", "dropship"),
                Map.entry("order_item_ids", "[" + String.join(",", itemIds) + "]"),
                Map.entry("shipment_provider", s.carrier()),
                Map.entry("tracking_number", s.trackingNumber())));
    }

    private ApiResponse postForm(String operation, String path, List<Map.Entry<String, String>> fields) {
        byte[] body = LazadaSigner.formBody(fields).getBytes(StandardCharsets.UTF_8);
        return http.send(ApiRequest.builder(operation, "POST", path)
                .body(body, "application/x-www-form-urlencoded;charset=UTF-8")
                .build());
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    @Override
    public void close() {
        http.close();
    }
}
