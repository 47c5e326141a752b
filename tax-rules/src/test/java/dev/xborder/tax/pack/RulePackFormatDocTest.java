package dev.xborder.tax.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.core.RuleDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example of docs/rule-pack-format.md, read from the Markdown file, loads with {@link RulePackLoader}:
 * each rule example is put into the section its heading names, inside a minimal pack (a destination, a valuation,
 * a rounding rule and a standard VAT rate for each country it names), with its {@code "source": "..."} pointing at
 * that pack's source. So a field name, an enum value or a required field the document gets wrong fails here.
 */
class RulePackFormatDocTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECTION = Pattern.compile("^#{2,4} (?:`([A-Za-z]+)`|(Per-line regimes)|(Header)|(Value tests))");

    /** One ```json block and the section heading it stands under. */
    record Example(int line, String section, String text) {
    }

    static Path doc() {
        Path p = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(p.resolve("tax-rules")) ? p : p.getParent();
        return root.resolve("docs/rule-pack-format.md");
    }

    static List<Example> examples() throws Exception {
        List<Example> out = new ArrayList<>();
        String section = null;
        StringBuilder block = null;
        int start = 0;
        List<String> lines = Files.readAllLines(doc());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher m = SECTION.matcher(l);
            if (block == null && l.startsWith("#")) {
                section = !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2) != null ? "regimes"
                        : m.group(3) != null ? "header" : "valueTest";
            }
            if (block == null && l.startsWith("```json")) {
                block = new StringBuilder();
                start = i + 1;
            } else if (block != null && l.startsWith("```")) {
                out.add(new Example(start, section, block.toString()));
                block = null;
            } else if (block != null) {
                block.append(l).append('\n');
            }
        }
        return out;
    }

    /** The JSON objects of a block (one or several, one after the other). */
    static List<ObjectNode> objects(Example e) {
        List<ObjectNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(e.text())) {
            while (it.hasNextValue()) {
                out.add((ObjectNode) it.nextValue());
            }
        } catch (Exception ex) {
            fail("docs/rule-pack-format.md line " + e.line() + " (" + e.section() + "): not JSON: " + ex.getMessage());
        }
        return out;
    }

    @Test
    void everyRuleExampleOfTheFormatDocumentLoads() throws Exception {
        List<Example> examples = examples();
        Set<String> sections = new LinkedHashSet<>();
        for (Example e : examples) {
            if (e.section() == null || e.section().equals("header")) {
                continue;
            }
            for (ObjectNode rule : objects(e)) {
                String section = e.section();
                if (section.equals("valueTest")) {
                    ObjectNode valueTest = rule;
                    rule = JSON.createObjectNode().put("id", "doc.relief").put("from", "2024-01-01").put("source", "doc");
                    rule.set("valueTest", valueTest);
                    section = "dutyDeMinimis";
                }
                sections.add(section);
                String pack = pack("EU", section, rule, "doc");
                try {
                    RulePackLoader.builder().json("rule-pack-format.md:" + e.line(), pack, 0).load();
                } catch (RuleDataException ex) {
                    fail("docs/rule-pack-format.md line " + e.line() + ": the " + section + " example "
                            + rule.get("id") + " does not load: " + ex.getMessage() + "\npack: " + pack);
                }
            }
        }
        assertThat(sections).as("an example for every section the document shows").containsExactlyInAnyOrder(
                "destinations", "valuation", "rounding", "taxRates", "regimes", "dutyDeMinimis", "dutyRates",
                "originDuties", "flatDuties", "fees", "territories", "regions", "bandedRates", "advisories");
    }

    @Test
    void theHeaderExampleLoadsWithItsSectionsFilledIn() throws Exception {
        Example header = examples().stream().filter(e -> "header".equals(e.section())).findFirst().orElseThrow();
        String placeholder = "\"destinations\": [ ... ],\n  ...rule sections...\n";
        assertThat(header.text()).contains(placeholder);
        ObjectNode sections = (ObjectNode) JSON.readTree(pack("GB", "none", null, "govuk-vat-rates"));
        String filled = header.text().replace(placeholder, "\"destinations\": " + sections.get("destinations")
                + ", \"valuation\": " + sections.get("valuation") + ", \"rounding\": " + sections.get("rounding")
                + ", \"taxRates\": " + sections.get("taxRates") + "\n");
        RuleBook book = RulePackLoader.builder().json("rule-pack-format.md:" + header.line(), filled, 0).load();
        assertThat(book.pack("GB")).isPresent();
    }

    /**
     * A minimal pack holding {@code rule} in {@code section}: destinations, a CIF valuation, a rounding rule and a
     * 20% standard rate for each country the rule names (GB when none), from the rule's own {@code from}; the rule's own section is
     * not filled in for it.
     */
    static String pack(String jurisdiction, String section, ObjectNode rule, String sourceId) {
        ObjectNode p = JSON.createObjectNode();
        p.put("formatVersion", 1).put("dataVersion", "doc").put("jurisdiction", jurisdiction);
        p.putArray("sources").addObject().put("id", sourceId).put("document", "docs/rule-pack-format.md")
                .put("url", "https://example.org/doc");
        Set<String> countries = new LinkedHashSet<>();
        String from = "2000-01-01";
        if (rule != null) {
            if (rule.hasNonNull("source")) {
                rule.put("source", sourceId);
            }
            if (rule.hasNonNull("country")) {
                countries.add(rule.get("country").asText());
            }
            if (rule.hasNonNull("from")) {
                from = rule.get("from").asText();
            }
        }
        if (countries.isEmpty()) {
            countries.add("GB");
        }
        ArrayNode dest = p.putArray("destinations");
        ArrayNode valuation = p.putArray("valuation");
        ArrayNode taxRates = p.putArray("taxRates");
        for (String c : countries) {
            if (!section.equals("destinations")) {
                dest.addObject().put("id", "doc.destination." + c).put("country", c).put("currency", "EUR")
                        .put("from", from).put("source", sourceId);
            }
            boolean ownStandardRate = section.equals("taxRates") && rule.path("category").asText().equals("STANDARD")
                    && !rule.has("region");
            if (!ownStandardRate) {
                taxRates.addObject().put("id", "doc.vat." + c).put("country", c).put("category", "STANDARD")
                        .put("rate", "20").put("from", from).put("source", sourceId);
            }
        }
        if (!section.equals("rounding")) {
            p.putArray("rounding").addObject().put("id", "doc.rounding").put("from", from).put("source", sourceId)
                    .put("scope", "LINE").put("mode", "HALF_UP");
        }
        if (!section.equals("valuation")) {
            valuation.addObject().put("id", "doc.valuation").put("from", from).put("source", sourceId)
                    .put("dutyBasis", "CIF").putArray("taxBase").add("DUTY");
        }
        if (rule != null) {
            ArrayNode own = p.has(section) ? (ArrayNode) p.get(section) : p.putArray(section);
            own.add(rule);
        }
        return p.toString();
    }
}
