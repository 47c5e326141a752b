package dev.xborder.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.geo.FiscalTerritory;
import dev.xborder.core.landed.FeeLine;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class XborderModuleTest {
    private final ObjectMapper mapper = XborderModule.objectMapper();

    private static final String REQUEST = """
            {
              "date": "2026-03-01",
              "origin": "CN",
              "destination": {"country": "ES", "postalCode": "35001"},
              "currency": "EUR",
              "incoterm": "DDP",
              "channel": "MARKETPLACE",
              "registrations": [{"scheme": "IOSS", "number": "IM3720000224"}],
              "lines": [
                {"sku": "TS-1", "hsCode": "610910", "originCountry": "CN", "quantity": 2,
                 "unitPrice": "12.30", "taxCategory": "STANDARD", "unitWeightKg": "0.18"},
                {"sku": "BK-1", "hsCode": "490199", "quantity": 1,
                 "unitPrice": {"amount": "8.00", "currency": "EUR"}, "taxCategory": "BOOKS"}
              ],
              "shipping": "4.99",
              "insurance": 0.5
            }
            """;

    @Test
    void readsTheDocumentedQuoteRequestForm() throws Exception {
        QuoteRequest r = mapper.readValue(REQUEST, QuoteRequest.class);
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(r.origin()).isEqualTo(CountryCode.CN);
        assertThat(r.destination().fiscalTerritory()).contains(FiscalTerritory.CANARY_ISLANDS);
        assertThat(r.incoterm()).isEqualTo(Incoterm.DDP);
        assertThat(r.channel()).isEqualTo(SalesChannel.MARKETPLACE);
        assertThat(r.registrations()).singleElement().satisfies(reg -> {
            assertThat(reg.scheme()).isEqualTo(RegistrationScheme.IOSS);
            assertThat(reg.number()).isEqualTo("IM3720000224");
        });
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).unitPrice()).isEqualTo(Money.of(new BigDecimal("12.30"), "EUR"));
        assertThat(r.lines().get(0).unitWeight()).isEqualTo(Weight.kg("0.18"));
        assertThat(r.lines().get(0).hsCode()).isEqualTo(HsCode.of("610910"));
        assertThat(r.lines().get(1).taxCategory()).isEqualTo(TaxCategory.BOOKS);
        assertThat(r.lines().get(1).originCountry()).isNull();
        assertThat(r.shipping()).isEqualTo(Money.of(new BigDecimal("4.99"), "EUR"));
        assertThat(r.insurance().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("0.5");
    }

    @Test
    void writesAmountsAsDecimalStringsInTheRequestCurrency() throws Exception {
        QuoteRequest r = mapper.readValue(REQUEST, QuoteRequest.class);
        String json = mapper.writeValueAsString(r);
        assertThat(json).contains("\"unitPrice\":\"12.30\"").contains("\"shipping\":\"4.99\"")
                .contains("\"unitWeightKg\":\"0.18\"").contains("\"destination\":{\"country\":\"ES\",\"postalCode\":\"35001\"}")
                .contains("\"registrations\":[{\"scheme\":\"IOSS\",\"number\":\"IM3720000224\"}]");
        assertThat(mapper.readValue(json, QuoteRequest.class)).isEqualTo(r);
    }

    @Test
    void writesScalarsAsStringsAndMoneyAsAmountAndCurrency() throws Exception {
        assertThat(mapper.writeValueAsString(CountryCode.DE)).isEqualTo("\"DE\"");
        assertThat(mapper.writeValueAsString(HsCode.of("6109.10"))).isEqualTo("\"610910\"");
        assertThat(mapper.writeValueAsString(Money.of(new BigDecimal("12.30"), "EUR")))
                .isEqualTo("{\"amount\":\"12.30\",\"currency\":\"EUR\"}");
        assertThat(mapper.writeValueAsString(Monetary.getCurrency("JPY"))).isEqualTo("\"JPY\"");
        assertThat(mapper.writeValueAsString(Weight.grams("180"))).isEqualTo("{\"value\":\"180\",\"unit\":\"G\"}");
        assertThat(mapper.writeValueAsString(Address.of(CountryCode.GB, "sw1a1aa")))
                .isEqualTo("{\"country\":\"GB\",\"postalCode\":\"SW1A 1AA\"}");
    }

    @Test
    void readsMoneyAmountsFromNumbersExactlyWithoutDouble() throws Exception {
        MonetaryAmount m = mapper.readValue("{\"amount\": 0.1000000000000000055511151231257827, \"currency\": \"EUR\"}",
                MonetaryAmount.class);
        assertThat(m.getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("0.1000000000000000055511151231257827");
        // the same through a plain mapper without USE_BIG_DECIMAL_FOR_FLOATS
        ObjectMapper plain = new ObjectMapper().registerModule(new XborderModule());
        MonetaryAmount p = plain.readValue("{\"amount\": 19.99, \"currency\": \"USD\"}", MonetaryAmount.class);
        assertThat(p.getNumber().numberValue(BigDecimal.class)).isEqualTo(new BigDecimal("19.99"));
    }

    @Test
    void countryCodeReadsCaseInsensitively() throws Exception {
        assertThat(mapper.readValue("\"de\"", CountryCode.class)).isSameAs(CountryCode.DE);
    }

    @Test
    void badValuesNameTheirJsonPath() {
        assertError(REQUEST.replace("\"35001\"", "\"3500\""), "destination.postalCode", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"CN\",\n  \"dest", "\"ZZ\",\n  \"dest"), "origin", ErrorCode.UNKNOWN_CODE);
        assertError(REQUEST.replace("\"12.30\"", "\"-1\""), "lines[0].unitPrice", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"12.30\"", "\"abc\""), "lines[0].unitPrice", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"quantity\": 2", "\"quantity\": -2"), "lines[0].quantity", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"quantity\": 2", "\"quantity\": 2.5"), "lines[0].quantity", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"490199\"", "\"851712\""), "lines[1].hsCode", ErrorCode.UNKNOWN_CODE);
        assertError(REQUEST.replace("IM3720000224", "IM1230000224"), "registrations[0].number", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"IOSS\"", "\"NOPE\""), "registrations[0].scheme", ErrorCode.UNKNOWN_CODE);
        assertError(REQUEST.replace("\"currency\": \"EUR\",\n  \"inco", "\"currency\": \"XYZ\",\n  \"inco"),
                "currency", ErrorCode.UNKNOWN_CODE);
        assertError(REQUEST.replace("\"currency\": \"EUR\"}, \"tax", "\"currency\": \"USD\"}, \"tax"),
                "lines[1].unitPrice", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"2026-03-01\"", "\"01/03/2026\""), "date", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"date\": \"2026-03-01\",", ""), "date", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"shipping\"", "\"shiping\""), "shiping", ErrorCode.INVALID_INPUT);
        assertError(REQUEST.replace("\"STANDARD\"", "\"LUXURY\""), "lines[0].taxCategory", ErrorCode.UNKNOWN_CODE);
    }

    @Test
    void anEmptyLineListIsRejectedByTheDomain() {
        String json = REQUEST.replaceAll("(?s)\"lines\": \\[.*?\\n  \\],", "\"lines\": [],");
        assertError(json, "lines", ErrorCode.INVALID_INPUT);
    }

    @Test
    void domainCauseIsKept() {
        assertThatThrownBy(() -> mapper.readValue(REQUEST.replace("\"35001\"", "\"3500\""), QuoteRequest.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
                    assertThat(e.value()).contains("3500");
                    assertThat(e.getMessage()).startsWith("destination.postalCode: ").contains("ES");
                });
    }

    @Test
    void unknownPropertiesAreAllowedWhenTheMapperSaysSo() throws Exception {
        ObjectMapper lenient = new ObjectMapper().registerModule(new XborderModule())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue("{\"country\":\"DE\",\"postalCode\":\"10115\",\"extra\":1}", Address.class))
                .isEqualTo(Address.of(CountryCode.DE, "10115"));
    }

    @Test
    void syntaxErrorsAndLimitsAreJacksonErrors() {
        assertThatThrownBy(() -> mapper.readValue("{\"country\": ", Address.class))
                .isInstanceOf(JsonProcessingException.class);
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> mapper.readValue(deep, Object.class)).isInstanceOf(JsonProcessingException.class);
        String longNumber = "{\"amount\": " + "1".repeat(100) + ", \"currency\": \"EUR\"}";
        assertThatThrownBy(() -> mapper.readValue(longNumber, MonetaryAmount.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"country\":\"DE\",\"country\":\"FR\"}", Address.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void quoteWritesAmountsInItsCurrencyAsStrings() throws Exception {
        String json = """
                {"currency":"EUR","regime":"EU_IOSS",
                 "collection":{"taxCollector":"SELLER","taxPoint":"AT_CHECKOUT","dutyCollector":"BUYER","dutyPoint":"AT_IMPORT"},
                 "lines":[{"sku":"TS-1","customsValue":"24.60","duty":"3.00","tax":"5.66"}],
                 "totals":{"goods":"24.60","shipping":"4.99","insurance":"0.00","duty":"3.00","tax":"5.66","fees":"0.00","landedCost":"38.25"},
                 "explanations":[{"ruleId":"eu.ioss","kind":"APPLIED","reason":"intrinsic value <= EUR 150","figures":{"threshold":"150.00"},"source":"VAT Directive Art. 369l"}]}
                """;
        LandedCostQuote q = mapper.readValue(json, LandedCostQuote.class);
        assertThat(q.totals().landedCost()).isEqualTo(Money.of(new BigDecimal("38.25"), "EUR"));
        assertThat(q.explanations()).singleElement().satisfies(e -> assertThat(e.figures()).containsEntry("threshold", "150.00"));
        String back = mapper.writeValueAsString(q);
        assertThat(back).contains("\"landedCost\":\"38.25\"").contains("\"customsValue\":\"24.60\"");
        assertThat(mapper.readValue(back, LandedCostQuote.class)).isEqualTo(q);
    }

    @Test
    void quoteWritesAndReadsItsFeesInTheQuoteCurrency() throws Exception {
        String json = """
                {"currency":"RON","regime":"STANDARD_IMPORT",
                 "collection":{"taxCollector":"BUYER","taxPoint":"AT_IMPORT","dutyCollector":"BUYER","dutyPoint":"AT_IMPORT"},
                 "lines":[{"sku":"TS-1","customsValue":"100.00","duty":"0.00","tax":"21.00"}],
                 "totals":{"goods":"100.00","shipping":"0.00","insurance":"0.00","duty":"0.00","tax":"21.00","fees":"25.00","landedCost":"146.00"},
                 "fees":[{"ruleId":"ro.parcel-fee","name":"RO logistics fee per parcel","amount":"25.00"}],
                 "explanations":[]}
                """;
        LandedCostQuote q = mapper.readValue(json, LandedCostQuote.class);
        assertThat(q.fees()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ro.parcel-fee");
            assertThat(f.name()).isEqualTo("RO logistics fee per parcel");
            assertThat(f.amount()).isEqualTo(Money.of(new BigDecimal("25.00"), "RON"));
        });
        String back = mapper.writeValueAsString(q);
        assertThat(back).contains("\"fees\":[{\"ruleId\":\"ro.parcel-fee\",\"name\":\"RO logistics fee per parcel\",\"amount\":\"25.00\"}]");
        assertThat(mapper.readValue(back, LandedCostQuote.class)).isEqualTo(q);
        // absent fees read as none (quotes written before the field existed)
        LandedCostQuote old = mapper.readValue(json.replaceAll("\"fees\":\\[[^\\]]*\\],", ""), LandedCostQuote.class);
        assertThat(old.fees()).isEmpty();
    }

    @Test
    void badFeeLinesAreRejectedNamingTheirPath() {
        String json = """
                {"currency":"EUR","regime":"STANDARD_IMPORT",
                 "collection":{"taxCollector":"BUYER","taxPoint":"AT_IMPORT","dutyCollector":"BUYER","dutyPoint":"AT_IMPORT"},
                 "lines":[],
                 "totals":{"goods":"0","shipping":"0","insurance":"0","duty":"0","tax":"0","fees":"2","landedCost":"2"},
                 "fees":[{"ruleId":"fr.fee","name":"FR fee","amount":"2"},{"ruleId":"x","name":" ","amount":"2"}]}
                """;
        assertError(json, LandedCostQuote.class, "fees[1].name", ErrorCode.INVALID_INPUT);
        assertError(json.replace("\"amount\":\"2\"}]", "\"amount\":\"two\"}]").replace("\"name\":\" \"", "\"name\":\"y\""),
                LandedCostQuote.class, "fees[1].amount", ErrorCode.INVALID_INPUT);
        assertError(json.replace("\"name\":\" \",", "\"name\":\"y\",\"extra\":1,"), LandedCostQuote.class, "fees[1].extra",
                ErrorCode.INVALID_INPUT);
    }

    @Test
    void aFeeLineOnItsOwnNeedsAMoneyObject() throws Exception {
        FeeLine f = mapper.readValue("{\"ruleId\":\"a\",\"name\":\"b\",\"amount\":{\"amount\":\"1.50\",\"currency\":\"EUR\"}}",
                FeeLine.class);
        assertThat(f.amount()).isEqualTo(Money.of(new BigDecimal("1.50"), "EUR"));
        assertError("{\"ruleId\":\"a\",\"name\":\"b\",\"amount\":\"1.50\"}", FeeLine.class, "amount",
                ErrorCode.INVALID_INPUT);
    }

    @Test
    void worksInsideUserTypesThroughJacksonDatabind() throws Exception {
        record Wrapper(CountryCode country, List<HsCode> codes, MonetaryAmount price) {
        }
        Wrapper w = mapper.readValue("{\"country\":\"fr\",\"codes\":[\"610910\"],\"price\":{\"amount\":\"1\",\"currency\":\"EUR\"}}",
                Wrapper.class);
        assertThat(w.country()).isEqualTo(CountryCode.FR);
        assertThat(w.codes()).containsExactly(HsCode.of("610910"));
        assertThatThrownBy(() -> mapper.readValue("{\"country\":\"fr\",\"codes\":[\"999999\"],\"price\":null}", Wrapper.class))
                .satisfies(e -> assertThat(e).hasStackTraceContaining("codes[0]"));
    }

    private void assertError(String json, String path, ErrorCode code) {
        assertError(json, QuoteRequest.class, path, code);
    }

    private void assertError(String json, Class<?> type, String path, ErrorCode code) {
        assertThatThrownBy(() -> mapper.readValue(json, type))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).as(e.getMessage()).contains(path);
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
                    assertThat(e.getMessage()).startsWith(path + ": ");
                });
    }

    @Test
    void transportModeIsOptionalAndRoundTripsWhenGiven() throws Exception {
        QuoteRequest without = mapper.readValue(REQUEST, QuoteRequest.class);
        assertThat(without.transportMode()).isEmpty();
        assertThat(mapper.writeValueAsString(without)).doesNotContain("transportMode");

        String withMode = REQUEST.replace("\"channel\": \"MARKETPLACE\",", "\"channel\": \"MARKETPLACE\", \"transportMode\": \"COURIER\",");
        QuoteRequest with = mapper.readValue(withMode, QuoteRequest.class);
        assertThat(with.transportMode()).contains(dev.xborder.core.landed.TransportMode.COURIER);
        String json = mapper.writeValueAsString(with);
        assertThat(json).contains("\"transportMode\":\"COURIER\"");
        assertThat(mapper.readValue(json, QuoteRequest.class)).isEqualTo(with).isNotEqualTo(without);
    }

    @Test
    void unknownTransportModeIsRejectedNamingTheField() {
        assertError(REQUEST.replace("\"channel\": \"MARKETPLACE\",", "\"channel\": \"MARKETPLACE\", \"transportMode\": \"CARRIER_PIGEON\","),
                "transportMode", ErrorCode.UNKNOWN_CODE);
    }

    private static final String SPLIT_QUOTE = """
            {"currency":"NOK","regime":"NO_VOEC+STANDARD_IMPORT",
             "collection":{"taxCollector":"BUYER","taxPoint":"AT_IMPORT","dutyCollector":"BUYER","dutyPoint":"AT_IMPORT"},
             "lines":[{"sku":"TEE","customsValue":"411.76","duty":"0.00","tax":"102.94"},
                      {"sku":"JACKET","customsValue":"3088.24","duty":"330.44","tax":"854.67"}],
             "totals":{"goods":"3400.00","shipping":"100.00","insurance":"0.00","duty":"330.44","tax":"957.61","fees":"0.00","landedCost":"4788.05"},
             "fees":[],
             "collectionGroups":[
               {"regime":"NO_VOEC","collection":{"taxCollector":"SELLER","taxPoint":"AT_CHECKOUT","dutyCollector":"NONE","dutyPoint":"NOT_DUE"},
                "lines":[0],"duty":"0.00","tax":"102.94","fees":"0.00"},
               {"regime":"STANDARD_IMPORT","collection":{"taxCollector":"BUYER","taxPoint":"AT_IMPORT","dutyCollector":"BUYER","dutyPoint":"AT_IMPORT"},
                "lines":[1],"duty":"330.44","tax":"854.67","fees":"0.00"}],
             "explanations":[]}
            """;

    @Test
    void aSplitQuoteWritesAndReadsItsCollectionGroups() throws Exception {
        LandedCostQuote q = mapper.readValue(SPLIT_QUOTE, LandedCostQuote.class);
        assertThat(q.collection().taxCollector()).isEqualTo(dev.xborder.core.landed.Collector.BUYER);
        assertThat(q.collectionGroups()).hasSize(2);
        assertThat(q.collectionGroups().get(1).lines()).containsExactly(1);
        assertThat(q.collectionGroups().get(0).tax()).isEqualTo(Money.of(new BigDecimal("102.94"), "NOK"));
        String back = mapper.writeValueAsString(q);
        assertThat(back).contains("\"collectionGroups\":[{\"regime\":\"NO_VOEC\"")
                .contains("\"lines\":[1],\"duty\":\"330.44\",\"tax\":\"854.67\",\"fees\":\"0.00\"");
        assertThat(mapper.readValue(back, LandedCostQuote.class)).isEqualTo(q);
    }

    @Test
    void aQuoteWithoutCollectionGroupsReadsAsOneGroupOfEveryLine() throws Exception {
        // quotes written before 2026-11-22 have no collectionGroups
        String old = SPLIT_QUOTE.substring(0, SPLIT_QUOTE.indexOf("\"collectionGroups\""))
                .replace("NO_VOEC+STANDARD_IMPORT", "STANDARD_IMPORT") + "\"explanations\":[]}";
        LandedCostQuote q = mapper.readValue(old, LandedCostQuote.class);
        assertThat(q.collectionGroups()).singleElement().satisfies(g -> {
            assertThat(g.regime()).isEqualTo("STANDARD_IMPORT");
            assertThat(g.lines()).containsExactly(0, 1);
            assertThat(g.collection()).isEqualTo(q.collection());
            assertThat(g.tax()).isEqualTo(q.totals().tax());
        });
    }

    @Test
    void collectionGroupsThatDoNotAddUpOrMissALineAreRejected() {
        assertError(SPLIT_QUOTE.replace("\"tax\":\"102.94\",\"fees\"", "\"tax\":\"102.95\",\"fees\""),
                LandedCostQuote.class, "collectionGroups.tax", ErrorCode.INVALID_INPUT);
        assertError(SPLIT_QUOTE.replace("\"lines\":[1]", "\"lines\":[0]"), LandedCostQuote.class,
                "collectionGroups.lines", ErrorCode.INVALID_INPUT);
        assertError(SPLIT_QUOTE.replace("\"lines\":[1]", "\"lines\":[1],\"extra\":true"), LandedCostQuote.class,
                "collectionGroups[1].extra", ErrorCode.INVALID_INPUT);
    }

    @Test
    void advisoriesAreWrittenAndReadAndAbsentMeansNone() throws Exception {
        String withAdvisory = SPLIT_QUOTE.replace("\"explanations\":[]", "\"advisories\":[{\"code\":\"PROVINCIAL_SALES_TAX_NOT_MODELLED\","
                + "\"ruleId\":\"ca.pst\",\"message\":\"PST may be due\",\"source\":\"CBSA\",\"lines\":[0,1]}],\"explanations\":[]");
        LandedCostQuote q = mapper.readValue(withAdvisory, LandedCostQuote.class);
        assertThat(q.advisories()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("PROVINCIAL_SALES_TAX_NOT_MODELLED");
            assertThat(a.lines()).containsExactly(0, 1);
        });
        String back = mapper.writeValueAsString(q);
        assertThat(back).contains("\"advisories\":[{\"code\":\"PROVINCIAL_SALES_TAX_NOT_MODELLED\",\"ruleId\":\"ca.pst\"");
        assertThat(mapper.readValue(back, LandedCostQuote.class)).isEqualTo(q);
        assertThat(mapper.readValue(SPLIT_QUOTE, LandedCostQuote.class).advisories()).isEmpty();
        assertThat(mapper.writeValueAsString(mapper.readValue(SPLIT_QUOTE, LandedCostQuote.class)))
                .contains("\"advisories\":[]");
        assertError(withAdvisory.replace("[0,1]}", "[0,2]}"), LandedCostQuote.class, "advisories.lines",
                ErrorCode.INVALID_INPUT);
        assertError(withAdvisory.replace("\"PROVINCIAL_SALES_TAX_NOT_MODELLED\"", "\"pst\""), LandedCostQuote.class,
                "advisories[0].code", ErrorCode.INVALID_INPUT);
    }
}
