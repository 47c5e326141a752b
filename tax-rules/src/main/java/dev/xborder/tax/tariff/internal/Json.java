package dev.xborder.tax.tariff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The Jackson mapper for untrusted tariff files: bounded nesting, string, number and document sizes; decimals as BigDecimal. */
public final class Json {
    private Json() {
    }

    /** Deepest JSON nesting accepted. */
    public static final int MAX_NESTING = 64;
    /** Longest JSON string accepted (chapter notes in UK commodity files run to tens of kilobytes). */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest JSON number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Largest document accepted: the full HTS JSON export is tens of megabytes. */
    public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
}
