package dev.xborder.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ranksTheOptionsWithWarehouseStockCheapestForTheEur139Backpack() throws Exception {
        CliRun r = CliRun.of("plan", Samples.arg("order-plan.json"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode p = json.readTree(r.out());
        assertThat(p.get("feasible").asBoolean()).isTrue();
        JsonNode options = p.get("options");
        assertThat(options.size()).isGreaterThan(1);
        assertThat(options.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(options.get(0).get("mode").asText()).isEqualTo("OVERSEAS_WAREHOUSE");
        for (int i = 1; i < options.size(); i++) {
            assertThat(new java.math.BigDecimal(options.get(i).at("/cost/total").asText()))
                    .isGreaterThanOrEqualTo(new java.math.BigDecimal(options.get(i - 1).at("/cost/total").asText()));
        }
        // every excluded option says why
        for (JsonNode e : p.get("excluded")) {
            assertThat(e.get("reasons").size()).isPositive();
        }
        assertThat(r.out()).contains("NOT_TRACKED");
    }

    @Test
    void freightOnlyPlansWithoutDutyAndTax() throws Exception {
        CliRun r = CliRun.of("plan", "--freight-only", Samples.arg("order-plan.json"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("freight only");
    }

    @Test
    void anUnknownFlagValueNamesItsPath(@TempDir Path dir) throws Exception {
        String bad = Samples.read("order-plan.json").replace("\"taxCategory\": \"STANDARD\"",
                "\"taxCategory\": \"STANDARD\", \"flags\": [\"PLUTONIUM\"]");
        Path f = Files.writeString(dir.resolve("flags.json"), bad);
        QuoteCommandTest.assertOneLineInputError(CliRun.of("plan", f.toString()), "lines[0].flags[0]: not one of [");
    }

    @Test
    void anUnknownPropertyAndABadDateAreInputErrors(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("p.json"), Samples.read("order-plan.json").replace("\"needs\"", "\"nedds\""));
        QuoteCommandTest.assertOneLineInputError(CliRun.of("plan", f.toString()), "nedds: unknown property");
        Path g = Files.writeString(dir.resolve("d.json"), Samples.read("order-plan.json").replace("2026-11-20", "20.11.2026"));
        QuoteCommandTest.assertOneLineInputError(CliRun.of("plan", g.toString()), "date: not an ISO-8601 date");
    }

    @Test
    void malformedJsonAndMissingFilesAreInputErrors(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("m.json"), "{ \"date\": ");
        QuoteCommandTest.assertOneLineInputError(CliRun.of("plan", f.toString()), "malformed JSON");
        QuoteCommandTest.assertOneLineInputError(CliRun.of("plan", dir.resolve("none.json").toString()), "file not found");
    }
}
