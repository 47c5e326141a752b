package dev.xborder.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.logistics.RateCards;
import dev.xborder.core.logistics.ShippingPlan;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.examples.demo.Engines;
import dev.xborder.examples.demo.PlanJson;
import dev.xborder.tax.engine.LandedCostCalculator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xborder plan ORDER.json}. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prices every way an order can travel (postal, express, line-haul, overseas warehouse, marketplace "
                + "fulfilment) with duty, tax and fees, and prints the ranked options and the excluded ones with reasons, "
                + "as JSON.",
                "Rate cards: the bundled SAMPLE cards (illustrative prices) plus the examples' sample cards, plus any "
                        + "--cards files. Input format: docs/cli.md."},
        footer = {"", "Example: xborder plan examples/samples/order-plan.json"})
final class PlanCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ORDER.json", description = "The order to plan, or - to read it from standard input.")
    String order;

    @Option(names = "--cards", paramLabel = "FILE", description = "Rate-card file (xborder-rate-cards/1) to add; repeatable.")
    List<Path> cards = List.of();

    @Option(names = "--freight-only", description = "Plan without the landed-cost calculator (no duty, tax or fees).")
    boolean freightOnly;

    @Mixin
    RatesOptions rates;

    private final CliEnv env;

    PlanCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PlanInput.Parsed in = PlanInput.parse(Inputs.read(order, env.in()));
        RateCards rc = Engines.rateCards();
        if (!cards.isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Path p : cards) {
                if (!Files.isRegularFile(p)) {
                    throw CliException.input("--cards: file not found: " + p);
                }
                files.add(p);
            }
            rc = rc.plus(RateCards.load(files));
        }
        ExchangeRates fx = rates.build();
        LocalDate date = in.request().shipDate();
        Clock clock = date.equals(LocalDate.now(ZoneOffset.UTC)) ? Clock.systemUTC()
                : Clock.fixed(date.atTime(1, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var b = dev.xborder.core.logistics.ShippingPlanner.builder().rateCards(rc).converter(fx).clock(clock);
        if (!freightOnly) {
            b.estimator(LandedCostCalculator.of(Engines.ruleBook(), fx));
        }
        ShippingPlan plan;
        try {
            plan = b.build().plan(in.request(), in.policy());
        } catch (ConversionUnavailableException e) {
            throw RatesOptions.unavailable(e);
        }
        ObjectMapper m = Inputs.MAPPER;
        env.out().println(PlanJson.of(m, plan).toPrettyString());
        if (!plan.feasible()) {
            env.progress("plan: no feasible option; see \"excluded\" for the reasons");
        }
        return XborderCli.OK;
    }
}
