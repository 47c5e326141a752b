package dev.xborder.connector.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request the fake platform received, as sent on the wire. */
public record RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    /** Query parameters, each value percent-decoded once. */
    public Map<String, List<String>> query() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return m;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
            m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return m;
    }

    public Optional<String> queryParam(String name) {
        List<String> v = query().get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
