package dev.xborder.examples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.connector.ConnectorRegistry;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.sync.InMemoryCheckpointStore;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.sync.SyncResult;
import dev.xborder.core.XborderException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.FiscalTerritory;
import dev.xborder.core.json.XborderModule;
import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.logistics.ExcludedOption;
import dev.xborder.core.logistics.PlanLine;
import dev.xborder.core.logistics.PlanRequest;
import dev.xborder.core.logistics.SelectionPolicy;
import dev.xborder.core.logistics.ServiceNeeds;
import dev.xborder.core.logistics.ShippingOption;
import dev.xborder.core.logistics.ShippingPlan;
import dev.xborder.core.logistics.ShippingPlanner;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.product.Product;
import dev.xborder.examples.demo.DemoOrders.DemoOrder;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The quick-start demo: starts the {@link MarketplaceSimulator}, syncs its orders through the real
 * Amazon and Shopify connectors with {@link OrderSync}, and for each order plans the shipping mode
 * (cheapest landed cost, tracked) and quotes the landed cost of the chosen option with its trace.
 * Returns a table for people and writes every result as JSON.
 */
public final class Demo {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

    /** What one demo run produced. */
    public record Result(LocalDate date, List<OrderResult> orders, Optional<String> ratesNotice, String table,
                         Path jsonFile, int ordersSynced) {
    }

    /** The outcome for one order: its plan, the chosen option and its quote, or the error. */
    public record OrderResult(Order order, ShippingPlan plan, ShippingOption chosen, LandedCostQuote quote,
                              MonetaryAmount goods, String error) {
        public Optional<ShippingOption> chosenIfAny() {
            return Optional.ofNullable(chosen);
        }
    }

    private Demo() {
    }

    /**
     * Runs the demo for {@code date} and writes the JSON results to {@code out}.
     *
     * @param progress receives progress lines (the command line prints them on standard error)
     */
    public static Result run(LocalDate date, Path out, Consumer<String> progress) {
        Engines.StaleAware rates = Engines.demoRates(date);
        rates.notice().ifPresent(n -> progress.accept("NOTE: " + n));
        ExchangeRates fx = rates.rates();
        progress.accept("Loading rule packs, sample rate cards and the demo catalogue...");
        RuleBook book = Engines.ruleBook();
        LandedCostCalculator calculator = LandedCostCalculator.of(book, fx);
        // Goods are ready at 09:00 in Shenzhen on the demo date: before the carriers' cut-offs.
        Clock clock = Clock.fixed(date.atTime(1, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ShippingPlanner planner = Engines.planner(Engines.rateCards(), calculator, fx, clock);

        List<DemoOrder> demoOrders = DemoOrders.forDate(date);
        List<Order> orders = new ArrayList<>();
        try (MarketplaceSimulator sim = MarketplaceSimulator.start(demoOrders)) {
            progress.accept("Marketplace simulator listening on " + sim.baseUrl()
                    + " (Amazon SP-API Orders v0 and Shopify Admin GraphQL wire formats)");
            ConnectorRegistry registry = ConnectorRegistry.discover(Demo.class.getClassLoader());
            Instant since = date.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
            orders.addAll(sync(registry.create("amazon", amazonConfig(sim)), "amazon", since, progress));
            orders.addAll(sync(registry.create("shopify", shopifyConfig(sim)), "shopify", since, progress));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the marketplace simulator on 127.0.0.1", e);
        }

        List<OrderResult> results = new ArrayList<>();
        int i = 0;
        for (Order o : orders) {
            i++;
            progress.accept("[" + i + "/" + orders.size() + "] " + o.marketplace() + " " + o.marketplaceOrderId() + " -> "
                    + o.shipTo().map(a -> a.country().alpha2()).orElse("?") + ": planning shipping and quoting landed cost");
            results.add(process(o, date, planner, calculator));
        }
        String table = table(results);
        ObjectNode json = json(date, results, rates.notice(), fx);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, json.toPrettyString() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return new Result(date, List.copyOf(results), rates.notice(), table, out, orders.size());
    }

    private static List<Order> sync(MarketplaceConnector connector, String id, Instant since, Consumer<String> progress) {
        List<Order> got = new ArrayList<>();
        try (connector) {
            OrderSync sync = OrderSync.builder(connector, new InMemoryCheckpointStore()).key("demo-" + id)
                    .startFrom(since).build();
            SyncResult r = sync.run(batch -> got.addAll(batch.orders()));
            progress.accept("Synced " + r.delivered() + " orders from " + id + " in " + r.pages() + " page(s) through the "
                    + id + " connector");
        } catch (Exception e) {
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e);
        }
        return got;
    }

    /** The connector configuration for the simulator's Amazon side (placeholder credentials). */
    public static ConnectorConfig amazonConfig(MarketplaceSimulator sim) {
        return ConnectorConfig.builder()
                .credential("clientId", MarketplaceSimulator.AMAZON_CLIENT_ID)
                .credential("clientSecret", MarketplaceSimulator.AMAZON_CLIENT_SECRET)
                .credential("refreshToken", MarketplaceSimulator.AMAZON_REFRESH_TOKEN)
                .region("EU")
                .marketplaceIds(List.of(DemoOrders.AMAZON_DE, DemoOrders.AMAZON_FR, DemoOrders.AMAZON_UK, DemoOrders.AMAZON_ES))
                .baseUrl(sim.baseUrl())
                .authUrl(sim.amazonTokenUrl())
                .build();
    }

    /** The connector configuration for the simulator's Shopify side (placeholder token). */
    public static ConnectorConfig shopifyConfig(MarketplaceSimulator sim) {
        return ConnectorConfig.builder()
                .credential("accessToken", MarketplaceSimulator.SHOPIFY_ACCESS_TOKEN)
                .option("shop", MarketplaceSimulator.SHOPIFY_SHOP)
                .option("apiVersion", MarketplaceSimulator.SHOPIFY_API_VERSION)
                .baseUrl(sim.baseUrl())
                .build();
    }

    private static OrderResult process(Order order, LocalDate date, ShippingPlanner planner, LandedCostCalculator calculator) {
        MonetaryAmount goods = Money.zero(order.currency());
        for (OrderLine l : order.lines()) {
            goods = goods.add(l.lineTotal());
        }
        try {
            Address to = order.shipTo().orElseThrow(() -> new IllegalStateException("order has no ship-to address"));
            PlanRequest.Builder pr = PlanRequest.builder().origin(DemoCatalog.ORIGIN).destination(to).shipDate(date)
                    .needs(ServiceNeeds.builder().trackedRequired(true).build())
                    .stock(DemoCatalog.stock()).channel(order.channel());
            DemoCatalog.registrations().forEach(pr::registration);
            for (OrderLine l : order.lines()) {
                Product p = DemoCatalog.product(l.sku())
                        .orElseThrow(() -> new IllegalStateException("SKU " + l.sku().value() + " is not in the catalogue"));
                pr.line(PlanLine.of(enrich(l, p), p));
            }
            PlanRequest request = pr.build();
            ShippingPlan plan = planner.plan(request, SelectionPolicy.cheapest());
            ShippingOption best = plan.best().orElse(null);
            LandedCostQuote quote = null;
            if (best != null && best.mode().direct()) {
                quote = calculator.quote(quoteFor(request, best));
            }
            return new OrderResult(order, plan, best, quote, goods, null);
        } catch (XborderException | IllegalStateException e) {
            return new OrderResult(order, null, null, null, goods, e.getMessage());
        }
    }

    /**
     * The order line completed from the catalogue: marketplaces send SKU, quantity and price; HS
     * code, origin, tax category and weight come from the seller's product data.
     */
    static OrderLine enrich(OrderLine l, Product p) {
        return new OrderLine(l.lineId(), l.sku(), l.title(), l.quantity(), l.unitPrice(),
                l.hsCodeIfKnown().orElse(p.hsCode().orElse(null)), l.originIfKnown().orElse(p.originCountry().orElse(null)),
                p.taxCategory(), l.unitWeightIfKnown().orElse(p.unitWeight()));
    }

    /** The quote for a chosen direct option: the shipment as the planner priced it, with the trace. */
    static QuoteRequest quoteFor(PlanRequest request, ShippingOption option) {
        QuoteRequest.Builder q = QuoteRequest.builder().date(request.shipDate()).origin(request.origin())
                .destination(request.destination()).currency(request.currency()).incoterm(option.incoterm())
                .channel(request.channel()).registrations(request.registrations())
                .shipping(option.cost().freight().add(option.cost().surcharges())).explain(true);
        for (PlanLine l : request.lines()) {
            q.line(new QuoteLine(l.sku(), l.hsCode(), l.originCountry(), l.quantity(), l.unitValue(), l.taxCategory(),
                    l.unitWeight()));
        }
        return q.build();
    }

    // ------------------------------------------------------------------ table

    static String table(List<OrderResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Order", "Via", "Ship to", "Mode", "Service", "Cur", "Freight", "Duty", "Tax", "Fees",
                "Landed", "Delivery", "Collected by [regime]"});
        for (OrderResult r : results) {
            Order o = r.order();
            String to = o.shipTo().map(Demo::place).orElse("?");
            String cur = o.currency().getCurrencyCode();
            if (r.chosen() == null) {
                String why = r.error() != null ? "error: " + r.error() : "no feasible option: " + reasons(r.plan());
                rows.add(new String[] {o.marketplaceOrderId(), o.marketplace(), to, "-", why, cur, "", "", "", "", "", "", ""});
                continue;
            }
            ShippingOption c = r.chosen();
            rows.add(new String[] {o.marketplaceOrderId(), o.marketplace(), to, c.mode().name(), c.service(), cur,
                    PlanJson.dec(c.cost().logistics()), (undetermined(r) ? "*" : "") + PlanJson.dec(c.cost().duty()), PlanJson.dec(c.cost().tax()),
                    PlanJson.dec(c.cost().fees()), PlanJson.dec(r.goods().add(c.cost().total())),
                    DAY.format(c.delivery().earliest()) + ".." + DAY.format(c.delivery().latest()), collector(r)});
        }
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] row : rows) {
            for (int i = 0; i < cols; i++) {
                if (!(row[3].equals("-") && i == 4)) {
                    w[i] = Math.max(w[i], row[i].length());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean header = true;
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            if (row[3].equals("-") && !header) {
                for (int i = 0; i < 4; i++) {
                    line.append(pad(row[i], w[i], false)).append("  ");
                }
                line.append(row[4]);
            } else {
                for (int i = 0; i < cols; i++) {
                    boolean right = i >= 6 && i <= 10;
                    line.append(pad(row[i], w[i], right));
                    if (i < cols - 1) {
                        line.append("  ");
                    }
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (header) {
                int total = 0;
                for (int x : w) {
                    total += x + 2;
                }
                sb.append("-".repeat(total - 2)).append('\n');
                header = false;
            }
        }
        return sb.toString();
    }

    /** Whether the quote reports a line whose duty could not be determined (e.g. no rate for its HS code). */
    public static boolean undetermined(OrderResult r) {
        return r.quote() != null && r.quote().lines().stream().anyMatch(l -> !l.issues().isEmpty());
    }

    private static String pad(String s, int w, boolean right) {
        if (s.length() >= w) {
            return s;
        }
        String fill = " ".repeat(w - s.length());
        return right ? fill + s : s + fill;
    }

    private static String place(Address a) {
        String s = a.country().alpha2() + " " + a.postalCodeIfKnown().orElse("");
        Optional<FiscalTerritory> t = a.fiscalTerritory();
        return t.map(ft -> s + " (" + title(ft.name()) + ")").orElse(s).trim();
    }

    private static String title(String enumName) {
        StringBuilder sb = new StringBuilder();
        for (String w : enumName.toLowerCase(Locale.ROOT).split("_")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    private static String reasons(ShippingPlan plan) {
        if (plan == null) {
            return "";
        }
        List<String> distinct = new ArrayList<>();
        for (ExcludedOption e : plan.excluded()) {
            e.reasons().forEach(x -> {
                String s = x.reason().name() + (x.flag().map(f -> " " + f.name()).orElse(""));
                if (!distinct.contains(s)) {
                    distinct.add(s);
                }
            });
        }
        return String.join(", ", distinct);
    }

    static String collector(OrderResult r) {
        if (!r.chosen().mode().direct()) {
            return "seller (domestic sale from " + r.chosen().warehouseId().orElse("stock") + ")";
        }
        if (r.quote() == null) {
            return "?";
        }
        Collection c = r.quote().collection();
        boolean taxDue = c.taxPoint() != CollectionPoint.NOT_DUE && c.taxCollector() != Collector.NONE;
        boolean dutyDue = c.dutyPoint() != CollectionPoint.NOT_DUE && c.dutyCollector() != Collector.NONE;
        String text;
        if (!taxDue && !dutyDue) {
            text = "nothing due";
        } else if (taxDue && dutyDue && c.taxCollector() == c.dutyCollector() && c.taxPoint() == c.dutyPoint()) {
            text = who(c.taxCollector()) + where(c.taxPoint());
        } else {
            text = (taxDue ? "tax: " + who(c.taxCollector()) + where(c.taxPoint()) : "")
                    + (taxDue && dutyDue ? "; " : "")
                    + (dutyDue ? "duty: " + who(c.dutyCollector()) + where(c.dutyPoint()) : "");
        }
        return text + " [" + r.quote().regime() + "]";
    }

    private static String who(Collector c) {
        return switch (c) {
            case SELLER -> "seller";
            case MARKETPLACE -> "marketplace";
            case BUYER -> "buyer";
            case NONE -> "nobody";
        };
    }

    private static String where(CollectionPoint p) {
        return switch (p) {
            case AT_CHECKOUT -> " at checkout";
            case AT_IMPORT -> " at import";
            case PREPAID_BY_SELLER -> ", prepaid (DDP)";
            case NOT_DUE -> " (not due)";
        };
    }

    // ------------------------------------------------------------------ JSON

    static ObjectNode json(LocalDate date, List<OrderResult> results, Optional<String> notice, ExchangeRates fx) {
        ObjectMapper m = XborderModule.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        ObjectNode about = root.putObject("demo");
        about.put("date", date.toString());
        about.put("origin", DemoCatalog.ORIGIN.alpha2());
        about.put("policy", "cheapest landed cost, tracked required");
        about.put("exchangeRates", fx.toString());
        about.put("staleRatesNotice", notice.orElse(null));
        about.put("rateCards", "SAMPLE rate cards (bundled samples + examples' demo cards): illustrative prices, not carrier quotes");
        ArrayNode arr = root.putArray("orders");
        for (OrderResult r : results) {
            ObjectNode j = arr.addObject();
            j.put("marketplace", r.order().marketplace());
            j.put("marketplaceOrderId", r.order().marketplaceOrderId());
            j.set("order", m.valueToTree(r.order()));
            j.put("goods", PlanJson.dec(r.goods()));
            if (r.error() != null) {
                j.put("error", r.error());
                continue;
            }
            if (r.chosen() != null) {
                ObjectNode c = PlanJson.option(m, r.chosen());
                c.put("landedCost", PlanJson.dec(r.goods().add(r.chosen().cost().total())));
                c.put("taxCollectedBy", collector(r));
                j.set("chosen", c);
            } else {
                j.putNull("chosen");
            }
            if (r.quote() != null) {
                j.set("quote", m.valueToTree(r.quote()));
            }
            j.set("plan", PlanJson.of(m, r.plan()));
        }
        return root;
    }
}
