package dev.xborder.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void quotesTheGermanSampleUnderIossWithTheBooksRate() throws Exception {
        CliRun r = CliRun.of("quote", Samples.arg("quote-de.json"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode q = json.readTree(r.out());
        assertThat(q.get("currency").asText()).isEqualTo("EUR");
        assertThat(q.get("regime").asText()).isEqualTo("EU_IOSS");
        assertThat(q.at("/collection/taxCollector").asText()).isEqualTo("SELLER");
        assertThat(q.at("/collection/taxPoint").asText()).isEqualTo("AT_CHECKOUT");
        assertThat(q.get("lines")).hasSize(2);
        assertThat(q.get("explanations").size()).isGreaterThan(3);
        // the parts add up
        var t = q.get("totals");
        assertThat(new java.math.BigDecimal(t.get("goods").asText()).add(new java.math.BigDecimal(t.get("shipping").asText()))
                .add(new java.math.BigDecimal(t.get("insurance").asText())).add(new java.math.BigDecimal(t.get("duty").asText()))
                .add(new java.math.BigDecimal(t.get("tax").asText())).add(new java.math.BigDecimal(t.get("fees").asText())))
                .isEqualByComparingTo(t.get("landedCost").asText());
    }

    @Test
    void explainPrintsTheTraceReadablyWithSources() {
        CliRun r = CliRun.of("quote", "--explain", Samples.arg("quote-gb.json"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Regime: GB_LOW_VALUE_135").contains("Tax:  MARKETPLACE / AT_CHECKOUT")
                .contains("Trace:").contains("gb.lvg-135").contains("source: ").contains("landed cost");
    }

    @Test
    void advisoriesArePrintedAndWritten(@TempDir Path dir) throws Exception {
        // A Vancouver parcel: the CA pack's advisory says the BC PST may also be collected at the border.
        Path f = Files.writeString(dir.resolve("ca.json"), """
                {"date": "2025-06-02", "origin": "CN", "destination": {"country": "CA", "postalCode": "V6B 1A1"},
                 "currency": "CAD", "incoterm": "DAP", "channel": "OWN_STORE", "transportMode": "COURIER",
                 "lines": [{"sku": "MUG", "hsCode": "691200", "originCountry": "CN", "quantity": 1,
                            "unitPrice": "100.00", "taxCategory": "STANDARD"}]}
                """);
        CliRun readable = CliRun.of("quote", "--explain", f.toString());
        assertThat(readable.exitCode()).as(readable.toString()).isZero();
        assertThat(readable.out()).contains("Advisories (the authorities may charge differently):")
                .contains("! PROVINCIAL_SALES_TAX_NOT_MODELLED (ca.provincial-tax-at-import-not-modelled)");
        CliRun asJson = CliRun.of("quote", f.toString());
        assertThat(json.readTree(asJson.out()).at("/advisories/0/code").asText())
                .isEqualTo("PROVINCIAL_SALES_TAX_NOT_MODELLED");
    }

    @Test
    void readsTheRequestFromStandardInput() throws Exception {
        CliRun r = CliRun.withStdin(Samples.read("quote-gb.json"), "quote", "-");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(json.readTree(r.out()).get("currency").asText()).isEqualTo("GBP");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        assertOneLineInputError(CliRun.of("quote", "no-such-request.json"), "no-such-request.json: file not found");
    }

    @Test
    void malformedJsonNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), "{\"date\": \"2025-03-14\",\n");
        assertOneLineInputError(CliRun.of("quote", f.toString()), "bad.json: malformed JSON at line 2");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("ddx.json"), Samples.read("quote-de.json").replace("\"DAP\"", "\"DDX\""));
        assertOneLineInputError(CliRun.of("quote", f.toString()), "incoterm: not one of [");
    }

    @Test
    void aBadDateNamesTheField(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("date.json"), Samples.read("quote-de.json").replace("2025-03-14", "2025-02-30"));
        assertOneLineInputError(CliRun.of("quote", f.toString()), "date: not an ISO-8601 date");
    }

    @Test
    void anUnknownPropertyIsRejected(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("prop.json"), Samples.read("quote-de.json").replace("\"origin\"", "\"orign\""));
        assertOneLineInputError(CliRun.of("quote", f.toString()), "orign: unknown property");
    }

    @Test
    void aDateAfterTheBundledRatesNeedsAnExplicitStalenessBound(@TempDir Path dir) throws Exception {
        // USD request to Germany: amounts are converted to EUR, and the bundled rates end 2025-05-09
        String req = Samples.read("quote-de.json").replace("2025-03-14", "2026-03-13").replace("\"EUR\"", "\"USD\"");
        Path f = Files.writeString(dir.resolve("usd.json"), req);
        CliRun strict = CliRun.of("quote", f.toString());
        assertOneLineInputError(strict, "No exchange rate");
        assertThat(strict.err()).contains("--max-staleness");
        CliRun widened = CliRun.of("quote", f.toString(), "--max-staleness", "400");
        assertThat(widened.exitCode()).as(widened.toString()).isZero();
        assertThat(widened.out()).contains("\"rateDate\" : \"2025-");
    }

    @Test
    void aHostPackOverridesTheBundledRules(@TempDir Path dir) throws Exception {
        // the sample host pack: DE standard VAT 21 % and a EUR 2 parcel fee from 2027-01-01 (HYPOTHETICAL data)
        Path f = Files.writeString(dir.resolve("de-2027.json"), Samples.read("quote-de.json").replace("2025-03-14", "2027-01-15"));
        JsonNode bundled = json.readTree(CliRun.of("quote", f.toString()).out());
        CliRun r = CliRun.of("quote", f.toString(), "--pack", Samples.arg("host-pack-eu-overrides.json"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode host = json.readTree(r.out());
        assertThat(host.at("/totals/fees").asText()).isEqualTo("2.00");
        assertThat(new java.math.BigDecimal(host.at("/totals/tax").asText()))
                .isGreaterThan(new java.math.BigDecimal(bundled.at("/totals/tax").asText()));
        assertThat(r.out()).contains("de.fee-parcel-acme").contains("HYPOTHETICAL");
    }

    @Test
    void aBrokenHostPackIsRejectedNamingFileAndPath(@TempDir Path dir) throws Exception {
        Path pack = Files.writeString(dir.resolve("broken-pack.json"),
                Samples.read("host-pack-eu-overrides.json").replace("\"rate\": \"21\"", "\"rate\": \"210\""));
        CliRun r = CliRun.of("quote", Samples.arg("quote-de.json"), "--pack", pack.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("broken-pack.json");
    }

    static void assertOneLineInputError(CliRun r, String expected) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).as(r.toString()).hasSize(1);
        assertThat(r.err()).contains(expected).doesNotContain("\tat ");
    }
}
