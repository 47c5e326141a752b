package dev.xborder.tax.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.RuleDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsHtsReaderTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

    @TempDir
    Path dir;

    private Path copy(String resource) throws IOException {
        Path target = dir.resolve(resource);
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("us/" + resource))) {
            Files.copy(in, target);
        }
        return target;
    }

    private static void assertSampleContent(NationalTariff t) {
        assertThat(t.jurisdiction().alpha2()).isEqualTo("US");
        assertThat(t.asOf()).isEqualTo(AS_OF);
        assertThat(t.lines()).extracting(TariffLine::code).containsExactly("0406", "0406901800", "39011010",
                "64029931", "8471", "8471300100", "8507", "850760", "85076000");

        TariffLine laptop = t.mostSpecific("8471.30.01.00").orElseThrow();
        assertThat(laptop.duty()).isEqualTo(DutyRate.FREE);
        assertThat(laptop.areaRates()).containsExactly(new AreaRate(AreaRate.HTS_COLUMN_2, "Column 2",
                new DutyRate.AdValorem(new BigDecimal("35"))));

        TariffLine cheese = t.mostSpecific("0406901800").orElseThrow();
        assertThat(cheese.duty()).isEqualTo(new DutyRate.Specific(new BigDecimal("1.803"), "USD", "kg"));
        assertThat(cheese.areaRates().get(0).rate()).isInstanceOf(DutyRate.Unparsed.class);

        TariffLine polyethylene = t.mostSpecific("3901.10.10").orElseThrow();
        assertThat(polyethylene.duty()).isEqualTo(new DutyRate.AdValorem(new BigDecimal("6.5")));
        assertThat(polyethylene.areaRates()).extracting(AreaRate::area).contains("A+", "AU", "SG");

        // headings state no rate; a 10-digit query below 8507.60.00 finds the 8-digit rate line
        assertThat(t.mostSpecific("8507").orElseThrow().duty()).isEqualTo(DutyRate.NOT_STATED);
        assertThat(t.dutyLine("8507.60.00.10").orElseThrow().code()).isEqualTo("85076000");
        assertThat(t.dutyLine("8507.10.00.00")).isEmpty();
        assertThat(t.mostSpecific("8507.10.00.00").orElseThrow().code()).isEqualTo("8507");
        assertThat(t.mostSpecific("9999")).isEmpty();
    }

    @Test
    void readsTheJsonExport() throws IOException {
        assertSampleContent(UsHtsReader.readJson(copy("hts-sample.json"), AS_OF));
    }

    @Test
    void readsTheCsvExportWithTheSameResult() throws IOException {
        NationalTariff csv = UsHtsReader.readCsv(copy("hts-sample.csv"), AS_OF);
        assertSampleContent(csv);
        NationalTariff json = UsHtsReader.readJson(copy("hts-sample.json"), AS_OF);
        assertThat(csv.lines()).isEqualTo(json.lines());
    }

    @Test
    void badJsonRowsAreAllReportedWithTheirPathAndNothingIsReturned() {
        String json = """
                [
                  {"htsno": "8471.30.01.00", "indent": "2", "description": "Other", "general": "Free"},
                  {"htsno": "84A1", "indent": "2", "description": "x", "general": "Free"},
                  {"htsno": "8471.30.01.00", "indent": "2", "description": "again", "general": "Free"},
                  {"htsno": "8472", "indent": "two", "description": "x", "general": 5},
                  7
                ]
                """;
        assertThatThrownBy(() -> UsHtsReader.readJson(stream(json), "bad.json", AS_OF))
                .isInstanceOfSatisfying(RuleDataException.class, e -> {
                    assertThat(e.problems()).extracting(RuleDataException.Problem::path)
                            .containsExactly("$[1].htsno", "$[2].htsno", "$[3].general", "$[3].indent", "$[4]");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.json"));
                    assertThat(e.problems().get(1).message()).contains("duplicate").contains("$[0]");
                });
    }

    @Test
    void malformedJsonNamesTheRowAndPosition() {
        String json = "[{\"htsno\": \"8471\", \"general\": \"Free\"},\n {\"htsno\": \"8472\", \"general\": }]";
        assertThatThrownBy(() -> UsHtsReader.readJson(stream(json), "broken.json", AS_OF))
                .isInstanceOfSatisfying(RuleDataException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).path()).isEqualTo("$[1]");
                    assertThat(e.problems().get(0).message()).contains("malformed JSON").contains("line 2");
                });
    }

    @Test
    void untrustedInputLimitsRejectDeepNestingAndHugeNumbers() {
        String deep = "[" + "[".repeat(200) + "]".repeat(200) + "]";
        assertThatThrownBy(() -> UsHtsReader.readJson(stream(deep), "deep.json", AS_OF))
                .isInstanceOfSatisfying(RuleDataException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("nesting"));
        String bigNumber = "[{\"htsno\": \"8471\", \"indent\": " + "9".repeat(5000) + "}]";
        assertThatThrownBy(() -> UsHtsReader.readJson(stream(bigNumber), "number.json", AS_OF))
                .isInstanceOfSatisfying(RuleDataException.class,
                        e -> assertThat(e.problems().get(0).message()).containsIgnoringCase("number"));
    }

    @Test
    void notAnArrayIsReported() {
        assertThatThrownBy(() -> UsHtsReader.readJson(stream("{\"htsno\": \"8471\"}"), "obj.json", AS_OF))
                .isInstanceOfSatisfying(RuleDataException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$"));
    }

    @Test
    void badCsvRowsAreAllReportedWithTheirLine() {
        String csv = "HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,Special Rate of Duty,"
                + "Column 2 Rate of Duty\n"
                + "\"8471.30.01.00\",\"2\",\"Other\",\"No.\",\"Free\",\"\",\"35%\"\n"
                + "\"84x1\",\"2\",\"Other\",\"No.\",\"Free\",\"\",\"35%\"\n"
                + "\"8472\",\"2\",\"multi\nline\",\"No.\",\"Free\",\"\"\n"
                + "\"8471.30.01.00\",\"2\",\"dup\",\"No.\",\"Free\",\"\",\"35%\"\n";
        assertThatThrownBy(() -> UsHtsReader.readCsv(new StringReader(csv), "bad.csv", AS_OF))
                .isInstanceOfSatisfying(RuleDataException.class, e -> {
                    assertThat(e.problems()).extracting(RuleDataException.Problem::path)
                            .containsExactly("line 3, column \"HTS Number\"", "line 4", "line 6, column \"HTS Number\"");
                    assertThat(e.problems().get(1).message()).contains("6 fields");
                });
    }

    @Test
    void csvWithoutTheRequiredColumnsIsRejected() {
        assertThatThrownBy(() -> UsHtsReader.readCsv(new StringReader("Code,Rate\n8471,Free\n"), "x.csv", AS_OF))
                .isInstanceOfSatisfying(RuleDataException.class, e -> assertThat(e.problems())
                        .extracting(RuleDataException.Problem::message)
                        .contains("missing column \"HTS Number\"", "missing column \"General Rate of Duty\""));
    }

    @Test
    void csvQuotesAndByteOrderMarkAreHandled() {
        String csv = "\uFEFFHTS Number,Indent,Description,General Rate of Duty\r\n"
                + "\"0000.00.00\",\"2\",\"Example, \"\"quoted\"\" text\",\"1%\"\r\n";
        NationalTariff t = UsHtsReader.readCsv(new StringReader(csv), "bom.csv", AS_OF);
        assertThat(t.lines()).hasSize(1);
        assertThat(t.lines().get(0).description()).isEqualTo("Example, \"quoted\" text");
    }

    @Test
    void missingFileIsRuleDataNamingTheFile() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> UsHtsReader.readJson(missing, AS_OF))
                .isInstanceOfSatisfying(RuleDataException.class,
                        e -> assertThat(e.problems().get(0).file()).isEqualTo(missing.toString()));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
