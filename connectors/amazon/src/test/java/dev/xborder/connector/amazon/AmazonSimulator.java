package dev.xborder.connector.amazon;

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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SP-API as documented (Orders API v0, Listings Items 2021-08-01, LWA), over a dataset. Payload
 * shapes follow the sandbox examples of {@code models/orders-api-model/ordersV0.json}
 * (amzn/selling-partner-api-models): money {@code {"CurrencyCode","Amount"}} with string amounts,
 * ISO-8601 UTC times, {@code payload.Orders} and {@code payload.NextToken}; throttling is 429
 * {@code QuotaExceeded} without Retry-After; a bad token is 403 {@code Unauthorized}.
 * NextTokens contain {@code + / =} so that a connector that does not encode them exactly once fails.
 */
public final class AmazonSimulator implements PlatformSimulator {
    static final String MARKETPLACE = "ATVPDKIKX0DER";
    private final Dataset data;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final ObjectMapper json = WireJson.newMapper();
    private final AtomicInteger tokens = new AtomicInteger();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    final List<JsonNode> shipments = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> patches = new CopyOnWriteArrayList<>();

    public AmazonSimulator(Dataset data, String clientId, String clientSecret, String refreshToken) {
        this.data = data;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
    }

    @Override
    public FakeResponse handle(RecordedRequest r) {
        if (isTokenRequest(r)) {
            return token(r);
        }
        String token = r.header("x-amz-access-token").orElse("");
        if (!issued.contains(token)) {
            return unauthorized();
        }
        String p = r.path();
        if (r.method().equals("GET") && p.equals("/orders/v0/orders")) {
            return listOrders(r);
        }
        if (r.method().equals("GET") && p.matches("/orders/v0/orders/[^/]+/orderItems")) {
            return items(p.split("/")[4]);
        }
        if (r.method().equals("GET") && p.matches("/orders/v0/orders/[^/]+")) {
            int i = data.indexOf(p.split("/")[4]);
            if (i < 0) {
                return error(404, "NotFound", "Order not found");
            }
            ObjectNode body = json.createObjectNode();
            body.set("payload", order(data.get(i)));
            return ok(body);
        }
        if (r.method().equals("POST") && p.matches("/orders/v0/orders/[^/]+/shipmentConfirmation")) {
            try {
                shipments.add(json.readTree(r.body()));
            } catch (IOException e) {
                return error(400, "InvalidInput", "body");
            }
            return FakeResponse.status(204).withHeader("x-amzn-RequestId", "rid-ship");
        }
        if (r.method().equals("PATCH") && p.startsWith("/listings/2021-08-01/items/")) {
            patches.add(r);
            String sku = java.net.URLDecoder.decode(p.substring(p.lastIndexOf('/') + 1), java.nio.charset.StandardCharsets.UTF_8);
            return ok(json.createObjectNode().put("sku", sku).put("status", "ACCEPTED").put("submissionId", "sub-1")
                    .set("issues", json.createArrayNode()));
        }
        return error(404, "NotFound", "no such resource " + p);
    }

    private FakeResponse token(RecordedRequest r) {
        try {
            JsonNode b = json.readTree(r.body());
            if (!"refresh_token".equals(b.path("grant_type").asText()) || !refreshToken.equals(b.path("refresh_token").asText())
                    || !clientId.equals(b.path("client_id").asText()) || !clientSecret.equals(b.path("client_secret").asText())
                    || !r.header("Content-Type").orElse("").startsWith("application/json")) {
                return FakeResponse.json(400, "{\"error_description\":\"The request has an invalid grant parameter\",\"error\":\"invalid_grant\"}");
            }
        } catch (IOException e) {
            return FakeResponse.json(400, "{\"error\":\"invalid_request\"}");
        }
        String t = "Atza|IwEBI-tok" + tokens.incrementAndGet() + "-Qm9vbXNoYWthbGFrYQ";
        issued.add(t);
        return FakeResponse.json(200, "{\"access_token\":\"" + t + "\",\"refresh_token\":\"" + refreshToken
                + "\",\"token_type\":\"bearer\",\"expires_in\":3600}");
    }

    private FakeResponse listOrders(RecordedRequest r) {
        if (!r.queryParam("MarketplaceIds").orElse("").contains(MARKETPLACE)) {
            return error(400, "InvalidInput", "Missing required 'MarketplaceIds'");
        }
        int start;
        int size;
        Optional<String> next = r.queryParam("NextToken");
        if (next.isPresent()) {
            String t = next.get();
            if (!t.startsWith("NT+") || !t.endsWith("==")) {
                return error(400, "InvalidInput", "We could not decode your NextToken. Please try again.");
            }
            String[] parts = t.substring(3, t.length() - 2).split("/");
            start = Integer.parseInt(parts[0]);
            size = Integer.parseInt(parts[1]);
        } else {
            String after = r.queryParam("LastUpdatedAfter").orElse("");
            Instant from;
            try {
                if (!after.endsWith("Z")) {
                    throw new DateTimeParseException("offset", after, 0);
                }
                from = Instant.parse(after);
            } catch (DateTimeParseException e) {
                return error(400, "InvalidInput", "Invalid date/time field [LastUpdatedAfter]");
            }
            size = Integer.parseInt(r.queryParam("MaxResultsPerPage").orElse("100"));
            start = data.firstAtOrAfter(from);
        }
        int end = Math.min(data.size(), start + size);
        ObjectNode body = json.createObjectNode();
        ObjectNode payload = body.putObject("payload");
        ArrayNode orders = payload.putArray("Orders");
        for (int i = start; i < end; i++) {
            orders.add(order(data.get(i)));
        }
        if (end < data.size()) {
            payload.put("NextToken", "NT+" + end + "/" + size + "==");
        }
        payload.put("LastUpdatedBefore", "2030-01-01T00:00:00Z");
        return ok(body);
    }

    private ObjectNode order(SyntheticOrder s) {
        ObjectNode o = json.createObjectNode();
        o.put("AmazonOrderId", s.id());
        o.put("PurchaseDate", s.createdAt().toString());
        o.put("LastUpdateDate", s.updatedAt().toString());
        o.put("OrderStatus", s.rawStatus());
        o.put("FulfillmentChannel", "MFN");
        o.put("NumberOfItemsShipped", 0);
        o.put("NumberOfItemsUnshipped", s.lines().size());
        o.put("PaymentMethod", "Other");
        o.putArray("PaymentMethodDetails").add("Standard");
        o.put("MarketplaceId", MARKETPLACE);
        o.put("ShipmentServiceLevelCategory", "Standard");
        o.put("OrderType", "StandardOrder");
        o.put("IsBusinessOrder", false);
        o.put("IsPrime", false);
        o.putObject("OrderTotal").put("CurrencyCode", s.currency()).put("Amount", s.total());
        ObjectNode a = o.putObject("ShippingAddress");
        a.put("Name", "Michigan address");
        a.put("AddressLine1", "1 Cross St.");
        a.put("City", "Canton");
        a.put("StateOrRegion", "MI");
        a.put("PostalCode", "48817");
        a.put("CountryCode", "US");
        return o;
    }

    private FakeResponse items(String id) {
        int i = data.indexOf(id);
        if (i < 0) {
            return error(404, "NotFound", "Order not found");
        }
        SyntheticOrder s = data.get(i);
        ObjectNode body = json.createObjectNode();
        ObjectNode payload = body.putObject("payload");
        payload.put("AmazonOrderId", id);
        ArrayNode items = payload.putArray("OrderItems");
        for (SyntheticOrder.Line l : s.lines()) {
            ObjectNode it = items.addObject();
            it.put("ASIN", "B00000K3CQ");
            it.put("SellerSKU", l.sku());
            it.put("OrderItemId", l.lineId());
            it.put("Title", "Item " + l.sku());
            it.put("QuantityOrdered", l.quantity());
            it.put("QuantityShipped", 0);
            String whole = new BigDecimal(l.unitPrice()).multiply(BigDecimal.valueOf(l.quantity())).toPlainString();
            it.putObject("ItemPrice").put("CurrencyCode", s.currency()).put("Amount", whole);
            it.putObject("ItemTax").put("CurrencyCode", s.currency()).put("Amount", "0.00");
            it.put("IsGift", "false");
        }
        return ok(body);
    }

    private FakeResponse ok(JsonNode body) {
        // the usage-plan rate of the operation, as SP-API announces it on every success
        String rate = body.path("payload").has("Orders") ? "0.0167" : "0.5";
        return FakeResponse.json(200, body.toString()).withHeader("x-amzn-RequestId", "rid-" + body.hashCode())
                .withHeader("x-amzn-RateLimit-Limit", rate);
    }

    private static FakeResponse error(int status, String code, String message) {
        return FakeResponse.json(status, "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":\"\"}]}")
                .withHeader("x-amzn-RequestId", "rid-err");
    }

    @Override
    public boolean isListOrders(RecordedRequest r) {
        return r.method().equals("GET") && r.path().equals("/orders/v0/orders");
    }

    @Override
    public boolean isTokenRequest(RecordedRequest r) {
        return r.method().equals("POST") && r.path().equals("/auth/o2/token");
    }

    @Override
    public FakeResponse throttled() {
        return error(429, "QuotaExceeded", "You exceeded your quota for the requested resource.");
    }

    @Override
    public Optional<Duration> throttleHint() {
        return Optional.empty();
    }

    @Override
    public FakeResponse unauthorized() {
        return FakeResponse.json(403, "{\"errors\":[{\"message\":\"Access to requested resource is denied.\",\"code\":\"Unauthorized\","
                + "\"details\":\"The access token you provided is revoked, malformed or invalid.\"}]}").withHeader("x-amzn-RequestId", "rid-403");
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
