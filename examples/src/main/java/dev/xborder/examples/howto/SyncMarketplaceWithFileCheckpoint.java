package dev.xborder.examples.howto;

import dev.xborder.connector.ConnectorRegistry;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.sync.FileCheckpointStore;
import dev.xborder.connector.sync.OrderSync;
import dev.xborder.connector.sync.SyncResult;
import dev.xborder.examples.demo.Demo;
import dev.xborder.examples.demo.DemoOrders;
import dev.xborder.examples.demo.MarketplaceSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How to sync a marketplace with a file checkpoint: find the connector by id, run {@link OrderSync}
 * with a {@link FileCheckpointStore}, and store the orders of each batch before returning (returning
 * accepts the batch; the checkpoint is saved only then). A second run continues from the checkpoint
 * and hands nothing over twice. Here the marketplace is the demo's local simulator.
 */
public final class SyncMarketplaceWithFileCheckpoint {
    private SyncMarketplaceWithFileCheckpoint() {
    }

    /** Runs the sync twice against a fresh simulator; returns the number of orders each run handed over. */
    public static long[] syncTwice(Path checkpointDir) throws Exception {
        try (MarketplaceSimulator sim = MarketplaceSimulator.start(DemoOrders.forDate(LocalDate.of(2026, 11, 20)))) {
            ConnectorRegistry registry = ConnectorRegistry.discover(SyncMarketplaceWithFileCheckpoint.class.getClassLoader());
            long[] delivered = new long[2];
            for (int run = 0; run < 2; run++) {
                try (MarketplaceConnector amazon = registry.create("amazon", Demo.amazonConfig(sim))) {
                    OrderSync sync = OrderSync.builder(amazon, new FileCheckpointStore(checkpointDir))
                            .key("amazon-eu")
                            .startFrom(Instant.parse("2026-11-01T00:00:00Z")) // used only when there is no checkpoint yet
                            .build();
                    SyncResult r = sync.run(batch -> batch.orders().forEach(o ->
                            System.out.println("store order " + o.marketplaceOrderId() + " updated " + o.updatedAt())));
                    System.out.println("run " + (run + 1) + ": " + r.delivered() + " new, " + r.duplicates() + " already seen");
                    delivered[run] = r.delivered();
                }
            }
            return delivered;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("xborder-checkpoints");
        syncTwice(dir);
        System.out.println("checkpoint files in " + dir);
    }
}
