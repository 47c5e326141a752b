package dev.xborder.connector.ebay;

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
import dev.xborder.connector.ebay.internal.EbayFilter;
import dev.xborder.connector.ebay.internal.EbayOAuth;
import dev.xborder.connector.ebay.internal.EbayOrderMapper;
import dev.xborder.connector.http.AccessTokenCache;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.http.OutgoingRequest;
import dev.xborder.connector.http.RequestSigner;
import dev.xborder.connector.wire.WireOrders;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * eBay Sell APIs connector: Fulfillment API {@code getOrders} with the {@code lastmodifieddate}
 * filter and offset/limit paging (the answer's {@code next} link and {@code total}),
 * {@code getOrder} for one order (its line items are embedded), {@code createShippingFulfillment}
 * for shipments, and the Inventory API {@code bulkUpdatePriceQuantity} for stock and price (with
 * every per-SKU failure reported). Calls carry the seller's user token ({@code Authorization: Bearer}),
 * refreshed from the refresh token with the client id and secret, cached until
 * {@link #TOKEN_EARLY_EXPIRY} before it expires and refreshed by one thread at a time. Create through
 * {@link EbayConnectorProvider}. Thread-safe.
 *
 * <p>Paging: eBay documents no sort order for {@code getOrders}; each page is sorted by
 * {@code lastModifiedDate} here, and {@code OrderSync}'s overlap window absorbs disorder across
 * pages. No upper date bound is sent unless the query has one, so an order modified while paging
 * stays in the result set (it is not skipped; at worst seen twice).
 */
public final class EbayConnector implements MarketplaceConnector {
    private static final Logger LOG = LoggerFactory.getLogger(EbayConnector.class);

    public static final String OP_GET_ORDERS = "getOrders";
    public static final String OP_GET_ORDER = "getOrder";
    public static final String OP_SHIP = "createShippingFulfillment";
    public static final String OP_GET_OFFERS = "getOffers";
    public static final String OP_BULK_PRICE_QUANTITY = "bulkUpdatePriceQuantity";
    /** Tokens are treated as expired this long before they do (the official eBay client's 5 minutes). */
    public static final Duration TOKEN_EARLY_EXPIRY = Duration.ofMinutes(5);
    /** getOrders page size used when the query names none: the documented maximum, 200. */
    public static final int MAX_PAGE_SIZE = 200;
    /** bulkUpdatePriceQuantity takes up to 25 entries per call. */
    public static final int MAX_BULK_ENTRIES = 25;
    /** The scopes asked for by default: fulfilment and inventory. */
    public static final List<String> DEFAULT_SCOPES = List.of(
            "https://api.ebay.com/oauth/api_scope/sell.fulfillment",
            "https://api.ebay.com/oauth/api_scope/sell.inventory");
    public static final URI PRODUCTION = URI.create("https://api.ebay.com");
    public static final URI SANDBOX = URI.create("https://api.sandbox.ebay.com");

    private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

    private final ConnectorHttp http;
    private final EbayOrderMapper mapper;
    private final String marketplaceId;
    private final String contentLanguage;

    EbayConnector(ConnectorConfig config) {
        Checks.notNull(config, "config");
        config.require(List.of("clientId", "clientSecret", "refreshToken"), List.of(), false);
        String env = config.option("environment").orElse("production").toLowerCase(Locale.ROOT);
        if (!env.equals("production") && !env.equals("sandbox")) {
            throw new InvalidInputException("config.option 'environment'", env, "must be production or sandbox");
        }
        boolean sandbox = env.equals("sandbox");
        this.marketplaceId = config.marketplaceIds().isEmpty() ? null : config.marketplaceIds().get(0);
        this.contentLanguage = config.option("contentLanguage").orElse("en-US");
        List<String> scopes = config.option("scopes").map(s -> Arrays.asList(s.trim().split("\\s+"))).orElse(DEFAULT_SCOPES);
        Secret clientId = config.credential("clientId").orElseThrow();
        Secret clientSecret = config.credential("clientSecret").orElseThrow();
        Secret refreshToken = config.credential("refreshToken").orElseThrow();
        URI authUrl = config.authUrl().orElse(sandbox ? EbayOAuth.SANDBOX : EbayOAuth.PRODUCTION);
        this.http = ConnectorHttp.builder(EbayConnectorProvider.ID, config, sandbox ? SANDBOX : PRODUCTION,
                        EbayConnectorProvider.DEFAULTS)
                .requestIdHeader("X-EBAY-C-REQUEST-ID")
                .requestIdHeader("rlogid")
                .signerFactory(h -> RequestSigner.tokenHeader(new AccessTokenCache(
                        new EbayOAuth(h, authUrl, clientId, clientSecret, refreshToken, scopes), config.clock(),
                        TOKEN_EARLY_EXPIRY), "Authorization", "Bearer "))
                .build();
        this.mapper = new EbayOrderMapper(EbayConnectorProvider.ID);
    }

    @Override
    public String id() {
        return EbayConnectorProvider.ID;
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
        int limit = query.pageSize() > 0 ? Math.min(MAX_PAGE_SIZE, query.pageSize()) : MAX_PAGE_SIZE;
        String filter = EbayFilter.encode(EbayFilter.lastModified(query.updatedFrom(), query.updatedBeforeIfSet().orElse(null)));
        return Pages.of(cursor -> {
            long offset = cursor == null ? 0 : Long.parseLong(cursor);
            URI uri = api("/sell/fulfillment/v1/order", "filter=" + filter + "&limit=" + limit + "&offset=" + offset);
            ApiResponse r = send(withMarketplace(ApiRequest.builder(OP_GET_ORDERS, "GET", uri)).build());
            JsonNode j = r.json();
            JsonNode orders = j.path("orders");
            if (!orders.isArray() && j.has("orders")) {
                throw r.badResponse("getOrders answer has an orders field that is not an array");
            }
            if (!j.has("total") && !orders.isArray()) {
                throw r.badResponse("getOrders answer has neither orders nor total");
            }
            List<Order> out = new ArrayList<>(orders.size());
            for (JsonNode o : orders) {
                out.add(mapper.map(o));
            }
            WireOrders.byUpdateTime(out);
            String next = null;
            String href = j.path("next").asText("");
            if (!href.isEmpty()) {
                long nextOffset = offsetOf(href).orElse(offset + orders.size());
                if (nextOffset <= offset) {
                    throw r.badResponse("getOrders next link does not advance the offset");
                }
                next = Long.toString(nextOffset);
            }
            return new Page<>(out, next);
        });
    }

    private static Optional<Long> offsetOf(String href) {
        int q = href.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        for (String pair : href.substring(q + 1).split("&")) {
            if (pair.startsWith("offset=")) {
                try {
                    return Optional.of(Long.parseLong(pair.substring("offset=".length())));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        return rawOrder(orderId).map(mapper::map);
    }

    private Optional<JsonNode> rawOrder(String orderId) {
        ApiResponse r;
        try {
            r = send(withMarketplace(ApiRequest.builder(OP_GET_ORDER, "GET",
                    "/sell/fulfillment/v1/order/" + OutgoingRequest.encode(orderId))).build());
        } catch (ConnectorException e) {
            if (e.httpStatus().orElse(0) == 404) {
                return Optional.empty();
            }
            throw e;
        }
        JsonNode o = r.json();
        if (!o.hasNonNull("orderId")) {
            throw r.badResponse("getOrder answer has no orderId");
        }
        return Optional.of(o);
    }

    @Override
    public void confirmShipment(ShipmentConfirmation s) {
        Checks.notNull(s, "shipment");
        List<ShipmentConfirmation.ShippedLine> lines = s.lines();
        if (lines.isEmpty()) {
            JsonNode order = rawOrder(s.orderId()).orElseThrow(() -> new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(),
                    "order " + s.orderId() + " not found", 404, null, false, null, null));
            List<ShipmentConfirmation.ShippedLine> all = new ArrayList<>();
            for (JsonNode it : order.path("lineItems")) {
                int qty = it.path("quantity").asInt(0);
                if (qty > 0) {
                    all.add(new ShipmentConfirmation.ShippedLine(it.path("lineItemId").asText(), qty));
                }
            }
            lines = all;
        }
        ObjectNode body = http.json().createObjectNode();
        ArrayNode items = body.putArray("lineItems");
        for (ShipmentConfirmation.ShippedLine l : lines) {
            items.addObject().put("lineItemId", l.lineId()).put("quantity", l.quantity());
        }
        body.put("shippedDate", EbayFilter.timestamp(s.shippedAt()));
        body.put("shippingCarrierCode", s.carrier());
        body.put("trackingNumber", s.trackingNumber());
        ApiResponse r = send(withMarketplace(ApiRequest.builder(OP_SHIP, "POST",
                        "/sell/fulfillment/v1/order/" + OutgoingRequest.encode(s.orderId()) + "/shipping_fulfillment"))
                .jsonBody(body.toString())
                .build());
        LOG.debug("ebay shipping fulfilment created for an order: HTTP {}, location present: {}", r.status(),
                r.header("Location").isPresent());
    }

    /**
     * The ids of a SKU's offers (in the configured marketplace, if one is configured), from
     * {@code GET /sell/inventory/v1/offer?sku=...}.
     */
    public List<String> offerIds(String sku) {
        return offers(sku).stream().map(o -> o.path("offerId").asText()).toList();
    }

    private List<JsonNode> offers(String sku) {
        Checks.notBlank(sku, "sku");
        ApiRequest.Builder b = ApiRequest.builder(OP_GET_OFFERS, "GET", "/sell/inventory/v1/offer").query("sku", sku);
        if (marketplaceId != null) {
            b.query("marketplace_id", marketplaceId);
        }
        ApiResponse r;
        try {
            r = send(b.build());
        } catch (ConnectorException e) {
            if (e.httpStatus().orElse(0) == 404) {
                return List.of();
            }
            throw e;
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode o : r.json().path("offers")) {
            if (marketplaceId == null || marketplaceId.equals(o.path("marketplaceId").asText(marketplaceId))) {
                out.add(o);
            }
        }
        return out;
    }

    @Override
    public void updateStock(StockUpdate update) {
        Checks.notNull(update, "update");
        requireAllSucceeded(bulkUpdate(List.of(EbayInventoryUpdate.quantity(update.sku(), update.quantity()))));
    }

    /**
     * Sets the price of every offer of the SKU (in the configured marketplace, if any).
     *
     * @throws InvalidInputException if an offer is priced in another currency than the update
     * @throws ConnectorException    if the SKU has no offer, or eBay rejected an entry (each named)
     */
    @Override
    public void updatePrice(PriceUpdate update) {
        Checks.notNull(update, "update");
        List<JsonNode> offers = offers(update.sku().value());
        if (offers.isEmpty()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), "SKU " + update.sku().value()
                    + " has no offer" + (marketplaceId == null ? "" : " in " + marketplaceId), 404, null, false, null, null);
        }
        String currency = update.price().getCurrency().getCurrencyCode();
        List<EbayInventoryUpdate.Offer> changes = new ArrayList<>();
        for (JsonNode o : offers) {
            String current = o.path("pricingSummary").path("price").path("currency").asText("");
            if (!current.isEmpty() && !current.equals(currency)) {
                throw new InvalidInputException("price.price", update.price(), "offer " + o.path("offerId").asText()
                        + " of SKU " + update.sku().value() + " is priced in " + current);
            }
            changes.add(new EbayInventoryUpdate.Offer(o.path("offerId").asText(), update.price(), null));
        }
        requireAllSucceeded(bulkUpdate(List.of(new EbayInventoryUpdate(update.sku(), null, changes))));
    }

    /**
     * Updates prices and quantities with {@code bulkUpdatePriceQuantity}, {@link #MAX_BULK_ENTRIES}
     * SKUs per call. eBay answers each entry on its own (HTTP 207 when some failed): the result lists
     * them all; this method does not throw for failed entries.
     *
     * @throws ConnectorException if a whole call fails
     */
    public EbayBulkResult bulkUpdate(List<EbayInventoryUpdate> updates) {
        Checks.noNulls(updates, "updates");
        List<EbayBulkResult.Entry> entries = new ArrayList<>();
        for (int from = 0; from < updates.size(); from += MAX_BULK_ENTRIES) {
            List<EbayInventoryUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + MAX_BULK_ENTRIES));
            ObjectNode body = http.json().createObjectNode();
            ArrayNode requests = body.putArray("requests");
            for (EbayInventoryUpdate u : chunk) {
                ObjectNode req = requests.addObject();
                req.put("sku", u.sku().value());
                if (u.quantity() != null) {
                    req.putObject("shipToLocationAvailability").put("quantity", u.quantity());
                }
                if (!u.offers().isEmpty()) {
                    ArrayNode offers = req.putArray("offers");
                    for (EbayInventoryUpdate.Offer o : u.offers()) {
                        ObjectNode on = offers.addObject().put("offerId", o.offerId());
                        if (o.availableQuantity() != null) {
                            on.put("availableQuantity", o.availableQuantity());
                        }
                        if (o.price() != null) {
                            on.putObject("price")
                                    .put("value", amount(o.price()))
                                    .put("currency", o.price().getCurrency().getCurrencyCode());
                        }
                    }
                }
            }
            ApiResponse r = send(ApiRequest.builder(OP_BULK_PRICE_QUANTITY, "POST", "/sell/inventory/v1/bulk_update_price_quantity")
                    .header("Content-Language", contentLanguage)
                    .jsonBody(body.toString())
                    .build());
            JsonNode responses = r.json().path("responses");
            if (!responses.isArray()) {
                throw r.badResponse("bulkUpdatePriceQuantity answer has no responses array");
            }
            for (JsonNode e : responses) {
                entries.add(new EbayBulkResult.Entry(e.path("sku").asText(""), e.hasNonNull("offerId") ? e.get("offerId").asText() : null,
                        e.path("statusCode").asInt(0), problems(e.path("errors")), problems(e.path("warnings"))));
            }
        }
        return new EbayBulkResult(entries);
    }

    /** The amount as eBay's {@code Amount.value}: a decimal string with the currency's decimals, e.g. {@code "12.50"}. */
    static String amount(javax.money.MonetaryAmount m) {
        BigDecimal v = m.getNumber().numberValue(BigDecimal.class).stripTrailingZeros();
        int digits = Math.max(0, m.getCurrency().getDefaultFractionDigits());
        if (v.scale() > digits) {
            throw new InvalidInputException("price", m, "has more decimals than " + m.getCurrency().getCurrencyCode() + " allows");
        }
        return v.setScale(digits).toPlainString();
    }

    private static List<EbayBulkResult.Problem> problems(JsonNode list) {
        List<EbayBulkResult.Problem> out = new ArrayList<>();
        for (JsonNode p : list) {
            out.add(new EbayBulkResult.Problem(p.path("errorId").asInt(0), p.path("category").asText(""), p.path("message").asText("")));
        }
        return out;
    }

    private void requireAllSucceeded(EbayBulkResult result) {
        if (result.entries().isEmpty()) {
            throw new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, id(), "bulkUpdatePriceQuantity answered no entry", false, null);
        }
        List<EbayBulkResult.Entry> failed = result.failures();
        if (!failed.isEmpty()) {
            StringBuilder sb = new StringBuilder("bulkUpdatePriceQuantity rejected ").append(failed.size()).append(" of ")
                    .append(result.entries().size()).append(" entries:");
            for (EbayBulkResult.Entry e : failed) {
                sb.append(' ').append(e.describe()).append(';');
            }
            throw new ConnectorException(ErrorCode.CONNECTOR_FAILURE, id(), sb.toString(), false, null);
        }
    }

    private ApiRequest.Builder withMarketplace(ApiRequest.Builder b) {
        if (marketplaceId != null) {
            b.header("X-EBAY-C-MARKETPLACE-ID", marketplaceId);
        }
        return b;
    }

    private URI api(String path, String rawQuery) {
        String base = http.baseUrl().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path + "?" + rawQuery);
    }

    private ApiResponse send(ApiRequest request) {
        return http.send(request);
    }

    @Override
    public void close() {
        http.close();
    }
}
