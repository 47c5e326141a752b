package dev.xborder.connector.shopify;

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
import dev.xborder.connector.Secret;
import dev.xborder.connector.ShipmentConfirmation;
import dev.xborder.connector.StockUpdate;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.http.ResponseClassifier;
import dev.xborder.connector.http.TokenBucket;
import dev.xborder.connector.http.Verdict;
import dev.xborder.connector.shopify.internal.ShopifyOrderMapper;
import dev.xborder.connector.shopify.internal.ShopifyQueries;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Shopify connector on the Admin GraphQL API ({@code POST /admin/api/{version}/graphql.json},
 * header {@code X-Shopify-Access-Token}): orders by {@code updated_at} with
 * {@code sortKey: UPDATED_AT} and cursor paging ({@code pageInfo.endCursor}); stock with
 * {@code inventorySetQuantities} (compare-and-set on the current quantity, with
 * {@code @idempotent}); price with {@code productVariantsBulkUpdate}; shipments with
 * {@code fulfillmentCreate} over the order's open fulfillment orders. No REST call is needed.
 *
 * <p>Throttling: each call reserves its expected cost (the last {@code requestedQueryCost} of the
 * same query) from a cost bucket that every response re-synchronises from
 * {@code extensions.cost.throttleStatus}; a {@code THROTTLED} error (HTTP 200 or 429) waits
 * {@code (requestedQueryCost - currentlyAvailable) / restoreRate} seconds and retries. Create
 * through {@link ShopifyConnectorProvider}. Thread-safe.
 */
public final class ShopifyConnector implements MarketplaceConnector {
    public static final String OP_GRAPHQL = "graphql";
    /** Shopify's maximum page size for connections. */
    public static final int MAX_PAGE_SIZE = 250;
    public static final int DEFAULT_PAGE_SIZE = 50;
    private static final double DEFAULT_COST = 100;

    private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

    private final ConnectorHttp http;
    private final String path;
    private final String defaultLocation;
    private final ShopifyOrderMapper mapper = new ShopifyOrderMapper(ShopifyConnectorProvider.ID);
    private final Map<String, Double> lastCost = new ConcurrentHashMap<>();

    ShopifyConnector(ConnectorConfig config) {
        Checks.notNull(config, "config");
        config.require(List.of("accessToken"), List.of("shop"), false);
        String shop = config.option("shop").orElseThrow();
        String host = shop.contains(".") ? shop : shop + ".myshopify.com";
        if (!host.matches("[A-Za-z0-9][A-Za-z0-9.-]*")) {
            throw new InvalidInputException("config.option 'shop'", shop, "not a shop name or myshopify.com domain");
        }
        String version = config.option("apiVersion").orElse(ShopifyConnectorProvider.DEFAULT_API_VERSION);
        if (!version.matches("\\d{4}-\\d{2}|unstable")) {
            throw new InvalidInputException("config.option 'apiVersion'", version, "must look like 2026-07");
        }
        this.path = "/admin/api/" + version + "/graphql.json";
        this.defaultLocation = config.option("locationId").map(l -> gid("Location", l)).orElse(null);
        Secret token = config.credential("accessToken").orElseThrow();
        AtomicReference<ConnectorHttp> self = new AtomicReference<>();
        this.http = ConnectorHttp.builder(ShopifyConnectorProvider.ID, config, URI.create("https://" + host), ShopifyConnectorProvider.DEFAULTS)
                .requestIdHeader("X-Request-Id")
                .signer(r -> r.setHeader("X-Shopify-Access-Token", token.reveal()))
                .classifier(classifier(config.clock(), self))
                .build();
        self.set(http);
    }

    /**
     * Standard classification plus GraphQL's own signals: re-synchronises the cost bucket from
     * {@code extensions.cost.throttleStatus}; {@code THROTTLED} errors are throttling (waiting
     * until the points are restored); other top-level {@code errors} are failures.
     */
    static ResponseClassifier classifier(Clock clock, AtomicReference<ConnectorHttp> http) {
        ResponseClassifier standard = ResponseClassifier.standard(clock);
        return r -> {
            if (!r.hasJson()) {
                return standard.classify(r);
            }
            JsonNode j = r.json();
            JsonNode cost = j.path("extensions").path("cost");
            JsonNode ts = cost.path("throttleStatus");
            Optional<TokenBucket> bucket = http.get() == null ? Optional.empty() : http.get().bucket(OP_GRAPHQL);
            if (ts.isObject()) {
                bucket.ifPresent(b -> b.observe(ts.path("currentlyAvailable").asDouble(), ts.path("maximumAvailable").asDouble(),
                        ts.path("restoreRate").asDouble()));
            }
            JsonNode errors = j.path("errors");
            if (errors.isArray()) {
                for (JsonNode e : errors) {
                    if ("THROTTLED".equals(e.path("extensions").path("code").asText())) {
                        return Verdict.throttled("THROTTLED from " + r.operation(), throttleWait(cost, ts));
                    }
                }
            }
            Verdict v = standard.classify(r);
            if (v.kind() == Verdict.Kind.OK && errors.isArray() && errors.size() > 0) {
                return Verdict.fail(ErrorCode.CONNECTOR_FAILURE, "GraphQL errors from " + r.operation() + ResponseClassifier.platformError(r));
            }
            return v;
        };
    }

    private static Duration throttleWait(JsonNode cost, JsonNode ts) {
        double requested = cost.path("requestedQueryCost").asDouble(0);
        double available = ts.path("currentlyAvailable").asDouble(0);
        double rate = ts.path("restoreRate").asDouble(0);
        if (rate <= 0 || requested <= available) {
            return null; // no usable figures: exponential backoff
        }
        return Duration.ofNanos((long) Math.ceil((requested - available) / rate * 1e9));
    }

    @Override
    public String id() {
        return ShopifyConnectorProvider.ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    public ConnectorHttp http() {
        return http;
    }

    /** Sends one GraphQL document and returns {@code data}. */
    private JsonNode graphql(String name, String document, ObjectNode variables) {
        ObjectNode body = http.json().createObjectNode();
        body.put("query", document);
        body.set("variables", variables);
        double cost = lastCost.getOrDefault(name, DEFAULT_COST);
        ApiResponse r = http.send(ApiRequest.builder(OP_GRAPHQL, "POST", path)
                .jsonBody(body.toString())
                .cost(cost)
                .build());
        JsonNode j = r.json();
        JsonNode requested = j.path("extensions").path("cost").path("requestedQueryCost");
        if (requested.isNumber()) {
            lastCost.put(name, requested.asDouble());
        }
        JsonNode data = j.path("data");
        if (!data.isObject()) {
            throw r.badResponse("GraphQL answer has no data object");
        }
        return data;
    }

    @Override
    public Pages<Order> ordersUpdatedSince(OrderQuery query) {
        Checks.notNull(query, "query");
        int first = query.pageSize() == 0 ? DEFAULT_PAGE_SIZE : Math.min(MAX_PAGE_SIZE, query.pageSize());
        StringBuilder search = new StringBuilder("updated_at:>='").append(WireTime.isoUtcSeconds(query.updatedFrom())).append('\'');
        query.updatedBeforeIfSet().ifPresent(t -> search.append(" AND updated_at:<'").append(WireTime.isoUtcSeconds(t)).append('\''));
        return Pages.of(cursor -> {
            ObjectNode v = http.json().createObjectNode();
            v.put("first", first);
            v.put("query", search.toString());
            if (cursor != null) {
                v.put("after", cursor);
            } else {
                v.putNull("after");
            }
            JsonNode orders = graphql("orders", ShopifyQueries.ORDERS, v).path("orders");
            JsonNode nodes = orders.path("nodes");
            if (!nodes.isArray()) {
                throw new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, id(), "orders answer has no nodes array", false, null);
            }
            List<Order> out = new ArrayList<>(nodes.size());
            for (JsonNode o : nodes) {
                out.add(mapper.map(o, lineItems(o)));
            }
            JsonNode info = orders.path("pageInfo");
            String next = info.path("hasNextPage").asBoolean(false) ? info.path("endCursor").asText(null) : null;
            return new Page<>(out, next);
        });
    }

    private List<JsonNode> lineItems(JsonNode order) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode conn = order.path("lineItems");
        conn.path("nodes").forEach(items::add);
        while (conn.path("pageInfo").path("hasNextPage").asBoolean(false)) {
            ObjectNode v = http.json().createObjectNode();
            v.put("id", order.path("id").asText());
            v.put("after", conn.path("pageInfo").path("endCursor").asText());
            conn = graphql("lineItems", ShopifyQueries.LINE_ITEMS, v).path("order").path("lineItems");
            conn.path("nodes").forEach(items::add);
        }
        return items;
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        ObjectNode v = http.json().createObjectNode();
        v.put("id", gid("Order", orderId));
        JsonNode o = graphql("order", ShopifyQueries.ORDER, v).path("order");
        if (!o.isObject()) {
            return Optional.empty(); // Shopify answers an unknown id with data.order = null
        }
        return Optional.of(mapper.map(o, lineItems(o)));
    }

    @Override
    public void updateStock(StockUpdate update) {
        Checks.notNull(update, "update");
        String location = update.location().map(l -> gid("Location", l)).orElse(defaultLocation);
        if (location == null) {
            throw new InvalidInputException("stock.locationId", null, "no location given and no option locationId configured");
        }
        for (int attempt = 1; ; attempt++) {
            ObjectNode v = http.json().createObjectNode();
            v.put("query", "sku:'" + update.sku().value().replace("'", "\\'") + "'");
            v.put("locationId", location);
            JsonNode variant = variant(graphql("variantBySku", ShopifyQueries.VARIANT_BY_SKU, v), update.sku().value());
            JsonNode item = variant.path("inventoryItem");
            int current = 0;
            boolean known = false;
            for (JsonNode q : item.path("inventoryLevel").path("quantities")) {
                if ("available".equals(q.path("name").asText())) {
                    current = q.path("quantity").asInt();
                    known = true;
                }
            }
            ObjectNode mv = http.json().createObjectNode();
            ObjectNode input = mv.putObject("input");
            input.put("name", "available");
            input.put("reason", "correction");
            ObjectNode qty = input.putArray("quantities").addObject();
            qty.put("inventoryItemId", item.path("id").asText());
            qty.put("locationId", location);
            qty.put("quantity", update.quantity());
            if (known) {
                qty.put("changeFromQuantity", current);
            } else {
                qty.putNull("changeFromQuantity");
            }
            mv.put("key", UUID.randomUUID().toString());
            JsonNode result = graphql("setQuantities", ShopifyQueries.SET_QUANTITIES, mv).path("inventorySetQuantities");
            JsonNode errors = result.path("userErrors");
            if (errors.isArray() && errors.size() > 0) {
                boolean stale = errors.toString().toUpperCase(java.util.Locale.ROOT).contains("CHANGE_FROM_QUANTITY");
                if (stale && attempt < 3) {
                    continue; // someone changed the stock between read and write: read again
                }
                throw userErrors("inventorySetQuantities for SKU " + update.sku(), errors);
            }
            return;
        }
    }

    @Override
    public void updatePrice(PriceUpdate update) {
        Checks.notNull(update, "update");
        ObjectNode v = http.json().createObjectNode();
        v.put("query", "sku:'" + update.sku().value().replace("'", "\\'") + "'");
        JsonNode variant = variant(graphql("variantBySkuNoLocation", ShopifyQueries.VARIANT_BY_SKU_NO_LOCATION, v), update.sku().value());
        ObjectNode mv = http.json().createObjectNode();
        mv.put("productId", variant.path("product").path("id").asText());
        ObjectNode var = mv.putArray("variants").addObject();
        var.put("id", variant.path("id").asText());
        // Decimal as a string, exact, with at least the currency's minor digits ("1234.50")
        BigDecimal price = update.price().getNumber().numberValue(BigDecimal.class);
        int digits = update.price().getCurrency().getDefaultFractionDigits();
        if (digits >= 0 && price.scale() < digits) {
            price = price.setScale(digits);
        }
        var.put("price", price.toPlainString());
        JsonNode result = graphql("variantsBulkUpdate", ShopifyQueries.VARIANTS_BULK_UPDATE, mv).path("productVariantsBulkUpdate");
        JsonNode errors = result.path("userErrors");
        if (errors.isArray() && errors.size() > 0) {
            throw userErrors("productVariantsBulkUpdate for SKU " + update.sku(), errors);
        }
    }

    private JsonNode variant(JsonNode data, String sku) {
        JsonNode nodes = data.path("productVariants").path("nodes");
        List<JsonNode> exact = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (sku.equals(n.path("sku").asText())) {
                exact.add(n);
            }
        }
        if (exact.size() != 1) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), exact.isEmpty()
                    ? "no variant with SKU " + sku : "more than one variant with SKU " + sku + "; make SKUs unique", false, null);
        }
        return exact.get(0);
    }

    @Override
    public void confirmShipment(ShipmentConfirmation s) {
        Checks.notNull(s, "shipment");
        ObjectNode v = http.json().createObjectNode();
        v.put("id", gid("Order", s.orderId()));
        JsonNode order = graphql("fulfillmentOrders", ShopifyQueries.FULFILLMENT_ORDERS, v).path("order");
        if (!order.isObject()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "order " + s.orderId() + " not found", false, null);
        }
        Map<String, Integer> wanted = new java.util.HashMap<>();
        s.lines().forEach(l -> wanted.merge(l.lineId(), l.quantity(), Integer::sum));
        ObjectNode mv = http.json().createObjectNode();
        ObjectNode f = mv.putObject("fulfillment");
        ArrayNode byOrder = f.putArray("lineItemsByFulfillmentOrder");
        for (JsonNode fo : order.path("fulfillmentOrders").path("nodes")) {
            String status = fo.path("status").asText("");
            if (!(status.equals("OPEN") || status.equals("IN_PROGRESS"))) {
                continue;
            }
            ObjectNode entry = http.json().createObjectNode();
            entry.put("fulfillmentOrderId", fo.path("id").asText());
            if (!wanted.isEmpty()) {
                ArrayNode items = entry.putArray("fulfillmentOrderLineItems");
                for (JsonNode li : fo.path("lineItems").path("nodes")) {
                    String lineId = ShopifyOrderMapper.legacyId(li.path("lineItem").path("id").asText(""));
                    Integer q = wanted.get(lineId);
                    if (q != null) {
                        int take = Math.min(q, li.path("remainingQuantity").asInt(0));
                        if (take > 0) {
                            items.addObject().put("id", li.path("id").asText()).put("quantity", take);
                            wanted.put(lineId, q - take);
                        }
                    }
                }
                if (items.isEmpty()) {
                    continue;
                }
            }
            byOrder.add(entry);
        }
        if (byOrder.isEmpty()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "order " + s.orderId()
                    + " has no open fulfillment order for the shipped lines", false, null);
        }
        ObjectNode tracking = f.putObject("trackingInfo");
        tracking.put("company", s.carrier());
        tracking.put("number", s.trackingNumber());
        f.put("notifyCustomer", false);
        JsonNode result = graphql("fulfillmentCreate", ShopifyQueries.FULFILLMENT_CREATE, mv).path("fulfillmentCreate");
        JsonNode errors = result.path("userErrors");
        if (errors.isArray() && errors.size() > 0) {
            throw userErrors("fulfillmentCreate for order " + s.orderId(), errors);
        }
    }

    private ConnectorException userErrors(String what, JsonNode errors) {
        StringBuilder sb = new StringBuilder(what).append(" rejected:");
        for (JsonNode e : errors) {
            sb.append(' ').append(e.path("field").toString()).append(' ').append(e.path("message").asText()).append(';');
        }
        return new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), http.redact(sb.toString()), false, null);
    }

    /** A GraphQL global id from a numeric id or a gid. */
    static String gid(String type, String id) {
        return id.startsWith("gid://") ? id : "gid://shopify/" + type + "/" + id.strip();
    }

    @Override
    public void close() {
        http.close();
    }
}
