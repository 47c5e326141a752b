package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.RuleDataException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validated, immutable set of rate cards and warehouse tariffs, loaded from JSON files in the
 * format described in {@code docs/rate-card-format.md}. Loading reports every problem of every
 * file at once in one {@link RuleDataException} (each naming file and JSON path) and yields
 * nothing if there is any problem. Thread-safe.
 *
 * <p>Several versions of one card id (or warehouse id) may be loaded when their effective periods
 * do not overlap; the planner uses the version in effect on the ship date.
 *
 * <p>{@link #samples()} loads the bundled SAMPLE cards: illustrative prices, not carrier quotes.
 */
public final class RateCards {
    private static final Logger LOG = LoggerFactory.getLogger(RateCards.class);

    /** Classpath folder of the bundled sample files. */
    public static final String SAMPLES_FOLDER = "dev/xborder/core/logistics/samples/";
    /** The bundled sample files, in load order. */
    public static final List<String> SAMPLE_FILES = List.of("sample-rate-cards.json");

    private final List<RateCard> cards;
    private final List<Warehouse> warehouses;
    private final List<RateCardReader.Located<RateCard>> locatedCards;
    private final List<RateCardReader.Located<Warehouse>> locatedWarehouses;
    /** card id -> versions sorted by effectiveFrom. */
    private final Map<String, List<RateCard>> cardsById;
    private final Map<String, List<Warehouse>> warehousesById;

    private RateCards(List<RateCardReader.Located<RateCard>> cards, List<RateCardReader.Located<Warehouse>> warehouses) {
        List<Problem> problems = new ArrayList<>();
        this.locatedCards = List.copyOf(cards);
        this.locatedWarehouses = List.copyOf(warehouses);
        Map<String, List<RateCardReader.Located<RateCard>>> byId = new LinkedHashMap<>();
        for (RateCardReader.Located<RateCard> c : cards) {
            byId.computeIfAbsent(c.item().id(), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<RateCard>> index = new java.util.TreeMap<>();
        byId.forEach((id, versions) -> {
            versions.sort(Comparator.comparing(v -> v.item().effectiveFrom()));
            for (int i = 1; i < versions.size(); i++) {
                RateCardReader.Located<RateCard> prev = versions.get(i - 1), cur = versions.get(i);
                LocalDate prevUntil = prev.item().effectiveUntil().orElse(null);
                if (prevUntil == null || prevUntil.isAfter(cur.item().effectiveFrom())) {
                    problems.add(new Problem(cur.file(), cur.path() + ".effective",
                            "card id \"" + id + "\" overlaps the version at " + prev.file() + " " + prev.path()
                                    + " (periods of one id must not overlap)"));
                }
            }
            index.put(id, versions.stream().map(RateCardReader.Located::item).toList());
        });
        Map<String, List<RateCardReader.Located<Warehouse>>> whById = new LinkedHashMap<>();
        for (RateCardReader.Located<Warehouse> w : warehouses) {
            whById.computeIfAbsent(w.item().id(), k -> new ArrayList<>()).add(w);
        }
        Map<String, List<Warehouse>> whIndex = new java.util.TreeMap<>();
        whById.forEach((id, versions) -> {
            versions.sort(Comparator.comparing(v -> v.item().effectiveFrom()));
            for (int i = 1; i < versions.size(); i++) {
                RateCardReader.Located<Warehouse> prev = versions.get(i - 1), cur = versions.get(i);
                LocalDate prevUntil = prev.item().effectiveUntil().orElse(null);
                if (prevUntil == null || prevUntil.isAfter(cur.item().effectiveFrom())) {
                    problems.add(new Problem(cur.file(), cur.path() + ".effective",
                            "warehouse id \"" + id + "\" overlaps the version at " + prev.file() + " " + prev.path()));
                }
            }
            whIndex.put(id, versions.stream().map(RateCardReader.Located::item).toList());
        });
        for (RateCardReader.Located<Warehouse> lw : warehouses) {
            Warehouse w = lw.item();
            for (int i = 0; i < w.lastMileCardIds().size(); i++) {
                String cid = w.lastMileCardIds().get(i);
                String path = lw.path() + ".lastMileCards[" + i + "]";
                List<RateCard> versions = index.get(cid);
                if (versions == null) {
                    problems.add(new Problem(lw.file(), path, "no rate card with id \"" + cid + "\" is loaded"));
                    continue;
                }
                for (RateCard c : versions) {
                    if (c.mode() != w.mode()) {
                        problems.add(new Problem(lw.file(), path, "card \"" + cid + "\" has mode " + c.mode()
                                + " but the warehouse is " + w.mode()));
                        break;
                    }
                    if (!c.servesOrigin(w.country())) {
                        problems.add(new Problem(lw.file(), path, "card \"" + cid + "\" does not pick up in the warehouse's country "
                                + w.country()));
                        break;
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleDataException(problems);
        }
        this.cardsById = java.util.Collections.unmodifiableMap(index);
        this.warehousesById = java.util.Collections.unmodifiableMap(whIndex);
        this.cards = index.values().stream().flatMap(List::stream).toList();
        this.warehouses = whIndex.values().stream().flatMap(List::stream).toList();
    }

    /** An empty set (the planner then excludes nothing and finds nothing). */
    public static RateCards empty() {
        return new RateCards(List.of(), List.of());
    }

    /**
     * Loads and validates files; all problems of all files are reported together.
     *
     * @throws RuleDataException naming file and JSON path of every problem; nothing is loaded then
     * @throws InvalidInputException if {@code files} or an element is null
     */
    public static RateCards load(List<Path> files) {
        Checks.noNulls(files, "files");
        List<Problem> problems = new ArrayList<>();
        List<RateCardReader.Result> results = new ArrayList<>();
        for (Path f : files) {
            String name = f.toString();
            try {
                long size = Files.size(f);
                if (size > RateCardReader.MAX_DOCUMENT_BYTES) {
                    problems.add(new Problem(name, "$", "file is " + size + " bytes, above the limit of "
                            + RateCardReader.MAX_DOCUMENT_BYTES));
                    continue;
                }
                try (InputStream in = Files.newInputStream(f)) {
                    results.add(RateCardReader.read(name, in));
                }
            } catch (IOException e) {
                problems.add(new Problem(name, "$", "cannot read file: " + e.getClass().getSimpleName()));
            }
        }
        return combine(results, problems);
    }

    /** Loads and validates files; see {@link #load(List)}. */
    public static RateCards load(Path... files) {
        Checks.notNull(files, "files");
        return load(java.util.Arrays.asList(files));
    }

    /**
     * Reads one document from a stream (not closed here). {@code fileName} names it in problems.
     *
     * @throws RuleDataException naming every problem
     */
    public static RateCards read(String fileName, InputStream json) {
        Checks.notBlank(fileName, "fileName");
        Checks.notNull(json, "json");
        return combine(List.of(RateCardReader.read(fileName, json)), new ArrayList<>());
    }

    /** Reads one document from text; see {@link #read(String, InputStream)}. */
    public static RateCards parse(String fileName, String json) {
        Checks.notNull(json, "json");
        return read(fileName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Loads classpath resources (e.g. {@code "dev/xborder/core/logistics/samples/sample-rate-cards.json"}).
     *
     * @throws RuleDataException naming every problem, including missing resources
     */
    public static RateCards fromClasspath(List<String> resources) {
        Checks.noNulls(resources, "resources");
        List<Problem> problems = new ArrayList<>();
        List<RateCardReader.Result> results = new ArrayList<>();
        ClassLoader cl = RateCards.class.getClassLoader();
        for (String r : resources) {
            try (InputStream in = cl.getResourceAsStream(r)) {
                if (in == null) {
                    problems.add(new Problem(r, "$", "no such classpath resource"));
                    continue;
                }
                results.add(RateCardReader.read(r, in));
            } catch (IOException e) {
                problems.add(new Problem(r, "$", "cannot read resource: " + e.getClass().getSimpleName()));
            }
        }
        return combine(results, problems);
    }

    /** The bundled SAMPLE cards and warehouses: illustrative prices, not carrier quotes. */
    public static RateCards samples() {
        return fromClasspath(SAMPLE_FILES.stream().map(f -> SAMPLES_FOLDER + f).toList());
    }

    private static RateCards combine(List<RateCardReader.Result> results, List<Problem> problems) {
        List<RateCardReader.Located<RateCard>> cards = new ArrayList<>();
        List<RateCardReader.Located<Warehouse>> warehouses = new ArrayList<>();
        for (RateCardReader.Result r : results) {
            problems.addAll(r.problems());
            cards.addAll(r.cards());
            warehouses.addAll(r.warehouses());
        }
        if (!problems.isEmpty()) {
            throw new RuleDataException(problems);
        }
        RateCards out = new RateCards(cards, warehouses);
        LOG.debug("loaded {} rate cards and {} warehouses from {} files", out.cards.size(), out.warehouses.size(),
                results.size());
        return out;
    }

    /**
     * This set plus another (e.g. bundled samples plus the host's own files), validated together.
     *
     * @throws RuleDataException if ids overlap in time or warehouse references break
     */
    public RateCards plus(RateCards other) {
        Checks.notNull(other, "other");
        List<RateCardReader.Located<RateCard>> c = new ArrayList<>(locatedCards);
        c.addAll(other.locatedCards);
        List<RateCardReader.Located<Warehouse>> w = new ArrayList<>(locatedWarehouses);
        w.addAll(other.locatedWarehouses);
        return new RateCards(c, w);
    }

    /** Every card version, ordered by id then effective date. */
    public List<RateCard> cards() {
        return cards;
    }

    /** Every warehouse version, ordered by id then effective date. */
    public List<Warehouse> warehouses() {
        return warehouses;
    }

    /** The version of card {@code id} in effect on {@code date}, if any. */
    public Optional<RateCard> card(String id, LocalDate date) {
        Checks.notNull(id, "id");
        Checks.notNull(date, "date");
        return inEffect(cardsById.get(id), date);
    }

    /** The version of warehouse {@code id} in effect on {@code date}, if any. */
    public Optional<Warehouse> warehouse(String id, LocalDate date) {
        Checks.notNull(id, "id");
        Checks.notNull(date, "date");
        List<Warehouse> versions = warehousesById.get(id);
        if (versions != null) {
            for (Warehouse w : versions) {
                if (w.inEffect(date)) {
                    return Optional.of(w);
                }
            }
        }
        return Optional.empty();
    }

    Map<String, List<RateCard>> cardsById() {
        return cardsById;
    }

    Map<String, List<Warehouse>> warehousesById() {
        return warehousesById;
    }

    static Optional<RateCard> inEffect(List<RateCard> versions, LocalDate date) {
        if (versions != null) {
            for (RateCard c : versions) {
                if (c.inEffect(date)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "RateCards[" + cards.size() + " cards, " + warehouses.size() + " warehouses]";
    }
}
