package dev.xborder.connector.ebay;

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
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The eBay Sell APIs as documented, over a dataset: OAuth token endpoint (Basic client
 * credentials, form body), Fulfillment API getOrders/getOrder/createShippingFulfillment and Inventory
 * API getOffers/bulkUpdatePriceQuantity. Shapes follow sell_fulfillment_v1_oas3.json v1.19.2 and
 * sell_inventory_v1_oas3.json v1.13.0 (via the project's connector research, section 2): money
 * {@code {"value":"100.0","currency":"USD"}} as strings with no fixed number of decimals, times
 * {@code 2023-08-02T08:26:18.000Z}, paging {@code href/next/total/limit/offset}, errors
 * {@code {"errors":[{"errorId",...}]}}. It insists on the documented filter encoding: a raw
 * {@code [} or {@code ]} in the query is answered with error 30700.
 */
public final class EbaySimulator implements PlatformSimulator {
    static final String TOKEN_PATH = "/identity/v1/oauth2/token";
    static final String ORDERS_PATH = "/sell/fulfillment/v1/order";
    private final Dataset data;
    private final String basic;
    private final String refreshToken;
    private final ObjectMapper json = WireJson.newMapper();
    private final AtomicInteger tokens = new AtomicInteger();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    final List<JsonNode> shipments = new CopyOnWriteArrayList<>();
    final List<JsonNode> bulkBodies = new CopyOnWriteArrayList<>();
    final List<String> tokenBodies = new CopyOnWriteArrayList<>();
    /** SKU -> error answered for it by bulkUpdatePriceQuantity. */
    final Map<String, String> failingSkus = new ConcurrentHashMap<>();
    /** SKU -> offers (offerId, marketplaceId, currency). */
    final Map<String, List<String[]>> offers = new ConcurrentHashMap<>();

    public EbaySimulator(Dataset data, String clientId, String clientSecret, String refreshToken) {
        this.data = data;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        this.refreshToken = refreshToken;
    }

    @Override
    public FakeResponse handle(RecordedRequest r) {
        if (isTokenRequest(r)) {
            return token(r);
        }
        String auth = r.header("Authorization").orElse("");
        if (!auth.startsWith("Bearer ") || !issued.contains(auth.substring(7))) {
            return unauthorized();
        }
        String p = r.path();
        if (r.method().equals("GET") && p.equals(ORDERS_PATH)) {
            return listOrders(r);
        }
        if (r.method().equals("POST") && p.matches(ORDERS_PATH + "/[^/]+/shipping_fulfillment")) {
            try {
                shipments.add(json.readTree(r.body()));
            } catch (IOException e) {
                return error(400, 32000, "Invalid request body");
            }
            return FakeResponse.json(201, "{}").withHeader("Location",
                    "https://api.ebay.com" + p + "/9405509699937003457459");
        }
        if (r.method().equals("GET") && p.matches(ORDERS_PATH + "/[^/]+")) {
            String id = URLDecoder.decode(p.substring(ORDERS_PATH.length() + 1), StandardCharsets.UTF_8);
            int i = data.indexOf(id);
            if (i < 0) {
                return error(404, 32100, "Invalid order ID: " + id);
            }
            return ok(order(data.get(i)));
        }
        if (r.method().equals("GET") && p.equals("/sell/inventory/v1/offer")) {
            String sku = r.queryParam("sku").orElse("");
            List<String[]> list = offers.get(sku);
            if (list == null) {
                return error(404, 25713, "This Offer is not available.");
            }
            ObjectNode body = json.createObjectNode();
            ArrayNode arr = body.putArray("offers");
            for (String[] o : list) {
                ObjectNode on = arr.addObject().put("offerId", o[0]).put("sku", sku).put("marketplaceId", o[1]).put("format", "FIXED_PRICE");
                on.putObject("pricingSummary").putObject("price").put("value", "9.99").put("currency", o[2]);
            }
            body.put("total", list.size());
            return ok(body);
        }
        if (r.method().equals("POST") && p.equals("/sell/inventory/v1/bulk_update_price_quantity")) {
            return bulk(r);
        }
        return error(404, 2002, "Resource not found " + p);
    }

    private FakeResponse token(RecordedRequest r) {
        String body = r.bodyAsString();
        tokenBodies.add(body);
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (!basic.equals(r.header("Authorization").orElse(""))) {
            return FakeResponse.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}");
        }
        if (!r.header("Content-Type").orElse("").startsWith("application/x-www-form-urlencoded")) {
            return FakeResponse.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"request is missing a required parameter\"}");
        }
        String grant = form.getOrDefault("grant_type", "");
        boolean user = grant.equals("refresh_token") && refreshToken.equals(form.get("refresh_token"));
        boolean app = grant.equals("client_credentials");
        if (!user && !app) {
            return FakeResponse.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"the provided authorization refresh token is invalid or was issued to another client\"}");
        }
        if (!form.containsKey("scope")) {
            return FakeResponse.json(400, "{\"error\":\"invalid_scope\",\"error_description\":\"scope missing\"}");
        }
        String t = "v^1.1#i^1#p^3#r^1#I^3#f^0#t^Ul4xMF8" + tokens.incrementAndGet() + "=";
        issued.add(t);
        return FakeResponse.json(200, "{\"access_token\":\"" + t + "\",\"expires_in\":7200,\"token_type\":\"User Access Token\"}");
    }

    private FakeResponse listOrders(RecordedRequest r) {
        String raw = r.rawQuery() == null ? "" : r.rawQuery();
        String filterRaw = null;
        for (String pair : raw.split("&")) {
            if (pair.startsWith("filter=")) {
                filterRaw = pair.substring("filter=".length());
            }
        }
        if (filterRaw == null || filterRaw.contains("[") || filterRaw.contains("]") || !filterRaw.startsWith("lastmodifieddate:%5B")
                || !filterRaw.endsWith("%5D")) {
            return error(400, 30700, "Invalid filter name or format");
        }
        String range = URLDecoder.decode(filterRaw, StandardCharsets.UTF_8);
        range = range.substring("lastmodifieddate:[".length(), range.length() - 1);
        String[] ends = range.split("\\.\\.", -1);
        Instant from;
        Instant to;
        try {
            if (!ends[0].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")) {
                throw new DateTimeParseException("format", ends[0], 0);
            }
            from = Instant.parse(ends[0]);
            to = ends[1].isEmpty() ? null : Instant.parse(ends[1]);
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            return error(400, 30810, "Invalid date format");
        }
        int limit = Integer.parseInt(r.queryParam("limit").orElse("50"));
        int offset = Integer.parseInt(r.queryParam("offset").orElse("0"));
        if (limit < 1 || limit > 200) {
            return error(400, 31100, "Invalid limit");
        }
        int first = data.firstAtOrAfter(from);
        int last = to == null ? data.size() : data.firstAtOrAfter(to.plusMillis(1));
        int total = Math.max(0, last - first);
        int start = first + offset;
        int end = Math.min(last, start + limit);
        ObjectNode body = json.createObjectNode();
        String self = "https://api.ebay.com" + ORDERS_PATH + "?filter=" + filterRaw + "&limit=" + limit;
        body.put("href", self + "&offset=" + offset);
        body.put("total", total);
        body.put("limit", limit);
        body.put("offset", offset);
        if (offset + limit < total) {
            body.put("next", self + "&offset=" + (offset + limit));
        }
        ArrayNode orders = body.putArray("orders");
        for (int i = start; i < end; i++) {
            orders.add(order(data.get(i)));
        }
        body.putArray("warnings");
        return ok(body);
    }

    ObjectNode order(SyntheticOrder s) {
        ObjectNode o = json.createObjectNode();
        o.put("orderId", s.id());
        o.put("legacyOrderId", s.id() + "-legacy");
        o.put("creationDate", ebayTime(s.createdAt()));
        o.put("lastModifiedDate", ebayTime(s.updatedAt()));
        o.put("orderFulfillmentStatus", s.rawStatus());
        o.put("orderPaymentStatus", "PAID");
        o.put("sellerId", "seller_1");
        o.putObject("buyer").put("username", "buyer_1");
        ObjectNode pricing = o.putObject("pricingSummary");
        pricing.set("priceSubtotal", amount(s.total(), s.currency()));
        pricing.set("deliveryCost", amount("0.0", s.currency()));
        pricing.set("total", amount(s.total(), s.currency()));
        o.putObject("cancelStatus").put("cancelState", "NONE_REQUESTED").putArray("cancelRequests");
        ObjectNode shipTo = o.putArray("fulfillmentStartInstructions").addObject()
                .put("fulfillmentInstructionsType", "SHIP_TO").putObject("shippingStep").putObject("shipTo");
        shipTo.put("fullName", "Jane Buyer");
        shipTo.putObject("contactAddress").put("addressLine1", "1 Main St").put("city", "San Jose").put("stateOrProvince", "CA")
                .put("postalCode", "95125").put("countryCode", "US");
        ArrayNode items = o.putArray("lineItems");
        for (SyntheticOrder.Line l : s.lines()) {
            ObjectNode it = items.addObject();
            it.put("lineItemId", l.lineId());
            it.put("legacyItemId", "110" + Math.abs(l.sku().hashCode()));
            it.put("sku", l.sku());
            it.put("title", "Item " + l.sku());
            it.put("quantity", l.quantity());
            String whole = new BigDecimal(l.unitPrice()).multiply(BigDecimal.valueOf(l.quantity())).stripTrailingZeros().toPlainString();
            it.set("lineItemCost", amount(whole, s.currency()));
            it.put("lineItemFulfillmentStatus", "NOT_STARTED");
        }
        return o;
    }

    private ObjectNode amount(String value, String currency) {
        String v = new BigDecimal(value).scale() <= 0 ? new BigDecimal(value).setScale(1).toPlainString() : value;
        return json.createObjectNode().put("value", v).put("currency", currency);
    }

    static String ebayTime(Instant t) {
        return t.toString().replace("Z", "").concat(t.getNano() == 0 ? ".000Z" : "Z");
    }

    private FakeResponse bulk(RecordedRequest r) {
        JsonNode body;
        try {
            body = json.readTree(r.body());
        } catch (IOException e) {
            return error(400, 25709, "Invalid value for body");
        }
        bulkBodies.add(body);
        if (!r.header("Content-Language").isPresent()) {
            return error(400, 25709, "Invalid value for header Content-Language");
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode responses = out.putArray("responses");
        boolean anyFailed = false;
        for (JsonNode req : body.path("requests")) {
            String sku = req.path("sku").asText();
            String failure = failingSkus.get(sku);
            List<String> offerIds = new java.util.ArrayList<>();
            req.path("offers").forEach(o -> offerIds.add(o.path("offerId").asText()));
            if (offerIds.isEmpty()) {
                offerIds.add(null);
            }
            for (String offerId : offerIds) {
                ObjectNode e = responses.addObject();
                e.put("sku", sku);
                if (offerId != null) {
                    e.put("offerId", offerId);
                }
                if (failure != null) {
                    anyFailed = true;
                    e.put("statusCode", 400);
                    e.putArray("errors").addObject().put("errorId", 25002).put("domain", "API_INVENTORY")
                            .put("category", "REQUEST").put("message", failure);
                } else {
                    e.put("statusCode", 200);
                }
            }
        }
        return FakeResponse.json(anyFailed ? 207 : 200, out.toString());
    }

    private FakeResponse ok(JsonNode body) {
        return FakeResponse.json(200, body.toString()).withHeader("X-EBAY-C-REQUEST-ID", "rid-" + body.hashCode());
    }

    static FakeResponse error(int status, int errorId, String message) {
        return FakeResponse.json(status, "{\"errors\":[{\"errorId\":" + errorId + ",\"domain\":\"API_FULFILLMENT\",\"category\":\"REQUEST\","
                + "\"message\":\"" + message + "\"}]}").withHeader("X-EBAY-C-REQUEST-ID", "rid-err");
    }

    @Override
    public boolean isListOrders(RecordedRequest r) {
        return r.method().equals("GET") && r.path().equals(ORDERS_PATH);
    }

    @Override
    public boolean isTokenRequest(RecordedRequest r) {
        return r.method().equals("POST") && r.path().equals(TOKEN_PATH);
    }

    @Override
    public FakeResponse throttled() {
        return FakeResponse.json(429, "{\"errors\":[{\"errorId\":2001,\"domain\":\"ACCESS\",\"category\":\"REQUEST\","
                + "\"message\":\"Too many requests\",\"longMessage\":\"The request limit has been reached for the resource.\"}]}");
    }

    @Override
    public Optional<Duration> throttleHint() {
        return Optional.empty();
    }

    @Override
    public FakeResponse unauthorized() {
        return FakeResponse.json(401, "{\"errors\":[{\"errorId\":1001,\"domain\":\"OAuth\",\"category\":\"REQUEST\","
                + "\"message\":\"Invalid access token\",\"longMessage\":\"Invalid access token. Check the value of the Authorization HTTP request header.\"}]}");
    }

    @Override
    public boolean refreshesTokens() {
        return true;
    }

    @Override
    public Set<String> issuedSecrets() {
        return Set.copyOf(issued);
    }
}
