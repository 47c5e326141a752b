package dev.xborder.examples.cli;

import dev.xborder.examples.demo.Demo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xborder demo}: the quick-start. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The quick-start, offline: starts a marketplace simulator on 127.0.0.1 that speaks the Amazon "
                + "SP-API Orders v0 and Shopify Admin GraphQL wire formats, syncs its orders through the real connectors, "
                + "plans the cheapest tracked way to ship each order (landed cost: freight + duty + tax + fees) and "
                + "quotes its landed cost with the bundled rule packs, ECB rates and sample rate cards.",
                "Prints a table on standard output, progress on standard error, and writes every result with its "
                        + "explanation trace as JSON to --out."},
        footer = {"", "Example: xborder demo --date 2026-11-20 --out /tmp/demo.json"})
final class DemoCommand implements Callable<Integer> {
    /** The sample rate cards are valid in this window; outside it the demo uses {@link #FALLBACK_DATE}. */
    static final LocalDate CARDS_FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate CARDS_UNTIL = LocalDate.of(2027, 1, 1);
    static final LocalDate FALLBACK_DATE = LocalDate.of(2026, 11, 20);

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The date of sale and shipping (default: today, if the sample rate cards cover it "
                    + "(2026), else 2026-11-20).")
    LocalDate date;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "xborder-demo-results.json",
            description = "Where to write the JSON results (default: ${DEFAULT-VALUE} in the current directory).")
    Path out;

    private final CliEnv env;

    DemoCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        LocalDate d = date;
        if (d == null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            d = !today.isBefore(CARDS_FROM) && today.isBefore(CARDS_UNTIL) ? today : FALLBACK_DATE;
            if (!d.equals(today)) {
                env.progress("NOTE: today (" + today + ") is outside the sample rate cards' validity (" + CARDS_FROM
                        + ".." + CARDS_UNTIL.minusDays(1) + "); the demo runs for " + d + " (--date to change).");
            }
        }
        if (date != null && (d.isBefore(CARDS_FROM) || !d.isBefore(CARDS_UNTIL))) {
            env.progress("NOTE: " + d + " is outside the sample rate cards' validity (" + CARDS_FROM + ".."
                    + CARDS_UNTIL.minusDays(1) + "): no shipping option will be feasible and "
                    + "nothing is quoted; pick a date in 2026.");
        }
        env.progress("xborder demo for " + d + ": seller ships from CN, sells on Amazon Europe and its own Shopify store");
        Demo.Result r = Demo.run(d, out, env::progress);
        var o = env.out();
        o.println("xborder demo, " + d + ": " + r.ordersSynced() + " orders synced from the simulator (Amazon SP-API + "
                + "Shopify GraphQL), shipped from CN, cheapest tracked option by landed cost");
        o.println();
        o.print(r.table());
        o.println();
        o.println("Amounts in the order's currency. Freight includes surcharges and warehouse fulfilment; "
                + "Landed = goods + freight + duty + tax + fees.");
        if (r.orders().stream().anyMatch(Demo::undetermined)) {
            o.println("* duty not determined for some lines (e.g. no duty rate for the HS code in the pack): "
                    + "see \"issues\" in the JSON; xborder never guesses a duty.");
        }
        o.println("Rate cards are SAMPLE data (illustrative prices, not carrier quotes); the tax rules are the bundled "
                + "rule packs with their sources.");
        r.ratesNotice().ifPresent(n -> o.println("NOTE: " + n));
        o.println("Full results with explanation traces: " + r.jsonFile().toAbsolutePath().normalize());
        o.flush();
        env.progress("Done.");
        return XborderCli.OK;
    }
}
