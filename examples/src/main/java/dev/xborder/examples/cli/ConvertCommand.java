package dev.xborder.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.EcbRates;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.ConversionUnavailableException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xborder convert 100 USD EUR --date 2025-03-14}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts an amount at the exchange rate of a date and prints the result with the rate, "
                + "the rate's own date and its source.",
                "Rates: the bundled ECB euro reference rates (2024-01-02..2025-05-09) unless --rates names an ECB "
                        + "CSV or XML file (eurofxref-hist.csv, eurofxref-daily.xml...). A rate may be at most "
                        + "--max-staleness days older than the date; older is an error, never a silent fallback."},
        footer = {"", "Example: xborder convert 100 USD EUR --date 2025-03-14"})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AMOUNT", description = "A decimal amount, e.g. 129.99.")
    String amount;

    @Parameters(index = "1", paramLabel = "FROM", description = "ISO 4217 currency code of the amount, e.g. USD.")
    String from;

    @Parameters(index = "2", paramLabel = "TO", description = "ISO 4217 currency code to convert into, e.g. EUR.")
    String to;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, converter = Converters.Date.class,
            description = "The date whose rate applies (e.g. the date of sale).")
    LocalDate date;

    @Option(names = "--rates", paramLabel = "FILE",
            description = "An ECB rates file (CSV or XML, daily or history) used before the bundled rates.")
    Path rates;

    @Option(names = "--max-staleness", paramLabel = "DAYS", defaultValue = "7",
            description = "How many days older than --date a rate may be (default: ${DEFAULT-VALUE}).")
    int maxStalenessDays;

    @Option(names = "--json", description = "Print the conversion as one JSON object.")
    boolean json;

    private final CliEnv env;

    ConvertCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (maxStalenessDays < 0) {
            throw CliException.input("--max-staleness: must be 0 or more days (was " + maxStalenessDays + ")");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw CliException.input("AMOUNT: '" + amount + "' is not a decimal number (e.g. 129.99)");
        }
        CurrencyUnit source = Amounts.currency(from.trim().toUpperCase(java.util.Locale.ROOT));
        CurrencyUnit target = Amounts.currency(to.trim().toUpperCase(java.util.Locale.ROOT));
        ExchangeRates.Builder b = ExchangeRates.builder().maxStalenessDays(maxStalenessDays);
        if (rates != null) {
            if (!Files.isRegularFile(rates)) {
                throw CliException.input("--rates: file not found: " + rates);
            }
            b.addSource(EcbRates.read(rates));
        }
        ExchangeRates converter = b.addBundledEcb().build();
        Conversion c;
        try {
            c = converter.convert(Amounts.of(value, source), target, date);
        } catch (ConversionUnavailableException e) {
            throw CliException.input(e.getMessage() + " On the command line: --rates FILE or --max-staleness DAYS.", e);
        }
        if (json) {
            ObjectNode n = Json.MAPPER.createObjectNode();
            n.put("amount", Format.decimal(c.source()));
            n.put("from", source.getCurrencyCode());
            n.put("result", Format.decimal(c.result()));
            n.put("to", target.getCurrencyCode());
            n.put("rate", c.rate().toPlainString());
            n.put("requestedDate", c.requestedDate().toString());
            n.put("rateDate", c.rateDate().toString());
            n.put("rateSource", c.rateSource());
            env.out().println(n.toString());
        } else {
            env.out().println(Format.money(c.source()) + " = " + Format.money(c.result()));
            env.out().println("rate " + c.rate().round(new MathContext(6)).stripTrailingZeros().toPlainString() + " " + target.getCurrencyCode()
                    + " per " + source.getCurrencyCode() + ", published " + c.rateDate()
                    + (c.rateDate().equals(c.requestedDate()) ? "" : " (latest on or before " + c.requestedDate() + ")")
                    + ", source: " + c.rateSource());
        }
        return XborderCli.OK;
    }
}
