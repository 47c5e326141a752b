package dev.xborder.connector.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.PlatformSimulator;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.SyntheticOrder;
import dev.xborder.connector.wire.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Shopify Admin GraphQL API as documented, over a dataset: {@code data} plus
 * {@code extensions.cost{requestedQueryCost, actualQueryCost, throttleStatus{maximumAvailable,
 * currentlyAvailable, restoreRate}}} on every answer (shape from Shopify/shopify-api-js
 * admin-api-client README); orders filtered by the {@code updated_at:>='...'} search and paged with
 * opaque cursors; MoneyBag amounts as Decimal strings; {@code createdAt} with a shop-local offset.
 * Throttling is HTTP 200 with {@code errors[].extensions.code = THROTTLED} (body quoted in the
 * connector research, 3.4). A bad token is 401 with the REST-style text error.
 */
public final class ShopifySimulator implements PlatformSimulator {
    static final String VERSION_PATH = "/admin/api/" + ShopifyConnectorProvider.DEFAULT_API_VERSION + "/graphql.json";
    private static final Pattern SEARCH = Pattern.compile("updated_at:>='([^']+)'");
    private final Dataset data;
    private final String token;
    private final ObjectMapper json = WireJson.newMapper();
    final Map<String, Integer> stock = new ConcurrentHashMap<>();
    private final Map<String, String> items = new ConcurrentHashMap<>();
    final Map<String, String> prices = new ConcurrentHashMap<>();
    final List<JsonNode> fulfillments = new CopyOnWriteArrayList<>();
    final List<JsonNode> mutations = new CopyOnWriteArrayList<>();

    public ShopifySimulator(Dataset data, String token) {
        this.data = data;
        this.token = token;
    }

    @Override
    public FakeResponse handle(RecordedRequest r) {
        if (!r.method().equals("POST") || !r.path().equals(VERSION_PATH)) {
            return FakeResponse.json(404, "{\"errors\":\"Not Found\"}");
        }
        if (!token.equals(r.header("X-Shopify-Access-Token").orElse(""))) {
            return unauthorized();
        }
        JsonNode body;
        try {
            body = json.readTree(r.body());
        } catch (IOException e) {
            return FakeResponse.json(400, "{\"errors\":\"bad json\"}");
        }
        String q = body.path("query").asText();
        JsonNode v = body.path("variables");
        ObjectNode data = json.createObjectNode();
        if (q.contains("query XborderOrders")) {
            orders(v, data);
        } else if (q.contains("query XborderOrder(")) {
            int i = this.data.indexOf(legacy(v.path("id").asText()));
            if (i < 0) {
                data.putNull("order");
            } else {
                data.set("order", order(this.data.get(i)));
            }
        } else if (q.contains("query XborderVariantBySku")) {
            String sku = v.path("query").asText().replaceAll("^sku:'(.*)'$", "$1");
            ObjectNode n = data.putObject("productVariants").putArray("nodes").addObject();
            n.put("id", "gid://shopify/ProductVariant/" + Math.abs(sku.hashCode()));
            n.put("sku", sku);
            n.putObject("product").put("id", "gid://shopify/Product/77");
            ObjectNode item = n.putObject("inventoryItem");
            item.put("id", "gid://shopify/InventoryItem/" + Math.abs(sku.hashCode()));
            items.put("gid://shopify/InventoryItem/" + Math.abs(sku.hashCode()), sku);
            item.putObject("inventoryLevel").putArray("quantities").addObject().put("name", "available")
                    .put("quantity", stock.getOrDefault(sku, 5));
        } else if (q.contains("mutation XborderSetQuantities")) {
            mutations.add(body);
            if (!q.contains("@idempotent(key: $key)")) {
                return graphqlError("The @idempotent directive is required", "BAD_REQUEST");
            }
            JsonNode qty = v.path("input").path("quantities").get(0);
            String sku = skuOfItem(qty.path("inventoryItemId").asText());
            int current = stock.getOrDefault(sku, 5);
            ObjectNode res = data.putObject("inventorySetQuantities");
            ArrayNode errors = res.putArray("userErrors");
            if (qty.path("changeFromQuantity").asInt(-1) != current) {
                errors.addObject().put("message", "The specified compare quantity does not match").put("code", "CHANGE_FROM_QUANTITY_STALE")
                        .putArray("field").add("input").add("quantities").add("0").add("changeFromQuantity");
            } else {
                stock.put(sku, qty.path("quantity").asInt());
                res.putObject("inventoryAdjustmentGroup").put("id", "gid://shopify/InventoryAdjustmentGroup/1");
            }
        } else if (q.contains("mutation XborderPrice")) {
            mutations.add(body);
            JsonNode var = v.path("variants").get(0);
            prices.put(var.path("id").asText(), var.path("price").asText());
            ObjectNode res = data.putObject("productVariantsBulkUpdate");
            res.putArray("productVariants").addObject().put("id", var.path("id").asText()).put("price", var.path("price").asText());
            res.putArray("userErrors");
        } else if (q.contains("query XborderFulfillmentOrders")) {
            int i = this.data.indexOf(legacy(v.path("id").asText()));
            if (i < 0) {
                data.putNull("order");
            } else {
                SyntheticOrder s = this.data.get(i);
                ObjectNode fo = data.putObject("order").putObject("fulfillmentOrders").putArray("nodes").addObject();
                fo.put("id", "gid://shopify/FulfillmentOrder/" + s.id());
                fo.put("status", "OPEN");
                ArrayNode lis = fo.putObject("lineItems").putArray("nodes");
                for (SyntheticOrder.Line l : s.lines()) {
                    ObjectNode li = lis.addObject();
                    li.put("id", "gid://shopify/FulfillmentOrderLineItem/" + digits(l.lineId()));
                    li.put("remainingQuantity", l.quantity());
                    li.putObject("lineItem").put("id", "gid://shopify/LineItem/" + digits(l.lineId()));
                }
            }
        } else if (q.contains("mutation XborderFulfil")) {
            fulfillments.add(v.path("fulfillment"));
            ObjectNode res = data.putObject("fulfillmentCreate");
            res.putObject("fulfillment").put("id", "gid://shopify/Fulfillment/1").put("status", "SUCCESS");
            res.putArray("userErrors");
        } else {
            return graphqlError("Unknown query", "BAD_REQUEST");
        }
        ObjectNode out = json.createObjectNode();
        out.set("data", data);
        out.set("extensions", cost(252, 1900));
        return FakeResponse.json(200, out.toString()).withHeader("X-Request-Id", "shp-" + out.hashCode());
    }

    private void orders(JsonNode v, ObjectNode out) {
        Matcher m = SEARCH.matcher(v.path("query").asText(""));
        Instant from = m.find() ? Instant.parse(m.group(1)) : Instant.EPOCH;
        int first = v.path("first").asInt(50);
        int start;
        String after = v.path("after").asText(null);
        if (after != null && !after.isEmpty() && !v.path("after").isNull()) {
            String decoded = new String(Base64.getDecoder().decode(after), StandardCharsets.UTF_8);
            start = Integer.parseInt(decoded.replaceAll(".*\"last_index\":(\\d+).*", "$1")) + 1;
        } else {
            start = data.firstAtOrAfter(from);
        }
        int end = Math.min(data.size(), start + first);
        ObjectNode orders = out.putObject("orders");
        ArrayNode nodes = orders.putArray("nodes");
        for (int i = start; i < end; i++) {
            nodes.add(order(data.get(i)));
        }
        ObjectNode info = orders.putObject("pageInfo");
        info.put("hasNextPage", end < data.size());
        info.put("endCursor", end > start ? cursor(end - 1) : null);
    }

    private static String cursor(int index) {
        return Base64.getEncoder().encodeToString(("{\"last_index\":" + index + ",\"last_value\":\"x\"}").getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode order(SyntheticOrder s) {
        ObjectNode o = json.createObjectNode();
        o.put("id", "gid://shopify/Order/" + s.id());
        o.put("name", "#" + s.id());
        o.put("createdAt", s.createdAt().atOffset(ZoneOffset.ofHours(-5)).toString());
        o.put("updatedAt", s.updatedAt().toString());
        o.putNull("cancelledAt");
        o.put("displayFinancialStatus", "PAID");
        o.put("displayFulfillmentStatus", s.rawStatus());
        o.put("currencyCode", s.currency());
        o.putObject("totalPriceSet").putObject("shopMoney").put("amount", s.total()).put("currencyCode", s.currency());
        o.putObject("totalShippingPriceSet").putObject("shopMoney").put("amount", "0.0").put("currencyCode", s.currency());
        ObjectNode a = o.putObject("shippingAddress");
        a.put("countryCodeV2", "CA");
        a.put("zip", "K2P 1L4");
        a.put("provinceCode", "ON");
        a.put("city", "Ottawa");
        a.put("address1", "150 Elgin St");
        a.putNull("address2");
        ObjectNode li = o.putObject("lineItems");
        ArrayNode nodes = li.putArray("nodes");
        for (SyntheticOrder.Line l : s.lines()) {
            ObjectNode n = nodes.addObject();
            n.put("id", "gid://shopify/LineItem/" + digits(l.lineId()));
            n.put("sku", l.sku());
            n.put("title", "Item " + l.sku());
            n.put("quantity", l.quantity());
            n.putObject("originalUnitPriceSet").putObject("shopMoney").put("amount", l.unitPrice()).put("currencyCode", s.currency());
        }
        li.putObject("pageInfo").put("hasNextPage", false).putNull("endCursor");
        return o;
    }

    static String digits(String lineId) {
        return lineId.replaceAll("\\D", "");
    }

    private static String legacy(String gid) {
        return gid.substring(gid.lastIndexOf('/') + 1);
    }

    private String skuOfItem(String itemGid) {
        return items.getOrDefault(itemGid, itemGid);
    }

    private ObjectNode cost(double requested, double available) {
        ObjectNode ext = json.createObjectNode();
        ObjectNode c = ext.putObject("cost");
        c.put("requestedQueryCost", requested);
        c.put("actualQueryCost", requested / 2);
        ObjectNode ts = c.putObject("throttleStatus");
        ts.put("maximumAvailable", 2000.0);
        ts.put("currentlyAvailable", available);
        ts.put("restoreRate", 100.0);
        return ext;
    }

    private FakeResponse graphqlError(String message, String code) {
        return FakeResponse.json(200, "{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + code + "\"}}]}");
    }

    @Override
    public boolean isListOrders(RecordedRequest r) {
        return r.method().equals("POST") && r.bodyAsString().contains("query XborderOrders");
    }

    @Override
    public boolean isTokenRequest(RecordedRequest r) {
        return false;
    }

    @Override
    public FakeResponse throttled() {
        return FakeResponse.json(200, "{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\","
                + "\"documentation\":\"https://shopify.dev/api/usage/rate-limits\"}}],\"extensions\":{\"cost\":{\"requestedQueryCost\":752,"
                + "\"actualQueryCost\":null,\"throttleStatus\":{\"maximumAvailable\":1000.0,\"currentlyAvailable\":666,\"restoreRate\":50.0}}}}");
    }

    @Override
    public Optional<Duration> throttleHint() {
        return Optional.of(Duration.ofMillis(1720)); // (752 - 666) / 50 s
    }

    @Override
    public FakeResponse unauthorized() {
        return FakeResponse.json(401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}");
    }

    @Override
    public boolean refreshesTokens() {
        return false;
    }

    @Override
    public Set<String> issuedSecrets() {
        return Set.of(token);
    }
}
