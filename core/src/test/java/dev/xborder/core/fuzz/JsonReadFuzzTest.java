package dev.xborder.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.json.XborderModule;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.order.Order;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Reads domain types from arbitrary bytes with {@link XborderModule#objectMapper()}. Property: only
 * {@link InvalidInputException} (naming a field), Jackson's {@link JsonProcessingException} or, for
 * bytes detected as UTF-16/32, Jackson's {@link CharConversionException} escape (as documented on
 * {@link XborderModule}), and what was read writes and reads back equal.
 */
class JsonReadFuzzTest {
    private static final ObjectMapper MAPPER = XborderModule.objectMapper();

    @FuzzTest(maxDuration = "60s")
    void quoteRequestReadsOrFailsTyped(FuzzedDataProvider data) throws IOException {
        readAndRoundTrip(data.consumeRemainingAsBytes(), QuoteRequest.class);
    }

    @FuzzTest(maxDuration = "60s")
    void landedCostQuoteReadsOrFailsTyped(FuzzedDataProvider data) throws IOException {
        readAndRoundTrip(data.consumeRemainingAsBytes(), LandedCostQuote.class);
    }

    @FuzzTest(maxDuration = "60s")
    void orderReadsOrFailsTyped(FuzzedDataProvider data) throws IOException {
        readAndRoundTrip(data.consumeRemainingAsBytes(), Order.class);
    }

    @FuzzTest(maxDuration = "60s")
    void addressReadsOrFailsTyped(FuzzedDataProvider data) throws IOException {
        readAndRoundTrip(data.consumeRemainingAsBytes(), Address.class);
    }

    private static <T> void readAndRoundTrip(byte[] json, Class<T> type) throws IOException {
        if (json == null) {
            return;
        }
        T value;
        try {
            value = MAPPER.readValue(json, type);
        } catch (InvalidInputException e) {
            assertThat(e.field()).as("field of %s", e.getMessage()).isPresent();
            return;
        } catch (JsonProcessingException e) {
            return;
        } catch (CharConversionException e) {
            return; // documented: bytes detected as UTF-16/32 holding an invalid character
        }
        if (value == null) {
            return; // a JSON null document
        }
        String written = MAPPER.writeValueAsString(value);
        assertThat(MAPPER.readValue(written, type)).as(written).isEqualTo(value);
    }
}
