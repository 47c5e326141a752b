package dev.xborder.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.XborderException;
import dev.xborder.core.json.XborderModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the command line's input files (or standard input for "-") with one-line errors naming the problem. */
final class Inputs {
    /** The domain mapper with safe settings for untrusted input (core's Jackson module). */
    static final ObjectMapper MAPPER = XborderModule.objectMapper();

    private Inputs() {
    }

    /** An input's name for messages and its text. */
    record Text(String name, String text) {
    }

    /** Reads {@code arg} (a path, or "-" for standard input). */
    static Text read(String arg, InputStream stdin) {
        if (arg.equals("-")) {
            try {
                return new Text("<stdin>", new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw CliException.input("cannot read standard input: " + e.getMessage(), e);
            }
        }
        Path p = Path.of(arg);
        try {
            if (Files.isDirectory(p)) {
                throw CliException.input(arg + ": is a directory, not a JSON file");
            }
            return new Text(arg, Files.readString(p, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw CliException.input(arg + ": file not found");
        } catch (IOException e) {
            throw CliException.input(arg + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses text into a tree, or fails with "NAME: malformed JSON at line L, column C: ...". */
    static JsonNode tree(Text in) {
        try {
            JsonNode n = MAPPER.readTree(in.text());
            if (n == null || n.isMissingNode()) {
                throw CliException.input(in.name() + ": empty input, expected a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw malformed(in.name(), e);
        }
    }

    /** Reads a domain value with core's Jackson module; errors name the JSON path. */
    static <T> T value(Text in, Class<T> type) {
        try {
            return MAPPER.readValue(in.text(), type);
        } catch (JsonProcessingException e) {
            XborderException x = xborderCause(e);
            if (x != null) {
                throw CliException.input(in.name() + ": " + x.getMessage(), e);
            }
            throw malformed(in.name(), e);
        } catch (XborderException e) {
            throw CliException.input(in.name() + ": " + e.getMessage(), e);
        }
    }

    static CliException malformed(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String msg = e.getOriginalMessage();
        if (msg != null) {
            int cut = msg.indexOf('\n');
            msg = cut < 0 ? msg : msg.substring(0, cut);
        }
        return CliException.input(name + ": malformed JSON" + where + ": " + msg, e);
    }

    private static XborderException xborderCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof XborderException x) {
                return x;
            }
        }
        return null;
    }
}
