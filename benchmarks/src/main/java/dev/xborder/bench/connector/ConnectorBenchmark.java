package dev.xborder.bench.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.aliexpress.internal.AliExpressOrderMapper;
import dev.xborder.connector.aliexpress.internal.IopResponses;
import dev.xborder.connector.amazon.internal.AmazonOrderMapper;
import dev.xborder.connector.ebay.internal.EbayOrderMapper;
import dev.xborder.connector.lazada.internal.LazadaOrderMapper;
import dev.xborder.connector.shopee.internal.ShopeeOrderMapper;
import dev.xborder.connector.shopify.internal.ShopifyOrderMapper;
import dev.xborder.connector.tiktok.internal.TikTokOrderMapper;
import dev.xborder.connector.wire.WireJson;
import dev.xborder.core.order.Order;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
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
 * after the HTTP call. Amazon and Lazada need two documents per order (getOrders and getOrderItems;
 * {@code /orders/get} and {@code /orders/items/get}); both are parsed. Connectors: Amazon SP-API,
 * Shopify Admin GraphQL, eBay Fulfillment API {@code getOrders}, TikTok Shop {@code orders/search}
 * (202309), Shopee v2 {@code get_order_detail} (money as JSON floats, read exactly by the shared
 * mapper's {@code USE_BIG_DECIMAL_FOR_FLOATS}), Lazada {@code /orders/get} with
 * {@code /orders/items/get}, AliExpress {@code aliexpress.solution.order.get}.
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
    @Param({"amazon", "shopify", "ebay", "tiktok", "shopee", "lazada", "aliexpress"})
    public String connector;

    private final ObjectMapper wire = WireJson.newMapper();
    private final ObjectMapper plain = new ObjectMapper();
    private byte[] orders;
    private byte[] items;
    private AmazonOrderMapper amazon;
    private ShopifyOrderMapper shopify;
    private EbayOrderMapper ebay;
    private TikTokOrderMapper tiktok;
    private ShopeeOrderMapper shopee;
    private LazadaOrderMapper lazada;
    private AliExpressOrderMapper aliexpress;

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
        } else if (connector.equals("tiktok")) {
            orders = resource("tiktok-orders-search.json");
            tiktok = new TikTokOrderMapper("tiktok");
        } else if (connector.equals("shopee")) {
            // the shop's currency as the connector derives it from option region=VN; the order carries its own
            orders = resource("shopee-get-order-detail.json");
            shopee = new ShopeeOrderMapper("shopee", Monetary.getCurrency("VND"));
        } else if (connector.equals("lazada")) {
            // venture SG, as the connector configures it for option region=SG (country, currency, UTC+8)
            orders = resource("lazada-orders-get.json");
            items = resource("lazada-orders-items-get.json");
            lazada = new LazadaOrderMapper("lazada", "SG", "SGD", ZoneOffset.ofHours(8));
        } else if (connector.equals("aliexpress")) {
            orders = resource("aliexpress-solution-order-get.json");
            aliexpress = new AliExpressOrderMapper("aliexpress");
        } else {
            throw new IllegalArgumentException("unknown connector " + connector);
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
        if (shopee != null) {
            return shopee.map(wire.readTree(orders).path("response").path("order_list").get(0));
        }
        if (lazada != null) {
            JsonNode o = wire.readTree(orders).path("data").path("orders").get(0);
            List<JsonNode> list = new ArrayList<>();
            wire.readTree(items).path("data").get(0).path("order_items").forEach(list::add);
            return lazada.map(o, list);
        }
        if (aliexpress != null) {
            JsonNode result = IopResponses.payload(wire.readTree(orders)).path("result");
            return aliexpress.map(result.path("target_list").path("order_dto").get(0));
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
