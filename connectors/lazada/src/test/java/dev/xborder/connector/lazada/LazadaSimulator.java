package dev.xborder.connector.lazada;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.lazada.internal.LazadaSigner;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.PlatformSimulator;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.SyntheticOrder;
import dev.xborder.connector.wire.WireJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lazada Open Platform over a dataset, as its docs and SDKs describe it (connector research
 * section 5): every call must carry {@code app_key}, a 13-digit millisecond {@code timestamp},
 * {@code sign_method=sha256}, the seller's {@code access_token} and an uppercase HMAC-SHA256
 * {@code sign} over the API path (without {@code /rest}) and the sorted query and form
 * parameters, which the simulator recomputes; errors are HTTP 200 with {@code code} other than
 * {@code "0"}. {@code /orders/get} enforces {@code limit <= 100} and {@code offset <= 5000}; its
 * {@code update_after} is taken as inclusive. Times are {@code "yyyy-MM-dd HH:mm:ss +0800"};
 * order {@code price} is a decimal string, item prices are JSON numbers; one order item per unit.
 */
public final class LazadaSimulator implements PlatformSimulator {
    static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);
    static final DateTimeFormatter LAZADA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    private final Dataset data;
    private final String appKey;
    private final String appSecret;
    private final String accessToken;
    private final ObjectMapper json = WireJson.newMapper();
    private final AtomicInteger requests = new AtomicInteger();
    final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> listCalls = new CopyOnWriteArrayList<>();

    public LazadaSimulator(Dataset data, String appKey, String appSecret, String accessToken) {
        this.data = data;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.accessToken = accessToken;
    }

    @Override
    public FakeResponse handle(RecordedRequest r) {
        Map<String, String> params = new TreeMap<>();
        r.query().forEach((k, v) -> params.put(k, v.get(0)));
        Map<String, String> form = Map.of();
        if (r.method().equals("POST")) {
            if (!r.header("Content-Type").orElse("").startsWith("application/x-www-form-urlencoded")) {
                return error("ISV", "MissingParameter", "form body expected");
            }
            form = LazadaSigner.formFields(r.bodyAsString());
            params.putAll(form);
        }
        if (!appKey.equals(params.get("app_key"))) {
            return error("ISV", "InvalidAppKey", "The specified app key is invalid");
        }
        if (!"sha256".equals(params.get("sign_method")) || !params.getOrDefault("timestamp", "").matches("\\d{13}")) {
            return error("ISV", "InvalidTimestamp", "timestamp must be milliseconds");
        }
        String sign = params.remove("sign");
        String apiPath = r.path().startsWith("/rest/") ? r.path().substring(5) : r.path();
        if (sign == null || !sign.equals(LazadaSigner.sign(appSecret, apiPath, params))) {
            return error("ISV", "IncompleteSignature", "The request signature does not conform to platform standards");
        }
        if (!accessToken.equals(params.get("access_token"))) {
            return unauthorized();
        }
        return switch (r.method() + " " + apiPath) {
            case "GET /orders/get" -> listOrders(r, params);
            case "GET /orders/items/get" -> multipleItems(params.getOrDefault("order_ids", ""));
            case "GET /order/get" -> order(params.getOrDefault("order_id", ""));
            case "GET /order/items/get" -> itemsOf(params.getOrDefault("order_id", ""));
            case "POST /product/price_quantity/update" -> priceQuantity(form);
            case "POST /order/rts" -> {
                forms.add(form);
                yield ok(json.createObjectNode().putObject("data").put("order_items", form.get("order_item_ids")));
            }
            default -> error("ISV", "InvalidApiPath", "The specified API path is invalid");
        };
    }

    private FakeResponse listOrders(RecordedRequest r, Map<String, String> p) {
        listCalls.add(r);
        if (!"updated_at".equals(p.get("sort_by")) || !"ASC".equals(p.get("sort_direction"))) {
            return error("ISV", "InvalidParameter", "this simulator needs sort_by=updated_at&sort_direction=ASC");
        }
        Instant after;
        try {
            after = OffsetDateTime.parse(p.getOrDefault("update_after", ""), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return error("ISV", "InvalidParameter", "update_after must be ISO 8601 with an offset");
        }
        Instant before = null;
        if (p.containsKey("update_before")) {
            before = OffsetDateTime.parse(p.get("update_before"), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
        int offset = Integer.parseInt(p.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(p.getOrDefault("limit", "100"));
        if (offset > 5000 || offset < 0) {
            return error("ISV", "InvalidParameter", "offset must be between 0 and 5000");
        }
        if (limit > 100 || limit < 1) {
            return error("ISV", "InvalidParameter", "limit must be between 1 and 100");
        }
        int from = data.firstAtOrAfter(after);
        int to = before == null ? data.size() : data.firstAtOrAfter(before);
        ObjectNode body = json.createObjectNode();
        body.put("code", "0");
        ObjectNode d = body.putObject("data");
        int total = Math.max(0, to - from);
        d.put("count", Math.max(0, Math.min(limit, total - offset)));
        d.put("countTotal", total);
        ArrayNode orders = d.putArray("orders");
        for (int i = from + offset; i < Math.min(to, from + offset + limit); i++) {
            orders.add(order(data.get(i)));
        }
        body.put("request_id", "req-" + requests.incrementAndGet());
        return FakeResponse.json(200, body.toString());
    }

    static String time(Instant t) {
        return LAZADA_TIME.format(t.atOffset(OFFSET));
    }

    private ObjectNode order(SyntheticOrder s) {
        ObjectNode o = json.createObjectNode();
        o.put("order_id", Long.parseLong(s.id()));
        o.put("order_number", Long.parseLong(s.id()));
        o.put("created_at", time(s.createdAt()));
        o.put("updated_at", time(s.updatedAt()));
        o.put("price", s.total());
        o.put("shipping_fee", new BigDecimal("1.50"));
        o.put("payment_method", "COD");
        o.put("items_count", s.lines().stream().mapToInt(SyntheticOrder.Line::quantity).sum());
        o.put("customer_first_name", "Tan");
        o.put("customer_last_name", "A.");
        o.putArray("statuses").add(s.rawStatus());
        ObjectNode a = o.putObject("address_shipping");
        a.put("first_name", "Tan");
        a.put("address1", "1 Marina Boulevard");
        a.put("city", "Singapore");
        a.put("post_code", "018989");
        a.put("country", "Singapore");
        return o;
    }

    private ArrayNode items(SyntheticOrder s) {
        ArrayNode items = json.createArrayNode();
        for (SyntheticOrder.Line l : s.lines()) {
            for (int u = 1; u <= l.quantity(); u++) {
                ObjectNode it = items.addObject();
                it.put("order_item_id", l.lineId() + "-" + u);
                it.put("order_id", Long.parseLong(s.id()));
                it.put("sku", l.sku());
                it.put("shop_sku", "1234_SG-" + l.sku());
                it.put("name", "Item " + l.sku());
                it.put("item_price", new BigDecimal(l.unitPrice()));
                it.put("paid_price", new BigDecimal(l.unitPrice()));
                it.put("currency", s.currency());
                it.put("status", s.rawStatus());
                it.put("created_at", time(s.createdAt()));
                it.put("updated_at", time(s.updatedAt()));
            }
        }
        return items;
    }

    private FakeResponse multipleItems(String idsParam) {
        if (!idsParam.startsWith("[") || !idsParam.endsWith("]")) {
            return error("ISV", "InvalidParameter", "order_ids must be a JSON array");
        }
        ObjectNode body = json.createObjectNode().put("code", "0");
        ArrayNode d = body.putArray("data");
        for (String id : idsParam.substring(1, idsParam.length() - 1).split(",")) {
            int i = data.indexOf(id.strip());
            if (i < 0) {
                continue;
            }
            ObjectNode e = d.addObject();
            e.put("order_id", Long.parseLong(id.strip()));
            e.put("order_number", Long.parseLong(id.strip()));
            e.set("order_items", items(data.get(i)));
        }
        return FakeResponse.json(200, body.toString());
    }

    private FakeResponse order(String id) {
        int i = data.indexOf(id);
        if (i < 0) {
            return ok(json.createObjectNode().putObject("data"));
        }
        ObjectNode body = json.createObjectNode();
        body.set("data", order(data.get(i)));
        return ok(body);
    }

    private FakeResponse itemsOf(String id) {
        int i = data.indexOf(id);
        ObjectNode body = json.createObjectNode();
        body.set("data", i < 0 ? json.createArrayNode() : items(data.get(i)));
        return ok(body);
    }

    private FakeResponse priceQuantity(Map<String, String> form) {
        forms.add(form);
        String payload = form.getOrDefault("payload", "");
        if (payload.contains("<SellerSku>NO-SUCH-SKU</SellerSku>")) {
            return FakeResponse.json(200, "{\"code\":\"500\",\"type\":\"ISV\",\"message\":\"E500: Price/Quantity update failed\","
                    + "\"detail\":[{\"field\":\"SellerSku\",\"message\":\"SKU not found\",\"seller_sku\":\"NO-SUCH-SKU\"}],"
                    + "\"request_id\":\"req-pq\"}");
        }
        return FakeResponse.json(200, "{\"code\":\"0\",\"request_id\":\"req-pq\"}");
    }

    private FakeResponse ok(ObjectNode body) {
        body.put("code", "0");
        body.put("request_id", "req-" + requests.incrementAndGet());
        return FakeResponse.json(200, body.toString());
    }

    static FakeResponse error(String type, String code, String message) {
        return FakeResponse.json(200, "{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"request_id\":\"0ba2887315178178017221014\"}");
    }

    @Override
    public boolean isListOrders(RecordedRequest r) {
        return r.method().equals("GET") && (r.path().equals("/orders/get") || r.path().equals("/rest/orders/get"));
    }

    @Override
    public boolean isTokenRequest(RecordedRequest r) {
        return false;
    }

    @Override
    public FakeResponse throttled() {
        return error("ISV", "ApiCallLimit", "The request has exceeded the limit of API calls");
    }

    @Override
    public Optional<Duration> throttleHint() {
        return Optional.empty();
    }

    @Override
    public FakeResponse unauthorized() {
        return error("ISV", "IllegalAccessToken", "The specified access token is invalid or expired");
    }

    @Override
    public boolean refreshesTokens() {
        return false;
    }

    @Override
    public Set<String> issuedSecrets() {
        return Set.of(accessToken);
    }
}
