package dev.xborder.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @Test
    void syncsQuotesAndPlansEveryOrderPrintsTheTableAndWritesTheJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results.json");
        CliRun r = CliRun.of("demo", "--date", "2026-11-20", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();

        // the table: a header and one row per order, for every destination of the demo
        assertThat(r.out()).contains("Order").contains("Mode").contains("Freight").contains("Duty").contains("Tax")
                .contains("Fees").contains("Landed").contains("Delivery").contains("Collected by");
        for (String dest : List.of("DE 10115", "DE 80331", "FR 75011", "GB SW1A 2AA", "GB M1 1RG",
                "ES 35002 (Canary Islands)", "US 10118", "AU 2000", "JP 100-0005", "NO 0159")) {
            assertThat(r.out()).contains(dest);
        }
        assertThat(r.out()).contains("OVERSEAS_WAREHOUSE").contains("POSTAL").contains("[EU_IOSS]").contains("[NO_VOEC]")
                .contains("[TERRITORY_OUTSIDE_TAX_AREA]").contains("no feasible option: ").contains("LITHIUM_ION_BATTERY");
        // the stale-rates widening is said, not hidden
        assertThat(r.out()).contains("NOTE: The bundled ECB rates end 2025-05-09").contains("widens the staleness bound");
        assertThat(r.out()).contains("Full results with explanation traces: " + out.toAbsolutePath());
        // progress on stderr, not stdout
        assertThat(r.err()).contains("Marketplace simulator listening on http://127.0.0.1:")
                .contains("Synced 6 orders from amazon").contains("Synced 4 orders from shopify");
        assertThat(r.out()).doesNotContain("Synced");

        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertThat(json.at("/demo/date").asText()).isEqualTo("2026-11-20");
        assertThat(json.at("/demo/staleRatesNotice").asText()).contains("560 days");
        JsonNode orders = json.get("orders");
        assertThat(orders).hasSize(10);
        int quoted = 0;
        for (JsonNode o : orders) {
            assertThat(o.has("error")).as(o.toString()).isFalse();
            assertThat(o.at("/order/marketplaceOrderId").asText()).isNotBlank();
            if (o.hasNonNull("quote")) {
                quoted++;
                assertThat(o.at("/quote/explanations").size()).isPositive();
            }
            assertThat(o.at("/plan/options").isArray()).isTrue();
        }
        assertThat(quoted).isGreaterThanOrEqualTo(7);
        // every conversion in the traces shows its (old) rate date
        assertThat(Files.readString(out)).contains("\"rateDate\" : \"2025-05-09\"");

        // the README shows rows of this run (demo --date 2026-11-20): each must be printed exactly so
        List<String> printed = r.out().lines().map(String::stripTrailing).toList();
        List<String> readmeRows = Files.readAllLines(readme()).stream().map(String::strip)
                .filter(l -> l.matches("^[0-9]{3}-[0-9]{7}-[0-9]{7} .*|^[0-9]{10} .*")).toList();
        assertThat(readmeRows).as("the README's demo table rows").hasSizeGreaterThanOrEqualTo(5);
        assertThat(printed).as("README.md demo rows must be what `demo --date 2026-11-20` prints")
                .containsAll(readmeRows);
    }

    static Path readme() {
        Path p = Path.of("").toAbsolutePath();
        return (Files.isRegularFile(p.resolve("README.md")) ? p : p.getParent()).resolve("README.md");
    }

    @Test
    void theHelpOfEverySubcommandWorks() {
        for (String cmd : List.of("demo", "quote", "plan", "convert", "tax-id", "orders", "rules", "simulator")) {
            CliRun r = CliRun.of(cmd, "--help");
            assertThat(r.exitCode()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).startsWith("Usage: xborder " + cmd).contains("--debug");
        }
        CliRun top = CliRun.of("--help");
        assertThat(top.out()).contains("demo").contains("quote").contains("plan").contains("convert").contains("tax-id")
                .contains("orders").contains("rules");
    }

    @Test
    void anUnknownSubcommandOrOptionIsAUsageError() {
        CliRun r = CliRun.of("quotes");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        CliRun o = CliRun.of("demo", "--colour");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("Unknown option: '--colour'");
    }
}
