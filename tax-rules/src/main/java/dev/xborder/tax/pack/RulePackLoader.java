package dev.xborder.tax.pack;

import dev.xborder.core.Checks;
import dev.xborder.core.RuleDataException;
import dev.xborder.tax.pack.internal.PackMerger;
import dev.xborder.tax.pack.internal.PackReader;
import dev.xborder.tax.pack.internal.PackValidator;
import dev.xborder.tax.pack.internal.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads rule packs (bundled, host files, classpath resources, in-memory JSON) with a declared
 * precedence, validates all of them, merges overrides and returns a {@link RuleBook}. Every problem
 * in every pack is reported in one {@link RuleDataException}; if there is any, nothing is loaded.
 *
 * <pre>{@code
 * RuleBook book = RulePackLoader.builder()
 *         .bundled()                                   // precedence 0
 *         .file(Path.of("/etc/shop/de-override.json"), 10)
 *         .load();
 * }</pre>
 *
 * <p>A builder is not thread-safe; the {@link RuleBook} it loads is.
 */
public final class RulePackLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RulePackLoader.class);

    /** Classpath folder of the bundled packs. */
    public static final String BUNDLED_FOLDER = "dev/xborder/tax/packs/";
    /** Index of the bundled packs (one file name per line) in {@link #BUNDLED_FOLDER}. */
    public static final String BUNDLED_INDEX = BUNDLED_FOLDER + "index.txt";
    /** Precedence of bundled packs. */
    public static final int BUNDLED_PRECEDENCE = 0;

    private final List<Input> inputs = new ArrayList<>();

    private record Input(String name, Opener opener, int precedence, int order) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private RulePackLoader() {
    }

    /** A new, empty loader: add packs, then {@link #load()}. */
    public static RulePackLoader builder() {
        return new RulePackLoader();
    }

    /**
     * Loads only the bundled packs.
     *
     * @throws RuleDataException if a bundled pack is missing or invalid
     */
    public static RuleBook loadBundled() {
        return builder().bundled().load();
    }

    /**
     * Adds every bundled pack listed in {@link #BUNDLED_INDEX}, at precedence 0.
     *
     * @throws RuleDataException if the index is not on the classpath or cannot be read
     */
    public RulePackLoader bundled() {
        ClassLoader cl = RulePackLoader.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(BUNDLED_INDEX)) {
            if (in == null) {
                throw new RuleDataException(List.of(new RuleDataException.Problem(BUNDLED_INDEX, "$",
                        "bundled pack index not found on the classpath")));
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    classpath(BUNDLED_FOLDER + name, BUNDLED_PRECEDENCE);
                }
            }
        } catch (IOException e) {
            throw new RuleDataException(List.of(new RuleDataException.Problem(BUNDLED_INDEX, "$",
                    "cannot read: " + e.getMessage())), e);
        }
        return this;
    }

    /**
     * Adds a pack file, read at {@link #load()}.
     *
     * @throws dev.xborder.core.InvalidInputException if file is null
     */
    public RulePackLoader file(Path file, int precedence) {
        Checks.notNull(file, "file");
        inputs.add(new Input(file.toString(), () -> Files.newInputStream(file), precedence, inputs.size()));
        return this;
    }

    /**
     * Adds a classpath resource (absolute name, no leading slash), read with this library's class loader at
     * {@link #load()}.
     *
     * @throws dev.xborder.core.InvalidInputException if resource is null or blank
     */
    public RulePackLoader classpath(String resource, int precedence) {
        Checks.notBlank(resource, "resource");
        ClassLoader cl = RulePackLoader.class.getClassLoader();
        inputs.add(new Input("classpath:" + resource, () -> {
            InputStream in = cl.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("resource not found");
            }
            return in;
        }, precedence, inputs.size()));
        return this;
    }

    /**
     * Adds a pack given as JSON text; {@code name} is used in messages.
     *
     * @throws dev.xborder.core.InvalidInputException if name is null or blank, or json is null
     */
    public RulePackLoader json(String name, String json, int precedence) {
        Checks.notBlank(name, "name");
        Checks.notNull(json, "json");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        inputs.add(new Input(name, () -> new ByteArrayInputStream(bytes), precedence, inputs.size()));
        return this;
    }

    /**
     * Reads an override again with the conversion rules it inherits. Its problems were reported by the first read
     * (the inherited rules change only rate-date defaults), so this read's are not reported twice; if it fails
     * (a file changed between the reads), the first reading is kept.
     */
    private static RulePack readAgain(Input in, RulePack first, RulePack.Conversion inherited) {
        try (InputStream s = in.opener().open()) {
            RulePack again = PackReader.read(in.name(), s, new Problems(), inherited);
            return again != null ? again : first;
        } catch (IOException e) {
            return first;
        }
    }

    /**
     * Reads, validates and merges every added pack.
     *
     * @return the validated, merged packs
     * @throws RuleDataException with every problem of every pack (or when no pack was added); nothing is loaded then
     */
    public RuleBook load() {
        Problems problems = new Problems();
        List<Input> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparingInt(Input::precedence).thenComparingInt(Input::order));
        Map<Input, RulePack> read = new LinkedHashMap<>();
        for (Input in : sorted) {
            try (InputStream s = in.opener().open()) {
                RulePack p = PackReader.read(in.name(), s, problems);
                if (p != null) {
                    read.put(in, p);
                }
            } catch (IOException e) {
                problems.add(in.name(), "$", "cannot read: " + e.getMessage());
            }
        }
        Map<String, RulePack> packs = new LinkedHashMap<>();
        Map<String, Map<Integer, Set<String>>> touched = new HashMap<>();
        for (Map.Entry<Input, RulePack> e : read.entrySet()) {
            RulePack p = e.getValue();
            if (p.kind() == RulePack.Kind.BASE) {
                if (packs.containsKey(p.jurisdiction())) {
                    problems.add(p.file(), "$.jurisdiction", "a BASE pack for " + p.jurisdiction()
                            + " is already loaded from " + packs.get(p.jurisdiction()).file()
                            + "; use kind OVERRIDE to change it");
                } else {
                    packs.put(p.jurisdiction(), p);
                }
            }
        }
        for (Map.Entry<Input, RulePack> e : read.entrySet()) {
            RulePack p = e.getValue();
            if (p.kind() != RulePack.Kind.OVERRIDE) {
                continue;
            }
            RulePack base = packs.get(p.jurisdiction());
            if (base == null) {
                problems.add(p.file(), "$.jurisdiction", "OVERRIDE for " + p.jurisdiction()
                        + " but no BASE pack for it is loaded");
                continue;
            }
            if ((p.conversion() == null || p.conversion().thresholds() == null)
                    && base.conversion().thresholds() != RulePack.Conversion.DEFAULT.thresholds()) {
                // value tests without rateDate follow the rules of the pack overridden: read again with them
                p = readAgain(e.getKey(), p, base.conversion());
            }
            Set<String> seen = touched.computeIfAbsent(p.jurisdiction(), k -> new HashMap<>())
                    .computeIfAbsent(e.getKey().precedence(), k -> new HashSet<>());
            for (String id : PackMerger.touchedIds(p)) {
                if (!seen.add(id)) {
                    problems.add(p.file(), "$." + id, "another OVERRIDE at the same precedence "
                            + e.getKey().precedence() + " changes the same rule; give them different precedences");
                }
            }
            packs.put(p.jurisdiction(), PackMerger.merge(base, p));
        }
        for (RulePack p : packs.values()) {
            PackValidator.validate(p, problems);
        }
        // the same destination country must not be governed by two packs at once
        List<RulePack> all = new ArrayList<>(packs.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                for (RulePack.Destination a : all.get(i).destinations()) {
                    for (RulePack.Destination b : all.get(j).destinations()) {
                        if (a.country().equals(b.country()) && a.meta().period().overlaps(b.meta().period())) {
                            problems.add(all.get(j).file(), "$.destinations[id=" + b.meta().id() + "]",
                                    b.country() + " is already governed by " + all.get(i).file() + " in "
                                            + a.meta().period());
                        }
                    }
                }
            }
        }
        problems.throwIfAny();
        if (packs.isEmpty()) {
            throw new RuleDataException(List.of(new RuleDataException.Problem("(none)", "$", "no rule pack was added")));
        }
        RuleBook book = new RuleBook(packs.values());
        LOG.info("loaded {} rule packs: {}", packs.size(), packs.keySet());
        return book;
    }
}
