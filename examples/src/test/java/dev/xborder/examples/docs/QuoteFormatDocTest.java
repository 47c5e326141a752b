package dev.xborder.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.core.json.XborderModule;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON examples of docs/quote-format.md, read from the Markdown file: the request parses, and quoting it with
 * the bundled packs and rates gives the quote the document shows (the trace shortened, as the document says), so
 * the document cannot drift from the code.
 */
class QuoteFormatDocTest {
    private static final ObjectMapper JSON = XborderModule.objectMapper();
    private static final LandedCostCalculator CALCULATOR =
            LandedCostCalculator.of(RulePackLoader.loadBundled(), ExchangeRates.bundledEcb());
    private static List<String> blocks;

    @BeforeAll
    static void readTheDocument() throws Exception {
        blocks = jsonBlocks(Files.readString(JurisdictionsDocTest.docs().resolve("quote-format.md")));
    }

    /** The ```json blocks of a Markdown text, in order. */
    static List<String> jsonBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder block = null;
        for (String line : markdown.split("\n", -1)) {
            if (block == null && line.startsWith("```json")) {
                block = new StringBuilder();
            } else if (block != null && line.startsWith("```")) {
                out.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return out;
    }

    @Test
    void theDocumentHasTheRequestTheQuoteAndTheConversionStep() {
        assertThat(blocks).hasSize(3);
    }

    @Test
    void theRequestExampleReadsAndWritesBackUnchanged() throws Exception {
        QuoteRequest request = JSON.readValue(blocks.get(0), QuoteRequest.class);
        assertThat(request.lines()).hasSize(1);
        assertThat(JSON.readValue(JSON.writeValueAsString(request), QuoteRequest.class)).isEqualTo(request);
        assertThat(JSON.readTree(JSON.writeValueAsString(request))).isEqualTo(JSON.readTree(blocks.get(0)));
    }

    @Test
    void theQuoteExampleReadsAndIsWhatTheRequestExampleQuotes() throws Exception {
        JsonNode documented = JSON.readTree(blocks.get(1));
        JSON.readValue(blocks.get(1), LandedCostQuote.class); // the documented quote is valid JSON for the codec
        LandedCostQuote quote = CALCULATOR.quote(JSON.readValue(blocks.get(0), QuoteRequest.class));
        JsonNode actual = JSON.readTree(JSON.writeValueAsString(quote));

        List<String> names = new ArrayList<>();
        documented.fieldNames().forEachRemaining(names::add);
        List<String> actualNames = new ArrayList<>();
        actual.fieldNames().forEachRemaining(actualNames::add);
        assertThat(names).as("the documented fields, in the order written").isEqualTo(actualNames);
        for (String name : names) {
            if (!name.equals("explanations")) {
                assertThat(actual.get(name)).as(name).isEqualTo(documented.get(name));
            }
        }
        // the trace is shortened in the document: each documented step is in the real trace with the same kind
        // and figures, its reason is the start of the real one and its source the start of the real one up to "..."
        for (JsonNode step : documented.get("explanations")) {
            JsonNode match = null;
            for (JsonNode a : actual.get("explanations")) {
                if (a.get("ruleId").equals(step.get("ruleId")) && a.get("kind").equals(step.get("kind"))) {
                    match = a;
                }
            }
            assertThat(match).as("trace step " + step.get("ruleId")).isNotNull();
            assertThat(match.get("figures")).as(step.get("ruleId") + " figures").isEqualTo(step.get("figures"));
            assertThat(match.get("reason").asText()).startsWith(step.get("reason").asText());
            String source = step.get("source").asText();
            assertThat(match.get("source").asText()).startsWith(source.substring(0, source.indexOf(" ...")));
        }
    }

    @Test
    void theConversionStepIsTheOneOfTheSameRequestSentToPoland() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(blocks.get(0));
        request.put("date", "2025-04-23");
        request.set("destination", JSON.readTree("{\"country\": \"PL\", \"postalCode\": \"00-001\"}"));
        LandedCostQuote quote = CALCULATOR.quote(JSON.treeToValue(request, QuoteRequest.class));
        assertThat(quote.currency().getCurrencyCode()).isEqualTo("PLN");
        JsonNode actual = JSON.readTree(JSON.writeValueAsString(quote));
        JsonNode firstConversion = null;
        for (JsonNode a : actual.get("explanations")) {
            if (firstConversion == null && a.get("kind").asText().equals("CONVERSION")) {
                firstConversion = a;
            }
        }
        assertThat(firstConversion).isEqualTo(JSON.readTree(blocks.get(2)));
    }
}
