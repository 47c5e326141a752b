package dev.xborder.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @Test
    void convertsAtTheLatestRateOnOrBeforeTheDateAndCitesItsDateAndSource() {
        // 2025-03-16 is a Sunday: the ECB rate of Friday 2025-03-14 applies.
        CliRun r = CliRun.of("convert", "100", "USD", "EUR", "--date", "2025-03-16");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("100.00 USD = ").contains(" EUR\n")
                .contains("published 2025-03-14 (latest on or before 2025-03-16)").contains("source: ECB euro");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void printsOneJsonObjectWithTheFullRateWhenAsked() throws Exception {
        CliRun r = CliRun.of("convert", "100", "USD", "JPY", "--date", "2025-01-16", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.get("result").asText()).matches("\\d+"); // JPY has no minor unit
        assertThat(n.get("rateDate").asText()).isEqualTo("2025-01-16");
        assertThat(n.get("rateSource").asText()).contains("ECB");
    }

    @Test
    void aDateBeyondTheBundledRatesIsAnInputErrorThatSaysHowToFixIt() {
        CliRun r = CliRun.of("convert", "100", "USD", "EUR", "--date", "2026-01-16");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("No exchange rate USD->EUR for 2026-01-16").contains("--max-staleness");
    }

    @Test
    void aWiderStalenessBoundIsExplicitAndTheOldRateDateIsShown() {
        CliRun r = CliRun.of("convert", "100", "USD", "EUR", "--date", "2026-01-16", "--max-staleness", "400");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("published 2025-05-09 (latest on or before 2026-01-16)");
    }

    @Test
    void aHostRatesFileComesBeforeTheBundledRates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eurofxref.csv");
        Files.writeString(file, "Date,USD,JPY,\n2026-01-16,1.1600,183.00,\n");
        CliRun r = CliRun.of("convert", "116", "USD", "EUR", "--date", "2026-01-16", "--rates", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("116.00 USD = 100.00 EUR").contains("eurofxref.csv");
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        for (String[] args : new String[][] {
                {"convert", "100", "USD", "EUR", "--date", "2025-13-01"},
                {"convert", "1O0", "USD", "EUR", "--date", "2025-03-14"},
                {"convert", "100", "USD", "XYZ", "--date", "2025-03-14"},
                {"convert", "100", "USD", "EUR"},
                {"convert", "100", "USD", "EUR", "--date", "2025-03-14", "--rates", "/no/such/file.csv"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).as(r.toString()).hasSize(1);
            assertThat(r.err()).startsWith("xborder convert: ").doesNotContain("Exception");
        }
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun r = CliRun.of("convert", "100", "USD", "XYZ", "--date", "2025-03-14", "--debug");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("InvalidInputException").contains("\tat ");
    }
}
