package dev.xborder.connector.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.PlatformSimulator;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.SyntheticOrder;
import dev.xborder.connector.tiktok.internal.TikTokSigner;
import dev.xborder.connector.wire.WireJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TikTok Shop Partner API 202309 over a dataset, as documented (connector research section 6;
 * field names from the docs scraped by lywzx/tiktok-partner-api): every call must carry
 * {@code app_key}, a 10-digit {@code timestamp}, {@code shop_cipher}, the shop's token in
 * {@code x-tts-access-token} and a lowercase {@code sign} that the simulator recomputes over the
 * path, the sorted query and the body bytes exactly as received. Errors are HTTP 200 with a
 * numeric {@code code}. Orders: unix-second times, money as strings, one line item per unit,
 * page tokens containing {@code + / =} (so a token not encoded exactly once fails).
 */
public final class TikTokSimulator implements PlatformSimulator {
    static final String SHOP_CIPHER = "ROW_FBHcgwAAAADbQb3M9z";

    private final Dataset data;
    private final String appKey;
    private final String appSecret;
    private final String accessToken;
    private final ObjectMapper json = WireJson.newMapper();
    private final AtomicInteger ids = new AtomicInteger();
    final List<RecordedRequest> mutations = new CopyOnWriteArrayList<>();

    public TikTokSimulator(Dataset data, String appKey, String appSecret, String accessToken) {
        this.data = data;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.accessToken = accessToken;
    }

    /** The signature TikTok expects for a request as received. */
    String expectedSign(RecordedRequest r) {
        List<Map.Entry<String, String>> q = new ArrayList<>();
        r.query().forEach((k, v) -> q.add(Map.entry(k, v.get(0))));
        return TikTokSigner.sign(appSecret, r.path(), q, r.method().equals("GET") ? new byte[0] : r.body());
    }

    @Override
    public FakeResponse handle(RecordedRequest r) {
        if (!appKey.equals(r.queryParam("app_key").orElse(""))) {
            return error(36009004, "Invalid app_key");
        }
        if (!r.queryParam("timestamp").orElse("").matches("\\d{10}")) {
            return error(36009004, "Invalid timestamp");
        }
        if (!r.queryParam("sign").orElse("").equals(expectedSign(r))) {
            return error(106001, "Invalid signature");
        }
        if (!accessToken.equals(r.header("x-tts-access-token").orElse(""))) {
            return unauthorized();
        }
        if (!SHOP_CIPHER.equals(r.queryParam("shop_cipher").orElse(""))) {
            return error(36009004, "Invalid shop_cipher");
        }
        JsonNode body = null;
        if (r.method().equals("POST")) {
            try {
                body = json.readTree(r.body());
            } catch (IOException e) {
                return error(36009004, "Invalid request body");
            }
        }
        String p = r.path();
        if (r.method().equals("POST") && p.equals("/order/202309/orders/search")) {
            return search(r, body);
        }
        if (r.method().equals("GET") && p.equals("/order/202309/orders")) {
            ObjectNode d = json.createObjectNode();
            ArrayNode orders = d.putArray("orders");
            for (String id : r.queryParam("ids").orElse("").split(",")) {
                int i = data.indexOf(id);
                if (i >= 0) {
                    orders.add(order(data.get(i)));
                }
            }
            return ok(d);
        }
        if (r.method().equals("POST") && p.equals("/product/202312/products/search")) {
            return products(body);
        }
        if (r.method().equals("POST") && p.matches("/product/202309/products/[^/]+/(inventory|prices)/update")) {
            mutations.add(r);
            ObjectNode d = json.createObjectNode();
            if (p.contains("/1729000000000666/")) {
                ObjectNode e = d.putArray("errors").addObject();
                e.put("code", 17019023);
                e.put("message", "The SKU is not in live status");
                ObjectNode detail = e.putObject("detail");
                detail.put("sku_id", "1729000000000699");
                detail.putArray("extra_errors").addObject().put("warehouse_id", "WH-1").put("code", 17019023)
                        .put("message", "sku not live");
            }
            return ok(d);
        }
        if (r.method().equals("POST") && p.matches("/fulfillment/202309/orders/[^/]+/packages")) {
            mutations.add(r);
            ObjectNode d = json.createObjectNode();
            d.put("order_id", p.split("/")[4]);
            d.put("package_id", "pkg-" + ids.incrementAndGet());
            return ok(d);
        }
        return error(36009004, "Invalid path " + p);
    }

    private FakeResponse search(RecordedRequest r, JsonNode body) {
        if (!"update_time".equals(r.queryParam("sort_field").orElse("")) || !"ASC".equals(r.queryParam("sort_order").orElse(""))) {
            return error(36009004, "this simulator needs sort_field=update_time&sort_order=ASC");
        }
        int size = Integer.parseInt(r.queryParam("page_size").orElse("0"));
        if (size < 1 || size > 100) {
            return error(36009004, "page_size must be 1-100");
        }
        if (!body.path("update_time_ge").isIntegralNumber()) {
            return error(36009004, "update_time_ge must be unix seconds");
        }
        Instant ge = Instant.ofEpochSecond(body.path("update_time_ge").asLong());
        int end = body.has("update_time_lt") ? data.firstAtOrAfter(Instant.ofEpochSecond(body.path("update_time_lt").asLong())) : data.size();
        int start = data.firstAtOrAfter(ge);
        Optional<String> token = r.queryParam("page_token");
        if (token.isPresent()) {
            String t = token.get();
            if (!t.startsWith("pt+") || !t.endsWith("==")) {
                return error(36009004, "Invalid page_token");
            }
            start = Integer.parseInt(t.substring(3, t.length() - 2).split("/")[0]);
        }
        int to = Math.min(end, start + size);
        ObjectNode d = json.createObjectNode();
        ArrayNode orders = d.putArray("orders");
        for (int i = start; i < to; i++) {
            orders.add(order(data.get(i)));
        }
        d.put("next_page_token", to < end ? "pt+" + to + "/" + size + "==" : "");
        d.put("total_count", Math.max(0, end - data.firstAtOrAfter(ge)));
        return ok(d);
    }

    private ObjectNode order(SyntheticOrder s) {
        ObjectNode o = json.createObjectNode();
        o.put("id", s.id());
        o.put("status", s.rawStatus());
        o.put("create_time", s.createdAt().getEpochSecond());
        o.put("update_time", s.updatedAt().getEpochSecond());
        o.put("paid_time", s.createdAt().getEpochSecond());
        o.put("fulfillment_type", "FULFILLMENT_BY_SELLER");
        o.put("buyer_email", "v2xyz@scs.tiktokw.us");
        ObjectNode pay = o.putObject("payment");
        pay.put("currency", s.currency());
        pay.put("sub_total", s.total());
        pay.put("shipping_fee", "0.00");
        pay.put("seller_discount", "0.00");
        pay.put("platform_discount", "0.00");
        pay.put("total_amount", s.total());
        ObjectNode a = o.putObject("recipient_address");
        a.put("name", "J*** D***");
        a.put("region_code", "US");
        a.put("postal_code", "90001");
        a.put("address_line1", "1 Main St");
        ArrayNode district = a.putArray("district_info");
        district.addObject().put("address_level_name", "Country").put("address_name", "United States").put("address_level", "L0");
        district.addObject().put("address_level_name", "City").put("address_name", "Los Angeles").put("address_level", "L2");
        ArrayNode items = o.putArray("line_items");
        for (SyntheticOrder.Line l : s.lines()) {
            for (int u = 1; u <= l.quantity(); u++) {
                ObjectNode li = items.addObject();
                li.put("id", l.lineId() + "-" + u);
                li.put("sku_id", "sku-" + l.sku());
                li.put("product_id", "prod-" + l.sku());
                li.put("product_name", "Item " + l.sku());
                li.put("seller_sku", l.sku());
                li.put("original_price", l.unitPrice());
                li.put("sale_price", l.unitPrice());
                li.put("currency", s.currency());
                li.put("display_status", s.rawStatus());
            }
        }
        return o;
    }

    private FakeResponse products(JsonNode body) {
        ObjectNode d = json.createObjectNode();
        ArrayNode products = d.putArray("products");
        for (JsonNode skuNode : body.path("seller_skus")) {
            String sku = skuNode.asText();
            if (sku.startsWith("NO-SUCH")) {
                continue;
            }
            ObjectNode p = products.addObject();
            boolean bad = sku.equals("NOT-LIVE");
            p.put("id", bad ? "1729000000000666" : "1729000000000001");
            p.put("title", "Product of " + sku);
            ObjectNode s = p.putArray("skus").addObject();
            s.put("id", bad ? "1729000000000699" : "1729000000000101");
            s.put("seller_sku", sku);
            s.putObject("price").put("currency", "USD").put("sale_price", "9.99").put("tax_exclusive_price", "9.99");
            ArrayNode inv = s.putArray("inventory");
            inv.addObject().put("warehouse_id", "WH-1").put("quantity", 5);
            if (sku.equals("MULTI-WH")) {
                inv.addObject().put("warehouse_id", "WH-2").put("quantity", 1);
            }
        }
        d.put("total_count", products.size());
        return ok(d);
    }

    private FakeResponse ok(ObjectNode data) {
        ObjectNode b = json.createObjectNode();
        b.put("code", 0);
        b.put("message", "Success");
        b.put("request_id", "2023" + ids.incrementAndGet());
        b.set("data", data);
        return FakeResponse.json(200, b.toString());
    }

    static FakeResponse error(long code, String message) {
        return FakeResponse.json(200, "{\"code\":" + code + ",\"message\":\"" + message + "\",\"request_id\":\"202309ERR\",\"data\":{}}");
    }

    @Override
    public boolean isListOrders(RecordedRequest r) {
        return r.method().equals("POST") && r.path().equals("/order/202309/orders/search");
    }

    @Override
    public boolean isTokenRequest(RecordedRequest r) {
        return false;
    }

    @Override
    public FakeResponse throttled() {
        return error(36009002, "Too many requests, please try again later");
    }

    @Override
    public Optional<Duration> throttleHint() {
        return Optional.empty();
    }

    @Override
    public FakeResponse unauthorized() {
        return error(105002, "Expired credentials. The access token has expired");
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
