package dev.xborder.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** What a command reads from and writes to: standard input, output (results) and error (the rest). */
record CliEnv(InputStream in, PrintWriter out, PrintWriter err, boolean debug) {
    /** A progress or warning line on standard error. */
    void progress(String line) {
        err.println(line);
        err.flush();
    }
}
