package dev.xborder.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Starts fresh JVMs on this JVM's class path and times them as whole processes. */
public final class Processes {
    private Processes() {
    }

    /** The output and wall time of one process. */
    public record Run(double millis, String stdout) {
    }

    /**
     * Runs {@code java [jvmArgs] -cp <this class path> mainClass args}, timing from just before
     * {@link ProcessBuilder#start()} to the end of {@link Process#waitFor()}.
     *
     * @throws IllegalStateException if the process exits with a non-zero status
     */
    public static Run run(List<String> jvmArgs, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        try {
            long t0 = System.nanoTime();
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            int status = p.waitFor();
            long t1 = System.nanoTime();
            String text = new String(out, StandardCharsets.UTF_8);
            if (status != 0) {
                throw new IllegalStateException("exit " + status + " from " + cmd + ":\n" + text);
            }
            return new Run((t1 - t0) / 1e6, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The median of the values (mean of the middle two for an even count). */
    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
