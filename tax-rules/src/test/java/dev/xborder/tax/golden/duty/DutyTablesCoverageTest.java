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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the duty data of every bundled pack against its documentation: every duty rule names a source with a
 * document and a URL, and the coverage matrix in {@code docs/duty-tables.md} matches what the packs encode.
 */
class DutyTablesCoverageTest {
    private static final String FOLDER = "/dev/xborder/tax/packs/";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        Map<String, List<String>> documented = documentedMatrix();
        Map<String, List<String>> computed = new LinkedHashMap<>();
        for (String file : packFiles()) {
            JsonNode pack = read(file);
            List<String> row = new ArrayList<>();
            for (List<String> prefixes : GROUPS.values()) {
                row.add(status(pack.path("dutyRates"), prefixes));
            }
            computed.put(pack.path("jurisdiction").asText(), row);
        }
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(computed.keySet());
        for (var e : computed.entrySet()) {
            assertThat(documented.get(e.getKey())).as("docs/duty-tables.md row %s", e.getKey())
                    .containsExactlyElementsOf(e.getValue());
        }
    }

    /** encoded / uncertain / missing for one destination and one group of HS prefixes. */
    private static String status(JsonNode dutyRates, List<String> groupPrefixes) {
        boolean any = false;
        boolean uncertain = false;
        for (JsonNode rule : dutyRates) {
            String prefix = rule.path("hsPrefix").asText("");
            if (prefix.isEmpty()) {
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

    private static Map<String, List<String>> documentedMatrix() {
        Path doc = Path.of("..", "docs", "duty-tables.md");
        if (!Files.exists(doc)) {
            doc = Path.of("docs", "duty-tables.md");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("<!-- coverage:start -->");
        int end = lines.indexOf("<!-- coverage:end -->");
        assertThat(start).as("coverage markers in %s", doc).isGreaterThanOrEqualTo(0).isLessThan(end);
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
