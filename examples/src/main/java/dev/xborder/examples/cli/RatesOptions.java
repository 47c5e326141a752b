package dev.xborder.examples.cli;

import dev.xborder.core.money.ExchangeRates;
import dev.xborder.examples.demo.Engines;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The exchange-rate options shared by quote and plan. */
final class RatesOptions {
    @Option(names = "--rates", paramLabel = "FILE",
            description = "An ECB rates file (CSV or XML) used before the bundled ECB rates (2024-01-02..2025-05-09).")
    Path rates;

    @Option(names = "--max-staleness", paramLabel = "DAYS", defaultValue = "7",
            description = "How many days older than the date a rate may be (default: ${DEFAULT-VALUE}). For dates after "
                    + "the bundled rates, pass --rates, or widen this explicitly: conversions then cite the old rate's date.")
    int maxStalenessDays;

    ExchangeRates build() {
        if (maxStalenessDays < 0) {
            throw CliException.input("--max-staleness: must be 0 or more days (was " + maxStalenessDays + ")");
        }
        if (rates != null && !Files.isRegularFile(rates)) {
            throw CliException.input("--rates: file not found: " + rates);
        }
        return Engines.rates(rates, maxStalenessDays);
    }

    /** A conversion failure explained with the command-line options that fix it. */
    static CliException unavailable(RuntimeException e) {
        return CliException.input(e.getMessage() + " On the command line: --rates FILE or --max-staleness DAYS.", e);
    }
}
