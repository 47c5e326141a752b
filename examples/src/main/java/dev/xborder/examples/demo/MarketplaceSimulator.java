package dev.xborder.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.xborder.examples.demo.DemoOrders.DemoOrder;
import dev.xborder.examples.demo.DemoOrders.Line;
import dev.xborder.examples.demo.DemoOrders.Platform;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small marketplace simulator on 127.0.0.1 (JDK HTTP server, ephemeral port unless one is given)
 * that answers in the real wire formats of two platforms, so the real connectors can sync from it:
 *
 * <ul>
 *   <li><b>Amazon SP-API</b>: Login with Amazon token endpoint {@code POST /auth/o2/token} (refresh-token
 *       grant), Orders API v0 {@code GET /orders/v0/orders} (LastUpdatedAfter, MarketplaceIds,
 *       MaxResultsPerPage, NextToken), {@code GET /orders/v0/orders/{id}} and
 *       {@code /orders/v0/orders/{id}/orderItems}; money as {@code {"CurrencyCode","Amount"}} with
 *       string amounts; access token checked in {@code x-amz-access-token}.</li>
 *   <li><b>Shopify Admin GraphQL</b>: {@code POST /admin/api/{version}/graphql.json} with
 *       {@code X-Shopify-Access-Token}; the orders connection filtered by {@code updated_at:>='...'},
 *       cursor paging ({@code first}, {@code after}, {@code pageInfo}), money as
 *       {@code shopMoney {amount, currencyCode}}, and {@code extensions.cost} with a throttle status.</li>
 * </ul>
 *
 * <p>Payload shapes follow the platforms' published models (selling-partner-api-models
 * {@code ordersV0.json}; Shopify Admin GraphQL {@code Order}); the connectors' own tests cover the
 * awkward cases. Credentials are the demo's placeholders from {@link #AMAZON_CLIENT_ID} etc.
 */
public final class MarketplaceSimulator implements AutoCloseable {
    public static final String AMAZON_CLIENT_ID = "amzn1.application-oa2-client.demo";
    public static final String AMAZON_CLIENT_SECRET = "demo-client-secret";
    public static final String AMAZON_REFRESH_TOKEN = "Atzr|demo-refresh-token";
    public static final String SHOPIFY_SHOP = "xborder-demo";
    public static final String SHOPIFY_ACCESS_TOKEN = "shpat_demo_access_token";
    public static final String SHOPIFY_API_VERSION = "2026-07";

    private static final Pattern UPDATED_AT = Pattern.compile("updated_at:>='([^']+)'");
    private static final int AMAZON_DEFAULT_PAGE = 100;

    private final List<DemoOrder> orders;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger tokenCounter = new AtomicInteger();

    private MarketplaceSimulator(List<DemoOrder> orders, int port) throws IOException {
        this.orders = orders.stream().sorted((a, b) -> a.updatedAt().compareTo(b.updatedAt())).toList();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "marketplace-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a simulator on 127.0.0.1 at an ephemeral port. */
    public static MarketplaceSimulator start(List<DemoOrder> orders) throws IOException {
        return start(orders, 0);
    }

    /** Starts a simulator on 127.0.0.1 at {@code port} (0: any free port). */
    public static MarketplaceSimulator start(List<DemoOrder> orders, int port) throws IOException {
        return new MarketplaceSimulator(orders, port);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The Login with Amazon token endpoint of this simulator. */
    public URI amazonTokenUrl() {
        return baseUrl().resolve("/auth/o2/token");
    }

    /** How many HTTP requests were answered. */
    public int requestCount() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String method = ex.getRequestMethod();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (method.equals("POST") && path.equals("/auth/o2/token")) {
                lwaToken(ex, body);
            } else if (path.startsWith("/orders/v0/")) {
                amazon(ex, method, path);
            } else if (method.equals("POST") && path.equals("/admin/api/" + SHOPIFY_API_VERSION + "/graphql.json")) {
                shopify(ex, body);
            } else {
                send(ex, 404, "{\"errors\":[{\"code\":\"NotFound\",\"message\":\"no such resource\"}]}", Map.of());
            }
        } catch (RuntimeException e) {
            send(ex, 500, "{\"errors\":[{\"code\":\"InternalFailure\",\"message\":\"simulator error\"}]}", Map.of());
        }
    }

    // ---------------------------------------------------------------- Amazon

    private void lwaToken(HttpExchange ex, byte[] body) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode j = json.readTree(text);
            j.fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
        } catch (IOException notJson) {
            for (String kv : text.split("&")) {
                int i = kv.indexOf('=');
                if (i > 0) {
                    p.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
                }
            }
        }
        if (!"refresh_token".equals(p.get("grant_type")) || !AMAZON_REFRESH_TOKEN.equals(p.get("refresh_token"))
                || !AMAZON_CLIENT_ID.equals(p.get("client_id")) || !AMAZON_CLIENT_SECRET.equals(p.get("client_secret"))) {
            send(ex, 400, "{\"error_description\":\"The request has an invalid grant parameter : refresh_token\","
                    + "\"error\":\"invalid_grant\"}", Map.of());
            return;
        }
        String token = "Atza|demo-access-" + tokenCounter.incrementAndGet();
        issuedTokens.add(token);
        ObjectNode r = json.createObjectNode();
        r.put("access_token", token);
        r.put("refresh_token", AMAZON_REFRESH_TOKEN);
        r.put("token_type", "bearer");
        r.put("expires_in", 3600);
        send(ex, 200, r.toString(), Map.of());
    }

    private void amazon(HttpExchange ex, String method, String path) throws IOException {
        String token = ex.getRequestHeaders().getFirst("x-amz-access-token");
        if (token == null || !issuedTokens.contains(token)) {
            amazonError(ex, 403, "Unauthorized", "Access to requested resource is denied.");
            return;
        }
        if (!method.equals("GET")) {
            amazonError(ex, 400, "InvalidInput", "the demo simulator serves orders only");
            return;
        }
        String[] parts = path.split("/");
        if (parts.length == 4) {
            listAmazonOrders(ex);
        } else if (parts.length == 5 || parts.length == 6 && parts[5].equals("orderItems")) {
            String id = URLDecoder.decode(parts[4], StandardCharsets.UTF_8);
            DemoOrder o = find(Platform.AMAZON, id);
            if (o == null) {
                amazonError(ex, 404, "NotFound", "Order not found");
                return;
            }
            ObjectNode r = json.createObjectNode();
            if (parts.length == 5) {
                r.set("payload", amazonOrder(o));
            } else {
                ObjectNode payload = r.putObject("payload");
                payload.put("AmazonOrderId", o.id());
                ArrayNode items = payload.putArray("OrderItems");
                boolean first = true;
                for (Line l : o.lines()) {
                    ObjectNode it = items.addObject();
                    it.put("ASIN", "B0" + Integer.toString(Math.abs(l.sku().hashCode()) % 100_000_000, 36).toUpperCase(java.util.Locale.ROOT));
                    it.put("SellerSKU", l.sku());
                    it.put("OrderItemId", l.lineId());
                    it.put("Title", l.title());
                    it.put("QuantityOrdered", l.quantity());
                    it.put("QuantityShipped", 0);
                    // SP-API's ItemPrice is the price of the whole line (unit price x quantity).
                    String total = new BigDecimal(l.unitPrice()).multiply(BigDecimal.valueOf(l.quantity())).toPlainString();
                    money(it.putObject("ItemPrice"), o.currency(), total);
                    money(it.putObject("ItemTax"), o.currency(), "0.00");
                    money(it.putObject("ShippingPrice"), o.currency(), first ? o.shipping() : "0.00");
                    it.putObject("ProductInfo").put("NumberOfItems", "1");
                    it.put("IsGift", "false");
                    it.put("ConditionId", "New");
                    first = false;
                }
            }
            amazonOk(ex, r);
        } else {
            amazonError(ex, 404, "NotFound", "no such resource");
        }
    }

    private void listAmazonOrders(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI());
        List<String> markets = List.of(q.getOrDefault("MarketplaceIds", "").split(","));
        List<DemoOrder> match = new ArrayList<>();
        for (DemoOrder o : orders) {
            if (o.platform() == Platform.AMAZON && markets.contains(o.marketplaceId())) {
                match.add(o);
            }
        }
        int start;
        int size;
        String next = q.get("NextToken");
        if (next != null) {
            String[] t = new String(Base64.getDecoder().decode(next), StandardCharsets.UTF_8).split(":");
            start = Integer.parseInt(t[0]);
            size = Integer.parseInt(t[1]);
        } else {
            Instant after;
            try {
                after = Instant.parse(q.getOrDefault("LastUpdatedAfter", ""));
            } catch (DateTimeParseException e) {
                amazonError(ex, 400, "InvalidInput", "Invalid date/time field [LastUpdatedAfter]");
                return;
            }
            size = Integer.parseInt(q.getOrDefault("MaxResultsPerPage", String.valueOf(AMAZON_DEFAULT_PAGE)));
            start = 0;
            while (start < match.size() && match.get(start).updatedAt().isBefore(after)) {
                start++;
            }
        }
        int end = Math.min(match.size(), start + size);
        ObjectNode r = json.createObjectNode();
        ObjectNode payload = r.putObject("payload");
        ArrayNode list = payload.putArray("Orders");
        for (int i = start; i < end; i++) {
            list.add(amazonOrder(match.get(i)));
        }
        if (end < match.size()) {
            payload.put("NextToken", Base64.getEncoder().encodeToString((end + ":" + size).getBytes(StandardCharsets.UTF_8)));
        }
        payload.put("LastUpdatedBefore", Instant.now().minusSeconds(120).toString());
        amazonOk(ex, r);
    }

    private ObjectNode amazonOrder(DemoOrder o) {
        ObjectNode n = json.createObjectNode();
        n.put("AmazonOrderId", o.id());
        n.put("PurchaseDate", o.createdAt().toString());
        n.put("LastUpdateDate", o.updatedAt().toString());
        n.put("OrderStatus", "Unshipped");
        n.put("FulfillmentChannel", "MFN");
        n.put("SalesChannel", salesChannel(o.marketplaceId()));
        n.put("ShipServiceLevel", "Std " + o.shipTo().country() + " Dom");
        int items = o.lines().stream().mapToInt(Line::quantity).sum();
        n.put("NumberOfItemsShipped", 0);
        n.put("NumberOfItemsUnshipped", items);
        n.put("PaymentMethod", "Other");
        n.putArray("PaymentMethodDetails").add("Standard");
        n.put("MarketplaceId", o.marketplaceId());
        n.put("ShipmentServiceLevelCategory", "Standard");
        n.put("OrderType", "StandardOrder");
        n.put("EarliestShipDate", o.createdAt().plusSeconds(86_400).toString());
        n.put("LatestShipDate", o.createdAt().plusSeconds(3 * 86_400).toString());
        n.put("IsBusinessOrder", false);
        n.put("IsPrime", false);
        n.put("IsPremiumOrder", false);
        n.put("IsGlobalExpressEnabled", false);
        n.put("IsReplacementOrder", "false");
        n.put("IsSoldByAB", false);
        n.put("IsISPU", false);
        BigDecimal total = new BigDecimal(o.shipping());
        for (Line l : o.lines()) {
            total = total.add(new BigDecimal(l.unitPrice()).multiply(BigDecimal.valueOf(l.quantity())));
        }
        money(n.putObject("OrderTotal"), o.currency(), total.toPlainString());
        ObjectNode a = n.putObject("ShippingAddress");
        a.put("Name", o.shipTo().name());
        a.put("AddressLine1", o.shipTo().street());
        a.put("City", o.shipTo().city());
        if (o.shipTo().region() != null) {
            a.put("StateOrRegion", o.shipTo().region());
        }
        a.put("PostalCode", o.shipTo().postalCode());
        a.put("CountryCode", o.shipTo().country());
        a.put("AddressType", "Residential");
        return n;
    }

    private static String salesChannel(String marketplaceId) {
        return switch (marketplaceId) {
            case DemoOrders.AMAZON_DE -> "Amazon.de";
            case DemoOrders.AMAZON_FR -> "Amazon.fr";
            case DemoOrders.AMAZON_UK -> "Amazon.co.uk";
            case DemoOrders.AMAZON_ES -> "Amazon.es";
            default -> "Amazon";
        };
    }

    private static void money(ObjectNode n, String currency, String amount) {
        n.put("CurrencyCode", currency);
        n.put("Amount", amount);
    }

    private void amazonOk(HttpExchange ex, JsonNode body) throws IOException {
        send(ex, 200, body.toString(), Map.of("x-amzn-RequestId", "demo-" + requests.get(),
                "x-amzn-RateLimit-Limit", "0.0167"));
    }

    private void amazonError(HttpExchange ex, int status, String code, String message) throws IOException {
        ObjectNode r = json.createObjectNode();
        r.putArray("errors").addObject().put("code", code).put("message", message).put("details", "");
        send(ex, status, r.toString(), Map.of("x-amzn-RequestId", "demo-" + requests.get()));
    }

    // ---------------------------------------------------------------- Shopify

    private void shopify(HttpExchange ex, byte[] body) throws IOException {
        if (!SHOPIFY_ACCESS_TOKEN.equals(ex.getRequestHeaders().getFirst("X-Shopify-Access-Token"))) {
            send(ex, 401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}", Map.of());
            return;
        }
        JsonNode req = json.readTree(body);
        String q = req.path("query").asText("");
        JsonNode v = req.path("variables");
        ObjectNode out = json.createObjectNode();
        ObjectNode data = out.putObject("data");
        if (q.contains("query XborderOrders")) {
            shopifyOrders(v, data);
        } else if (q.contains("query XborderOrder(")) {
            String id = v.path("id").asText("").replace("gid://shopify/Order/", "");
            DemoOrder o = find(Platform.SHOPIFY, id);
            if (o == null) {
                data.putNull("order");
            } else {
                data.set("order", shopifyOrder(o));
            }
        } else {
            ObjectNode err = json.createObjectNode();
            err.putArray("errors").addObject().put("message", "the demo simulator serves orders only")
                    .putObject("extensions").put("code", "BAD_REQUEST");
            send(ex, 200, err.toString(), Map.of("X-Request-Id", "demo-" + requests.get()));
            return;
        }
        ObjectNode cost = out.putObject("extensions").putObject("cost");
        cost.put("requestedQueryCost", 252);
        cost.put("actualQueryCost", 24);
        ObjectNode ts = cost.putObject("throttleStatus");
        ts.put("maximumAvailable", 2000.0);
        ts.put("currentlyAvailable", 1976);
        ts.put("restoreRate", 100.0);
        send(ex, 200, out.toString(), Map.of("X-Request-Id", "demo-" + requests.get()));
    }

    private void shopifyOrders(JsonNode v, ObjectNode data) {
        Matcher m = UPDATED_AT.matcher(v.path("query").asText(""));
        Instant from = m.find() ? Instant.parse(m.group(1)) : Instant.EPOCH;
        int first = v.path("first").asInt(50);
        List<DemoOrder> match = new ArrayList<>();
        for (DemoOrder o : orders) {
            if (o.platform() == Platform.SHOPIFY && !o.updatedAt().isBefore(from)) {
                match.add(o);
            }
        }
        int start = 0;
        if (v.hasNonNull("after")) {
            start = Integer.parseInt(new String(Base64.getDecoder().decode(v.path("after").asText()), StandardCharsets.UTF_8)
                    .replaceAll(".*\"last_index\":(\\d+).*", "$1")) + 1;
        }
        int end = Math.min(match.size(), start + first);
        ObjectNode conn = data.putObject("orders");
        ArrayNode nodes = conn.putArray("nodes");
        for (int i = start; i < end; i++) {
            nodes.add(shopifyOrder(match.get(i)));
        }
        ObjectNode info = conn.putObject("pageInfo");
        info.put("hasNextPage", end < match.size());
        if (end > start) {
            info.put("endCursor", Base64.getEncoder().encodeToString(("{\"last_id\":" + match.get(end - 1).id()
                    + ",\"last_index\":" + (end - 1) + "}").getBytes(StandardCharsets.UTF_8)));
        } else {
            info.putNull("endCursor");
        }
    }

    private ObjectNode shopifyOrder(DemoOrder o) {
        ObjectNode n = json.createObjectNode();
        n.put("id", "gid://shopify/Order/" + o.id());
        n.put("name", "#" + (1000 + Integer.parseInt(o.id().substring(o.id().length() - 3))));
        // Shopify writes the shop's offset in createdAt and UTC in updatedAt; both are ISO-8601.
        n.put("createdAt", o.createdAt().atOffset(ZoneOffset.ofHours(8)).toString());
        n.put("updatedAt", o.updatedAt().toString());
        n.putNull("cancelledAt");
        n.put("displayFinancialStatus", "PAID");
        n.put("displayFulfillmentStatus", "UNFULFILLED");
        n.put("currencyCode", o.currency());
        BigDecimal total = new BigDecimal(o.shipping());
        for (Line l : o.lines()) {
            total = total.add(new BigDecimal(l.unitPrice()).multiply(BigDecimal.valueOf(l.quantity())));
        }
        shopMoney(n.putObject("totalPriceSet"), total.toPlainString(), o.currency());
        shopMoney(n.putObject("totalShippingPriceSet"), o.shipping(), o.currency());
        ObjectNode a = n.putObject("shippingAddress");
        a.put("countryCodeV2", o.shipTo().country());
        a.put("zip", o.shipTo().postalCode());
        if (o.shipTo().region() != null) {
            a.put("provinceCode", o.shipTo().region());
        } else {
            a.putNull("provinceCode");
        }
        a.put("city", o.shipTo().city());
        a.put("address1", o.shipTo().street());
        a.putNull("address2");
        ObjectNode li = n.putObject("lineItems");
        ArrayNode nodes = li.putArray("nodes");
        for (Line l : o.lines()) {
            ObjectNode it = nodes.addObject();
            it.put("id", "gid://shopify/LineItem/" + l.lineId());
            it.put("sku", l.sku());
            it.put("title", l.title());
            it.put("quantity", l.quantity());
            shopMoney(it.putObject("originalUnitPriceSet"), l.unitPrice(), o.currency());
        }
        li.putObject("pageInfo").put("hasNextPage", false).putNull("endCursor");
        return n;
    }

    private static void shopMoney(ObjectNode set, String amount, String currency) {
        set.putObject("shopMoney").put("amount", amount).put("currencyCode", currency);
    }

    // ---------------------------------------------------------------- shared

    private DemoOrder find(Platform platform, String id) {
        for (DemoOrder o : orders) {
            if (o.platform() == platform && o.id().equals(id)) {
                return o;
            }
        }
        return null;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int i = kv.indexOf('=');
                if (i > 0) {
                    q.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void send(HttpExchange ex, int status, String body, Map<String, String> headers) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

}
