package dev.xborder.connector.amazon;

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
import dev.xborder.connector.amazon.internal.AmazonOrderMapper;
import dev.xborder.connector.amazon.internal.LwaTokenFetcher;
import dev.xborder.connector.http.AccessTokenCache;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.http.OutgoingRequest;
import dev.xborder.connector.http.RequestSigner;
import dev.xborder.connector.http.ResponseClassifier;
import dev.xborder.connector.http.Verdict;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Amazon SP-API connector: Orders API v0 for orders (NextToken paging, order items per order),
 * Listings Items API 2021-08-01 {@code PATCH} for stock and price (one SKU per call, applied
 * asynchronously by Amazon: an {@code ACCEPTED} answer means queued, not done; chosen over the
 * Feeds API because it answers per SKU at once instead of through a feed document and a report),
 * and {@code shipmentConfirmation} for shipments. Access tokens come from LWA, cached until 60 s
 * before expiry (as the official SDK does) and refreshed once on a 401. Create through
 * {@link AmazonConnectorProvider}. Thread-safe.
 */
public final class AmazonConnector implements MarketplaceConnector {
    public static final String OP_GET_ORDERS = "getOrders";
    public static final String OP_GET_ORDER = "getOrder";
    public static final String OP_GET_ORDER_ITEMS = "getOrderItems";
    public static final String OP_CONFIRM_SHIPMENT = "confirmShipment";
    public static final String OP_PATCH_LISTINGS_ITEM = "patchListingsItem";
    /** LWA tokens are treated as expired this long before they expire (the official SDK's 60 s). */
    public static final Duration TOKEN_EARLY_EXPIRY = Duration.ofSeconds(60);

    private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

    private final ConnectorHttp http;
    private final List<String> marketplaceIds;
    private final String sellerId;
    private final String productType;
    private final AmazonOrderMapper mapper;

    AmazonConnector(ConnectorConfig config) {
        Checks.notNull(config, "config");
        config.require(List.of("clientId", "clientSecret", "refreshToken"), List.of(), true);
        AmazonRegion region = region(config);
        this.marketplaceIds = config.marketplaceIds();
        this.sellerId = config.option("sellerId").orElse(null);
        this.productType = config.option("productType").orElse("PRODUCT");
        Secret clientId = config.credential("clientId").orElseThrow();
        Secret clientSecret = config.credential("clientSecret").orElseThrow();
        Secret refreshToken = config.credential("refreshToken").orElseThrow();
        URI authUrl = config.authUrl().orElse(LwaTokenFetcher.DEFAULT_ENDPOINT);
        java.util.concurrent.atomic.AtomicReference<ConnectorHttp> self = new java.util.concurrent.atomic.AtomicReference<>();
        this.http = ConnectorHttp.builder(AmazonConnectorProvider.ID, config, region.endpoint(), AmazonConnectorProvider.DEFAULTS)
                .requestIdHeader("x-amzn-RequestId")
                .classifier(classifier(config.clock(), self))
                .signerFactory(h -> RequestSigner.tokenHeader(new AccessTokenCache(
                        new LwaTokenFetcher(h, authUrl, clientId, clientSecret, refreshToken), config.clock(), TOKEN_EARLY_EXPIRY),
                        "x-amz-access-token", ""))
                .build();
        self.set(http);
        this.mapper = new AmazonOrderMapper(AmazonConnectorProvider.ID,
                AmazonMarketplace.byId(marketplaceIds.get(0)).map(AmazonMarketplace::currency).orElse(null));
    }

    /**
     * Standard classification, plus: SP-API answers an expired, revoked or malformed access token
     * with 403 and error code {@code Unauthorized} (not 401; seen in amzn/selling-partner-api-models
     * issues #2333, #4122), which is treated as "renew the token once"; and a successful answer's
     * {@code x-amzn-RateLimit-Limit} (the seller's usage plan, requests per second) becomes the
     * operation's refill rate. The header is reported unreliable at times
     * (selling-partner-api-docs #86): a too high figure only leads to 429s, which drain the bucket
     * and back off.
     */
    static ResponseClassifier classifier(java.time.Clock clock, java.util.concurrent.atomic.AtomicReference<ConnectorHttp> http) {
        ResponseClassifier standard = ResponseClassifier.standard(clock);
        return r -> {
            if (r.status() >= 200 && r.status() < 300 && http.get() != null) {
                r.header("x-amzn-RateLimit-Limit").ifPresent(v -> {
                    try {
                        double rate = Double.parseDouble(v.strip()); // a rate, not money
                        http.get().bucket(r.operation()).ifPresent(b -> b.adjustRate(rate));
                    } catch (NumberFormatException ignored) {
                        // keep the configured rate
                    }
                });
            }
            if (r.status() == 403 && r.hasJson()) {
                for (JsonNode e : r.json().path("errors")) {
                    if ("Unauthorized".equals(e.path("code").asText())) {
                        return Verdict.unauthorized("HTTP 403 from " + r.operation() + ResponseClassifier.platformError(r));
                    }
                }
            }
            return standard.classify(r);
        };
    }

    private static AmazonRegion region(ConnectorConfig config) {
        List<String> problems = new ArrayList<>();
        AmazonRegion region = null;
        if (config.region().isPresent()) {
            try {
                region = AmazonRegion.valueOf(config.region().get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("region '" + config.region().get() + "' is not one of NA, EU, FE");
            }
        }
        for (String id : config.marketplaceIds()) {
            Optional<AmazonMarketplace> m = AmazonMarketplace.byId(id);
            if (m.isEmpty()) {
                continue; // a marketplace newer than this table: accepted, region must then be given
            }
            if (region == null && config.region().isEmpty()) {
                region = m.get().region();
            } else if (region != null && m.get().region() != region) {
                problems.add("marketplace " + id + " (" + m.get() + ") is in region " + m.get().region() + ", not " + region);
            }
        }
        if (region == null && problems.isEmpty()) {
            problems.add("region missing and not derivable from the marketplace ids: set region NA, EU or FE");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("config", null, String.join("; ", problems));
        }
        return region;
    }

    @Override
    public String id() {
        return AmazonConnectorProvider.ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** The HTTP layer (for diagnostics: circuit state). */
    public ConnectorHttp http() {
        return http;
    }

    @Override
    public Pages<Order> ordersUpdatedSince(OrderQuery query) {
        Checks.notNull(query, "query");
        return Pages.of(cursor -> {
            ApiRequest.Builder b = ApiRequest.builder(OP_GET_ORDERS, "GET", "/orders/v0/orders")
                    .query("MarketplaceIds", String.join(",", marketplaceIds));
            if (cursor == null) {
                // SP-API wants UTC with Z; whole seconds, rounded down so nothing at the bound is missed
                b.query("LastUpdatedAfter", WireTime.isoUtcSeconds(query.updatedFrom()));
                query.updatedBeforeIfSet().ifPresent(t -> b.query("LastUpdatedBefore", WireTime.isoUtcSeconds(t)));
                if (query.pageSize() > 0) {
                    b.query("MaxResultsPerPage", String.valueOf(Math.min(100, query.pageSize())));
                }
            } else {
                b.query("NextToken", cursor); // raw: encoded exactly once when sent
            }
            ApiResponse r = send(b.build());
            JsonNode payload = r.json().path("payload");
            JsonNode orders = payload.path("Orders");
            if (!orders.isArray()) {
                throw r.badResponse("getOrders answer has no payload.Orders array");
            }
            List<Order> out = new ArrayList<>(orders.size());
            for (JsonNode o : orders) {
                out.add(mapper.map(o, items(o.path("AmazonOrderId").asText(""))));
            }
            String next = payload.path("NextToken").asText(null);
            return new Page<>(out, next);
        });
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        return rawOrder(orderId).map(o -> mapper.map(o, items(orderId)));
    }

    private Optional<JsonNode> rawOrder(String orderId) {
        ApiResponse r;
        try {
            r = send(ApiRequest.builder(OP_GET_ORDER, "GET", "/orders/v0/orders/" + OutgoingRequest.encode(orderId)).build());
        } catch (ConnectorException e) {
            if (e.httpStatus().orElse(0) == 404) {
                return Optional.empty();
            }
            throw e;
        }
        JsonNode o = r.json().path("payload");
        if (!o.isObject()) {
            throw r.badResponse("getOrder answer has no payload object");
        }
        return Optional.of(o);
    }

    private List<JsonNode> items(String orderId) {
        if (orderId.isEmpty()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, id(), "an order without AmazonOrderId", false, null);
        }
        List<JsonNode> items = new ArrayList<>();
        String next = null;
        do {
            ApiRequest.Builder b = ApiRequest.builder(OP_GET_ORDER_ITEMS, "GET",
                    "/orders/v0/orders/" + OutgoingRequest.encode(orderId) + "/orderItems");
            if (next != null) {
                b.query("NextToken", next);
            }
            ApiResponse r = send(b.build());
            JsonNode payload = r.json().path("payload");
            JsonNode list = payload.path("OrderItems");
            if (!list.isArray()) {
                throw r.badResponse("getOrderItems answer for order " + orderId + " has no payload.OrderItems array");
            }
            list.forEach(items::add);
            next = payload.path("NextToken").asText(null);
        } while (next != null && !next.isEmpty());
        return items;
    }

    @Override
    public void updateStock(StockUpdate update) {
        Checks.notNull(update, "update");
        ObjectNode patch = http.json().createObjectNode();
        patch.put("op", "replace");
        patch.put("path", "/attributes/fulfillment_availability");
        ObjectNode v = patch.putArray("value").addObject();
        v.put("fulfillment_channel_code", update.location().orElse("DEFAULT"));
        v.put("quantity", update.quantity());
        patchListing(update.sku().value(), patch);
    }

    @Override
    public void updatePrice(PriceUpdate update) {
        Checks.notNull(update, "update");
        for (String marketplace : marketplaceIds) {
            ObjectNode patch = http.json().createObjectNode();
            patch.put("op", "replace");
            patch.put("path", "/attributes/purchasable_offer");
            ObjectNode offer = patch.putArray("value").addObject();
            offer.put("marketplace_id", marketplace);
            offer.put("currency", update.price().getCurrency().getCurrencyCode());
            offer.putArray("our_price").addObject().putArray("schedule").addObject()
                    .put("value_with_tax", update.price().getNumber().numberValue(BigDecimal.class));
            patchListing(update.sku().value(), patch);
        }
    }

    private void patchListing(String sku, ObjectNode patch) {
        if (sellerId == null) {
            throw new InvalidInputException("config.option 'sellerId'", null,
                    "the Listings Items API needs the seller id (merchant token): set option sellerId");
        }
        ObjectNode body = http.json().createObjectNode();
        body.put("productType", productType);
        ArrayNode patches = body.putArray("patches");
        patches.add(patch);
        ApiResponse r = send(ApiRequest.builder(OP_PATCH_LISTINGS_ITEM, "PATCH",
                        "/listings/2021-08-01/items/" + OutgoingRequest.encode(sellerId) + "/" + OutgoingRequest.encode(sku))
                .query("marketplaceIds", String.join(",", marketplaceIds))
                .jsonBody(body.toString())
                .build());
        JsonNode j = r.json();
        String status = j.path("status").asText("");
        if (!"ACCEPTED".equals(status)) {
            StringBuilder why = new StringBuilder();
            for (JsonNode issue : j.path("issues")) {
                why.append(' ').append(issue.path("code").asText()).append(": ").append(issue.path("message").asText()).append(';');
            }
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "listing " + sku + " update " +
                    (status.isEmpty() ? "not accepted" : status) + why, r.status(), r.requestId().orElse(null), false, null, null);
        }
    }

    @Override
    public void confirmShipment(ShipmentConfirmation s) {
        Checks.notNull(s, "shipment");
        String marketplace = marketplaceIds.get(0);
        List<ShipmentConfirmation.ShippedLine> lines = s.lines();
        if (lines.isEmpty() || marketplaceIds.size() > 1) {
            JsonNode order = rawOrder(s.orderId()).orElseThrow(() -> new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(),
                    "order " + s.orderId() + " not found", 404, null, false, null, null));
            marketplace = order.path("MarketplaceId").asText(marketplace);
            if (lines.isEmpty()) {
                List<ShipmentConfirmation.ShippedLine> all = new ArrayList<>();
                for (JsonNode item : items(s.orderId())) {
                    int open = item.path("QuantityOrdered").asInt(0) - item.path("QuantityShipped").asInt(0);
                    if (open > 0) {
                        all.add(new ShipmentConfirmation.ShippedLine(item.path("OrderItemId").asText(), open));
                    }
                }
                lines = all;
            }
        }
        ObjectNode body = http.json().createObjectNode();
        body.put("marketplaceId", marketplace);
        ObjectNode pkg = body.putObject("packageDetail");
        pkg.put("packageReferenceId", "1");
        pkg.put("carrierCode", s.carrier());
        if (s.shippingMethod() != null) {
            pkg.put("shippingMethod", s.shippingMethod());
        }
        pkg.put("trackingNumber", s.trackingNumber());
        pkg.put("shipDate", WireTime.isoUtcSeconds(s.shippedAt()));
        ArrayNode items = pkg.putArray("orderItems");
        for (ShipmentConfirmation.ShippedLine l : lines) {
            items.addObject().put("orderItemId", l.lineId()).put("quantity", l.quantity());
        }
        send(ApiRequest.builder(OP_CONFIRM_SHIPMENT, "POST",
                        "/orders/v0/orders/" + OutgoingRequest.encode(s.orderId()) + "/shipmentConfirmation")
                .jsonBody(body.toString())
                .build());
    }

    private ApiResponse send(ApiRequest request) {
        return http.send(request);
    }

    @Override
    public void close() {
        http.close();
    }
}
