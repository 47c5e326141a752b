package dev.xborder.core.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.json.XborderModule;
import dev.xborder.core.landed.QuoteRequest;
import java.io.CharConversionException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Regular tests for what the fuzz tests in this package found, one per finding. */
class FuzzFindingsTest {
    private static final ObjectMapper MAPPER = XborderModule.objectMapper();

    @Test
    void bytesDetectedAsUtf32WithAnInvalidCharacterFailWithTheDocumentedCharConversionException() {
        // '{' then three zero bytes: Jackson detects UTF-32LE; the next 4 bytes are not a code point
        byte[] json = "{\0\0\0\0\0\0\0\0\"date\"".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> MAPPER.readValue(json, QuoteRequest.class))
                .isInstanceOf(CharConversionException.class)
                .hasMessageContaining("Invalid UTF-32 character");
    }
}
