package dev.xborder.tax.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.geo.CountryCode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UkTradeTariffReaderTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("uk/" + name))) {
            Files.copy(in, target);
        }
        return target;
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void thirdCountryAdValoremDutyPreferenceAndVatOptionsAreRead() throws IOException {
        TariffLine tomatoes = UkTradeTariffReader.readCommodity(copy("0702000007.json"));
        assertThat(tomatoes.code()).isEqualTo("0702000007");
        assertThat(tomatoes.description()).isEqualTo("Cherry tomatoes");
        assertThat(tomatoes.duty()).isEqualTo(new DutyRate.AdValorem(new BigDecimal("8.0")));
        assertThat(tomatoes.areaRates()).containsExactly(new AreaRate("1006", "UK-Canada agreement: re-imported goods",
                new DutyRate.AdValorem(new BigDecimal("0.0"))));
        // three VAT measures (standard, reduced, zero by additional code): kept as text, not guessed
        assertThat(tomatoes.vatRate()).contains(new DutyRate.Unparsed("20.00 %; 5.00 %; 0.00 %"));
    }

    @Test
    void compoundDutyOfPercentagePlusAmountPerQualifiedUnitIsTyped() throws IOException {
        TariffLine corn = UkTradeTariffReader.readCommodity(copy("0710400020.json"));
        assertThat(corn.duty()).isEqualTo(new DutyRate.Compound(List.of(
                new DutyRate.AdValorem(new BigDecimal("4")),
                new DutyRate.Specific(new BigDecimal("7.8"), "GBP", "DTN E"))));
        assertThat(corn.vatRate()).isEmpty();
    }

    @Test
    void specificDutyPerHundredKilogramsIsTyped() throws IOException {
        TariffLine swine = UkTradeTariffReader.readCommodity(copy("0103911000.json"));
        assertThat(swine.duty()).isEqualTo(new DutyRate.Specific(new BigDecimal("34"), "GBP", "DTN"));
        assertThat(((DutyRate.Specific) swine.duty()).amountPerUnit().getCurrency().getCurrencyCode()).isEqualTo("GBP");
    }

    @Test
    void commodityFilesMakeATariffWithPrefixLookup() throws IOException {
        NationalTariff gb = UkTradeTariffReader.read(CountryCode.of("GB"), AS_OF,
                List.of(copy("0702000007.json"), copy("0710400020.json"), copy("0103911000.json")));
        assertThat(gb.lines()).hasSize(3);
        assertThat(gb.mostSpecific("0702 00 00 07").orElseThrow().description()).isEqualTo("Cherry tomatoes");
        assertThat(gb.mostSpecific("0702000008")).isEmpty();
        assertThat(gb.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void onlyGbAndXiAreUkTariffs() {
        assertThatThrownBy(() -> UkTradeTariffReader.read(CountryCode.of("FR"), AS_OF, List.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMeasureOfAnUnreadKindKeepsItsExpressionText() throws IOException {
        String json = Files.readString(copy("0710400020.json")).replace("\"duty_expression_id\": \"04\"",
                "\"duty_expression_id\": \"15\"");
        TariffLine line = UkTradeTariffReader.readCommodity(write("min.json", json));
        assertThat(line.duty()).isEqualTo(new DutyRate.Unparsed("4.00% + 7.80 GBP / 100 kg/net eda"));
    }

    @Test
    void aCommodityWithoutThirdCountryDutyStatesNone() throws IOException {
        String json = Files.readString(copy("0103911000.json")).replace("\"id\": \"103\", \"type\": \"measure_type\"",
                "\"id\": \"999\", \"type\": \"measure_type\"").replace("{ \"id\": \"103\", \"type\": \"measure_type\" }",
                "{ \"id\": \"999\", \"type\": \"measure_type\" }");
        TariffLine line = UkTradeTariffReader.readCommodity(write("none.json", json));
        assertThat(line.duty()).isEqualTo(DutyRate.NOT_STATED);
    }

    @Test
    void badDocumentsReportEveryProblemWithFileAndPath() throws IOException {
        String json = """
                {"data": {"type": "commodity", "attributes": {"goods_nomenclature_item_id": "07020", "description": 5},
                  "relationships": {"import_measures": {"data": [{"id": "1", "type": "measure"}, {"id": "2", "type": "measure"}]}}},
                 "included": [
                   {"id": "1", "type": "measure", "relationships": {
                      "measure_type": {"data": {"id": "103", "type": "measure_type"}},
                      "geographical_area": {"data": {"id": "1011", "type": "geographical_area"}},
                      "measure_components": {"data": [{"id": "1-01", "type": "measure_component"}]}}},
                   {"id": "1-01", "type": "measure_component", "attributes": {"duty_expression_id": "01", "duty_amount": "8"}}
                 ]}
                """;
        Path bad = write("bad.json", json);
        assertThatThrownBy(() -> UkTradeTariffReader.readCommodity(bad))
                .isInstanceOfSatisfying(RuleDataException.class, e -> {
                    assertThat(e.problems()).extracting(RuleDataException.Problem::path).containsExactly(
                            "$.data.attributes.goods_nomenclature_item_id",
                            "$.data.attributes.description",
                            "$.data.relationships.import_measures.data[1]",
                            "$.included[1].attributes.duty_amount");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(bad.toString()));
                });
    }

    @Test
    void problemsInSeveralFilesComeBackTogetherAndNothingLoads() throws IOException {
        Path good = copy("0702000007.json");
        Path broken = write("broken.json", "{\"data\": ");
        Path empty = write("empty.json", "{}");
        assertThatThrownBy(() -> UkTradeTariffReader.read(CountryCode.XI, AS_OF, List.of(good, broken, empty, good)))
                .isInstanceOfSatisfying(RuleDataException.class, e -> {
                    assertThat(e.problems()).extracting(RuleDataException.Problem::file)
                            .containsExactly(broken.toString(), empty.toString(), good.toString());
                    assertThat(e.problems().get(0).message()).contains("malformed JSON");
                    assertThat(e.problems().get(2).message()).contains("also read from");
                });
    }

    @Test
    void untrustedInputLimitsApply() throws IOException {
        Path deep = write("deep.json", "{\"data\": " + "[".repeat(100) + "]".repeat(100) + "}");
        assertThatThrownBy(() -> UkTradeTariffReader.readCommodity(deep))
                .isInstanceOfSatisfying(RuleDataException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("nesting"));
    }
}
