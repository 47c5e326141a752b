package dev.xborder.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.examples.demo.DemoOrders;
import dev.xborder.examples.demo.MarketplaceSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersCommandTest {
    private MarketplaceSimulator sim;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        sim = MarketplaceSimulator.start(DemoOrders.forDate(LocalDate.of(2026, 11, 20)));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** The shipped sample config, pointed at this test's simulator port. */
    private String config(String sample) throws Exception {
        String text = Samples.read(sample).replace("http://127.0.0.1:8971", sim.baseUrl().toString());
        return Files.writeString(dir.resolve(sample), text).toString();
    }

    @Test
    void printsAmazonOrdersAsJsonLines() throws Exception {
        CliRun r = CliRun.of("orders", "--connector", "amazon", "--config", config("connector-amazon-simulator.json"),
                "--since", "2026-11-01");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        ObjectMapper m = new ObjectMapper();
        for (String l : lines) {
            JsonNode o = m.readTree(l);
            assertThat(o.get("marketplace").asText()).isEqualTo("amazon");
            assertThat(o.get("channel").asText()).isEqualTo("MARKETPLACE");
            assertThat(o.get("lines").size()).isPositive();
        }
        assertThat(r.err()).contains("6 orders from amazon");
    }

    @Test
    void aFileCheckpointMakesTheSecondRunIncremental() throws Exception {
        String cfg = config("connector-shopify-simulator.json");
        Path cp = dir.resolve("checkpoints");
        CliRun first = CliRun.of("orders", "--connector", "shopify", "--config", cfg, "--since", "2026-11-01",
                "--checkpoint", cp.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out().lines()).hasSize(4);
        CliRun second = CliRun.of("orders", "--connector", "shopify", "--config", cfg, "--checkpoint", cp.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).isEmpty();
    }

    @Test
    void badConfigurationIsAnInputErrorThatNamesTheProblemWithoutSecrets() throws Exception {
        String cfg = config("connector-amazon-simulator.json");
        QuoteCommandTest.assertOneLineInputError(
                CliRun.of("orders", "--connector", "shopify", "--config", cfg), "not 'shopify'");
        QuoteCommandTest.assertOneLineInputError(
                CliRun.of("orders", "--connector", "walmart", "--config", writeUnknownConnector()), "unknown connector 'walmart'");
        Path noCreds = Files.writeString(dir.resolve("nocreds.json"),
                "{\"connector\":\"amazon\",\"region\":\"EU\",\"marketplaceIds\":[\"A1PA6795UKMFR9\"],"
                        + "\"credentials\":{\"clientId\":\"x\",\"clientSecret\":\"env:XBORDER_TEST_UNSET_VARIABLE\"}}");
        CliRun r = CliRun.of("orders", "--connector", "amazon", "--config", noCreds.toString());
        QuoteCommandTest.assertOneLineInputError(r, "XBORDER_TEST_UNSET_VARIABLE is not set");
        QuoteCommandTest.assertOneLineInputError(CliRun.of("orders", "--connector", "amazon", "--config", cfg,
                "--since", "yesterday"), "--since: 'yesterday'");
    }

    private String writeUnknownConnector() throws Exception {
        return Files.writeString(dir.resolve("ebay.json"), "{\"connector\":\"walmart\"}").toString();
    }

    @Test
    void wrongCredentialsFailWithoutPrintingThem() throws Exception {
        String cfg = Files.writeString(dir.resolve("wrong.json"), Samples.read("connector-shopify-simulator.json")
                .replace("http://127.0.0.1:8971", sim.baseUrl().toString())
                .replace("shpat_demo_access_token", "shpat_WRONG_SECRET_123")).toString();
        CliRun r = CliRun.of("orders", "--connector", "shopify", "--config", cfg, "--since", "2026-11-01");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("shpat_WRONG_SECRET_123");
        assertThat(r.err().lines().filter(l -> l.startsWith("xborder orders: "))).hasSize(1);
    }
}
