package dev.xborder.connector.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fake platform answers: status, headers, body, and optional faults: a delay before
 * answering (to trip timeouts) or a body cut short after {@code truncateAfter} bytes while the
 * Content-Length announces the whole body.
 */
public record FakeResponse(int status, Map<String, String> headers, byte[] body, Duration delay, int truncateAfter) {

    public static FakeResponse json(int status, String json) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        return new FakeResponse(status, h, json.getBytes(StandardCharsets.UTF_8), Duration.ZERO, -1);
    }

    public static FakeResponse status(int status) {
        return new FakeResponse(status, new LinkedHashMap<>(), new byte[0], Duration.ZERO, -1);
    }

    public static FakeResponse text(int status, String text) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "text/html");
        return new FakeResponse(status, h, text.getBytes(StandardCharsets.UTF_8), Duration.ZERO, -1);
    }

    public FakeResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new FakeResponse(status, h, body, delay, truncateAfter);
    }

    public FakeResponse delayed(Duration d) {
        return new FakeResponse(status, headers, body, d, truncateAfter);
    }

    public FakeResponse truncatedAfter(int bytes) {
        return new FakeResponse(status, headers, body, delay, bytes);
    }
}
