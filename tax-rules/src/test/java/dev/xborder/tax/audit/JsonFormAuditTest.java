package dev.xborder.tax.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.json.XborderModule;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.product.HsCode;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance audit of issue #3, "The JSON form of request and quote" (docs/quote-format.md): the listed names, amounts
 * as decimal strings, round trips of real engine quotes, and bad input with its JSON path.
 */
class JsonFormAuditTest {
    private static final ObjectMapper M = XborderModule.objectMapper();

    static final String REQUEST = """
            {"date": "2025-05-09", "origin": "CN", "destination": {"country": "DE", "postalCode": "10115"},
             "currency": "EUR", "incoterm": "DAP", "channel": "OWN_STORE",
             "registrations": [{"scheme": "IOSS", "number": "IM2760000001"}],
             "lines": [{"sku": "TEE", "hsCode": "6109100010", "originCountry": "CN", "quantity": 2,
                        "unitPrice": "20.00", "taxCategory": "STANDARD", "unitWeightKg": "0.18"}],
             "shipping": "5.00", "insurance": "0.00"}
            """;

    private static InvalidInputException invalid(String json) {
        try {
            M.readValue(json, QuoteRequest.class);
        } catch (InvalidInputException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected InvalidInputException, got " + e, e);
        }
        throw new AssertionError("expected InvalidInputException for " + json);
    }

    private static void rejectedAt(String json, String path) {
        assertThat(invalid(json).field()).as(json).contains(path);
    }

    @Test
    void amountsWithAHugeExponentAreRejectedAtTheirPathInsteadOfHangingTheReader() {
        // 11 characters, within the reader's number-length limit, but a value with a billion digits: expanding it
        // (plain text, rounding to cents) took minutes and gigabytes before the bound
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            rejectedAt(REQUEST.replace("\"20.00\"", "\"1e999999999\""), "lines[0].unitPrice");
            rejectedAt(REQUEST.replace("\"20.00\"", "\"1E-999999999\""), "lines[0].unitPrice");
            rejectedAt(REQUEST.replace("\"shipping\": \"5.00\"", "\"shipping\": 1e999999999"), "shipping");
            rejectedAt(REQUEST.replace("\"insurance\": \"0.00\"", "\"insurance\": 1e-99999"), "insurance");
            rejectedAt(REQUEST.replace("\"0.18\"", "\"1e99999\""), "lines[0].unitWeightKg");
            rejectedAt(REQUEST.replace("\"20.00\"", "{\"amount\": \"1e400\", \"currency\": \"EUR\"}"),
                    "lines[0].unitPrice.amount");
        });
        // ordinary exponents and long but bounded decimals still read exactly
        assertThat(read(REQUEST.replace("\"20.00\"", "\"2.5e1\"")).lines().get(0).unitPrice().getNumber()
                .numberValue(java.math.BigDecimal.class)).isEqualByComparingTo("25");
        assertThat(read(REQUEST.replace("\"20.00\"", "\"" + "9".repeat(18) + "." + "2".repeat(30) + "\"")).lines().get(0)
                .unitPrice().getNumber().numberValue(java.math.BigDecimal.class))
                .isEqualByComparingTo("9".repeat(18) + "." + "2".repeat(30));
        // the reader takes 64 digits, but a price needs at most 18 before the point (core Checks.boundedAmount)
        rejectedAt(REQUEST.replace("\"20.00\"", "\"" + "9".repeat(40) + ".25\""), "lines[0].unitPrice");
    }

    @Test
    void aQuoteWithAHugeExponentAmountIsRejectedAtItsPath() throws Exception {
        LandedCostQuote q = Audit.CALC.quote(read(REQUEST));
        String json = M.writeValueAsString(q);
        JsonNode tree = M.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("totals")).put("goods", "1e999999999");
        String bad = M.writeValueAsString(tree);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> M.readValue(bad,
                LandedCostQuote.class)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("totals.goods")));
    }

    private static QuoteRequest read(String json) {
        try {
            return M.readValue(json, QuoteRequest.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wrongTypesAndUnknownValuesNameTheirPath() {
        rejectedAt(REQUEST.replace("\"quantity\": 2", "\"quantity\": \"2\""), "lines[0].quantity");
        rejectedAt(REQUEST.replace("\"quantity\": 2", "\"quantity\": 0"), "lines[0].quantity");
        rejectedAt(REQUEST.replace("\"quantity\": 2", "\"quantity\": 3000000000"), "lines[0].quantity");
        rejectedAt(REQUEST.replace("\"quantity\": 2", "\"quantity\": null"), "lines[0].quantity");
        rejectedAt(REQUEST.replace("{\"country\": \"DE\", \"postalCode\": \"10115\"}", "\"DE\""), "destination");
        rejectedAt(REQUEST.replace("\"postalCode\": \"10115\"", "\"postalCode\": \"SW1A 1AA\""),
                "destination.postalCode");
        rejectedAt(REQUEST.replace("\"DAP\"", "\"DAPX\""), "incoterm");
        rejectedAt(REQUEST.replace("\"OWN_STORE\"", "\"SHOP\""), "channel");
        rejectedAt(REQUEST.replace("\"insurance\": \"0.00\"", "\"insurance\": \"0.00\", \"explain\": \"yes\""),
                "explain");
        rejectedAt(REQUEST.replace("\"insurance\": \"0.00\"", "\"insurance\": \"0.00\", \"transportMode\": \"PIGEON\""),
                "transportMode");
        rejectedAt(REQUEST.replace("\"6109100010\"", "\"6109\""), "lines[0].hsCode");
        rejectedAt(REQUEST.replace("\"6109100010\"", "\"61091000100\""), "lines[0].hsCode");
        rejectedAt(REQUEST.replace("\"6109100010\"", "6109100010"), "lines[0].hsCode");
        rejectedAt(REQUEST.replace("\"originCountry\": \"CN\"", "\"originCountry\": \"C1\""), "lines[0].originCountry");
        rejectedAt(REQUEST.replace("\"sku\": \"TEE\"", "\"sku\": \"\""), "lines[0].sku");
        rejectedAt(REQUEST.replace("\"shipping\": \"5.00\"", "\"shipping\": \"-5.00\""), "shipping");
        rejectedAt(REQUEST.replace("\"shipping\": \"5.00\"", "\"shipping\": true"), "shipping");
        rejectedAt(REQUEST.replace("\"0.18\"", "\"-0.18\""), "lines[0].unitWeightKg");
        rejectedAt(REQUEST.replace("\"date\": \"2025-05-09\"", "\"date\": null"), "date");
        rejectedAt(REQUEST.replace("\"date\": \"2025-05-09\"", "\"date\": \"2025-02-30\""), "date");
        rejectedAt(REQUEST.replace("\"currency\": \"EUR\"", "\"currency\": \"\""), "currency");
        rejectedAt(REQUEST.replace("[{\"sku\"", "{\"0\": {\"sku\"").replace("\"0.18\"}]", "\"0.18\"}}"), "lines");
        rejectedAt(REQUEST.replace("\"registrations\": [{\"scheme\": \"IOSS\", \"number\": \"IM2760000001\"}]",
                "\"registrations\": [{\"scheme\": \"IOSS\"}]"), "registrations[0].number");
        rejectedAt(REQUEST.replace("\"registrations\": [{\"scheme\": \"IOSS\", \"number\": \"IM2760000001\"}]",
                "\"registrations\": [null]"), "registrations[0]");
    }

    @Test
    void lenientSpellingsTheDocsAllowReadToTheCanonicalValue() {
        QuoteRequest r = read(REQUEST.replace("\"6109100010\"", "\"6109.10.00 10\"")
                .replace("\"country\": \"DE\"", "\"country\": \"de\"").replace("\"currency\": \"EUR\"", "\"currency\": \"eur\""));
        assertThat(r.lines().get(0).hsCode()).isEqualTo(HsCode.of("6109100010"));
        assertThat(r.destination().country().alpha2()).isEqualTo("DE");
        assertThat(r.currency().getCurrencyCode()).isEqualTo("EUR");
        // optional fields take their documented defaults
        QuoteRequest minimal = read("""
                {"date": "2025-05-09", "origin": "CN", "destination": {"country": "DE"}, "currency": "EUR",
                 "lines": [{"sku": "TEE", "quantity": 1, "unitPrice": "1"}]}
                """);
        assertThat(minimal.incoterm()).hasToString("DAP");
        assertThat(minimal.channel()).hasToString("OWN_STORE");
        assertThat(minimal.explain()).isTrue();
        assertThat(minimal.shipping().isZero()).isTrue();
        assertThat(minimal.lines().get(0).hsCode()).isNull();
        assertThat(minimal.lines().get(0).originCountry()).isNull();
        assertThat(minimal.lines().get(0).taxCategory()).hasToString("STANDARD");
    }

    @Test
    void syntaxErrorsTrailingGarbageAndDuplicateKeysAreJacksonErrorsWithTheirLocation() {
        assertThatThrownBy(() -> M.readValue(REQUEST + " {}", QuoteRequest.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> M.readValue(REQUEST.replace("\"quantity\": 2", "\"quantity\": 2, \"quantity\": 3"),
                QuoteRequest.class)).isInstanceOf(JsonProcessingException.class).hasMessageContaining("quantity")
                .hasMessageContaining("line");
        assertThatThrownBy(() -> M.readValue(REQUEST.replace("\"shipping\": \"5.00\",", "\"shipping\": \"5.00\",,"),
                QuoteRequest.class)).isInstanceOf(JsonProcessingException.class);
        String deep = REQUEST.replace("\"insurance\": \"0.00\"", "\"insurance\": " + "[".repeat(100_000)
                + "]".repeat(100_000));
        assertThatThrownBy(() -> M.readValue(deep, QuoteRequest.class)).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("nesting");
        String longSku = REQUEST.replace("\"sku\": \"TEE\"", "\"sku\": \"" + "S".repeat(2_000_000) + "\"");
        assertThatThrownBy(() -> M.readValue(longSku, QuoteRequest.class)).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("length");
    }

    @Test
    void realQuotesOfEveryDestinationRoundTripAndUseTheDocumentedNamesWithAmountsAsStrings() throws Exception {
        List<QuoteRequest> requests = Audit.requestsForEveryDestination();
        assertThat(requests).hasSizeGreaterThan(20);
        for (QuoteRequest r : requests) {
            String rj = M.writeValueAsString(r);
            assertThat(M.readValue(rj, QuoteRequest.class)).as(rj).isEqualTo(r);
            JsonNode rt = M.readTree(rj);
            assertThat(iterable(rt.fieldNames())).contains("date", "origin", "destination", "currency", "incoterm",
                    "channel", "registrations", "lines", "shipping", "insurance");
            assertThat(iterable(rt.get("lines").get(0).fieldNames())).contains("sku", "quantity", "unitPrice");
            assertThat(rt.get("shipping").isTextual()).isTrue();
            assertThat(rt.get("lines").get(0).get("unitPrice").isTextual()).isTrue();

            LandedCostQuote q = Audit.CALC.quote(r);
            String qj = M.writeValueAsString(q);
            assertThat(M.readValue(qj, LandedCostQuote.class)).as(qj).isEqualTo(q);
            JsonNode t = M.readTree(qj);
            assertThat(iterable(t.fieldNames())).contains("currency", "regime", "collection", "lines", "totals",
                    "explanations");
            for (JsonNode line : t.get("lines")) {
                assertThat(iterable(line.fieldNames())).contains("sku", "customsValue", "duty", "tax");
                for (String f : List.of("customsValue", "duty", "tax")) {
                    assertThat(line.get(f).isTextual()).as(f).isTrue();
                    assertThat(line.get(f).textValue()).matches("[0-9]+(\\.[0-9]+)?");
                }
            }
            for (String f : List.of("goods", "shipping", "insurance", "duty", "tax", "fees", "landedCost")) {
                assertThat(t.get("totals").get(f).isTextual()).as(f).isTrue();
                assertThat(t.get("totals").get(f).textValue()).as(f).matches("[0-9]+(\\.[0-9]+)?");
            }
        }
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
