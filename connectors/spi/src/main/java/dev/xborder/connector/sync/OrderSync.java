package dev.xborder.connector.sync;

import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.Page;
import dev.xborder.connector.Pages;
import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental order sync with checkpoints: reads the orders updated since the stored checkpoint
 * page by page, drops versions already handed over, hands each page's remainder to the host as
 * one {@link OrderBatch}, and saves the checkpoint only after the host accepted the batch.
 *
 * <p><b>Guarantees.</b> The query starts at the checkpoint's floor, an overlap window before the
 * newest update handed over, so orders the platform indexes late are still fetched; the
 * checkpoint remembers every (order id, update time) handed over at or after the floor, so the
 * refetched ones are dropped. Memory holds one page plus the orders updated within the overlap
 * window (bounded by {@code maxSeen}), never the whole history. A failure anywhere (platform
 * error, host exception, interrupt, crash) before the checkpoint of a batch is saved means that
 * batch is handed over again by the next run, and nothing after it was handed over: nothing is
 * lost. A crash after {@link OrderBatchHandler#accept} returned but before the save completes
 * cannot be told apart from one just before accept returned; to be exactly-once across that
 * instant too, the host writes {@link OrderBatch#checkpoint()} in the same transaction as the
 * orders and backs the {@link CheckpointStore} with that storage. Otherwise that one batch may be
 * handed over twice (same ids and update times, so the host can drop them).
 *
 * <p>Connectors return orders oldest update first; disorder smaller than the overlap window is
 * harmless. Not thread-safe: run one sync per key at a time.
 */
public final class OrderSync {
    private static final Logger LOG = LoggerFactory.getLogger(OrderSync.class);
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_SEEN = 100_000;

    private final MarketplaceConnector connector;
    private final CheckpointStore store;
    private final String key;
    private final Instant startFrom;
    private final Duration overlap;
    private final int maxSeen;
    private final int pageSize;

    private OrderSync(Builder b) {
        this.connector = b.connector;
        this.store = b.store;
        this.key = b.key != null ? b.key : b.connector.id();
        this.startFrom = b.startFrom;
        this.overlap = b.overlap;
        this.maxSeen = b.maxSeen;
        this.pageSize = b.pageSize;
    }

    public static Builder builder(MarketplaceConnector connector, CheckpointStore store) {
        return new Builder(Checks.notNull(connector, "connector"), Checks.notNull(store, "store"));
    }

    public String key() {
        return key;
    }

    /**
     * Runs until the platform has no more pages.
     *
     * @throws dev.xborder.connector.ConnectorException if the platform fails for good (the checkpoint
     *         of the last accepted batch is kept)
     * @throws RuntimeException whatever the handler or the store throws, unchanged
     */
    public SyncResult run(OrderBatchHandler handler) {
        Checks.notNull(handler, "handler");
        Optional<Checkpoint> stored = store.load(key);
        if (stored.isEmpty() && startFrom == null) {
            throw new InvalidInputException("sync.startFrom", null, "no checkpoint stored for '" + key + "': set startFrom");
        }
        Checkpoint cp = stored.orElseGet(() -> Checkpoint.startingAt(startFrom));
        LOG.debug("sync {}: starting from {}", key, cp);
        Pages<Order> pages = connector.ordersUpdatedSince(new OrderQuery(cp.floor(), null, pageSize));
        int pageCount = 0;
        int batches = 0;
        long delivered = 0;
        long duplicates = 0;
        long late = 0;
        Map<String, Instant> seen = new HashMap<>(cp.seen());
        Instant hwm = cp.highWaterMark();
        Instant floor = cp.floor();
        while (pages.hasNext()) {
            Page<Order> page = pages.next();
            pageCount++;
            List<Order> batch = new ArrayList<>();
            Map<String, Instant> added = new HashMap<>();
            Instant batchHwm = hwm;
            for (Order o : page.items()) {
                Instant u = o.updatedAt();
                String id = o.marketplaceOrderId();
                Instant prior = added.containsKey(id) ? added.get(id) : seen.get(id);
                if (prior != null && !u.isAfter(prior)) {
                    duplicates++;
                    continue;
                }
                if (u.isBefore(floor)) {
                    late++;
                }
                batch.add(o);
                added.put(id, u);
                if (batchHwm == null || u.isAfter(batchHwm)) {
                    batchHwm = u;
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            // next checkpoint, computed on copies: nothing changes until the host accepted
            Map<String, Instant> nextSeen = new HashMap<>(seen);
            nextSeen.putAll(added);
            Instant nextFloor = floor;
            Instant candidate = batchHwm.minus(overlap);
            if (candidate.isAfter(nextFloor)) {
                nextFloor = candidate;
            }
            final Instant f = nextFloor;
            nextSeen.values().removeIf(t -> t.isBefore(f));
            if (nextSeen.size() > maxSeen) {
                List<Instant> times = new ArrayList<>(nextSeen.values());
                times.sort(null);
                Instant cut = times.get(nextSeen.size() - maxSeen - 1);
                nextSeen.values().removeIf(t -> !t.isAfter(cut));
                nextFloor = cut.plusNanos(1);
                LOG.warn("sync {}: more than {} orders updated within the overlap window; floor raised to {}",
                        key, maxSeen, nextFloor);
            }
            Checkpoint next = new Checkpoint(batchHwm, nextFloor, nextSeen);
            batches++;
            handler.accept(new OrderBatch(batches, batch, next));
            store.save(key, next);
            delivered += batch.size();
            seen = nextSeen;
            hwm = batchHwm;
            floor = nextFloor;
            cp = next;
        }
        LOG.debug("sync {}: {} pages, {} delivered, {} duplicates skipped, {} late; now at {}", key, pageCount, delivered,
                duplicates, late, cp);
        return new SyncResult(pageCount, delivered, duplicates, late, cp);
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private final MarketplaceConnector connector;
        private final CheckpointStore store;
        private String key;
        private Instant startFrom;
        private Duration overlap = DEFAULT_OVERLAP;
        private int maxSeen = DEFAULT_MAX_SEEN;
        private int pageSize;

        private Builder(MarketplaceConnector connector, CheckpointStore store) {
            this.connector = connector;
            this.store = store;
        }

        /** The checkpoint key; default the connector id. Use one per account. */
        public Builder key(String key) {
            this.key = Checks.notBlank(key, "sync.key");
            return this;
        }

        /** Where the first run starts when no checkpoint is stored. Required for a first run. */
        public Builder startFrom(Instant from) {
            this.startFrom = Checks.notNull(from, "sync.startFrom");
            return this;
        }

        /** How far before the newest update handed over the next query starts; default {@link #DEFAULT_OVERLAP}. */
        public Builder overlap(Duration overlap) {
            Checks.notNull(overlap, "sync.overlap");
            if (overlap.isNegative()) {
                throw new InvalidInputException("sync.overlap", overlap, "must not be negative");
            }
            this.overlap = overlap;
            return this;
        }

        /** Bound on remembered orders in the overlap window; default {@link #DEFAULT_MAX_SEEN}. */
        public Builder maxSeen(int maxSeen) {
            this.maxSeen = Checks.positive(maxSeen, "sync.maxSeen");
            return this;
        }

        /** Page size asked of the connector; 0 (default) = the platform's. */
        public Builder pageSize(int pageSize) {
            this.pageSize = Checks.nonNegative(pageSize, "sync.pageSize");
            return this;
        }

        public OrderSync build() {
            return new OrderSync(this);
        }
    }
}
