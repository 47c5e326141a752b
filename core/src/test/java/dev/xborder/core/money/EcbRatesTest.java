package dev.xborder.core.money;

import static dev.xborder.core.money.TestData.EUR;
import static dev.xborder.core.money.TestData.GBP;
import static dev.xborder.core.money.TestData.JPY;
import static dev.xborder.core.money.TestData.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.RuleDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbRatesTest {
    private static final LocalDate MAY_9 = LocalDate.of(2025, 5, 9);

    private static RateTable csv(String text) {
        return EcbRates.readCsv(new StringReader(text), "test.csv");
    }

    private static RateTable xml(String text) {
        return EcbRates.readXml(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    @Test
    void readsTheHistoryCsvNewestFirstWithNaColumnsAndTrailingCommas() {
        RateTable t = TestData.histExcerpt();

        assertThat(t.base()).isEqualTo(EUR);
        assertThat(t.firstDate()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(t.lastDate()).isEqualTo(MAY_9);
        assertThat(t.dateCount()).isEqualTo(17);
        assertThat(t.rate(USD, MAY_9)).contains(new BigDecimal("1.1252"));
        assertThat(t.rate(JPY, MAY_9)).contains(new BigDecimal("163.36"));
        assertThat(t.rate(GBP, LocalDate.of(2025, 4, 22))).contains(new BigDecimal("0.85858"));
        assertThat(t.rate(USD, LocalDate.of(2025, 5, 1))).isEmpty(); // TARGET holiday, no publication
        // columns that are N/A throughout (CYP, HRK, RUB...) give no currency
        assertThat(t.currencies()).hasSize(30).doesNotContain(Monetary.getCurrency("HRK"), Monetary.getCurrency("RUB"));
    }

    @Test
    void readsTheDailyCsvWithSpacesAndEnglishDate() throws IOException {
        try (InputStream in = TestData.stream(TestData.DAILY_CSV)) {
            RateTable t = EcbRates.readCsv(new InputStreamReader(in, StandardCharsets.UTF_8), TestData.DAILY_CSV);

            assertThat(t.firstDate()).isEqualTo(MAY_9).isEqualTo(t.lastDate());
            assertThat(t.rate(USD, MAY_9)).contains(new BigDecimal("1.1252"));
            assertThat(t.rate(Monetary.getCurrency("ZAR"), MAY_9)).contains(new BigDecimal("20.4835"));
            assertThat(t.currencies()).hasSize(30);
            assertThat(t.source()).isEqualTo("ECB euro foreign exchange reference rates, " + TestData.DAILY_CSV);
        }
    }

    @Test
    void readsTheDailyAndHistoryXml() throws IOException {
        try (InputStream daily = TestData.stream(TestData.DAILY_XML); InputStream hist = TestData.stream(TestData.HIST_XML)) {
            RateTable d = EcbRates.readXml(daily, TestData.DAILY_XML);
            RateTable h = EcbRates.readXml(hist, TestData.HIST_XML);

            assertThat(d.rate(GBP, MAY_9)).contains(new BigDecimal("0.8477"));
            assertThat(d.currencies()).hasSize(30);
            assertThat(h.dateCount()).isEqualTo(17);
            assertThat(h.rate(USD, LocalDate.of(2025, 4, 17))).contains(new BigDecimal("1.136"));
        }
    }

    @Test
    void allFourFormatsGiveTheSameRatesForTheSameDay() throws IOException {
        RateTable histCsv = TestData.histExcerpt();
        RateTable[] others;
        try (InputStream a = TestData.stream(TestData.DAILY_CSV); InputStream b = TestData.stream(TestData.DAILY_XML);
             InputStream c = TestData.stream(TestData.HIST_XML)) {
            others = new RateTable[] {EcbRates.read(a, "a"), EcbRates.read(b, "b"), EcbRates.read(c, "c")};
        }
        for (RateTable other : others) {
            assertThat(other.currencies()).isEqualTo(histCsv.currencies());
            for (var cur : histCsv.currencies()) {
                assertThat(other.rate(cur, MAY_9)).isEqualTo(histCsv.rate(cur, MAY_9));
            }
        }
    }

    @Test
    void readsFromAPathTellingXmlFromCsvByContent(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("rates.dat");
        try (InputStream in = TestData.stream(TestData.DAILY_XML)) {
            Files.copy(in, x);
        }
        Path c = dir.resolve("eurofxref-hist.csv");
        try (InputStream in = TestData.stream(TestData.HIST_CSV)) {
            Files.copy(in, c);
        }

        assertThat(EcbRates.read(x).rate(USD, MAY_9)).contains(new BigDecimal("1.1252"));
        assertThat(EcbRates.read(c).dateCount()).isEqualTo(17);
        assertThat(EcbRates.read(c).source()).endsWith("eurofxref-hist.csv");
    }

    @Test
    void missingFileIsRuleDataErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");

        assertThatThrownBy(() -> EcbRates.read(missing))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("nope.csv");
    }

    @Test
    void badCsvReportsEveryProblemWithLineAndColumnAndLoadsNothing() {
        String bad = """
                Date,USD,JPY,
                2025-05-09,1.1252,163.36,
                2025-05-08,abc,163.45,
                2025-13-01,1.1,160,
                2025-05-07,-1.136,162.89,
                2025-05-06,1.1325,
                2025-05-09,1.1252,163.36,
                """;

        assertThatThrownBy(() -> csv(bad))
                .isInstanceOfSatisfying(RuleDataException.class, e -> {
                    assertThat(e.problems()).extracting(RuleDataException.Problem::path).containsExactly(
                            "line 3, column USD", "line 4, column Date", "line 5, column USD", "line 6, column JPY",
                            "line 7, column Date");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("test.csv"));
                    assertThat(e.getMessage()).contains("\"abc\"").contains("2025-13-01").contains("appears twice");
                });
    }

    @Test
    void badCsvHeaderIsReported() {
        assertThatThrownBy(() -> csv("Datum,USD,\n2025-05-09,1.1,\n"))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("line 1, column 1");
        assertThatThrownBy(() -> csv("Date,usd,USD,USD,\n"))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("column 2").hasMessageContaining("appears twice");
        assertThatThrownBy(() -> csv(""))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("empty file");
        assertThatThrownBy(() -> csv("Date,USD,\n"))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("no rows");
    }

    @Test
    void unknownCurrencyWithRatesIsReported() {
        assertThatThrownBy(() -> csv("Date,QQQ,\n2025-05-09,1.5,\n"))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("unknown ISO 4217 currency QQQ")
                .hasMessageContaining("line 2, column QQQ");
    }

    @Test
    void badXmlReportsLineAndAttribute() {
        String bad = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                  <Cube>
                    <Cube time='2025-05-09'>
                      <Cube currency='USD' rate='1.1252'/>
                      <Cube currency='JPY' rate='x'/>
                      <Cube currency='usd' rate='1.1'/>
                    </Cube>
                    <Cube time='09/05/2025'>
                      <Cube currency='USD' rate='1.1'/>
                    </Cube>
                  </Cube>
                </gesmes:Envelope>
                """;

        assertThatThrownBy(() -> xml(bad))
                .isInstanceOfSatisfying(RuleDataException.class, e -> assertThat(e.problems())
                        .extracting(RuleDataException.Problem::path)
                        .containsExactly("line 6, attribute rate", "line 7, attribute currency", "line 9, attribute time"));
    }

    @Test
    void malformedXmlAndForeignXmlAreReported() {
        assertThatThrownBy(() -> xml("<gesmes:Envelope xmlns:gesmes='x'><Cube>"))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("malformed XML");
        assertThatThrownBy(() -> xml("<html><body/></html>"))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("no gesmes:Envelope");
    }

    @Test
    void xmlWithExternalEntityIsRefusedWithoutResolvingIt(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "1.2345");
        String xxe = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\">"
                + "<Cube><Cube time=\"2025-05-09\"><Cube currency=\"USD\" rate=\"&x;\"/></Cube></Cube></gesmes:Envelope>";

        assertThatThrownBy(() -> xml(xxe))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("DOCTYPE/DTD is not allowed")
                .hasMessageNotContaining("1.2345");
    }

    @Test
    void bundledRatesCoverTheStatedWindow() {
        RateTable t = EcbRates.bundled();

        assertThat(t.firstDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(t.lastDate()).isEqualTo(MAY_9);
        assertThat(t.dateCount()).isEqualTo(345);
        assertThat(t.currencies()).hasSize(30);
        assertThat(t.source()).isEqualTo(EcbRates.BUNDLED_SOURCE).contains("ECB").contains("2024-01-02..2025-05-09");
        // golden values straight from eurofxref-hist.csv
        assertThat(t.rate(USD, LocalDate.of(2024, 1, 2))).contains(new BigDecimal("1.0956"));
        assertThat(t.rate(JPY, LocalDate.of(2024, 1, 2))).contains(new BigDecimal("155.68"));
        assertThat(t.rate(GBP, MAY_9)).contains(new BigDecimal("0.8477"));
    }

    @Test
    void rateTableBuilderRejectsConflictsAndTheBase() {
        RateTable.Builder b = RateTable.builder(EUR, "t").put(MAY_9, USD, new BigDecimal("1.1252"));

        assertThatThrownBy(() -> b.put(MAY_9, USD, new BigDecimal("1.2")))
                .isInstanceOf(dev.xborder.core.InvalidInputException.class).hasMessageContaining("conflicts");
        assertThatThrownBy(() -> b.put(MAY_9, EUR, BigDecimal.ONE))
                .isInstanceOf(dev.xborder.core.InvalidInputException.class).hasMessageContaining("base");
        assertThatThrownBy(() -> b.put(MAY_9, GBP, BigDecimal.ZERO))
                .isInstanceOf(dev.xborder.core.InvalidInputException.class);
        assertThatThrownBy(() -> RateTable.builder(EUR, "empty").build())
                .isInstanceOf(dev.xborder.core.InvalidInputException.class);
    }
}
