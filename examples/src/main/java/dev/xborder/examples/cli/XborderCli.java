package dev.xborder.examples.cli;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.XborderException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code xborder} command line: {@code java -jar xborder.jar <command> ...}.
 *
 * <p>Standard output carries only the result; progress, logs and errors go to standard error.
 * Exit codes: {@value #OK} success, {@value #NEGATIVE} a negative answer (e.g. a tax ID that is not
 * valid), {@value #USAGE} a usage or input error (bad option, missing file, malformed JSON, unknown
 * value, a date no data covers), {@value #FAILURE} a failure outside the input (a marketplace or
 * connection error), {@value #INTERNAL} an internal error. Stack traces only with {@code --debug}.
 */
@Command(name = "xborder", mixinStandardHelpOptions = true, versionProvider = XborderCli.Version.class,
        description = "Cross-border e-commerce from the command line: landed cost, shipping-mode planning, "
                + "dated exchange rates, tax-ID validation and marketplace order sync. Offline, on bundled data.",
        subcommands = {DemoCommand.class, QuoteCommand.class, PlanCommand.class, RulesCommand.class, OrdersCommand.class, SimulatorCommand.class, ConvertCommand.class, TaxIdCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 negative answer (tax-id not valid), 2 usage or input error,",
                "3 marketplace or connection failure, 70 internal error.",
                "Start with: xborder demo"})
public final class XborderCli implements Runnable {
    public static final int OK = 0;
    public static final int NEGATIVE = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;
    public static final int INTERNAL = 70;

    /** Held so the level set in {@link #main} is not lost when the logger is garbage-collected. */
    private static final java.util.logging.Logger JUL_MONETA = java.util.logging.Logger.getLogger("org.javamoney");

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces on errors and debug logs to standard error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliEnv env;

    XborderCli(CliEnv env) {
        this.env = env;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        if (hasDebug(args)) {
            // Must be set before the first logger is created: slf4j-simple reads it once.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        if (!hasDebug(args)) {
            JUL_MONETA.setLevel(java.util.logging.Level.WARNING); // Moneta logs its set-up at INFO through JUL
        }
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the command line in this JVM, with the given streams, and returns the exit code. Used by
     * {@link #main} and by tests.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CliEnv env = new CliEnv(in, o, e, hasDebug(args));
        CommandLine cl = commandLine(env);
        try {
            return cl.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    static CommandLine commandLine(CliEnv env) {
        CommandLine cl = new CommandLine(new XborderCli(env), new Factory(env));
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            env.err().println(c.getCommandName().equals("xborder") ? "xborder: " + ex.getMessage()
                    : "xborder " + c.getCommandName() + ": " + ex.getMessage()
                    + " (see 'xborder " + c.getCommandName() + " --help')");
            if (env.debug()) {
                ex.printStackTrace(env.err());
            }
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> handle(ex, c, env));
        return cl;
    }

    static int handle(Exception ex, CommandLine c, CliEnv env) {
        String cmd = c.getCommandName().equals("xborder") ? "xborder" : "xborder " + c.getCommandName();
        int code;
        String message;
        if (ex instanceof CliException ce) {
            code = ce.exitCode();
            message = ce.getMessage();
        } else if (ex instanceof XborderException xe) {
            code = exitCode(xe.code());
            message = xe.getMessage();
        } else if (ex instanceof UncheckedIOException io) {
            code = FAILURE;
            message = "I/O error: " + io.getCause().getMessage();
        } else {
            code = INTERNAL;
            message = "internal error: " + ex + (env.debug() ? "" : " (run with --debug for the stack trace)");
        }
        env.err().println(cmd + ": " + oneLine(message));
        if (env.debug()) {
            ex.printStackTrace(env.err());
        }
        env.err().flush();
        return code;
    }

    static int exitCode(ErrorCode code) {
        return switch (code) {
            case INVALID_INPUT, UNKNOWN_CODE, INVALID_RULE_DATA, NO_APPLICABLE_RULE, CONVERSION_UNAVAILABLE -> USAGE;
            default -> FAILURE;
        };
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    static boolean hasDebug(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(env.out());
    }

    /** Creates subcommands with the environment (streams, debug flag). */
    private record Factory(CliEnv env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliEnv.class).newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = XborderCli.class.getPackage().getImplementationVersion();
            return new String[] {"xborder " + (v == null ? "0.1.0" : v), "Java " + System.getProperty("java.version")};
        }
    }
}
