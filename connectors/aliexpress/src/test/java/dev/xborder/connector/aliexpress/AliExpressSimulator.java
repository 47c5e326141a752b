package dev.xborder.connector.aliexpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.aliexpress.internal.IopSignature;
import dev.xborder.connector.aliexpress.internal.PacificTime;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.PlatformSimulator;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.SyntheticOrder;
import dev.xborder.connector.wire.WireJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * AliExpress IOP as documented, over a dataset: the {@code /sync} gateway for business APIs named
 * by {@code method} and {@code /rest/auth/token/refresh}, each request's signature recomputed and
 * checked (a wrong one is answered {@code IncompleteSignature}), errors in the body with HTTP 200
 * ({@code {"type","code","message","request_id"}}), answers wrapped in
 * {@code <method>_response}, order times as zone-less US Pacific {@code yyyy-MM-dd HH:mm:ss}, money
 * {@code {"amount":"170.54","currency_code":"USD"}} and lists wrapped as {@code {"order_dto":[...]}}
 * (IOP SDK {@code AliexpressSolutionOrderGetOrderDTO}/{@code ...OrderProductDTO} field names).
 */
public final class AliExpressSimulator implements PlatformSimulator {
    private final Dataset data;
    private final String appKey;
    private final String appSecret;
    private final String session;
    private final ObjectMapper json = WireJson.newMapper();
    private final AtomicLong requestIds = new AtomicLong();
    final List<Map<String, String>> calls = new CopyOnWriteArrayList<>();
    /** product id -> error code answered for it by the batch updates. */
    final Map<String, String> failingProducts = new ConcurrentHashMap<>();
    final Set<String> issued = ConcurrentHashMap.newKeySet();

    public AliExpressSimulator(Dataset data, String appKey, String appSecret, String session) {
        this.data = data;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.session = session;
    }

    /** The query parameters and, for a form-encoded POST (as the IOP SDK sends it), the body's. */
    static Map<String, String> params(RecordedRequest r) {
        Map<String, String> m = new LinkedHashMap<>();
        r.query().forEach((k, v) -> m.put(k, v.get(0)));
        if (r.header("Content-Type").orElse("").startsWith("application/x-www-form-urlencoded")) {
            for (String pair : r.bodyAsString().split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    m.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    @Override
    public FakeResponse handle(RecordedRequest r) {
        Map<String, String> p = params(r);
        calls.add(p);
        String method = p.getOrDefault("method", "");
        boolean system = r.path().startsWith("/rest/");
        if (system && !r.path().equals("/rest" + method)) {
            return error("ISV", "InvalidApiPath", "The specified API path is invalid");
        }
        if (!system && !r.path().equals("/sync")) {
            return FakeResponse.status(404);
        }
        if (!appKey.equals(p.get("app_key"))) {
            return error("ISV", "InvalidAppKey", "The specified app key is invalid");
        }
        if (!"sha256".equals(p.get("sign_method")) || !p.getOrDefault("timestamp", "").matches("\\d{13}")) {
            return error("ISV", "MissingParameter", "The input parameter timestamp or sign_method is missing or malformed");
        }
        String expected = IopSignature.sign(appSecret, method, p);
        if (!expected.equals(p.get("sign"))) {
            return error("ISV", "IncompleteSignature", "The request signature does not conform to platform standards");
        }
        if (system) {
            if (method.equals("/auth/token/refresh")) {
                String t = "50000" + requestIds.incrementAndGet() + "xNewAccessTok";
                String rt = "50001" + requestIds.get() + "yNewRefreshTok";
                issued.add(t);
                issued.add(rt);
                return FakeResponse.json(200, "{\"access_token\":\"" + t + "\",\"refresh_token\":\"" + rt + "\",\"expires_in\":2592000,"
                        + "\"refresh_expires_in\":5184000,\"code\":\"0\",\"request_id\":\"" + rid() + "\"}");
            }
            return error("ISV", "InvalidApiPath", "Unknown system API");
        }
        if (!session.equals(p.get("session"))) {
            return unauthorized();
        }
        switch (method) {
            case "aliexpress.solution.order.get":
                return listOrders(p);
            case "aliexpress.solution.order.info.get":
                return orderInfo(p);
            case "aliexpress.solution.batch.product.inventory.update":
            case "aliexpress.solution.batch.product.price.update":
                return batch(method, p);
            case "aliexpress.solution.order.fulfill":
                return wrap(method, json.createObjectNode().set("result", json.createObjectNode().put("result_success", true)));
            default:
                return error("ISV", "InvalidApiName", "The specified API name is invalid");
        }
    }

    private FakeResponse listOrders(Map<String, String> p) {
        Instant from;
        Instant to = null;
        try {
            from = PacificTime.readings(p.getOrDefault("modified_date_start", "")).get(0);
            if (p.containsKey("modified_date_end")) {
                to = PacificTime.readings(p.get("modified_date_end")).get(0);
            }
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return error("ISV", "InvalidParameter", "modified_date_start must be yyyy-MM-dd HH:mm:ss");
        }
        int size = Integer.parseInt(p.getOrDefault("page_size", "20"));
        int page = Integer.parseInt(p.getOrDefault("current_page", "1"));
        int first = data.firstAtOrAfter(from);
        int last = to == null ? data.size() : data.firstAtOrAfter(to.plusSeconds(1));
        int total = Math.max(0, last - first);
        int start = first + (page - 1) * size;
        int end = Math.min(last, start + size);
        ObjectNode result = json.createObjectNode();
        result.put("success", true).put("error_code", "").put("error_message", "");
        result.put("total_count", total).put("page_size", size).put("current_page", page).put("total_page", (total + size - 1) / size);
        ArrayNode orders = result.putObject("target_list").putArray("order_dto");
        for (int i = start; i < end; i++) {
            orders.add(order(data.get(i), false));
        }
        return wrap("aliexpress.solution.order.get", json.createObjectNode().set("result", result));
    }

    private FakeResponse orderInfo(Map<String, String> p) {
        String id;
        try {
            id = json.readTree(p.getOrDefault("param1", "{}")).path("order_id").asText("");
        } catch (IOException e) {
            return error("ISV", "InvalidParameter", "param1 is not JSON");
        }
        int i = data.indexOf(id);
        ObjectNode result = json.createObjectNode();
        if (i < 0) {
            result.put("error_code", "ORDER_NOT_FOUND").put("error_message", "order not found").put("success", false);
        } else {
            result.put("success", true).set("data", order(data.get(i), true));
        }
        return wrap("aliexpress.solution.order.info.get", json.createObjectNode().set("result", result));
    }

    ObjectNode order(SyntheticOrder s, boolean detail) {
        ObjectNode o = json.createObjectNode();
        o.put(detail ? "id" : "order_id", Long.parseLong(s.id()));
        o.put("gmt_create", pacific(s.createdAt()));
        o.put(detail ? "gmt_modified" : "gmt_update", pacific(s.updatedAt()));
        o.put("order_status", s.rawStatus());
        o.put("biz_type", "AE_COMMON");
        o.put("fund_status", "PAY_SUCCESS");
        o.put("buyer_login_id", "us1234567");
        o.put("buyer_signer_fullname", "Jane Buyer");
        o.set(detail ? "order_amount" : "pay_amount", money(s.total(), s.currency()));
        ArrayNode products = o.putObject(detail ? "child_order_list" : "product_list")
                .putArray(detail ? "global_aeop_tp_child_order_dto" : "order_product_dto");
        for (SyntheticOrder.Line l : s.lines()) {
            ObjectNode pr = products.addObject();
            pr.put(detail ? "id" : "child_id", Long.parseLong(s.id()) * 10 + products.size());
            pr.put("product_id", 1005003574624824L);
            pr.put("sku_code", l.sku());
            pr.put("product_name", "Item " + l.sku());
            pr.put("product_count", l.quantity());
            pr.set(detail ? "product_price" : "product_unit_price", money(l.unitPrice(), s.currency()));
        }
        if (detail) {
            o.putObject("receipt_address").put("country", "US").put("zip", "95125").put("province", "California")
                    .put("city", "San Jose").put("detail_address", "1 Main St").put("contact_person", "Jane Buyer");
        }
        return o;
    }

    private ObjectNode money(String amount, String currency) {
        return json.createObjectNode().put("amount", amount).put("currency_code", currency);
    }

    static String pacific(Instant t) {
        return PacificTime.FORMAT.format(LocalDateTime.ofInstant(t, PacificTime.ZONE));
    }

    private FakeResponse batch(String method, Map<String, String> p) {
        JsonNode list;
        try {
            list = json.readTree(p.getOrDefault("mutiple_product_update_list", "[]"));
        } catch (IOException e) {
            return error("ISV", "InvalidParameter", "mutiple_product_update_list is not JSON");
        }
        if (list.size() > 20) {
            return error("ISV", "InvalidParameter", "at most 20 products");
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode failed = out.putObject("update_failed_list").putArray("synchronize_product_response_dto");
        ArrayNode ok = out.putObject("update_successful_list").putArray("synchronize_product_response_dto");
        for (JsonNode prod : list) {
            String id = prod.path("product_id").asText();
            String code = failingProducts.get(id);
            if (code != null) {
                failed.addObject().put("product_id", id).put("error_code", code).put("error_message", "product " + id + " is offline");
            } else {
                ok.addObject().put("product_id", id);
            }
        }
        out.put("update_success", failed.isEmpty());
        return wrap(method, out);
    }

    private FakeResponse wrap(String method, ObjectNode payload) {
        ObjectNode body = json.createObjectNode();
        body.set(method.replace('.', '_') + "_response", payload);
        body.put("code", "0");
        body.put("request_id", rid());
        return FakeResponse.json(200, body.toString());
    }

    private String rid() {
        return "2101" + requestIds.incrementAndGet();
    }

    private FakeResponse error(String type, String code, String message) {
        return FakeResponse.json(200, "{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"request_id\":\"" + rid() + "\"}");
    }

    @Override
    public boolean isListOrders(RecordedRequest r) {
        return r.path().equals("/sync") && "aliexpress.solution.order.get".equals(r.queryParam("method").orElse(""));
    }

    @Override
    public boolean isTokenRequest(RecordedRequest r) {
        return r.path().startsWith("/rest/auth/token/");
    }

    @Override
    public FakeResponse throttled() {
        return FakeResponse.json(200, "{\"type\":\"ISP\",\"code\":\"ApiCallLimit\",\"message\":\"The request has exceeded the limit\","
                + "\"request_id\":\"2101999\"}");
    }

    @Override
    public Optional<Duration> throttleHint() {
        return Optional.empty();
    }

    @Override
    public FakeResponse unauthorized() {
        return FakeResponse.json(200, "{\"type\":\"ISV\",\"code\":\"IllegalAccessToken\",\"message\":\"The specified access token is invalid or expired\","
                + "\"request_id\":\"2101998\"}");
    }

    @Override
    public boolean refreshesTokens() {
        return false;
    }

    @Override
    public Set<String> issuedSecrets() {
        return Set.copyOf(issued);
    }
}
