package dev.xborder.connector.wire;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson setup every connector shares: numbers with a fraction read as {@link java.math.BigDecimal}
 * ({@code USE_BIG_DECIMAL_FOR_FLOATS}, so {@code JsonNode.decimalValue()} is exact and money never
 * passes through {@code double}), unknown properties ignored, unknown enum values never fatal,
 * no source excerpts in parse errors (they could contain personal data).
 */
public final class WireJson {
    private WireJson() {
    }

    /** A new mapper with the settings above. Thread-safe once configured; share one per connector. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .build();
    }
}
