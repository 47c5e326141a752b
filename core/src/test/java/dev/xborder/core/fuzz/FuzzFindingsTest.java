package dev.xborder.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.json.XborderModule;
import dev.xborder.core.logistics.RateCards;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.money.EcbRates;
import dev.xborder.core.landed.QuoteRequest;
import java.io.CharConversionException;
import java.io.StringReader;
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

    @Test
    void currencyCodesThatMonetaWouldMatchAsPatternsAreUnknownCodes() {
        for (String code : new String[] {"E.R", ".UR", "B.L", "US.", "..."}) {
            assertThatThrownBy(() -> Amounts.currency(code)).as(code)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE);
                        assertThat(e.field()).contains("currency");
                        assertThat(e.value()).contains(code);
                    });
        }
        assertThat(Amounts.currency("EUR").getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void aPatternLikeCurrencyInJsonIsAnUnknownCodeAtItsPath() {
        String json = "{\"date\":\"2026-03-01\",\"origin\":\"CN\",\"destination\":{\"country\":\"DE\"},"
                + "\"currency\":\".UR\",\"lines\":[{\"sku\":\"A\",\"quantity\":1,\"unitPrice\":\"1\"}]}";
        assertThatThrownBy(() -> MAPPER.readValue(json, QuoteRequest.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE);
                    assertThat(e.field()).contains("currency");
                });
        assertThatThrownBy(() -> MAPPER.readValue(json.replace(".UR", "E.R"), QuoteRequest.class))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEcbColumnNamedLikeAPatternIsAProblemNotEuroOrAmbiguity() {
        String csv = "Date,U.D,\n2025-05-09,1.1252,\n";
        assertThatThrownBy(() -> EcbRates.readCsv(new StringReader(csv), "x.csv"))
                .isInstanceOfSatisfying(RuleDataException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("U.D")));
    }

    @Test
    void aRateCardCurrencyNamedLikeAPatternIsAProblem() {
        String json = new String(readSample(), StandardCharsets.UTF_8).replaceFirst("\"currency\": \"EUR\"", "\"currency\": \"E.R\"");
        assertThat(json).contains("E.R");
        assertThatThrownBy(() -> RateCards.parse("cards.json", json))
                .isInstanceOfSatisfying(RuleDataException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("E.R")));
    }

    private static byte[] readSample() {
        try (var in = FuzzFindingsTest.class.getResourceAsStream("/" + RateCards.SAMPLES_FOLDER + RateCards.SAMPLE_FILES.get(0))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEcbFileWithoutAnyRateIsARuleDataExceptionNamingTheFile() {
        for (String csv : new String[] {"Date,\n2025-05-10,\n", "Date,USD,\n2025-05-10,N/A,\n", "Date,USD\n"}) {
            assertThatThrownBy(() -> EcbRates.readCsv(new StringReader(csv), "empty.csv")).as(csv)
                    .isInstanceOfSatisfying(RuleDataException.class,
                            e -> assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("empty.csv")));
        }
        String xml = "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
                + "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"><Cube><Cube time=\"2025-05-09\"/></Cube>"
                + "</gesmes:Envelope>";
        assertThatThrownBy(() -> EcbRates.readXml(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "empty.xml")).isInstanceOf(RuleDataException.class);
    }
}
