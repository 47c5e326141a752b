package dev.xborder.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample files shipped in examples/samples (tests run with the module directory as working directory). */
final class Samples {
    private Samples() {
    }

    static Path path(String name) {
        Path p = Path.of("samples", name);
        if (!Files.isRegularFile(p)) {
            p = Path.of("examples", "samples", name);
        }
        return p.toAbsolutePath();
    }

    static String arg(String name) {
        return path(name).toString();
    }

    static String read(String name) {
        try {
            return Files.readString(path(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
