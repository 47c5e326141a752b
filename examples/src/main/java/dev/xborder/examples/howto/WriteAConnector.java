package dev.xborder.examples.howto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.Capability;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.ConnectorProvider;
import dev.xborder.connector.ConnectorRegistry;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.Page;
import dev.xborder.connector.Pages;
import dev.xborder.connector.RateLimit;
import dev.xborder.connector.ResilienceSettings;
import dev.xborder.connector.Secret;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.ApiResponse;
import dev.xborder.connector.http.ConnectorHttp;
import dev.xborder.connector.wire.StatusMapping;
import dev.xborder.connector.wire.WireAddress;
import dev.xborder.connector.wire.WireMoney;
import dev.xborder.connector.wire.WireTime;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Sku;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * How to write a connector for a new marketplace: "Acme Market", a fictional REST platform
 * ({@code GET /v1/orders?updated_since=..&limit=..&cursor=..}, bearer API key, 429 with
 * {@code Retry-After}). The connector builds on the SPI's {@link ConnectorHttp} (rate limits,
 * retries with backoff honouring Retry-After, circuit breaker, timeouts, secret redaction) and its
 * wire helpers (exact money, every timestamp form, unknown statuses kept). Its test extends the
 * contract kit {@code ConnectorContractTest} (see {@code AcmeConnectorContractTest} in the
 * examples' tests). Register the provider in
 * {@code META-INF/services/dev.xborder.connector.ConnectorProvider} to make it discoverable.
 */
public final class WriteAConnector {
    private WriteAConnector() {
    }

    /** The provider: id, platform defaults, factory. */
    public static final class AcmeProvider implements ConnectorProvider {
        public static final String ID = "acme";
        /** Acme allows 5 list calls per second with bursts of 10 (fictional). */
        public static final ResilienceSettings DEFAULTS = ResilienceSettings.builder()
                .rateLimit(AcmeConnector.OP_LIST_ORDERS, RateLimit.of(5, 10)).build();

        @Override
        public String id() {
            return ID;
        }

        @Override
        public ResilienceSettings defaultResilience() {
            return DEFAULTS;
        }

        @Override
        public MarketplaceConnector create(ConnectorConfig config) {
            return new AcmeConnector(config);
        }
    }

    /** The connector: one HTTP layer per instance, closed with it. */
    public static final class AcmeConnector implements MarketplaceConnector {
        static final String OP_LIST_ORDERS = "listOrders";
        static final String OP_GET_ORDER = "getOrder";
        static final URI DEFAULT_BASE_URL = URI.create("https://api.acme-market.example");
        private static final StatusMapping STATUSES = StatusMapping.of(Map.of(
                "pending", OrderStatus.PENDING, "paid", OrderStatus.UNSHIPPED, "shipped", OrderStatus.SHIPPED,
                "delivered", OrderStatus.DELIVERED, "cancelled", OrderStatus.CANCELLED));

        private final ConnectorHttp http;

        AcmeConnector(ConnectorConfig config) {
            Checks.notNull(config, "config");
            config.require(List.of("apiKey"), List.of(), false); // names every missing item, never shows secrets
            Secret key = config.credential("apiKey").orElseThrow();
            this.http = ConnectorHttp.builder(AcmeProvider.ID, config, DEFAULT_BASE_URL, AcmeProvider.DEFAULTS)
                    .requestIdHeader("x-request-id")
                    .signer(r -> r.setHeader("Authorization", "Bearer " + key.reveal()))
                    .build();
        }

        @Override
        public String id() {
            return AcmeProvider.ID;
        }

        @Override
        public Set<Capability> capabilities() {
            return EnumSet.of(Capability.ORDERS_UPDATED_SINCE, Capability.ORDER_BY_ID);
        }

        @Override
        public Pages<Order> ordersUpdatedSince(OrderQuery query) {
            Checks.notNull(query, "query");
            return Pages.of(cursor -> { // called once per page, only when the caller asks for it
                ApiRequest.Builder b = ApiRequest.builder(OP_LIST_ORDERS, "GET", "/v1/orders")
                        .query("updated_since", WireTime.isoUtcSeconds(query.updatedFrom()));
                if (query.pageSize() > 0) {
                    b.query("limit", String.valueOf(Math.min(100, query.pageSize())));
                }
                if (cursor != null) {
                    b.query("cursor", cursor);
                }
                ApiResponse r = http.send(b.build());
                JsonNode orders = r.json().path("orders");
                if (!orders.isArray()) {
                    throw r.badResponse("list answer has no orders array");
                }
                List<Order> out = new ArrayList<>();
                for (JsonNode o : orders) {
                    out.add(map(o));
                }
                JsonNode next = r.json().path("next_cursor");
                return new Page<>(out, next.isTextual() ? next.asText() : null);
            });
        }

        @Override
        public Optional<Order> order(String orderId) {
            Checks.notBlank(orderId, "orderId");
            try {
                ApiResponse r = http.send(ApiRequest.builder(OP_GET_ORDER, "GET", "/v1/orders/"
                        + dev.xborder.connector.http.OutgoingRequest.encode(orderId)).build());
                return Optional.of(map(r.json().path("order")));
            } catch (ConnectorException e) {
                if (e.httpStatus().orElse(0) == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        }

        private Order map(JsonNode o) {
            String id = o.path("id").asText("");
            if (id.isEmpty()) {
                throw new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, id(), "order without id", false, null);
            }
            CurrencyUnit currency = WireMoney.currency(o.path("currency").asText(null), "order " + id + ".currency");
            String raw = o.path("status").asText("");
            Order.Builder b = Order.builder(id(), id).channel(SalesChannel.MARKETPLACE).status(STATUSES.map(raw), raw)
                    .currency(currency)
                    .createdAt(WireTime.parse(o.path("created_at"), null, "created_at").orElseThrow(() -> missing(id, "created_at")))
                    .updatedAt(WireTime.parse(o.path("updated_at"), null, "updated_at").orElseThrow(() -> missing(id, "updated_at")));
            JsonNode lines = o.path("lines");
            for (int i = 0; i < lines.size(); i++) {
                JsonNode l = lines.get(i);
                b.line(new OrderLine(l.path("id").asText(String.valueOf(i)), Sku.of(l.path("sku").asText()),
                        l.path("title").asText(""), l.path("qty").asInt(),
                        WireMoney.of(l.path("unit_price"), currency, "lines[" + i + "].unit_price"), null, null, null, null));
            }
            JsonNode a = o.path("ship_to");
            if (a.isObject()) {
                WireAddress.lenient(a.path("country").asText(null), a.path("postal_code").asText(null), null,
                        a.path("city").asText(null), List.of()).ifPresent(b::shipTo);
            }
            return b.build();
        }

        private ConnectorException missing(String id, String field) {
            return new ConnectorException(ErrorCode.CONNECTOR_BAD_RESPONSE, id(), "order " + id + " has no " + field, false, null);
        }

        @Override
        public void close() {
            http.close();
        }
    }

    /** Registers the provider explicitly (no ServiceLoader needed) next to the discovered ones. */
    public static ConnectorRegistry registry() {
        return ConnectorRegistry.builder().discover(WriteAConnector.class.getClassLoader()).register(new AcmeProvider()).build();
    }

    public static void main(String[] args) {
        ConnectorRegistry registry = registry();
        System.out.println("connectors: " + registry.ids().stream().sorted().toList());
        try (MarketplaceConnector acme = registry.create("acme", ConnectorConfig.builder().credential("apiKey", "demo").build())) {
            System.out.println("acme capabilities: " + acme.capabilities());
        }
    }
}
