package dev.xborder.tax.golden.duty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the duty data of every bundled pack against its documentation: every duty rule names a source with a
 * document and a URL, and the two coverage matrices in {@code docs/duty-tables.md} (lines of every period, and lines
 * in force on the date the doc names) match what the packs encode.
 */
class DutyTablesCoverageTest {
    private static final String FOLDER = "/dev/xborder/tax/packs/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IN_FORCE_START = Pattern.compile("<!-- coverage-on (\\d{4}-\\d{2}-\\d{2}):start -->");

    /** Column headers of the matrix and the HS prefixes each column stands for (same order as the doc). */
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("61/62 apparel", List.of("61", "62"));
        GROUPS.put("64 footwear", List.of("64"));
        GROUPS.put("42 bags", List.of("42"));
        GROUPS.put("95 toys, sports", List.of("95"));
        GROUPS.put("8517 phones", List.of("8517"));
        GROUPS.put("8518 audio", List.of("8518"));
        GROUPS.put("8504 chargers", List.of("850440")); // static converters: phone chargers, not transformers
        GROUPS.put("8507 batteries, power banks", List.of("8507"));
        GROUPS.put("8471 computers", List.of("8471"));
        GROUPS.put("33 cosmetics", List.of("33"));
        GROUPS.put("71 jewellery", List.of("71"));
        GROUPS.put("91 watches", List.of("9101", "9102")); // watches, not clocks, movements or straps
        GROUPS.put("39 plastics homeware", List.of("39"));
        GROUPS.put("69 ceramics", List.of("69"));
        GROUPS.put("73 steel kitchenware", List.of("73"));
        GROUPS.put("94 furniture", List.of("94"));
        GROUPS.put("49 books", List.of("49"));
    }

    @Test
    void everyDutyRuleInEveryBundledPackNamesASourceWithDocumentAndUrl() {
        List<String> problems = new ArrayList<>();
        int rules = 0;
        for (String file : packFiles()) {
            JsonNode pack = read(file);
            Map<String, JsonNode> sources = new LinkedHashMap<>();
            pack.path("sources").forEach(s -> sources.put(s.path("id").asText(), s));
            for (String section : List.of("dutyRates", "originDuties")) {
                for (JsonNode rule : pack.path(section)) {
                    rules++;
                    String where = file + " " + section + " " + rule.path("id").asText();
                    JsonNode source = sources.get(rule.path("source").asText());
                    if (source == null) {
                        problems.add(where + ": source '" + rule.path("source").asText() + "' not in sources");
                        continue;
                    }
                    if (source.path("document").asText().isBlank()) {
                        problems.add(where + ": source without document");
                    }
                    if (!source.path("url").asText().matches("https?://\\S+")) {
                        problems.add(where + ": source without http(s) url");
                    }
                    if (rule.path("from").asText().isBlank()) {
                        problems.add(where + ": no effective date");
                    }
                }
            }
        }
        assertThat(rules).as("duty rules seen").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCoverageMatrixInTheDocsMatchesTheDutyLinesOfThePacks() {
        assertMatrixMatches(documentedMatrix("<!-- coverage:start -->", "<!-- coverage:end -->"), null);
    }

    @Test
    void theInForceMatrixInTheDocsMatchesTheDutyLinesInForceOnItsDate() {
        String start = lines().stream().filter(l -> IN_FORCE_START.matcher(l).matches()).findFirst().orElse(null);
        assertThat(start).as("a line like <!-- coverage-on YYYY-MM-DD:start --> in docs/duty-tables.md").isNotNull();
        var m = IN_FORCE_START.matcher(start);
        assertThat(m.matches()).isTrue();
        LocalDate on = LocalDate.parse(m.group(1));
        assertMatrixMatches(documentedMatrix(start, "<!-- coverage-on:end -->"), on);
    }

    @Test
    void aLineCountsForTheInForceMatrixOnlyFromItsStartAndBeforeItsEnd() throws IOException {
        JsonNode rules = JSON.readTree("""
                [{"hsPrefix": "6109", "from": "2026-01-01", "to": "2026-04-24"},
                 {"hsPrefix": "33", "from": "2026-04-24", "uncertain": true}]""");
        List<String> apparel = List.of("61", "62");
        assertThat(status(rules, apparel, null)).isEqualTo("encoded");
        assertThat(status(rules, apparel, LocalDate.parse("2026-01-01"))).isEqualTo("encoded");
        assertThat(status(rules, apparel, LocalDate.parse("2026-04-23"))).isEqualTo("encoded");
        assertThat(status(rules, apparel, LocalDate.parse("2026-04-24"))).isEqualTo("missing");
        assertThat(status(rules, apparel, LocalDate.parse("2025-12-31"))).isEqualTo("missing");
        assertThat(status(rules, List.of("33"), LocalDate.parse("2026-04-23"))).isEqualTo("missing");
        assertThat(status(rules, List.of("33"), LocalDate.parse("2030-01-01"))).isEqualTo("uncertain");
    }

    /** Compares a documented matrix with the packs' duty lines: of every period when {@code on} is null. */
    private static void assertMatrixMatches(Map<String, List<String>> documented, LocalDate on) {
        Map<String, List<String>> computed = new LinkedHashMap<>();
        for (String file : packFiles()) {
            JsonNode pack = read(file);
            List<String> row = new ArrayList<>();
            for (List<String> prefixes : GROUPS.values()) {
                row.add(status(pack.path("dutyRates"), prefixes, on));
            }
            computed.put(pack.path("jurisdiction").asText(), row);
        }
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(computed.keySet());
        for (var e : computed.entrySet()) {
            assertThat(documented.get(e.getKey()))
                    .as("docs/duty-tables.md row %s%s", e.getKey(), on == null ? "" : " (in force on " + on + ")")
                    .containsExactlyElementsOf(e.getValue());
        }
    }

    /**
     * encoded / uncertain / missing for one destination and one group of HS prefixes, counting the lines of every
     * period when {@code on} is null, else only the lines in force on that date (start inclusive, end exclusive).
     */
    private static String status(JsonNode dutyRates, List<String> groupPrefixes, LocalDate on) {
        boolean any = false;
        boolean uncertain = false;
        for (JsonNode rule : dutyRates) {
            String prefix = rule.path("hsPrefix").asText("");
            if (prefix.isEmpty() || (on != null && !inForce(rule, on))) {
                continue;
            }
            boolean covers = groupPrefixes.stream().anyMatch(g -> prefix.startsWith(g) || g.startsWith(prefix));
            if (covers) {
                any = true;
                uncertain |= rule.path("uncertain").asBoolean(false);
            }
        }
        return !any ? "missing" : uncertain ? "uncertain" : "encoded";
    }

    private static boolean inForce(JsonNode rule, LocalDate on) {
        boolean started = !LocalDate.parse(rule.path("from").asText()).isAfter(on);
        String to = rule.path("to").asText("");
        return started && (to.isEmpty() || on.isBefore(LocalDate.parse(to)));
    }

    private static List<String> lines() {
        Path doc = Path.of("..", "docs", "duty-tables.md");
        if (!Files.exists(doc)) {
            doc = Path.of("docs", "duty-tables.md");
        }
        try {
            return Files.readAllLines(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> documentedMatrix(String startMarker, String endMarker) {
        List<String> lines = lines();
        int start = lines.indexOf(startMarker);
        int end = lines.indexOf(endMarker);
        assertThat(start).as("markers %s / %s in docs/duty-tables.md", startMarker, endMarker)
                .isGreaterThanOrEqualTo(0).isLessThan(end);
        List<String> header = cells(lines.get(start + 1));
        assertThat(header.subList(1, header.size())).containsExactlyElementsOf(GROUPS.keySet());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 3, end)) {
            List<String> cells = cells(line);
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return rows;
    }

    private static List<String> cells(String row) {
        String trimmed = row.trim();
        List<String> out = new ArrayList<>();
        for (String c : trimmed.substring(1, trimmed.length() - 1).split("\\|")) {
            out.add(c.trim());
        }
        return out;
    }

    private static List<String> packFiles() {
        List<String> files = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String l = line.trim();
            if (!l.isEmpty() && !l.startsWith("#")) {
                files.add(l);
            }
        }
        return files;
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(resource(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DutyTablesCoverageTest.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as("bundled resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
