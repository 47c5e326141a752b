package dev.xborder.examples.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePackLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xborder quote REQUEST.json}. */
@Command(name = "quote", mixinStandardHelpOptions = true,
        description = {"Quotes duty, import tax and fees for a cross-border shipment and prints the quote as JSON "
                + "(format: docs/quote-format.md).",
                "Rules: the bundled rule packs, plus any --pack files (host packs that add or override rules)."},
        footer = {"", "Examples:", "  xborder quote examples/samples/quote-de.json",
                "  xborder quote --explain examples/samples/quote-gb.json",
                "  cat request.json | xborder quote -"})
final class QuoteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REQUEST.json", description = "The quote request, or - to read it from standard input.")
    String request;

    @Option(names = "--explain", description = "Print the quote and its explanation trace readably instead of JSON.")
    boolean explain;

    @Option(names = "--pack", paramLabel = "FILE",
            description = "A host rule pack (JSON) loaded after the bundled packs, with higher precedence; repeatable.")
    List<Path> packs = List.of();

    @Mixin
    RatesOptions rates;

    private final CliEnv env;

    QuoteCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Inputs.Text in = Inputs.read(request, env.in());
        QuoteRequest req = Inputs.value(in, QuoteRequest.class);
        LandedCostCalculator calculator = LandedCostCalculator.of(ruleBook(packs), rates.build());
        LandedCostQuote q;
        try {
            q = calculator.quote(explain && !req.explain() ? req.toBuilder().explain(true).build() : req);
        } catch (ConversionUnavailableException e) {
            throw RatesOptions.unavailable(e);
        }
        if (explain) {
            printReadably(env.out(), req, q);
        } else {
            env.out().println(Inputs.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).valueToTree(q).toPrettyString());
        }
        return XborderCli.OK;
    }

    static RuleBook ruleBook(List<Path> packs) {
        RulePackLoader loader = RulePackLoader.builder().bundled();
        int precedence = 10;
        for (Path p : packs) {
            if (!Files.isRegularFile(p)) {
                throw CliException.input("--pack: file not found: " + p);
            }
            loader.file(p, precedence++);
        }
        return loader.load();
    }

    static void printReadably(PrintWriter o, QuoteRequest req, LandedCostQuote q) {
        String cur = q.currency().getCurrencyCode();
        o.println("Landed-cost quote: " + req.origin() + " -> " + req.destination().country()
                + req.destination().postalCodeIfKnown().map(p -> " " + p).orElse("") + " on " + req.date() + ", "
                + req.incoterm() + ", " + req.channel());
        o.println("Regime: " + q.regime());
        o.println("Tax:  " + q.collection().taxCollector() + " / " + q.collection().taxPoint());
        o.println("Duty: " + q.collection().dutyCollector() + " / " + q.collection().dutyPoint());
        o.println();
        o.println("Lines (" + cur + "):");
        for (LineResult l : q.lines()) {
            o.println("  " + l.sku().value() + ": customs value " + Format.decimal(l.customsValue()) + ", duty "
                    + Format.decimal(l.duty()) + ", tax " + Format.decimal(l.tax()));
            for (String issue : l.issues()) {
                o.println("    ! " + issue);
            }
        }
        var t = q.totals();
        o.println();
        o.println("Totals (" + cur + "): goods " + Format.decimal(t.goods()) + " + shipping " + Format.decimal(t.shipping())
                + " + insurance " + Format.decimal(t.insurance()) + " + duty " + Format.decimal(t.duty()) + " + tax "
                + Format.decimal(t.tax()) + " + fees " + Format.decimal(t.fees()) + " = landed cost "
                + Format.decimal(t.landedCost()));
        if (!q.advisories().isEmpty()) {
            o.println();
            o.println("Advisories (the authorities may charge differently):");
            for (var a : q.advisories()) {
                o.println("  ! " + a.code() + " (" + a.ruleId() + "): " + a.message());
            }
        }
        o.println();
        o.println("Trace:");
        int i = 1;
        for (Explanation e : q.explanations()) {
            o.println(String.format("%3d. %-10s %s", i++, e.kind(), e.ruleId()));
            o.println("       " + e.reason());
            if (!e.figures().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (Map.Entry<String, String> f : new java.util.TreeMap<>(e.figures()).entrySet()) {
                    if (!sb.isEmpty()) {
                        sb.append(", ");
                    }
                    sb.append(f.getKey()).append(' ').append(f.getValue());
                }
                o.println("       figures: " + sb);
            }
            if (!e.source().isBlank()) {
                o.println("       source: " + e.source());
            }
        }
    }

}
