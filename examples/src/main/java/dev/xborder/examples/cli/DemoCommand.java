package dev.xborder.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xborder demo}: the quick-start. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The quick-start: syncs orders from a local marketplace simulator, quotes landed cost and "
                + "plans the shipping mode for each, prints a table and writes the full results as JSON.")
final class DemoCommand implements Callable<Integer> {
    private final CliEnv env;

    DemoCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.progress("demo: not wired yet");
        return XborderCli.OK;
    }
}
