package dev.xborder.connector.http.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces known secret values in text with {@code ***}: the configured credentials (always) and
 * the most recent values a signer put on the wire (tokens, signatures). Thread-safe. Internal.
 */
public final class Redactor {
    private static final int MIN_LENGTH = 6;
    private static final int RECENT = 64;
    private final List<String> permanent = new ArrayList<>();
    private final Map<String, Boolean> recent = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENT;
        }
    };

    public Redactor(List<String> secrets) {
        for (String s : secrets) {
            if (s != null && s.length() >= 1) {
                permanent.add(s);
            }
        }
    }

    /** Remembers a value that went on the wire as a credential or signature. */
    public synchronized void remember(String value) {
        if (value != null && value.length() >= MIN_LENGTH) {
            recent.put(value, Boolean.TRUE);
        }
    }

    public synchronized String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : permanent) {
            out = out.replace(s, "***");
        }
        for (String s : recent.keySet()) {
            out = out.replace(s, "***");
        }
        return out;
    }
}
