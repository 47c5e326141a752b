package dev.xborder.connector.aliexpress;

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
import dev.xborder.connector.aliexpress.internal.AliExpressOrderMapper;
import dev.xborder.connector.aliexpress.internal.IopResponses;
import dev.xborder.connector.aliexpress.internal.IopSignature;
import dev.xborder.connector.aliexpress.internal.PacificTime;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.http.RequestSigner;
import dev.xborder.connector.wire.WireOrders;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * AliExpress Open Platform (IOP) connector for sellers: {@code aliexpress.solution.order.get} for
 * orders by modified date (page numbers), {@code aliexpress.solution.order.info.get} for one order,
 * {@code aliexpress.solution.batch.product.inventory.update} and {@code ...price.update} for stock
 * and price (up to 20 products per call, failures per product reported), and
 * {@code aliexpress.solution.order.fulfill} for shipments. Every call is signed (HMAC-SHA256,
 * uppercase hex, business APIs without and system APIs with the API path in front) with a fresh
 * millisecond timestamp and carries the seller's access token as {@code session}. Query dates are
 * zone-less US Pacific times. Create through {@link AliExpressConnectorProvider}. Thread-safe.
 *
 * <p>The access token is the host's: when AliExpress rejects it the call fails with
 * {@code CONNECTOR_AUTH}; {@link #refreshAccessToken(Secret)} exchanges a refresh token for new
 * tokens for the host to store.
 */
public final class AliExpressConnector implements MarketplaceConnector {
    public static final String OP_ORDER_LIST = "aliexpress.solution.order.get";
    public static final String OP_ORDER_INFO = "aliexpress.solution.order.info.get";
    public static final String OP_INVENTORY = "aliexpress.solution.batch.product.inventory.update";
    public static final String OP_PRICE = "aliexpress.solution.batch.product.price.update";
    public static final String OP_FULFILL = "aliexpress.solution.order.fulfill";
    public static final String OP_TOKEN_REFRESH = "/auth/token/refresh";
    public static final URI DEFAULT_BASE_URL = URI.create("https://api-sg.aliexpress.com");
    /** Page size used when the query names none, and the largest asked for. */
    public static final int MAX_PAGE_SIZE = 50;
    /** Products per batch stock or price call. */
    public static final int MAX_BATCH_PRODUCTS = 20;

    private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

    private final ConnectorHttp http;
    private final AliExpressOrderMapper mapper;
    private final Secret appKey;
    private final String priceCurrency;

    AliExpressConnector(ConnectorConfig config) {
        Checks.notNull(config, "config");
        config.require(List.of("appKey", "appSecret", "accessToken"), List.of(), false);
        this.appKey = config.credential("appKey").orElseThrow();
        Secret appSecret = config.credential("appSecret").orElseThrow();
        Secret session = config.credential("accessToken").orElseThrow();
        this.priceCurrency = config.option("priceCurrency").orElse("USD");
        java.time.Clock clock = config.clock();
        this.http = ConnectorHttp.builder(AliExpressConnectorProvider.ID, config, DEFAULT_BASE_URL, AliExpressConnectorProvider.DEFAULTS)
                .classifier(IopResponses.classifier(clock))
                .signer(signer(appSecret, session, clock))
                .build();
        this.mapper = new AliExpressOrderMapper(AliExpressConnectorProvider.ID);
    }

    /**
     * Adds {@code timestamp} (ms, fresh per attempt; not a secret), {@code session} (business APIs)
     * and {@code sign} over every query and form parameter; the API name is the {@code method}
     * parameter. A POST's additions go in its form body with the other parameters.
     */
    private static RequestSigner signer(Secret appSecret, Secret session, java.time.Clock clock) {
        return out -> {
            Map<String, String> params = new LinkedHashMap<>();
            for (Map.Entry<String, String> q : out.query()) {
                params.put(q.getKey(), q.getValue());
            }
            for (Map.Entry<String, String> f : out.form()) {
                params.put(f.getKey(), f.getValue());
            }
            boolean form = out.hasForm();
            String api = params.getOrDefault("method", "");
            String ts = Long.toString(clock.millis());
            if (form) {
                out.addPublicForm("timestamp", ts);
            } else {
                out.addPublicQuery("timestamp", ts);
            }
            params.put("timestamp", ts);
            if (!IopSignature.isSystemApi(api)) {
                if (form) {
                    out.addForm("session", session.reveal());
                } else {
                    out.addQuery("session", session.reveal());
                }
                params.put("session", session.reveal());
            }
            String sign = IopSignature.sign(appSecret.reveal(), api, params);
            if (form) {
                out.addForm("sign", sign);
            } else {
                out.addQuery("sign", sign);
            }
        };
    }

    @Override
    public String id() {
        return AliExpressConnectorProvider.ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** The HTTP layer (for diagnostics: circuit state). */
    public ConnectorHttp http() {
        return http;
    }

    /**
     * A business API call with the system parameters: in the query for GET, in the form-encoded
     * body for POST (as the IOP SDK sends a POST); the signer adds {@code timestamp},
     * {@code session} and {@code sign} to the same place. Business parameters of a POST go in with
     * {@code form(...)}.
     */
    private ApiRequest.Builder business(String method, String httpMethod) {
        return system(ApiRequest.builder(method, httpMethod, "/sync"), method, httpMethod.equals("POST"));
    }

    private ApiRequest.Builder system(ApiRequest.Builder b, String method, boolean form) {
        String[][] params = {{"app_key", appKey.reveal()}, {"method", method}, {"sign_method", "sha256"}, {"simplify", "false"},
            {"format", "json"}};
        for (String[] p : params) {
            if (form) {
                b.form(p[0], p[1]);
            } else {
                b.query(p[0], p[1]);
            }
        }
        return b;
    }
    @Override
    public Pages<Order> ordersUpdatedSince(OrderQuery query) {
        Checks.notNull(query, "query");
        int size = query.pageSize() > 0 ? Math.min(MAX_PAGE_SIZE, query.pageSize()) : MAX_PAGE_SIZE;
        String start = PacificTime.lowerBound(query.updatedFrom());
        String end = query.updatedBeforeIfSet().map(PacificTime::upperBound).orElse(null);
        return Pages.of(cursor -> {
            int page = cursor == null ? 1 : Integer.parseInt(cursor);
            ApiResponse r = send(business(OP_ORDER_LIST, "GET")
                    .query("modified_date_start", start)
                    .query("modified_date_end", end)
                    .query("page_size", Integer.toString(size))
                    .query("current_page", Integer.toString(page))
                    .build());
            JsonNode result = IopResponses.payload(r.json()).path("result");
            if (!result.isObject()) {
                throw r.badResponse("order list answer has no result object");
            }
            requireResultSuccess(r, result);
            List<JsonNode> raw = list(result.path("target_list"));
            List<Order> out = new ArrayList<>(raw.size());
            for (JsonNode o : raw) {
                out.add(mapper.map(o));
            }
            WireOrders.byUpdateTime(out);
            boolean more;
            if (result.hasNonNull("total_count")) {
                more = (long) page * size < result.path("total_count").asLong();
            } else {
                more = raw.size() == size;
            }
            return new Page<>(out, more && !raw.isEmpty() ? Integer.toString(page + 1) : null);
        });
    }

    private void requireResultSuccess(ApiResponse r, JsonNode result) {
        JsonNode ok = result.get("success");
        if (ok != null && !ok.asBoolean(true)) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), r.operation() + " failed: "
                    + result.path("error_code").asText("") + " " + result.path("error_message").asText(""),
                    r.status(), r.requestId().orElse(null), false, null, null);
        }
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isObject() && node.size() == 1 && node.elements().next().isArray()) {
            node = node.elements().next();
        }
        if (node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        ObjectNode param = http.json().createObjectNode().put("order_id", orderId);
        ApiResponse r = send(business(OP_ORDER_INFO, "GET").query("param1", param.toString()).build());
        JsonNode result = IopResponses.payload(r.json()).path("result");
        JsonNode data = result.path("data");
        if (!data.isObject() || data.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mapper.map(data));
    }

    @Override
    public void updateStock(StockUpdate update) {
        Checks.notNull(update, "update");
        AliExpressSku sku = AliExpressSku.of(update.sku());
        requireSuccess(updateInventory(Map.of(sku, update.quantity())), OP_INVENTORY);
    }

    /**
     * Sets the price of a SKU.
     *
     * @throws InvalidInputException if the price is not in the configured {@code priceCurrency} (default USD)
     */
    @Override
    public void updatePrice(PriceUpdate update) {
        Checks.notNull(update, "update");
        if (!update.price().getCurrency().getCurrencyCode().equals(priceCurrency)) {
            throw new InvalidInputException("price.price", update.price(), "AliExpress prices of this store are in " + priceCurrency);
        }
        requireSuccess(updatePrices(Map.of(AliExpressSku.of(update.sku()), update.price())), OP_PRICE);
    }

    /** Sets stock of many SKUs, {@link #MAX_BATCH_PRODUCTS} products per call; failed products are in the result. */
    public AliExpressBatchResult updateInventory(Map<AliExpressSku, Integer> quantities) {
        Checks.notNull(quantities, "quantities");
        Map<AliExpressSku, String> values = new LinkedHashMap<>();
        quantities.forEach((k, v) -> values.put(Checks.notNull(k, "sku"), Integer.toString(Checks.nonNegative(v, "quantity"))));
        return batch(OP_INVENTORY, "inventory", values);
    }

    /** Sets prices of many SKUs, {@link #MAX_BATCH_PRODUCTS} products per call; failed products are in the result. */
    public AliExpressBatchResult updatePrices(Map<AliExpressSku, MonetaryAmount> prices) {
        Checks.notNull(prices, "prices");
        Map<AliExpressSku, String> values = new LinkedHashMap<>();
        prices.forEach((k, v) -> {
            Checks.notNull(v, "price");
            if (v.isNegative()) {
                throw new InvalidInputException("price", v, "must not be negative");
            }
            values.put(Checks.notNull(k, "sku"), amount(v));
        });
        return batch(OP_PRICE, "price", values);
    }

    /** A price as a decimal string with the currency's decimals, e.g. {@code "19.90"}; more decimals are rejected. */
    static String amount(MonetaryAmount m) {
        BigDecimal v = m.getNumber().numberValue(BigDecimal.class).stripTrailingZeros();
        int digits = Math.max(0, m.getCurrency().getDefaultFractionDigits());
        if (v.scale() > digits) {
            throw new InvalidInputException("price", m, "has more decimals than " + m.getCurrency().getCurrencyCode() + " allows");
        }
        return v.setScale(digits).toPlainString();
    }

    private AliExpressBatchResult batch(String method, String field, Map<AliExpressSku, String> values) {
        Map<String, List<Map.Entry<String, String>>> byProduct = new LinkedHashMap<>();
        values.forEach((sku, v) -> byProduct.computeIfAbsent(sku.productId(), p -> new ArrayList<>()).add(Map.entry(sku.skuCode(), v)));
        List<String> products = new ArrayList<>(byProduct.keySet());
        boolean success = true;
        List<AliExpressBatchResult.Failure> failures = new ArrayList<>();
        for (int from = 0; from < products.size(); from += MAX_BATCH_PRODUCTS) {
            ArrayNode list = http.json().createArrayNode();
            for (String productId : products.subList(from, Math.min(products.size(), from + MAX_BATCH_PRODUCTS))) {
                ObjectNode p = list.addObject().put("product_id", productId);
                ArrayNode skus = p.putArray("multiple_sku_update_list");
                for (Map.Entry<String, String> e : byProduct.get(productId)) {
                    skus.addObject().put("sku_code", e.getKey()).put(field, e.getValue());
                }
            }
            ApiResponse r = send(business(method, "POST").form("mutiple_product_update_list", list.toString()).build());
            JsonNode p = IopResponses.payload(r.json());
            if (!p.path("update_success").asBoolean(false)) {
                success = false;
            }
            for (JsonNode f : list(p.path("update_failed_list"))) {
                failures.add(new AliExpressBatchResult.Failure(f.path("product_id").asText(""), f.path("error_code").asText(""),
                        f.path("error_message").asText("")));
            }
            if (!p.path("update_success").asBoolean(false) && list(p.path("update_failed_list")).isEmpty()) {
                failures.add(new AliExpressBatchResult.Failure("", p.path("update_error_code").asText(""),
                        p.path("update_error_message").asText("")));
            }
        }
        return new AliExpressBatchResult(success && failures.isEmpty(), failures);
    }

    private void requireSuccess(AliExpressBatchResult result, String operation) {
        if (!result.success()) {
            StringBuilder sb = new StringBuilder(operation).append(" rejected:");
            for (AliExpressBatchResult.Failure f : result.failures()) {
                sb.append(' ').append(f.productId().isEmpty() ? "call" : "product " + f.productId()).append(": ")
                        .append(f.errorCode()).append(' ').append(f.errorMessage()).append(';');
            }
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), sb.toString(), false, null);
        }
    }

    /**
     * Confirms a shipment: {@code service_name} is the carrier (AliExpress logistics service key,
     * e.g. {@code CAINIAO_STANDARD}), {@code logistics_no} the tracking number, {@code send_type}
     * {@code all} for a whole order and {@code part} when lines are given (AliExpress takes no line
     * list), {@code tracking_website} the shipping method if given.
     */
    @Override
    public void confirmShipment(ShipmentConfirmation s) {
        Checks.notNull(s, "shipment");
        ApiRequest.Builder b = business(OP_FULFILL, "POST")
                .form("service_name", s.carrier())
                .form("out_ref", s.orderId())
                .form("send_type", s.lines().isEmpty() ? "all" : "part")
                .form("logistics_no", s.trackingNumber());
        if (s.shippingMethod() != null) {
            b.form("tracking_website", s.shippingMethod());
        }
        ApiResponse r = send(b.build());
        JsonNode result = IopResponses.payload(r.json()).path("result");
        if (result.isObject() && result.has("result_success") && !result.path("result_success").asBoolean(false)) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), OP_FULFILL + " rejected: "
                    + result.path("result_error_code").asText("") + " " + result.path("result_error_desc").asText(""), false, null);
        }
    }

    /**
     * Exchanges a refresh token for new tokens with the system API {@code /auth/token/refresh}
     * (signed with the API path in front). The connector keeps using its configured access token:
     * the host stores the returned tokens and creates a new connector with them.
     */
    public AliExpressTokens refreshAccessToken(Secret refreshToken) {
        Checks.notNull(refreshToken, "refreshToken");
        ApiResponse r = send(system(ApiRequest.builder(OP_TOKEN_REFRESH, "POST", "/rest" + OP_TOKEN_REFRESH), OP_TOKEN_REFRESH, true)
                .form("refresh_token", refreshToken.reveal())
                .build());
        JsonNode j = r.json();
        String access = j.path("access_token").asText("");
        if (access.isEmpty()) {
            throw r.badResponse("token answer has no access_token");
        }
        Secret accessToken = Secret.of(access);
        http.rememberSecret(accessToken);
        String refresh = j.path("refresh_token").asText("");
        Secret newRefresh = refresh.isEmpty() ? refreshToken : Secret.of(refresh);
        http.rememberSecret(newRefresh);
        Instant now = http.clock().instant();
        Instant accessExpiry = j.hasNonNull("expires_in") ? now.plus(Duration.ofSeconds(j.path("expires_in").asLong())) : null;
        Instant refreshExpiry = j.hasNonNull("refresh_expires_in") ? now.plus(Duration.ofSeconds(j.path("refresh_expires_in").asLong())) : null;
        return new AliExpressTokens(accessToken, accessExpiry, newRefresh, refreshExpiry);
    }

    private ApiResponse send(ApiRequest request) {
        return http.send(request);
    }

    @Override
    public void close() {
        http.close();
    }
}
