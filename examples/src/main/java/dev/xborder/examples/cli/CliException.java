package dev.xborder.examples.cli;

/** An error the command line reports as one line, with an exit code. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException input(String message) {
        return new CliException(XborderCli.USAGE, message);
    }

    static CliException input(String message, Throwable cause) {
        return new CliException(XborderCli.USAGE, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
