package dev.xborder.core.money;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.RuleDataException.Problem;
import dev.xborder.core.money.internal.EcbParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the European Central Bank's euro foreign exchange reference rates into a
 * {@link RateTable} (base EUR), from the formats the ECB publishes:
 * <ul>
 *   <li>{@code eurofxref-hist.csv}: header {@code Date,USD,JPY,...}, one row per business day,
 *       newest first, ISO dates, {@code N/A} where no rate was published;</li>
 *   <li>{@code eurofxref.csv} (the daily file): {@code Date, USD, JPY, ...} and one row dated like
 *       {@code 09 May 2025};</li>
 *   <li>{@code eurofxref-daily.xml} and {@code eurofxref-hist.xml}: {@code gesmes:Envelope}
 *       holding {@code Cube > Cube time="..." > Cube currency="..." rate="..."}.</li>
 * </ul>
 * A rate is the number of units of the currency that 1 EUR buys.
 *
 * <p>The host decides where the bytes come from (a file, a stream, its own HTTP fetch): nothing here
 * opens a network connection. A bad file fails with one {@link RuleDataException} listing every
 * problem with its line and field; nothing is half-loaded. Streams and readers passed in are read
 * to the end but not closed. Stateless and thread-safe.
 */
public final class EcbRates {
    private static final Logger LOG = LoggerFactory.getLogger(EcbRates.class);

    /** The start of every source citation made from ECB files. */
    public static final String SOURCE = "ECB euro foreign exchange reference rates";

    /** Class-path location of the bundled rates (ECB history-CSV format). */
    public static final String BUNDLED_RESOURCE = "/dev/xborder/core/money/ecb-eurofxref-hist-2024.csv";

    /** The source cited for the bundled rates. */
    public static final String BUNDLED_SOURCE = SOURCE + " (eurofxref-hist), bundled 2024-01-02..2025-05-09";

    private static final class Bundled {
        static final RateTable TABLE = loadBundled();
    }

    private EcbRates() {
    }

    /**
     * The ECB rates bundled in this jar: every ECB business day from 2024-01-02 to 2025-05-09, the
     * 30 currencies the ECB published in that window. Read once from the class path.
     */
    public static RateTable bundled() {
        return Bundled.TABLE;
    }

    /**
     * Reads an ECB CSV file, history or daily.
     *
     * @param fileName the name cited in errors and in the source, e.g. {@code "eurofxref-hist.csv"}
     * @throws RuleDataException listing every problem, each with its line and column
     * @throws InvalidInputException if an argument is null
     */
    public static RateTable readCsv(Reader reader, String fileName) {
        Checks.notNull(reader, "reader");
        Checks.notBlank(fileName, "fileName");
        return toTable(EcbParser.readCsv(reader, fileName), fileName, SOURCE + ", " + fileName);
    }

    /**
     * Reads an ECB XML file, daily or history. DTDs and external entities are refused.
     *
     * @throws RuleDataException listing every problem, each with its line and attribute
     * @throws InvalidInputException if an argument is null
     */
    public static RateTable readXml(InputStream input, String fileName) {
        Checks.notNull(input, "input");
        Checks.notBlank(fileName, "fileName");
        return toTable(EcbParser.readXml(input, fileName), fileName, SOURCE + ", " + fileName);
    }

    /**
     * Reads any of the four ECB formats from a stream, telling XML from CSV by the first
     * non-blank character ({@code <} is XML). CSV is read as UTF-8.
     *
     * @throws RuleDataException listing every problem
     * @throws InvalidInputException if an argument is null
     */
    public static RateTable read(InputStream input, String fileName) {
        Checks.notNull(input, "input");
        Checks.notBlank(fileName, "fileName");
        BufferedInputStream in = new BufferedInputStream(input);
        boolean xml;
        try {
            xml = startsWithAngle(in);
        } catch (IOException e) {
            throw new RuleDataException(List.of(new Problem(fileName, "(read)", "could not be read: " + e.getMessage())), e);
        }
        return xml ? readXml(in, fileName) : readCsv(new InputStreamReader(in, StandardCharsets.UTF_8), fileName);
    }

    /**
     * Reads any of the four ECB formats from a file; its file name is cited.
     *
     * @throws RuleDataException if the file cannot be read or is invalid
     * @throws InvalidInputException if {@code file} is null
     */
    public static RateTable read(Path file) {
        Checks.notNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new RuleDataException(List.of(new Problem(file.toString(), "(file)", "could not be read: " + e)), e);
        }
    }

    private static boolean startsWithAngle(BufferedInputStream in) throws IOException {
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                    continue; // UTF-8 byte-order mark or blank
                }
                return b == '<';
            }
            return false;
        } finally {
            in.reset();
        }
    }

    private static RateTable toTable(List<EcbParser.Row> rows, String fileName, String source) {
        CurrencyUnit eur = Monetary.getCurrency("EUR");
        RateTable.Builder b = RateTable.builder(eur, source);
        Map<String, CurrencyUnit> units = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (EcbParser.Row r : rows) {
            CurrencyUnit unit = units.computeIfAbsent(r.currency(), EcbRates::currencyOrNull);
            if (unit == null) {
                problems.add(new Problem(fileName, r.location(), "unknown ISO 4217 currency " + r.currency()));
                continue;
            }
            if (unit.equals(eur)) {
                problems.add(new Problem(fileName, r.location(), "EUR is the base; a rate for it is meaningless"));
                continue;
            }
            b.put(r.date(), unit, r.rate());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(fileName, "(file)", "holds no rate (every cell empty or N/A)"));
        }
        if (!problems.isEmpty()) {
            throw new RuleDataException(problems.size() > 50 ? problems.subList(0, 50) : problems);
        }
        return b.build();
    }

    private static CurrencyUnit currencyOrNull(String code) {
        return Amounts.currencyOrNull(code);
    }

    private static RateTable loadBundled() {
        try (InputStream in = EcbRates.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled rates missing from the class path: " + BUNDLED_RESOURCE);
            }
            String name = "ecb-eurofxref-hist-2024.csv";
            RateTable t = toTable(EcbParser.readCsv(new InputStreamReader(in, StandardCharsets.UTF_8), name), name,
                    BUNDLED_SOURCE);
            LOG.debug("loaded bundled ECB rates: {}", t);
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
