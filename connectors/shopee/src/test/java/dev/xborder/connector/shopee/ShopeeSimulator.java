package dev.xborder.connector.shopee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.shopee.internal.ShopeeSigning;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.PlatformSimulator;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.SyntheticOrder;
import dev.xborder.connector.wire.WireJson;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Shopee Open Platform v2 as documented, over a dataset. Shapes follow the official API-doc JSON
 * scraped in congminh1254/shopee-sdk {@code schemas/v2.order.get_order_list.json},
 * {@code v2.order.get_order_detail.json}, {@code v2.product.update_stock.json},
 * {@code v2.global_product.update_stock.json}, {@code v2.logistics.ship_order.json}: every answer
 * is {@code {"error":"","message":"","request_id":..., "response":{...}}}; money is a JSON float
 * in major units (written from the dataset's decimal text, so {@code 19.99} goes on the wire as the
 * number {@code 19.99}); times are unix seconds. It checks what the real platform checks: the
 * signature of every call (HMAC-SHA256 over partner_id + path + timestamp [+ access_token +
 * shop_id/merchant_id], the partner key as text), the access token, the 15-day window of
 * get_order_list and the 50-order limit of get_order_detail. Refresh tokens are single-use: a
 * refresh consumes the presented one and issues a new pair.
 */
public final class ShopeeSimulator implements PlatformSimulator {
    static final long PARTNER_ID = 2001887;
    static final long SHOP_ID = 14701711;
    static final long MERCHANT_ID = 1000000;

    private final Dataset data;
    private final String partnerKey;
    private final ObjectMapper json = WireJson.newMapper();
    private final AtomicInteger counter = new AtomicInteger();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    /** Valid refresh token per owner key ("shop:ID" / "merchant:ID"). */
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    /** Valid access tokens -> owner key. */
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    final List<JsonNode> writes = new CopyOnWriteArrayList<>();
    final List<String> writePaths = new CopyOnWriteArrayList<>();
    final List<String> refreshBodies = new CopyOnWriteArrayList<>();
    /** Extra answers for write paths (path -> response body builder), e.g. partial failures. */
    final Map<String, Function<JsonNode, FakeResponse>> writeAnswers = new ConcurrentHashMap<>();
    volatile JsonNode shippingInfoNeeded;
    volatile long expireIn = 14400;

    public ShopeeSimulator(Dataset data, String partnerKey, String shopRefreshToken, String merchantRefreshToken) {
        this.data = data;
        this.partnerKey = partnerKey;
        refreshTokens.put("shop:" + SHOP_ID, shopRefreshToken);
        if (merchantRefreshToken != null) {
            refreshTokens.put("merchant:" + MERCHANT_ID, merchantRefreshToken);
        }
        ObjectNode info = json.createObjectNode();
        info.putArray("non_integrated").add("tracking_number");
        shippingInfoNeeded = info;
    }

    @Override
    public FakeResponse handle(RecordedRequest r) {
        String p = r.path();
        Optional<String> signError = checkSignature(r);
        if (signError.isPresent()) {
            return error(403, "error_sign", signError.get());
        }
        if (isTokenRequest(r)) {
            return refresh(r);
        }
        ShopeeSigning.Kind kind = ShopeeSigning.kindOf(p);
        String owner = accessTokens.get(r.queryParam("access_token").orElse(""));
        String expectedOwner = kind == ShopeeSigning.Kind.MERCHANT ? "merchant:" + r.queryParam("merchant_id").orElse("")
                : "shop:" + r.queryParam("shop_id").orElse("");
        if (owner == null || !owner.equals(expectedOwner)) {
            return unauthorized();
        }
        switch (p) {
            case "/api/v2/order/get_order_list":
                return orderList(r);
            case "/api/v2/order/get_order_detail":
                return orderDetail(r);
            case "/api/v2/logistics/get_shipping_parameter": {
                ObjectNode body = ok();
                body.putObject("response").set("info_needed", shippingInfoNeeded);
                return FakeResponse.json(200, body.toString());
            }
            case "/api/v2/product/update_stock":
            case "/api/v2/product/update_price":
            case "/api/v2/global_product/update_stock":
            case "/api/v2/global_product/update_price":
            case "/api/v2/logistics/ship_order":
                return write(r);
            default:
                return error(404, "error_not_found", "no such api " + p);
        }
    }

    private Optional<String> checkSignature(RecordedRequest r) {
        String p = r.path();
        ShopeeSigning.Kind kind = ShopeeSigning.kindOf(p);
        String sign = r.queryParam("sign").orElse("");
        issued.add(sign);
        try {
            long partner = Long.parseLong(r.queryParam("partner_id").orElse("-1"));
            long ts = Long.parseLong(r.queryParam("timestamp").orElse("-1"));
            if (partner != PARTNER_ID) {
                return Optional.of("Invalid partner_id.");
            }
            String token = r.queryParam("access_token").orElse(null);
            Long ownerId = switch (kind) {
                case PUBLIC -> null;
                case SHOP -> Long.parseLong(r.queryParam("shop_id").orElse("-1"));
                case MERCHANT -> Long.parseLong(r.queryParam("merchant_id").orElse("-1"));
            };
            if (kind != ShopeeSigning.Kind.PUBLIC && token == null) {
                return Optional.of("There is no access_token in query.");
            }
            // independent of the production signer's hex code: javax.crypto + HexFormat
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(partnerKey.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            String base = PARTNER_ID + p + ts + (kind == ShopeeSigning.Kind.PUBLIC ? "" : token + ownerId);
            String expected = java.util.HexFormat.of().formatHex(mac.doFinal(base.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return expected.equals(sign) ? Optional.empty() : Optional.of("Wrong sign.");
        } catch (NumberFormatException | java.security.GeneralSecurityException e) {
            return Optional.of("Wrong parameters, detail: " + e.getClass().getSimpleName());
        }
    }

    private FakeResponse refresh(RecordedRequest r) {
        JsonNode body;
        try {
            body = json.readTree(r.body());
        } catch (IOException e) {
            return error(400, "error_param", "invalid json");
        }
        refreshBodies.add(r.bodyAsString());
        String owner = body.has("merchant_id") ? "merchant:" + body.path("merchant_id").asLong()
                : "shop:" + body.path("shop_id").asLong();
        String presented = body.path("refresh_token").asText("");
        synchronized (this) {
            if (!presented.equals(refreshTokens.get(owner))) {
                return error(403, "error_auth", "Invalid refresh_token.");
            }
            int n = counter.incrementAndGet();
            String access = "acc" + n + "4d6f636b416363657373546f6b656e";
            String refresh = "ref" + n + "4d6f636b52656672657368546f6b656e";
            refreshTokens.put(owner, refresh); // the presented one is consumed
            accessTokens.put(access, owner);
            issued.add(access);
            issued.add(refresh);
            ObjectNode out = ok();
            out.put("access_token", access);
            out.put("refresh_token", refresh);
            out.put("expire_in", expireIn);
            out.put("partner_id", PARTNER_ID);
            if (owner.startsWith("shop:")) {
                out.put("shop_id", Long.parseLong(owner.substring(5)));
            } else {
                out.putArray("merchant_id_list").add(Long.parseLong(owner.substring(9)));
            }
            return FakeResponse.json(200, out.toString());
        }
    }

    /** Revokes every access token issued so far (as if they expired on Shopee's side). */
    void revokeAccessTokens() {
        accessTokens.clear();
    }

    String currentRefreshToken(String owner) {
        return refreshTokens.get(owner);
    }

    private FakeResponse orderList(RecordedRequest r) {
        if (!"update_time".equals(r.queryParam("time_range_field").orElse(""))) {
            return error(400, "error_param", "time_range_field must be create_time or update_time");
        }
        long from = Long.parseLong(r.queryParam("time_from").orElse("-1"));
        long to = Long.parseLong(r.queryParam("time_to").orElse("-1"));
        if (from < 0 || to < from || to - from > Duration.ofDays(15).toSeconds()) {
            return error(400, "order.order_list_invalid_time", "Start time must be earlier than end time and diff in 15days.");
        }
        int size = Integer.parseInt(r.queryParam("page_size").orElse("20"));
        if (size < 1 || size > 100) {
            return error(400, "error_param", "page_size should be in [1,100]");
        }
        int start = data.firstAtOrAfter(java.time.Instant.ofEpochSecond(from));
        int end = data.firstAtOrAfter(java.time.Instant.ofEpochSecond(to + 1)); // time_to inclusive
        int offset = r.queryParam("cursor").filter(c -> !c.isEmpty()).map(Integer::parseInt).orElse(0);
        int first = start + offset;
        int last = Math.min(end, first + size);
        ObjectNode out = ok();
        ObjectNode resp = out.putObject("response");
        ArrayNode list = resp.putArray("order_list");
        for (int i = first; i < last; i++) {
            SyntheticOrder o = data.get(i);
            list.addObject().put("order_sn", o.id()).put("order_status", o.rawStatus());
        }
        boolean more = last < end;
        resp.put("more", more);
        resp.put("next_cursor", more ? Integer.toString(offset + size) : "");
        return FakeResponse.json(200, out.toString());
    }

    private FakeResponse orderDetail(RecordedRequest r) {
        String[] sns = r.queryParam("order_sn_list").orElse("").split(",");
        if (sns.length < 1 || sns.length > 50 || sns[0].isEmpty()) {
            return error(400, "error_param", "order_sn_list limit [1,50]");
        }
        StringBuilder sb = new StringBuilder("{\"error\":\"\",\"message\":\"\",\"request_id\":\"req-")
                .append(counter.incrementAndGet()).append("\",\"response\":{\"order_list\":[");
        boolean firstOut = true;
        for (String sn : sns) {
            int i = data.indexOf(sn);
            if (i < 0) {
                continue;
            }
            if (!firstOut) {
                sb.append(',');
            }
            firstOut = false;
            sb.append(render(data.get(i)));
        }
        sb.append("]}}");
        return FakeResponse.json(200, sb.toString());
    }

    /** One order as get_order_detail renders it; amounts are JSON numbers written from the decimal text. */
    static String render(SyntheticOrder o) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"order_sn\":\"").append(o.id()).append("\",\"region\":\"SG\",\"currency\":\"").append(o.currency())
                .append("\",\"cod\":false,\"total_amount\":").append(o.total())
                .append(",\"order_status\":\"").append(o.rawStatus()).append("\",\"shipping_carrier\":\"Standard Delivery\"")
                .append(",\"payment_method\":\"Bank Transfer\",\"estimated_shipping_fee\":4.0,\"message_to_seller\":\"\"")
                .append(",\"create_time\":").append(o.createdAt().getEpochSecond())
                .append(",\"update_time\":").append(o.updatedAt().getEpochSecond())
                .append(",\"days_to_ship\":2,\"ship_by_date\":").append(o.createdAt().getEpochSecond() + 172800)
                .append(",\"buyer_user_id\":9193214,\"buyer_username\":\"buyer").append(o.id()).append("\"")
                .append(",\"recipient_address\":{\"name\":\"Max\",\"phone\":\"3828203\",\"town\":\"\",\"district\":\"\",")
                .append("\"city\":\"Singapore\",\"state\":\"\",\"region\":\"SG\",\"zipcode\":\"018956\",")
                .append("\"full_address\":\"10 Bayfront Avenue, Singapore 018956\"}")
                .append(",\"item_list\":[");
        for (int j = 0; j < o.lines().size(); j++) {
            SyntheticOrder.Line l = o.lines().get(j);
            if (j > 0) {
                sb.append(',');
            }
            sb.append("{\"item_id\":").append(2600144043L + j).append(",\"item_name\":\"item ").append(l.sku())
                    .append("\",\"item_sku\":\"parent-").append(l.sku()).append("\",\"model_id\":").append(j)
                    .append(",\"model_name\":\"\",\"model_sku\":\"").append(l.sku())
                    .append("\",\"model_quantity_purchased\":").append(l.quantity())
                    .append(",\"model_original_price\":").append(new java.math.BigDecimal(l.unitPrice()).add(java.math.BigDecimal.ONE).toPlainString())
                    .append(",\"model_discounted_price\":").append(l.unitPrice())
                    .append(",\"wholesale\":false,\"weight\":0.5,\"add_on_deal\":false,\"main_item\":false")
                    .append(",\"add_on_deal_id\":0,\"promotion_type\":\"\",\"promotion_id\":0,\"order_item_id\":").append(2600144043L + j)
                    .append(",\"promotion_group_id\":0}");
        }
        sb.append("]}");
        return sb.toString();
    }

    private FakeResponse write(RecordedRequest r) {
        JsonNode body;
        try {
            body = json.readTree(r.body());
        } catch (IOException e) {
            return error(400, "error_param", "invalid json");
        }
        writes.add(body);
        writePaths.add(r.path());
        Function<JsonNode, FakeResponse> special = writeAnswers.get(r.path());
        if (special != null) {
            return special.apply(body);
        }
        ObjectNode out = ok();
        out.put("warning", "");
        ObjectNode resp = out.putObject("response");
        if (r.path().startsWith("/api/v2/product/")) {
            resp.putArray("failure_list");
            resp.putArray("success_list");
        }
        return FakeResponse.json(200, out.toString());
    }

    ObjectNode ok() {
        ObjectNode o = json.createObjectNode();
        o.put("error", "");
        o.put("message", "");
        o.put("request_id", "req-" + counter.incrementAndGet());
        return o;
    }

    static FakeResponse error(int status, String code, String message) {
        return FakeResponse.json(status, "{\"error\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'")
                + "\",\"request_id\":\"e2b0c2f4a1\"}");
    }

    @Override
    public boolean isListOrders(RecordedRequest r) {
        return r.path().equals("/api/v2/order/get_order_list");
    }

    @Override
    public boolean isTokenRequest(RecordedRequest r) {
        return r.path().equals("/api/v2/auth/access_token/get");
    }

    /** Shopee's body-level throttle, sent with HTTP 200 to prove the body alone decides. */
    @Override
    public FakeResponse throttled() {
        return error(200, "error_rate_limit", "Too many requests. You have reached the rate limit. Please try again later.");
    }

    @Override
    public Optional<Duration> throttleHint() {
        return Optional.empty();
    }

    @Override
    public FakeResponse unauthorized() {
        return error(403, "invalid_acceess_token", "Invalid access_token.");
    }

    @Override
    public boolean refreshesTokens() {
        return true;
    }

    @Override
    public Set<String> issuedSecrets() {
        Set<String> s = new java.util.HashSet<>(issued);
        s.remove("");
        return s;
    }

    List<String> sns(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(data.get(i).id());
        }
        return out;
    }
}
