package dev.xborder.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.XborderException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON value being read, with its path from the document root ({@code lines[0].unitPrice}) so
 * that every error names where it is. Numbers are read exactly (never through {@code double}).
 */
final class JsonIn {
    /** Keeps decimals exactly as given (the 2.18 factory does not normalise them). */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode node;
    private final String path;
    private final boolean failOnUnknown;

    private JsonIn(JsonNode node, String path, boolean failOnUnknown) {
        this.node = node;
        this.path = path;
        this.failOnUnknown = failOnUnknown;
    }

    /** Reads the current value of the parser into an exact tree, remembering where it is in the document. */
    static JsonIn read(JsonParser p, DeserializationContext ctxt) throws IOException {
        String base = basePath(p);
        JsonNode n = readTree(p);
        boolean failOnUnknown = ctxt == null || ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new JsonIn(n, base, failOnUnknown);
    }

    private static String basePath(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            c = c.getParent();
        }
        List<String> parts = new ArrayList<>();
        while (c != null && !c.inRoot()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
            c = c.getParent();
        }
        String s = String.join("", parts);
        return s.startsWith(".") ? s.substring(1) : s;
    }

    private static JsonNode readTree(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, readTree(p));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(readTree(p));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonInputException(basePath(p), t.asString(), "unexpected JSON token " + t);
        }
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private String childPath(int index) {
        return path + "[" + index + "]";
    }

    JsonInputException error(Object value, String problem) {
        return new JsonInputException(path.isEmpty() ? "$" : path, value, problem);
    }

    private JsonInputException error(ErrorCode code, Object value, String problem, Throwable cause) {
        return new JsonInputException(code, path.isEmpty() ? "$" : path, value, problem, cause);
    }

    /** This value must be an object whose property names are all in {@code known}. */
    JsonIn object(Set<String> known) {
        if (!node.isObject()) {
            throw error(text(node), "expected a JSON object");
        }
        if (failOnUnknown) {
            Iterator<String> it = node.fieldNames();
            while (it.hasNext()) {
                String name = it.next();
                if (!known.contains(name)) {
                    throw new JsonInputException(childPath(name), null,
                            "unknown property; known properties are " + new java.util.TreeSet<>(known));
                }
            }
        }
        return this;
    }

    boolean has(String name) {
        JsonNode n = node.get(name);
        return n != null && !n.isNull();
    }

    /** A present, non-null property. */
    JsonIn required(String name) {
        JsonNode n = node.get(name);
        if (n == null || n.isNull()) {
            throw new JsonInputException(childPath(name), null, "required");
        }
        return new JsonIn(n, childPath(name), failOnUnknown);
    }

    /** A property, or null if absent or null. */
    JsonIn optional(String name) {
        JsonNode n = node.get(name);
        return n == null || n.isNull() ? null : new JsonIn(n, childPath(name), failOnUnknown);
    }

    List<JsonIn> elements() {
        if (!node.isArray()) {
            throw error(text(node), "expected a JSON array");
        }
        List<JsonIn> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            out.add(new JsonIn(n, childPath(i), failOnUnknown));
        }
        return out;
    }

    /** The property names of an object, in document order. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    String string() {
        if (!node.isTextual()) {
            throw error(text(node), "expected a JSON string");
        }
        return node.textValue();
    }

    String string(String name) {
        return required(name).string();
    }

    String optString(String name) {
        JsonIn v = optional(name);
        return v == null ? null : v.string();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw error(text(node), "expected true or false");
        }
        return node.booleanValue();
    }

    int intValue() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error(text(node), "expected a whole number");
        }
        return node.intValue();
    }

    /**
     * Most digits a decimal may have before, and after, the decimal point. An exponent is short text for a huge
     * value ({@code "1e999999999"}): writing it plain or rounding it would take gigabytes, so it is bounded here.
     */
    static final int MAX_DECIMAL_DIGITS = 64;

    /** A decimal given as a JSON string ({@code "12.30"}) or number ({@code 12.30}), read exactly. */
    BigDecimal decimal() {
        if (node.isTextual()) {
            String t = node.textValue().strip();
            if (t.isEmpty() || t.length() > 64) {
                throw error(node.textValue(), "not a decimal number");
            }
            try {
                return bounded(new BigDecimal(t), node.textValue());
            } catch (NumberFormatException e) {
                throw error(node.textValue(), "not a decimal number");
            }
        }
        if (node.isNumber()) {
            return bounded(node.decimalValue(), null);
        }
        throw error(text(node), "expected a decimal number as a string, e.g. \"12.30\"");
    }

    private BigDecimal bounded(BigDecimal d, Object given) {
        if (d.scale() > MAX_DECIMAL_DIGITS || (long) d.precision() - d.scale() > MAX_DECIMAL_DIGITS) {
            // BigDecimal.toString keeps the exponent: never expanded
            throw error(given == null ? d.toString() : given, "out of range: at most " + MAX_DECIMAL_DIGITS
                    + " digits before and after the decimal point");
        }
        return d;
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String s = string();
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(ErrorCode.UNKNOWN_CODE, s, "not one of " + java.util.Arrays.toString(type.getEnumConstants()), null);
        }
    }

    /**
     * Calls a validating factory; an {@link InvalidInputException} it throws is re-thrown naming this
     * JSON path, with the factory's message and the original as cause.
     */
    <T> T map(Function<JsonIn, T> factory) {
        try {
            return factory.apply(this);
        } catch (JsonInputException e) {
            throw e; // already names the JSON path of the offending value
        } catch (InvalidInputException e) {
            String at = pathOf(e.field().orElse(null));
            throw new JsonInputException(e.code(), at, e.value().orElse(null), problem(e), e);
        } catch (XborderException e) {
            throw error(e.code(), null, e.getMessage(), e);
        }
    }

    /**
     * The JSON path a domain field most likely refers to: {@code address.postalCode} inside the
     * object at {@code destination} is {@code destination.postalCode}; {@code request.lines[0].unitPrice}
     * at the root is {@code lines[0].unitPrice}. Falls back to this value's path.
     */
    private String pathOf(String domainField) {
        String here = path.isEmpty() ? "$" : path;
        if (domainField == null || !node.isObject()) {
            return here;
        }
        int dot = domainField.indexOf('.');
        String rest = dot < 0 ? domainField : domainField.substring(dot + 1);
        String first = rest.split("[.\\[]", 2)[0];
        if (node.has(first)) {
            return childPath(rest);
        }
        String last = domainField.substring(domainField.lastIndexOf('.') + 1);
        if (node.has(last)) {
            return childPath(last);
        }
        return here;
    }

    /** The domain message without its "field: " prefix and "(was ...)" suffix, which the path and value replace. */
    private static String problem(InvalidInputException e) {
        String msg = e.getMessage();
        String field = e.field().orElse(null);
        if (field != null && msg.startsWith(field + ": ")) {
            msg = msg.substring(field.length() + 2);
        }
        int was = msg.lastIndexOf(" (was ");
        if (was > 0 && msg.endsWith(")")) {
            msg = msg.substring(0, was);
        }
        return field == null ? msg : msg + " [" + field + "]";
    }

    private static String text(JsonNode n) {
        String s = n.isTextual() ? n.textValue() : n.toString();
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
