package dev.xborder.examples.cli;

import dev.xborder.examples.demo.DemoOrders;
import dev.xborder.examples.demo.MarketplaceSimulator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xborder simulator}: the demo's marketplace simulator in the foreground. */
@Command(name = "simulator", mixinStandardHelpOptions = true,
        description = {"Runs the demo's marketplace simulator on 127.0.0.1 until stopped (Ctrl-C): Amazon SP-API "
                + "(Login with Amazon token, Orders v0) and Shopify Admin GraphQL, serving the demo's orders, for "
                + "'xborder orders' with the sample connector configs in examples/samples."})
final class SimulatorCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8971", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any).")
    int port;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The demo date; orders are dated the day before (default: today).")
    LocalDate date;

    private final CliEnv env;

    SimulatorCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        LocalDate d = date == null ? LocalDate.now(ZoneOffset.UTC) : date;
        MarketplaceSimulator sim;
        try {
            sim = MarketplaceSimulator.start(DemoOrders.forDate(d), port);
        } catch (IOException e) {
            throw new CliException(XborderCli.FAILURE, "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        env.progress("simulator: listening on " + sim.baseUrl() + " with " + DemoOrders.forDate(d).size()
                + " orders updated on " + d.minusDays(1) + "; stop with Ctrl-C");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stop.countDown();
        }));
        stop.await();
        return XborderCli.OK;
    }
}
