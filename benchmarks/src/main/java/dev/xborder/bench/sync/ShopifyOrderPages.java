package dev.xborder.bench.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 (ephemeral port) answering Shopify Admin GraphQL
 * {@code orders} queries with pages generated on the fly, shaped like the documented payload in
 * {@code connector/shopify-orders-graphql.json}: order {@code i} (0-based) is updated at
 * {@code base + i seconds}, has two line items, CAD amounts as Decimal strings. Pages follow the
 * {@code updated_at:>='...'} search and an opaque base64 cursor holding the last index. Nothing is
 * stored per order, so the server's own heap stays constant.
 */
public final class ShopifyOrderPages implements AutoCloseable {
    private static final Pattern SEARCH = Pattern.compile("updated_at:>='([^']+)'");
    private final HttpServer server;
    private final int orders;
    private final Instant base;
    private final ObjectMapper json = new ObjectMapper();

    /** Starts the server for {@code orders} orders, the first updated at {@code base}. */
    public ShopifyOrderPages(int orders, Instant base) throws IOException {
        this.orders = orders;
        this.base = base;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to give the connector. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] req = ex.getRequestBody().readAllBytes();
            if (!ex.getRequestMethod().equals("POST") || !ex.getRequestURI().getPath().endsWith("/graphql.json")) {
                send(ex, 404, "{\"errors\":\"Not Found\"}");
                return;
            }
            JsonNode body = json.readTree(req);
            if (!body.path("query").asText().contains("orders")) {
                send(ex, 200, "{\"errors\":[{\"message\":\"Unknown query\",\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}");
                return;
            }
            send(ex, 200, page(body.path("variables")));
        }
    }

    /** One orders page for the request's variables ({@code query}, {@code first}, {@code after}). */
    String page(JsonNode v) {
        int first = v.path("first").asInt(50);
        int start;
        JsonNode after = v.path("after");
        if (after.isTextual() && !after.asText().isEmpty()) {
            String decoded = new String(Base64.getDecoder().decode(after.asText()), StandardCharsets.UTF_8);
            start = Integer.parseInt(decoded.replaceAll(".*\"last_index\":(\\d+).*", "$1")) + 1;
        } else {
            Matcher m = SEARCH.matcher(v.path("query").asText(""));
            Instant from = m.find() ? Instant.parse(m.group(1)) : Instant.EPOCH;
            long s = Duration.between(base, from).getSeconds();
            start = (int) Math.max(0, Math.min(orders, s + (from.isAfter(base.plusSeconds(s)) ? 1 : 0)));
        }
        int end = Math.min(orders, start + first);
        StringBuilder sb = new StringBuilder(1200 * Math.max(1, end - start));
        sb.append("{\"data\":{\"orders\":{\"pageInfo\":{\"hasNextPage\":").append(end < orders)
                .append(",\"endCursor\":");
        if (end > start) {
            sb.append('"').append(Base64.getEncoder().encodeToString(("{\"last_index\":" + (end - 1) + "}")
                    .getBytes(StandardCharsets.UTF_8))).append('"');
        } else {
            sb.append("null");
        }
        sb.append("},\"nodes\":[");
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(',');
            }
            order(sb, i);
        }
        sb.append("]}},\"extensions\":{\"cost\":{\"requestedQueryCost\":252,\"actualQueryCost\":126,"
                + "\"throttleStatus\":{\"maximumAvailable\":2000.0,\"currentlyAvailable\":1900,\"restoreRate\":100.0}}}}");
        return sb.toString();
    }

    private void order(StringBuilder sb, int i) {
        long id = 5_442_665_310_364L + i;
        Instant updated = base.plusSeconds(i);
        int q = 1 + i % 3;
        long unitCents = 1_000 + (i % 9_000);
        long total = q * 2_499L + unitCents + 1_250;
        sb.append("{\"id\":\"gid://shopify/Order/").append(id).append("\",\"name\":\"#").append(1_000 + i)
                .append("\",\"createdAt\":\"").append(updated.minusSeconds(60).atOffset(ZoneOffset.ofHours(-5)))
                .append("\",\"updatedAt\":\"").append(updated)
                .append("\",\"cancelledAt\":null,\"displayFinancialStatus\":\"PAID\",\"displayFulfillmentStatus\":\"")
                .append(i % 2 == 0 ? "UNFULFILLED" : "FULFILLED").append("\",\"currencyCode\":\"CAD\",")
                .append("\"totalPriceSet\":{\"shopMoney\":{\"amount\":\"").append(cents(total))
                .append("\",\"currencyCode\":\"CAD\"}},")
                .append("\"totalShippingPriceSet\":{\"shopMoney\":{\"amount\":\"12.50\",\"currencyCode\":\"CAD\"}},")
                .append("\"shippingAddress\":{\"countryCodeV2\":\"CA\",\"zip\":\"K2P 1L4\",\"provinceCode\":\"ON\","
                        + "\"city\":\"Ottawa\",\"address1\":\"150 Elgin St\",\"address2\":null},")
                .append("\"lineItems\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null},\"nodes\":[");
        line(sb, id * 2, "TEE-BLK-M", "Black tee, M", q, 2_499);
        sb.append(',');
        line(sb, id * 2 + 1, "SKU-" + (i % 500), "Item " + (i % 500), 1, unitCents);
        sb.append("]}}");
    }

    private static void line(StringBuilder sb, long id, String sku, String title, int qty, long cents) {
        sb.append("{\"id\":\"gid://shopify/LineItem/").append(id).append("\",\"sku\":\"").append(sku)
                .append("\",\"title\":\"").append(title).append("\",\"quantity\":").append(qty)
                .append(",\"originalUnitPriceSet\":{\"shopMoney\":{\"amount\":\"").append(cents(cents))
                .append("\",\"currencyCode\":\"CAD\"}}}");
    }

    private static String cents(long c) {
        return String.format(Locale.ROOT, "%d.%02d", c / 100, c % 100);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
