package dev.xborder.tax.pack.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Builds a {@link JsonNode} tree from Jackson's streaming parser without an {@code ObjectMapper}.
 *
 * <p>Start-up: building an {@code ObjectMapper} loads several hundred databind classes (serializer
 * and deserializer factories, introspection, type factory), about 150 ms in a fresh JVM; a rule pack
 * needs none of them. The tree is the one {@code ObjectMapper.readTree} built with the reader's
 * former settings ({@code USE_BIG_DECIMAL_FOR_FLOATS}, {@code FAIL_ON_TRAILING_TOKENS}, default
 * node factory): ints as {@code IntNode}/{@code LongNode}/{@code BigIntegerNode}, every float as a
 * {@code DecimalNode} with trailing zeros stripped, like Jackson's default
 * ({@code JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES}). Limits (nesting, string and number
 * length) and duplicate-key detection stay the factory's.
 */
final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeReader() {
    }

    /** The root value of {@code bytes}, or null if there is none (empty input). */
    static JsonNode read(JsonFactory factory, byte[] bytes) throws IOException {
        try (JsonParser p = factory.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            JsonNode root = value(p, t);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new JsonParseException(p, "Trailing token (of type " + trailing + ") found after value (bound as `"
                        + JsonNode.class.getName() + "`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
            }
            return root;
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    a.add(value(p, e));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                if (p.isNaN()) {
                    return NODES.numberNode(p.getDoubleValue());
                }
                return NODES.numberNode(strip(p.getDecimalValue()));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(p, "Unexpected token " + t);
        }
    }

    private static BigDecimal strip(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
}
