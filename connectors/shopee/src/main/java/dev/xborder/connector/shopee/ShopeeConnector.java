package dev.xborder.connector.shopee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
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
import dev.xborder.connector.shopee.internal.ShopeeErrors;
import dev.xborder.connector.shopee.internal.ShopeeOrderMapper;
import dev.xborder.connector.shopee.internal.ShopeeSigner;
import dev.xborder.connector.shopee.internal.ShopeeTokenManager;
import dev.xborder.connector.wire.WireOrders;
import dev.xborder.connector.wire.WireMoney;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Shopee Open Platform v2 connector for one shop (and, for cross-border sellers, its merchant).
 *
 * <ul>
 *   <li>Orders: {@code GET /api/v2/order/get_order_list} by {@code update_time} in windows of at most
 *       15 days (a longer range is split into windows, oldest first), paged with
 *       {@code cursor}/{@code next_cursor}/{@code more}; then {@code GET /api/v2/order/get_order_detail}
 *       in batches of at most 50 order numbers. Each page is sorted by update time.</li>
 *   <li>Stock and price: {@code POST /api/v2/product/update_stock} / {@code update_price} for the shop, or
 *       {@code /api/v2/global_product/update_stock} / {@code update_price} for cross-border (CNSC/KRSC)
 *       merchants (option {@code productApi=global}); a {@code failure_list} in the answer raises
 *       {@link ShopeeBatchException} naming each refused variant.</li>
 *   <li>Shipment: {@code GET /api/v2/logistics/get_shipping_parameter} then
 *       {@code POST /api/v2/logistics/ship_order} with the tracking number (non-integrated channels,
 *       or drop-off channels that ask for one).</li>
 * </ul>
 *
 * <p>Every call is signed ({@link dev.xborder.connector.shopee.internal.ShopeeSigning}); access tokens
 * are refreshed single-flight and every new token pair goes to the {@link ShopeeTokenListener}
 * before use. Errors are read from the body: {@code error_rate_limit} is retried with backoff,
 * {@code error_limit} (daily quota) fails with a non-retryable {@code CONNECTOR_THROTTLED} error
 * whose {@link ConnectorException#retryAfter()} is the time until the quota resets at 00:00 UTC+8.
 * Create through {@link ShopeeConnectorProvider}. Thread-safe.
 */
public final class ShopeeConnector implements MarketplaceConnector {
    public static final String OP_GET_ORDER_LIST = "getOrderList";
    public static final String OP_GET_ORDER_DETAIL = "getOrderDetail";
    public static final String OP_UPDATE_STOCK = "updateStock";
    public static final String OP_UPDATE_PRICE = "updatePrice";
    public static final String OP_GET_SHIPPING_PARAMETER = "getShippingParameter";
    public static final String OP_SHIP_ORDER = "shipOrder";
    /** The platform's default API host (Singapore; CN and BR sellers use other hosts: see the docs). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://partner.shopeemobile.com");
    /** {@code get_order_list} accepts at most 15 days between {@code time_from} and {@code time_to}. */
    public static final Duration MAX_WINDOW = Duration.ofDays(15);
    /** {@code get_order_list} page size limit. */
    public static final int MAX_PAGE_SIZE = 100;
    /** {@code get_order_detail} accepts at most 50 order numbers. */
    public static final int MAX_DETAIL_BATCH = 50;
    /** Access tokens (valid 4 h) are refreshed this long before they expire. */
    public static final Duration TOKEN_EARLY_EXPIRY = Duration.ofMinutes(5);

    static final String DETAIL_FIELDS = "buyer_username,recipient_address,item_list,total_amount,pay_time,shipping_carrier,"
            + "estimated_shipping_fee,actual_shipping_fee";

    /**
     * Shop currency by Shopee market (region code). General knowledge [M], not from a Shopee
     * document: override with option {@code currency} if it differs.
     */
    static final Map<String, String> CURRENCY_BY_REGION = Map.ofEntries(
            Map.entry("SG", "SGD"), Map.entry("MY", "MYR"), Map.entry("TH", "THB"), Map.entry("VN", "VND"),
            Map.entry("PH", "PHP"), Map.entry("ID", "IDR"), Map.entry("TW", "TWD"), Map.entry("BR", "BRL"),
            Map.entry("MX", "MXN"), Map.entry("CO", "COP"), Map.entry("CL", "CLP"));

    private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

    private final ConnectorHttp http;
    private final Clock clock;
    private final ShopeeSigner signer;
    private final boolean global;
    private final CurrencyUnit shopCurrency;
    private final CurrencyUnit merchantCurrency;
    private final ShopeeSkuResolver skus;
    private final ShopeeOrderMapper mapper;

    ShopeeConnector(ConnectorConfig config, ShopeeTokenListener listener, ShopeeSkuResolver skus) {
        Checks.notNull(config, "config");
        Checks.notNull(listener, "listener");
        this.skus = Checks.notNull(skus, "skuResolver");
        List<String> problems = new ArrayList<>();
        String api = config.option("productApi").orElse("shop").toLowerCase(Locale.ROOT);
        if (!api.equals("shop") && !api.equals("global")) {
            problems.add("option productApi must be 'shop' or 'global', not '" + api + "'");
        }
        this.global = api.equals("global");
        List<String> creds = new ArrayList<>(List.of("partnerKey", "refreshToken"));
        List<String> opts = new ArrayList<>(List.of("partnerId", "shopId"));
        if (global) {
            creds.add("merchantRefreshToken");
            opts.add("merchantId");
            opts.add("merchantCurrency");
        }
        config.require(creds, opts, false);
        long partnerId = positiveLong(config, "partnerId", problems);
        long shopId = positiveLong(config, "shopId", problems);
        long merchantId = global ? positiveLong(config, "merchantId", problems) : 0;
        CurrencyUnit shopCur = null;
        try {
            Optional<String> c = config.option("currency")
                    .or(() -> config.region().map(r -> CURRENCY_BY_REGION.get(r.toUpperCase(Locale.ROOT))));
            if (c.isPresent()) {
                shopCur = WireMoney.currency(c.get(), "option currency");
            } else if (config.region().isPresent()) {
                problems.add("region '" + config.region().get() + "' has no known currency: set option currency");
            }
        } catch (InvalidInputException e) {
            problems.add(e.getMessage());
        }
        CurrencyUnit merchantCur = null;
        if (global) {
            try {
                merchantCur = WireMoney.currency(config.option("merchantCurrency").orElseThrow(), "option merchantCurrency");
            } catch (InvalidInputException e) {
                problems.add(e.getMessage());
            }
        }
        Instant shopExpiry = expiry(config, "accessToken", "accessExpiresAt", problems);
        Instant merchantExpiry = global ? expiry(config, "merchantAccessToken", "merchantAccessExpiresAt", problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException("config", null, String.join("; ", problems));
        }
        this.shopCurrency = shopCur;
        this.merchantCurrency = merchantCur;
        this.clock = config.clock();
        Secret partnerKey = config.credential("partnerKey").orElseThrow();
        ShopeeErrors classifier = new ShopeeErrors(config.clock());
        final boolean g = global;
        ShopeeSigner[] made = new ShopeeSigner[1];
        this.http = ConnectorHttp.builder(ShopeeConnectorProvider.ID, config, DEFAULT_BASE_URL, ShopeeConnectorProvider.DEFAULTS)
                .classifier(classifier)
                .signerFactory(h -> {
                    ShopeeTokenManager shop = new ShopeeTokenManager(h, partnerId, ShopeeTokens.Owner.SHOP, shopId,
                            config.credential("refreshToken").orElseThrow(), config.credential("accessToken").orElse(null),
                            shopExpiry, listener, TOKEN_EARLY_EXPIRY);
                    ShopeeTokenManager merchant = g ? new ShopeeTokenManager(h, partnerId, ShopeeTokens.Owner.MERCHANT, merchantId,
                            config.credential("merchantRefreshToken").orElseThrow(),
                            config.credential("merchantAccessToken").orElse(null), merchantExpiry, listener, TOKEN_EARLY_EXPIRY)
                            : null;
                    made[0] = new ShopeeSigner(partnerId, partnerKey, config.clock(), shop, merchant);
                    return made[0];
                })
                .build();
        this.signer = made[0];
        this.mapper = new ShopeeOrderMapper(ShopeeConnectorProvider.ID, shopCurrency);
    }

    private static long positiveLong(ConnectorConfig config, String option, List<String> problems) {
        String v = config.option(option).orElse("");
        try {
            long n = Long.parseLong(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("option " + option + " must be a positive integer, not '" + v + "'");
        return 0;
    }

    private static Instant expiry(ConnectorConfig config, String credential, String option, List<String> problems) {
        Optional<String> v = config.option(option);
        if (config.credential(credential).isEmpty()) {
            if (v.isPresent()) {
                problems.add("option " + option + " is set but credential " + credential + " is not");
            }
            return null;
        }
        if (v.isEmpty()) {
            problems.add("credential " + credential + " needs option " + option + " (when it expires: unix seconds or ISO-8601)");
            return null;
        }
        try {
            return WireTime.require(v.get(), "option " + option);
        } catch (InvalidInputException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    @Override
    public String id() {
        return ShopeeConnectorProvider.ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** The HTTP layer (diagnostics: circuit state). */
    public ConnectorHttp http() {
        return http;
    }

    /** Whether stock and price go to the global product APIs (option {@code productApi=global}). */
    public boolean usesGlobalProducts() {
        return global;
    }

    // ---- orders ----

    /** Position in a multi-window listing: the current window, the overall end, Shopee's cursor in the window. */
    record OrderCursor(long windowFrom, long windowTo, long end, String cursor) {
        static OrderCursor start(long from, long end) {
            return new OrderCursor(from, Math.min(end, from + MAX_WINDOW.toSeconds()), end, "");
        }

        boolean lastWindow() {
            return windowTo >= end;
        }

        OrderCursor nextWindow() {
            return start(windowTo, end);
        }

        String encode() {
            return windowFrom + "|" + windowTo + "|" + end + "|" + cursor;
        }

        static OrderCursor decode(String s) {
            String[] p = s.split("\\|", 4);
            if (p.length != 4) {
                throw new InvalidInputException("cursor", s, "not a Shopee order cursor");
            }
            try {
                return new OrderCursor(Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]), p[3]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("cursor", s, "not a Shopee order cursor");
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The range {@code [updatedFrom, updatedBefore or now]} (whole seconds, widened outwards) is
     * split into windows of at most 15 days; the end is fixed when the first page is fetched.
     * Orders updated at a window's closing second are returned by the next window only.
     */
    @Override
    public Pages<Order> ordersUpdatedSince(OrderQuery query) {
        Checks.notNull(query, "query");
        long from = query.updatedFrom().getEpochSecond();
        int pageSize = query.pageSize() == 0 ? MAX_PAGE_SIZE : Math.min(MAX_PAGE_SIZE, query.pageSize());
        return Pages.of(cursor -> {
            OrderCursor c;
            if (cursor == null) {
                Instant endInstant = query.updatedBeforeIfSet().orElse(clock.instant());
                // at least one second wide: a query starting now still asks the platform (and sees its errors)
                long end = Math.max(ceilSeconds(endInstant), from + 1);
                c = OrderCursor.start(from, end);
            } else {
                c = OrderCursor.decode(cursor);
            }
            return orderPage(c, pageSize);
        });
    }

    private static long ceilSeconds(Instant t) {
        return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
    }

    private Page<Order> orderPage(OrderCursor c, int pageSize) {
        ApiRequest.Builder b = signer.request(OP_GET_ORDER_LIST, "GET", "/api/v2/order/get_order_list")
                .query("time_range_field", "update_time")
                .query("time_from", Long.toString(c.windowFrom()))
                .query("time_to", Long.toString(c.windowTo()))
                .query("page_size", Integer.toString(pageSize))
                .query("response_optional_fields", "order_status")
                .query("request_order_status_pending", "true");
        if (!c.cursor().isEmpty()) {
            b.query("cursor", c.cursor());
        }
        ApiResponse r = send(b.build());
        JsonNode resp = r.json().path("response");
        JsonNode list = resp.path("order_list");
        if (!list.isArray()) {
            throw r.badResponse("get_order_list answer has no response.order_list array");
        }
        boolean more = resp.path("more").asBoolean(false);
        String next = resp.path("next_cursor").asText("");
        if (more && next.isEmpty()) {
            throw r.badResponse("get_order_list says more=true but gives no next_cursor");
        }
        List<String> sns = new ArrayList<>(list.size());
        for (JsonNode o : list) {
            String sn = o.path("order_sn").asText("");
            if (sn.isBlank()) {
                throw r.badResponse("get_order_list returned an entry without order_sn");
            }
            sns.add(sn);
        }
        List<Order> orders = new ArrayList<>(sns.size());
        for (JsonNode o : details(sns, true)) {
            Order mapped = mapper.map(o);
            if (!c.lastWindow() && mapped.updatedAt().getEpochSecond() >= c.windowTo()) {
                continue; // the next window returns it
            }
            orders.add(mapped);
        }
        WireOrders.byUpdateTime(orders);
        String nextCursor;
        if (more) {
            nextCursor = new OrderCursor(c.windowFrom(), c.windowTo(), c.end(), next).encode();
        } else if (!c.lastWindow()) {
            nextCursor = c.nextWindow().encode();
        } else {
            nextCursor = null;
        }
        return new Page<>(orders, nextCursor);
    }

    /** The detail objects of {@code sns}, in batches of at most 50; with {@code requireAll}, a missing one fails. */
    private List<JsonNode> details(List<String> sns, boolean requireAll) {
        List<JsonNode> out = new ArrayList<>(sns.size());
        for (int i = 0; i < sns.size(); i += MAX_DETAIL_BATCH) {
            List<String> batch = sns.subList(i, Math.min(sns.size(), i + MAX_DETAIL_BATCH));
            ApiResponse r = send(signer.request(OP_GET_ORDER_DETAIL, "GET", "/api/v2/order/get_order_detail")
                    .query("order_sn_list", String.join(",", batch))
                    .query("request_order_status_pending", "true")
                    .query("response_optional_fields", DETAIL_FIELDS)
                    .build());
            JsonNode list = r.json().path("response").path("order_list");
            if (!list.isArray()) {
                throw r.badResponse("get_order_detail answer has no response.order_list array");
            }
            Set<String> missing = new HashSet<>(batch);
            for (JsonNode o : list) {
                missing.remove(o.path("order_sn").asText(""));
                out.add(o);
            }
            if (requireAll && !missing.isEmpty()) {
                throw new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, id(), "get_order_detail did not return listed order(s) "
                        + new java.util.TreeSet<>(missing) + "; retry later", r.status(), r.requestId().orElse(null), true, null, null);
            }
        }
        return out;
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        if (orderId.contains(",")) {
            throw new InvalidInputException("orderId", orderId, "a Shopee order_sn has no comma");
        }
        List<JsonNode> found;
        try {
            found = details(List.of(orderId), false);
        } catch (ConnectorException e) {
            if (e.getMessage().contains("error_not_found")) {
                return Optional.empty();
            }
            throw e;
        }
        return found.stream().filter(o -> orderId.equals(o.path("order_sn").asText())).findFirst().map(mapper::map);
    }

    // ---- stock and price ----

    @Override
    public void updateStock(StockUpdate update) {
        Checks.notNull(update, "update");
        ShopeeListing l = listing(update.sku(), "stock.sku");
        ObjectNode body = http.json().createObjectNode();
        body.put(global ? "global_item_id" : "item_id", l.itemId());
        ObjectNode entry = body.putArray("stock_list").addObject();
        entry.put(global ? "global_model_id" : "model_id", l.modelId());
        ObjectNode stock = entry.putArray("seller_stock").addObject();
        update.location().ifPresent(loc -> stock.put("location_id", loc));
        stock.put("stock", update.quantity());
        write(OP_UPDATE_STOCK, global ? "/api/v2/global_product/update_stock" : "/api/v2/product/update_stock", body, l);
    }

    @Override
    public void updatePrice(PriceUpdate update) {
        Checks.notNull(update, "update");
        CurrencyUnit expected = global ? merchantCurrency : shopCurrency;
        if (expected == null) {
            throw new InvalidInputException("config.option 'currency'", null,
                    "the shop's currency is unknown: set region or option currency before updating prices");
        }
        if (!update.price().getCurrency().equals(expected)) {
            throw new InvalidInputException("price.price", update.price(), (global ? "global products are priced in the merchant currency "
                    : "the shop sells in ") + expected.getCurrencyCode());
        }
        BigDecimal amount = update.price().getNumber().numberValue(BigDecimal.class).stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        if (amount.scale() > Math.max(0, expected.getDefaultFractionDigits())) {
            throw new InvalidInputException("price.price", update.price(), "has more decimals than " + expected.getCurrencyCode()
                    + " allows (" + expected.getDefaultFractionDigits() + ")");
        }
        ShopeeListing l = listing(update.sku(), "price.sku");
        ObjectNode body = http.json().createObjectNode();
        body.put(global ? "global_item_id" : "item_id", l.itemId());
        ObjectNode entry = body.putArray("price_list").addObject();
        entry.put(global ? "global_model_id" : "model_id", l.modelId());
        entry.put("original_price", amount);
        write(OP_UPDATE_PRICE, global ? "/api/v2/global_product/update_price" : "/api/v2/product/update_price", body, l);
    }

    private ShopeeListing listing(dev.xborder.core.product.Sku sku, String field) {
        return skus.resolve(sku, global).orElseThrow(() -> new InvalidInputException(field, sku.value(),
                "no Shopee " + (global ? "global " : "") + "listing for this SKU: use \"itemId:modelId\" SKUs or configure a "
                        + "ShopeeSkuResolver"));
    }

    private void write(String operation, String path, ObjectNode body, ShopeeListing l) {
        String json;
        try {
            json = http.json().writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ApiResponse r = send(signer.request(operation, "POST", path).jsonBody(json).build());
        JsonNode resp = r.json().path("response");
        JsonNode failures = resp.path("failure_list");
        if (failures.isArray() && failures.size() > 0) {
            String modelKey = global ? "global_model_id" : "model_id";
            List<ShopeeBatchException.Failure> failed = new ArrayList<>();
            for (JsonNode f : failures) {
                failed.add(new ShopeeBatchException.Failure(l.itemId(), f.path(modelKey).asLong(f.path("model_id").asLong(0)),
                        f.path("failed_reason").asText(f.path("fail_reason").asText("no reason given"))));
            }
            List<ShopeeListing> ok = new ArrayList<>();
            for (JsonNode s : resp.path("success_list")) {
                ok.add(new ShopeeListing(l.itemId(), s.path(modelKey).asLong(s.path("model_id").asLong(0))));
            }
            String requestId = r.json().path("request_id").asText("");
            throw new ShopeeBatchException(id(), operation, failed, ok, r.status(), requestId.isEmpty() ? null : requestId);
        }
    }

    // ---- shipment ----

    /**
     * {@inheritDoc}
     *
     * <p>Shopee ships whole packages on the channel the buyer chose, so {@code carrier} is not sent and
     * partial shipments ({@code lines}) are refused. Supported: non-integrated channels
     * ({@code non_integrated.tracking_number}) and drop-off channels whose only required field is the
     * tracking number (or none); pickup channels need an address and a time slot and are refused with
     * a message saying so.
     */
    @Override
    public void confirmShipment(ShipmentConfirmation s) {
        Checks.notNull(s, "shipment");
        if (!s.lines().isEmpty()) {
            throw new InvalidInputException("shipment.lines", s.lines().size(),
                    "Shopee ships whole orders (packages): partial shipments are not supported; pass no lines");
        }
        ApiResponse p = send(signer.request(OP_GET_SHIPPING_PARAMETER, "GET", "/api/v2/logistics/get_shipping_parameter")
                .query("order_sn", s.orderId()).build());
        JsonNode info = p.json().path("response").path("info_needed");
        ObjectNode body = http.json().createObjectNode();
        body.put("order_sn", s.orderId());
        if (info.path("non_integrated").isArray()) {
            body.putObject("non_integrated").put("tracking_number", s.trackingNumber());
        } else if (info.path("dropoff").isArray()) {
            ObjectNode d = body.putObject("dropoff");
            List<String> unsupported = new ArrayList<>();
            for (JsonNode f : info.path("dropoff")) {
                if (f.asText().equals("tracking_number")) {
                    d.put("tracking_number", s.trackingNumber());
                } else {
                    unsupported.add(f.asText());
                }
            }
            if (!unsupported.isEmpty()) {
                throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "order " + s.orderId()
                        + ": Shopee's drop-off channel needs " + unsupported + ", which a shipment confirmation does not carry", false, null);
            }
        } else if (info.path("pickup").isArray()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "order " + s.orderId()
                    + " ships on a pickup channel (Shopee assigns the tracking number; it needs a pickup address and time slot): "
                    + "arrange the pickup in Seller Centre or with logistics/ship_order directly", false, null);
        } else {
            throw p.badResponse("get_shipping_parameter for order " + s.orderId() + " names no shipping mode in info_needed");
        }
        send(signer.request(OP_SHIP_ORDER, "POST", "/api/v2/logistics/ship_order").jsonBody(body.toString()).build());
    }

    // ---- plumbing ----

    private ApiResponse send(ApiRequest request) {
        return http.send(request);
    }

    @Override
    public void close() {
        http.close();
    }
}
