package dev.xborder.connector.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.xborder.connector.Capability;
import dev.xborder.connector.MarketplaceConnector;
import dev.xborder.connector.OrderQuery;
import dev.xborder.connector.Page;
import dev.xborder.connector.Pages;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class OrderSyncTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    /** A platform in memory: orders sorted by update time, served from an inclusive lower bound. */
    static final class MemoryConnector implements MarketplaceConnector {
        final List<Order> orders = new CopyOnWriteArrayList<>();
        final int pageSize;
        int listCalls;

        MemoryConnector(int pageSize) {
            this.pageSize = pageSize;
        }

        void put(String id, Instant updated) {
            orders.removeIf(o -> o.marketplaceOrderId().equals(id));
            orders.add(OrderSyncTest.order(id, updated));
        }

        @Override
        public String id() {
            return "memory";
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.ORDERS_UPDATED_SINCE);
        }

        @Override
        public Pages<Order> ordersUpdatedSince(OrderQuery q) {
            List<Order> sorted = orders.stream().filter(o -> !o.updatedAt().isBefore(q.updatedFrom()))
                    .sorted(Comparator.comparing(Order::updatedAt).thenComparing(Order::marketplaceOrderId)).toList();
            return Pages.of(cursor -> {
                listCalls++;
                int start = cursor == null ? 0 : Integer.parseInt(cursor);
                int end = Math.min(sorted.size(), start + pageSize);
                return new Page<>(sorted.subList(start, end), end < sorted.size() ? String.valueOf(end) : null);
            });
        }

        @Override
        public void close() {
        }
    }

    static Order order(String id, Instant updated) {
        return Order.builder("memory", id).status(OrderStatus.UNSHIPPED).createdAt(T0.minusSeconds(86400)).updatedAt(updated)
                .currency(Monetary.getCurrency("EUR")).build();
    }

    private static OrderSync sync(MemoryConnector c, CheckpointStore store, Duration overlap) {
        return OrderSync.builder(c, store).startFrom(T0.minusSeconds(3600)).overlap(overlap).build();
    }

    @Test
    void eachOrderIsHandedOverOnceAndTheCheckpointFollowsEachAcceptedBatch() {
        MemoryConnector c = new MemoryConnector(3);
        for (int i = 0; i < 10; i++) {
            c.put("o" + i, T0.plusSeconds(i));
        }
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<String> got = new ArrayList<>();
        List<Checkpoint> stored = new ArrayList<>();
        SyncResult r = sync(c, store, Duration.ofSeconds(2)).run(b -> {
            b.orders().forEach(o -> got.add(o.marketplaceOrderId()));
            stored.add(store.load("memory").orElse(null));
        });
        assertThat(got).containsExactly("o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9");
        assertThat(stored.get(0)).as("not yet saved while the host handles the first batch").isNull();
        assertThat(r.delivered()).isEqualTo(10);
        Checkpoint cp = store.load("memory").orElseThrow();
        assertThat(cp.highWaterMark()).isEqualTo(T0.plusSeconds(9));
        assertThat(cp.floor()).isEqualTo(T0.plusSeconds(7));
        assertThat(cp.seen()).containsOnlyKeys("o7", "o8", "o9");
    }

    @Test
    void aHostFailureKeepsTheLastAcceptedCheckpointAndTheRerunResumesWithoutLossOrRepeat() {
        MemoryConnector c = new MemoryConnector(2);
        for (int i = 0; i < 6; i++) {
            c.put("o" + i, T0.plusSeconds(i));
        }
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        Map<String, Integer> got = new HashMap<>();
        int[] calls = {0};
        assertThatThrownBy(() -> sync(c, store, Duration.ofSeconds(10)).run(b -> {
            if (++calls[0] == 2) {
                throw new IllegalStateException("host database down");
            }
            b.orders().forEach(o -> got.merge(o.marketplaceOrderId(), 1, Integer::sum));
        })).hasMessageContaining("host database down");
        assertThat(store.load("memory").orElseThrow().highWaterMark()).isEqualTo(T0.plusSeconds(1));
        sync(c, store, Duration.ofSeconds(10)).run(b -> b.orders().forEach(o -> got.merge(o.marketplaceOrderId(), 1, Integer::sum)));
        assertThat(got).containsOnlyKeys("o0", "o1", "o2", "o3", "o4", "o5").allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    }

    @Test
    void anOrderUpdatedAgainIsHandedOverAgainAsItsNewVersion() {
        MemoryConnector c = new MemoryConnector(5);
        c.put("a", T0);
        c.put("b", T0.plusSeconds(1));
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<String> got = new ArrayList<>();
        OrderSync s = sync(c, store, Duration.ofMinutes(5));
        s.run(b -> b.orders().forEach(o -> got.add(o.marketplaceOrderId() + "@" + o.updatedAt().getEpochSecond() % 100)));
        c.put("a", T0.plusSeconds(30));
        s.run(b -> b.orders().forEach(o -> got.add(o.marketplaceOrderId() + "@" + o.updatedAt().getEpochSecond() % 100)));
        assertThat(got).containsExactly("a@0", "b@1", "a@30");
    }

    @Test
    void anOrderIndexedLateWithinTheOverlapWindowIsStillHandedOver() {
        MemoryConnector c = new MemoryConnector(5);
        c.put("a", T0.plusSeconds(100));
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<String> got = new ArrayList<>();
        OrderSync s = sync(c, store, Duration.ofMinutes(5));
        s.run(b -> b.orders().forEach(o -> got.add(o.marketplaceOrderId())));
        c.put("late", T0.plusSeconds(40)); // updated before the high-water mark, visible only now
        SyncResult second = s.run(b -> b.orders().forEach(o -> got.add(o.marketplaceOrderId())));
        assertThat(got).containsExactly("a", "late");
        assertThat(second.duplicates()).isEqualTo(1);
    }

    @Test
    void theRememberedWindowIsBoundedAndTheFloorRisesWhenItOverflows() {
        MemoryConnector c = new MemoryConnector(50);
        for (int i = 0; i < 100; i++) {
            c.put(String.format("o%03d", i), T0.plusMillis(i));
        }
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        OrderSync s = OrderSync.builder(c, store).startFrom(T0).overlap(Duration.ofHours(1)).maxSeen(10).build();
        List<String> got = new ArrayList<>();
        s.run(b -> b.orders().forEach(o -> got.add(o.marketplaceOrderId())));
        Checkpoint cp = store.load("memory").orElseThrow();
        assertThat(cp.seen()).hasSize(10);
        assertThat(cp.floor()).isAfter(T0.plusMillis(89)).isBefore(T0.plusMillis(91));
        s.run(b -> b.orders().forEach(o -> got.add(o.marketplaceOrderId())));
        assertThat(got).hasSize(100).doesNotHaveDuplicates();
    }

    @Test
    void aCrashAfterAcceptanceButBeforeTheSaveRepeatsOnlyThatBatchWithTheSameKeys() {
        MemoryConnector c = new MemoryConnector(2);
        for (int i = 0; i < 4; i++) {
            c.put("o" + i, T0.plusSeconds(i));
        }
        InMemoryCheckpointStore real = new InMemoryCheckpointStore();
        int[] saves = {0};
        CheckpointStore crashing = new CheckpointStore() {
            @Override
            public java.util.Optional<Checkpoint> load(String key) {
                return real.load(key);
            }

            @Override
            public void save(String key, Checkpoint cp) {
                if (++saves[0] == 2) {
                    throw new IllegalStateException("process died before the save");
                }
                real.save(key, cp);
            }
        };
        List<String> got = new ArrayList<>();
        assertThatThrownBy(() -> sync(c, crashing, Duration.ofSeconds(10))
                .run(b -> b.orders().forEach(o -> got.add(o.marketplaceOrderId() + "@" + o.updatedAt().getEpochSecond()))))
                .hasMessageContaining("died");
        sync(c, crashing, Duration.ofSeconds(10)).run(b -> b.orders().forEach(o -> got.add(o.marketplaceOrderId() + "@" + o.updatedAt().getEpochSecond())));
        long t = T0.getEpochSecond();
        // without a transactional store the one batch in the gap comes again, with the same (id, updatedAt) keys
        assertThat(got).containsExactly("o0@" + t, "o1@" + (t + 1), "o2@" + (t + 2), "o3@" + (t + 3), "o2@" + (t + 2), "o3@" + (t + 3));
    }

    @Test
    void aFirstRunNeedsAStartingPoint() {
        MemoryConnector c = new MemoryConnector(5);
        assertThatThrownBy(() -> OrderSync.builder(c, new InMemoryCheckpointStore()).build().run(b -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("startFrom");
    }

    /** Crashes in the host at arbitrary batches, with orders updated between runs: nothing lost, nothing repeated. */
    @Test
    void crashesAtAnyBatchNeverLoseOrRepeatAVersion() {
        qt().withFixedSeed(42L).withExamples(1000)
                .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 40), integers().between(1, 7), integers().between(0, 30))
                .checkAssert((times, pageSize, crashEvery) -> {
                    MemoryConnector c = new MemoryConnector(pageSize);
                    for (int i = 0; i < times.size(); i++) {
                        c.put("o" + i, T0.plusSeconds(times.get(i)));
                    }
                    InMemoryCheckpointStore store = new InMemoryCheckpointStore();
                    Map<String, Integer> got = new HashMap<>();
                    int[] batches = {0};
                    for (int run = 0; run < 200; run++) {
                        try {
                            sync(c, store, Duration.ofSeconds(45)).run(b -> {
                                if (crashEvery >= 2 && ++batches[0] % crashEvery == 0) {
                                    throw new IllegalStateException("crash");
                                }
                                b.orders().forEach(o -> got.merge(o.marketplaceOrderId() + "@" + o.updatedAt(), 1, Integer::sum));
                            });
                            break;
                        } catch (IllegalStateException e) {
                            // rerun
                        }
                    }
                    assertThat(got).hasSize(times.size());
                    assertThat(got.values()).allMatch(n -> n == 1);
                });
    }
}
