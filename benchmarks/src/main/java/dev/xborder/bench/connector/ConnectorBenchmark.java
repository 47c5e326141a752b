package dev.xborder.bench.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.amazon.internal.AmazonOrderMapper;
import dev.xborder.connector.ebay.internal.EbayOrderMapper;
import dev.xborder.connector.shopify.internal.ShopifyOrderMapper;
import dev.xborder.connector.tiktok.internal.TikTokOrderMapper;
import dev.xborder.connector.wire.WireJson;
import dev.xborder.core.order.Order;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse and map one order from each connector's documented payload (see the README next to the
 * payloads): the response bytes are parsed with the connectors' shared mapper
 * ({@link WireJson#newMapper()}) and handed to the connector's order mapper, as the connector does
 * after the HTTP call. Amazon needs two documents per order (getOrders, getOrderItems); both are
 * parsed. Connectors: Amazon SP-API, Shopify Admin GraphQL, eBay Fulfillment API {@code getOrders},
 * TikTok Shop {@code orders/search} (202309).
 *
 * <p>The order mappers sit in the connectors' {@code internal} packages: the benchmark calls them
 * directly (a measurement-only use) because the public API only reaches them through HTTP.
 *
 * <ul>
 *   <li>{@code parseAndMap}: bytes to {@link Order}.</li>
 *   <li>baseline {@code jacksonReadTree}: a plain {@code new ObjectMapper().readTree} of the same bytes.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConnectorBenchmark {
    @Param({"amazon", "shopify", "ebay", "tiktok"})
    public String connector;

    private final ObjectMapper wire = WireJson.newMapper();
    private final ObjectMapper plain = new ObjectMapper();
    private byte[] orders;
    private byte[] items;
    private AmazonOrderMapper amazon;
    private ShopifyOrderMapper shopify;
    private EbayOrderMapper ebay;
    private TikTokOrderMapper tiktok;

    @Setup
    public void setUp() throws IOException {
        if (connector.equals("amazon")) {
            // one order per document, as a page of one
            ObjectNode doc = (ObjectNode) wire.readTree(resource("getOrders-documented.json"));
            JsonNode first = doc.path("payload").path("Orders").get(0);
            ObjectNode page = wire.createObjectNode();
            page.putObject("payload").putArray("Orders").add(first);
            orders = wire.writeValueAsBytes(page);
            items = resource("getOrderItems-documented.json");
            amazon = new AmazonOrderMapper("amazon", "USD");
        } else if (connector.equals("shopify")) {
            orders = resource("shopify-orders-graphql.json");
            shopify = new ShopifyOrderMapper("shopify");
        } else if (connector.equals("ebay")) {
            orders = resource("ebay-getorders.json");
            ebay = new EbayOrderMapper("ebay");
        } else {
            orders = resource("tiktok-orders-search.json");
            tiktok = new TikTokOrderMapper("tiktok");
        }
    }

    /** The connector's parse and map of one order. */
    @Benchmark
    public Order parseAndMap() throws IOException {
        if (amazon != null) {
            JsonNode o = wire.readTree(orders).path("payload").path("Orders").get(0);
            List<JsonNode> list = new ArrayList<>();
            wire.readTree(items).path("payload").path("OrderItems").forEach(list::add);
            return amazon.map(o, list);
        }
        if (ebay != null) {
            return ebay.map(wire.readTree(orders).path("orders").get(0));
        }
        if (tiktok != null) {
            return tiktok.map(wire.readTree(orders).path("data").path("orders").get(0));
        }
        JsonNode o = wire.readTree(orders).path("data").path("orders").path("nodes").get(0);
        List<JsonNode> list = new ArrayList<>();
        o.path("lineItems").path("nodes").forEach(list::add);
        return shopify.map(o, list);
    }

    /** Baseline: plain Jackson tree parse of the same bytes. */
    @Benchmark
    public Object jacksonReadTree() throws IOException {
        JsonNode a = plain.readTree(orders);
        return items == null ? a : plain.readTree(items);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConnectorBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
