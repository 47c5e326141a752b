package dev.xborder.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.connector.ConnectorRegistry;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.sync.CheckpointStore;
import dev.xborder.connector.sync.FileCheckpointStore;
import dev.xborder.connector.sync.InMemoryCheckpointStore;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.sync.SyncResult;
import dev.xborder.core.order.Order;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xborder orders --connector amazon --config amazon.json}. */
@Command(name = "orders", mixinStandardHelpOptions = true,
        description = {"Syncs orders from a marketplace through its connector and prints each as one JSON line "
                + "(core Order JSON) on standard output; progress on standard error.",
                "With --checkpoint DIR the sync is incremental: the checkpoint is stored in DIR after each accepted "
                        + "page, and the next run continues from it (nothing lost, nothing twice).",
                "Connectors in this jar: amazon, shopify, shopee, lazada, tiktok, ebay, aliexpress. Config format: docs/cli.md; "
                        + "credentials and options per platform: docs/connectors.md."},
        footer = {"", "Try it against the demo's simulator:",
                "  xborder simulator --port 8971 &",
                "  xborder orders --connector amazon --config examples/samples/connector-amazon-simulator.json --since 2026-01-01"})
final class OrdersCommand implements Callable<Integer> {
    @Option(names = "--connector", paramLabel = "ID", required = true, description = "The connector id, e.g. amazon or shopify.")
    String connector;

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "Connector configuration (JSON): base URL, region, marketplace ids, credentials (or env:VAR).")
    String config;

    @Option(names = "--since", paramLabel = "T",
            description = "Orders updated at or after T (2026-11-20 or 2026-11-20T08:00:00Z); default: 30 days ago, "
                    + "or the stored checkpoint.")
    String since;

    @Option(names = "--checkpoint", paramLabel = "DIR", description = "Directory of a file checkpoint store (incremental sync).")
    Path checkpoint;

    private final CliEnv env;

    OrdersCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ConnectorConfigFile.Parsed cfg = ConnectorConfigFile.read(Inputs.read(config, env.in()), System::getenv);
        if (cfg.connector() != null && !cfg.connector().equals(connector)) {
            throw CliException.input(config + ": is a configuration for '" + cfg.connector() + "', not '" + connector + "'");
        }
        ConnectorRegistry registry = ConnectorRegistry.discover(OrdersCommand.class.getClassLoader());
        if (registry.find(connector).isEmpty()) {
            throw CliException.input("--connector: unknown connector '" + connector + "'; available: "
                    + registry.ids().stream().sorted().toList());
        }
        Instant from = since == null ? Instant.now().minusSeconds(30L * 86_400) : parseSince(since);
        CheckpointStore store = checkpoint == null ? new InMemoryCheckpointStore() : new FileCheckpointStore(checkpoint);
        ObjectMapper m = Inputs.MAPPER;
        long[] count = {0};
        try (MarketplaceConnector c = registry.create(connector, cfg.config())) {
            OrderSync.Builder b = OrderSync.builder(c, store).key("xborder-cli-" + connector);
            if (since != null || checkpoint == null) {
                b.startFrom(from);
            }
            SyncResult r = b.build().run(batch -> {
                for (Order o : batch.orders()) {
                    try {
                        env.out().println(m.writeValueAsString(o));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                    count[0]++;
                }
                env.out().flush();
            });
            env.progress("orders: " + r.delivered() + " orders from " + connector + " in " + r.pages() + " page(s)"
                    + (r.duplicates() > 0 ? ", " + r.duplicates() + " already seen" : "")
                    + (checkpoint != null ? "; checkpoint saved in " + checkpoint : ""));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return XborderCli.OK;
    }

    static Instant parseSince(String s) {
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw CliException.input("--since: '" + s + "' is neither a date (2026-11-20) nor an instant (2026-11-20T08:00:00Z)");
        }
    }
}
