package dev.xborder.connector.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.xborder.connector.http.OutgoingRequest;
import dev.xborder.connector.http.ResponseClassifier;
import dev.xborder.connector.http.Verdict;
import dev.xborder.connector.tiktok.internal.TikTokOrderMapper;
import dev.xborder.connector.tiktok.internal.TikTokSigner;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * TikTok Shop Partner API connector on the 202309 versions. Orders:
 * {@code POST /order/202309/orders/search} with {@code update_time_ge}/{@code update_time_lt} (unix
 * seconds) in the body, {@code sort_field=update_time&sort_order=ASC}, and {@code page_token} from
 * the previous page's {@code next_page_token}; line items come embedded. One order:
 * {@code GET /order/202309/orders?ids=}. Stock and price: the seller SKU is looked up with
 * {@code POST /product/202312/products/search} ({@code seller_skus}), then
 * {@code POST /product/202309/products/{id}/inventory/update} or {@code .../prices/update}; SKU
 * errors the platform lists in {@code data.errors} are reported. Shipment:
 * {@code POST /fulfillment/202309/orders/{id}/packages} with tracking number and shipping provider
 * id.
 *
 * <p>Every call carries {@code shop_cipher} and is signed by {@link TikTokSigner} over the exact
 * body bytes sent. Errors come in the body with HTTP 200 ({@code code} not 0): {@code 36009002}
 * (rate limit) is throttling and {@code 36009003} a transient server error, both retried;
 * {@code 105xxx} and {@code 36004004} (token) are auth failures; others fail with TikTok's code,
 * message and request id. HTTP 429 is throttling, its {@code Retry-After} (seconds or HTTP-date)
 * honoured. Create through {@link TikTokConnectorProvider}. Thread-safe.
 */
public final class TikTokConnector implements MarketplaceConnector {
    public static final String OP_SEARCH_ORDERS = "searchOrders";
    public static final String OP_GET_ORDERS = "getOrderDetail";
    public static final String OP_SEARCH_PRODUCTS = "searchProducts";
    public static final String OP_UPDATE_INVENTORY = "updateInventory";
    public static final String OP_UPDATE_PRICE = "updatePrice";
    public static final String OP_SHIP_PACKAGE = "markPackageAsShipped";
    /** The Order API's maximum {@code page_size} (1-100, GetOrderList.ts). */
    public static final int MAX_PAGE_SIZE = 100;
    /** The production API host (connector research 6.1). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://open-api.tiktokglobalshop.com");

    private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

    private final ConnectorHttp http;
    private final String shopCipher;
    private final String defaultWarehouse;
    private final TikTokOrderMapper mapper = new TikTokOrderMapper(TikTokConnectorProvider.ID);

    TikTokConnector(ConnectorConfig config) {
        Checks.notNull(config, "config");
        config.require(List.of("appKey", "appSecret", "accessToken"), List.of("shopCipher"), false);
        this.shopCipher = config.option("shopCipher").orElseThrow();
        this.defaultWarehouse = config.option("warehouseId").orElse(null);
        this.http = ConnectorHttp.builder(TikTokConnectorProvider.ID, config, DEFAULT_BASE_URL, TikTokConnectorProvider.DEFAULTS)
                .classifier(classifier(config.clock()))
                .signer(new TikTokSigner(config.credential("appKey").orElseThrow(), config.credential("appSecret").orElseThrow(),
                        config.credential("accessToken").orElseThrow(), config.clock()))
                .build();
    }

    /**
     * Standard HTTP classification (429 with {@code Retry-After} as seconds or HTTP-date), then the
     * body's {@code code}: 0 success; 36009002 throttled; 36009003 transient; 105xxx and 36004004
     * unauthorized; 106001 (signature) an auth failure; anything else a failure.
     */
    static ResponseClassifier classifier(Clock clock) {
        return ResponseClassifier.withBodyErrors(clock, "request_id", (r, j) -> {
            long code = j.path("code").asLong(0);
            if (code == 0) {
                return null;
            }
            String what = describe(r.operation(), j);
            if (code == 36009002L) {
                return Verdict.throttled(what, null);
            }
            if (code == 36009003L) {
                return Verdict.transientFailure(what, null);
            }
            if (code / 1000 == 105 || code == 36004004L) {
                return Verdict.unauthorized(what);
            }
            if (code == 106001L) {
                return Verdict.fail(ErrorCode.CONNECTOR_AUTH, what);
            }
            return Verdict.fail(ErrorCode.CONNECTOR_FAILURE, what);
        });
    }

    static String describe(String operation, JsonNode j) {
        String s = operation + ": TikTok Shop error " + j.path("code").asText("?") + ": " + j.path("message").asText("")
                + (j.hasNonNull("request_id") ? "; request_id " + j.path("request_id").asText() : "");
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    @Override
    public String id() {
        return TikTokConnectorProvider.ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** The HTTP layer (for diagnostics: circuit state). */
    public ConnectorHttp http() {
        return http;
    }

    @Override
    public Pages<Order> ordersUpdatedSince(OrderQuery query) {
        Checks.notNull(query, "query");
        int size = query.pageSize() > 0 ? Math.min(MAX_PAGE_SIZE, query.pageSize()) : MAX_PAGE_SIZE;
        ObjectNode filter = http.json().createObjectNode();
        filter.put("update_time_ge", query.updatedFrom().getEpochSecond()); // rounded down: nothing at the bound is missed
        query.updatedBeforeIfSet().ifPresent(t -> filter.put("update_time_lt", ceilSeconds(t)));
        String body = filter.toString();
        return Pages.of(cursor -> {
            ApiRequest.Builder b = ApiRequest.builder(OP_SEARCH_ORDERS, "POST", "/order/202309/orders/search")
                    .query("shop_cipher", shopCipher)
                    .query("page_size", Integer.toString(size))
                    .query("sort_field", "update_time")
                    .query("sort_order", "ASC")
                    .query("page_token", cursor)
                    .jsonBody(body);
            ApiResponse r = http.send(b.build());
            JsonNode data = r.json().path("data");
            JsonNode orders = data.path("orders");
            if (!orders.isArray()) {
                if (data.isObject() && data.path("total_count").asLong(-1) == 0) {
                    return new Page<>(List.of(), null);
                }
                throw r.badResponse("orders/search answer has no data.orders array");
            }
            List<Order> out = new ArrayList<>(orders.size());
            for (JsonNode o : orders) {
                out.add(mapper.map(o));
            }
            String next = data.path("next_page_token").asText("");
            return new Page<>(out, orders.isEmpty() ? null : next);
        });
    }

    private static long ceilSeconds(java.time.Instant t) {
        return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        if (orderId.contains(",")) {
            throw new InvalidInputException("orderId", orderId, "one order id, without commas");
        }
        ApiResponse r = http.send(ApiRequest.builder(OP_GET_ORDERS, "GET", "/order/202309/orders")
                .query("shop_cipher", shopCipher)
                .query("ids", orderId)
                .build());
        JsonNode orders = r.json().path("data").path("orders");
        for (JsonNode o : orders) {
            if (orderId.equals(o.path("id").asText())) {
                return Optional.of(mapper.map(o));
            }
        }
        return Optional.empty();
    }

    /** A product SKU found by seller SKU: product id, SKU id, its warehouses and price currency. */
    private record ProductSku(String productId, String skuId, List<String> warehouses, String currency) {
    }

    private ProductSku resolve(String sellerSku) {
        ObjectNode body = http.json().createObjectNode();
        body.putArray("seller_skus").add(sellerSku);
        ApiResponse r = http.send(ApiRequest.builder(OP_SEARCH_PRODUCTS, "POST", "/product/202312/products/search")
                .query("shop_cipher", shopCipher)
                .query("page_size", "20")
                .jsonBody(body.toString())
                .build());
        List<ProductSku> found = new ArrayList<>();
        for (JsonNode p : r.json().path("data").path("products")) {
            for (JsonNode s : p.path("skus")) {
                if (sellerSku.equals(s.path("seller_sku").asText())) {
                    List<String> warehouses = new ArrayList<>();
                    s.path("inventory").forEach(w -> warehouses.add(w.path("warehouse_id").asText()));
                    found.add(new ProductSku(p.path("id").asText(), s.path("id").asText(), warehouses,
                            s.path("price").path("currency").asText("")));
                }
            }
        }
        if (found.isEmpty()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "no product SKU with seller SKU " + sellerSku,
                    r.status(), null, false, null, null);
        }
        if (found.size() > 1) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "seller SKU " + sellerSku + " is on " + found.size()
                    + " product SKUs; make it unique in TikTok Shop", r.status(), null, false, null, null);
        }
        return found.get(0);
    }

    /**
     * Sets the quantity of a seller SKU in a warehouse: the update's location, else option
     * {@code warehouseId}, else the SKU's only warehouse (a SKU in several warehouses needs one named).
     */
    @Override
    public void updateStock(StockUpdate update) {
        Checks.notNull(update, "update");
        ProductSku sku = resolve(update.sku().value());
        String warehouse = update.location().orElse(defaultWarehouse);
        if (warehouse == null) {
            if (sku.warehouses().size() > 1) {
                throw new InvalidInputException("stock.locationId", null, "SKU " + update.sku().value() + " is stocked in "
                        + sku.warehouses().size() + " warehouses " + sku.warehouses() + ": name one");
            }
            warehouse = sku.warehouses().isEmpty() ? null : sku.warehouses().get(0);
        }
        ObjectNode body = http.json().createObjectNode();
        ObjectNode s = body.putArray("skus").addObject();
        s.put("id", sku.skuId());
        ObjectNode inv = s.putArray("inventory").addObject();
        if (warehouse != null) {
            inv.put("warehouse_id", warehouse);
        }
        inv.put("quantity", update.quantity());
        mutate(OP_UPDATE_INVENTORY, "/product/202309/products/" + OutgoingRequest.encode(sku.productId()) + "/inventory/update",
                body, update.sku().value());
    }

    /** Sets the price of a seller SKU, in the currency the SKU is listed in. */
    @Override
    public void updatePrice(PriceUpdate update) {
        Checks.notNull(update, "update");
        ProductSku sku = resolve(update.sku().value());
        String currency = update.price().getCurrency().getCurrencyCode();
        if (!sku.currency().isEmpty() && !sku.currency().equalsIgnoreCase(currency)) {
            throw new InvalidInputException("price.price", update.price(), "SKU " + update.sku().value() + " is priced in " + sku.currency());
        }
        ObjectNode body = http.json().createObjectNode();
        ObjectNode s = body.putArray("skus").addObject();
        s.put("id", sku.skuId());
        BigDecimal amount = update.price().getNumber().numberValue(BigDecimal.class);
        int digits = Math.max(0, update.price().getCurrency().getDefaultFractionDigits());
        if (amount.scale() < digits) {
            amount = amount.setScale(digits); // "12.50"; never rounds
        }
        s.putObject("price").put("amount", amount.toPlainString())
                .put("currency", currency);
        mutate(OP_UPDATE_PRICE, "/product/202309/products/" + OutgoingRequest.encode(sku.productId()) + "/prices/update",
                body, update.sku().value());
    }

    private void mutate(String operation, String path, ObjectNode body, String sellerSku) {
        ApiResponse r = http.send(ApiRequest.builder(operation, "POST", path)
                .query("shop_cipher", shopCipher)
                .jsonBody(body.toString())
                .build());
        JsonNode errors = r.json().path("data").path("errors");
        if (errors.isArray() && errors.size() > 0) {
            StringBuilder why = new StringBuilder(operation + " of seller SKU " + sellerSku + " failed:");
            for (JsonNode e : errors) {
                why.append(' ').append(e.path("code").asText()).append(' ').append(e.path("message").asText());
                JsonNode d = e.path("detail");
                if (d.hasNonNull("sku_id")) {
                    why.append(" (sku ").append(d.path("sku_id").asText());
                    for (JsonNode x : d.path("extra_errors")) {
                        why.append(", warehouse ").append(x.path("warehouse_id").asText()).append(": ")
                                .append(x.path("code").asText()).append(' ').append(x.path("message").asText());
                    }
                    why.append(')');
                }
                why.append(';');
            }
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), why.toString(), r.status(),
                    r.json().path("request_id").asText(null), false, null, null);
        }
    }

    /**
     * Marks a package shipped with the seller's carrier. {@code carrier} is TikTok's
     * {@code shipping_provider_id} (from Get Shipping Providers). Lines name line item ids (a line
     * id of this connector's orders is a comma-separated list of them; its first {@code quantity}
     * are taken); no lines means the whole order.
     */
    @Override
    public void confirmShipment(ShipmentConfirmation s) {
        Checks.notNull(s, "shipment");
        ObjectNode body = http.json().createObjectNode();
        body.put("tracking_number", s.trackingNumber());
        body.put("shipping_provider_id", s.carrier());
        if (!s.lines().isEmpty()) {
            ArrayNode ids = body.putArray("order_line_item_ids");
            for (ShipmentConfirmation.ShippedLine l : s.lines()) {
                String[] parts = l.lineId().split(",");
                if (l.quantity() > parts.length) {
                    throw new InvalidInputException("shipment.lines", l.lineId(),
                            "quantity " + l.quantity() + " exceeds the " + parts.length + " line item(s) of the line");
                }
                for (int i = 0; i < l.quantity(); i++) {
                    ids.add(parts[i].strip());
                }
            }
        }
        http.send(ApiRequest.builder(OP_SHIP_PACKAGE, "POST", "/fulfillment/202309/orders/" + OutgoingRequest.encode(s.orderId()) + "/packages")
                .query("shop_cipher", shopCipher)
                .jsonBody(body.toString())
                .build());
    }

    @Override
    public void close() {
        http.close();
    }
}
