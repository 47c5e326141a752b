package dev.xborder.tax.tariff;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.core.Checks;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.tax.tariff.internal.Json;
import dev.xborder.tax.tariff.internal.RateText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the US Harmonized Tariff Schedule as exported by the USITC (hts.usitc.gov "Export"): the
 * JSON export (an array of rows with {@code htsno, indent, description, units, general, special,
 * other, ...}) or the CSV export (header {@code HTS Number, Indent, Description, Unit of
 * Quantity, General Rate of Duty, Special Rate of Duty, Column 2 Rate of Duty, ...}).
 *
 * <p>Rows without an HTS number (descriptive rows) are skipped. The general rate becomes the
 * line's duty; rows with an empty general rate state none ({@link DutyRate.NotStated}: in the HTS
 * the rate sits on the 8-digit line and its 10-digit statistical lines inherit it). Special-program
 * rates and the column 2 rate become {@link AreaRate}s. Rates are read by exact rules; anything
 * else is kept as {@link DutyRate.Unparsed} text.
 *
 * <p>Bad files fail with one {@link RuleDataException} listing every problem with its JSON path
 * ({@code $[12].htsno}) or CSV line; nothing is returned from a bad file.
 */
public final class UsHtsReader {
    /** The jurisdiction of every tariff this reader returns. */
    public static final CountryCode US = CountryCode.of("US");
    /** Largest number of rows accepted (the HTS has about 35,000). */
    public static final int MAX_ROWS = 1_000_000;
    /** Longest CSV field accepted, in characters. */
    public static final int MAX_CSV_FIELD = 100_000;

    private UsHtsReader() {
    }

    /**
     * Reads a USITC JSON export file.
     *
     * @throws RuleDataException listing every problem of the file (nothing is returned then)
     * @throws dev.xborder.core.InvalidInputException if an argument is null
     */
    public static NationalTariff readJson(Path file, LocalDate asOf) {
        Checks.notNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readJson(in, file.toString(), asOf);
        } catch (IOException e) {
            throw new RuleDataException(List.of(new RuleDataException.Problem(file.toString(), "$",
                    "cannot read the file: " + e.getMessage())), e);
        }
    }

    /**
     * Reads a USITC JSON export from a stream (not closed); {@code fileName} names it in errors and as the source.
     *
     * @throws RuleDataException listing every problem of the export (nothing is returned then)
     * @throws dev.xborder.core.InvalidInputException if an argument is null or fileName blank
     */
    public static NationalTariff readJson(InputStream in, String fileName, LocalDate asOf) {
        Checks.notNull(in, "in");
        Checks.notBlank(fileName, "fileName");
        Checks.notNull(asOf, "asOf");
        Rows rows = new Rows(fileName);
        String at = "$";
        try (JsonParser p = Json.MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                rows.problem("$", "expected an array of HTS rows");
            } else {
                int i = 0;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    at = "$[" + i + "]";
                    if (t == null) {
                        rows.problem(at, "unexpected end of file");
                        break;
                    }
                    if (i >= MAX_ROWS) {
                        rows.problem(at, "more than " + MAX_ROWS + " rows");
                        break;
                    }
                    JsonNode row = Json.MAPPER.readTree(p);
                    if (row == null || !row.isObject()) {
                        rows.problem(at, "expected an object");
                    } else {
                        rows.add(at, text(row, "htsno", at, rows), text(row, "indent", at, rows),
                                text(row, "description", at, rows), text(row, "general", at, rows),
                                text(row, "special", at, rows), text(row, "other", at, rows));
                    }
                    i++;
                }
            }
        } catch (JsonProcessingException e) {
            rows.problem(at, "malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            rows.problem(at, "cannot read: " + e.getMessage());
        }
        return rows.finish(asOf, "USITC HTS JSON export " + fileName);
    }

    /**
     * Reads a USITC CSV export file (UTF-8).
     *
     * @throws RuleDataException listing every problem of the file (nothing is returned then)
     * @throws dev.xborder.core.InvalidInputException if an argument is null
     */
    public static NationalTariff readCsv(Path file, LocalDate asOf) {
        Checks.notNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(in, file.toString(), asOf);
        } catch (IOException e) {
            throw new RuleDataException(List.of(new RuleDataException.Problem(file.toString(), "line 1",
                    "cannot read the file: " + e.getMessage())), e);
        }
    }

    /**
     * Reads a USITC CSV export (not closed); {@code fileName} names it in errors and as the source.
     *
     * @throws RuleDataException listing every problem of the export (nothing is returned then)
     * @throws dev.xborder.core.InvalidInputException if an argument is null or fileName blank
     */
    public static NationalTariff readCsv(Reader in, String fileName, LocalDate asOf) {
        Checks.notNull(in, "in");
        Checks.notBlank(fileName, "fileName");
        Checks.notNull(asOf, "asOf");
        Rows rows = new Rows(fileName);
        rows.csv = true;
        try {
            Csv csv = new Csv(in instanceof BufferedReader b ? b : new BufferedReader(in), rows);
            List<String> header = csv.next();
            if (header == null) {
                rows.problem("line 1", "empty file: expected the CSV header");
                return rows.finish(asOf, fileName);
            }
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).strip();
                if (i == 0 && h.startsWith("\uFEFF")) {
                    h = h.substring(1);
                }
                col.put(h, i);
            }
            for (String required : List.of("HTS Number", "Indent", "Description", "General Rate of Duty")) {
                if (!col.containsKey(required)) {
                    rows.problem("line 1", "missing column \"" + required + "\"");
                }
            }
            if (rows.problems.isEmpty()) {
                List<String> r;
                while ((r = csv.next()) != null) {
                    String at = "line " + csv.recordLine;
                    if (rows.count >= MAX_ROWS) {
                        rows.problem(at, "more than " + MAX_ROWS + " rows");
                        break;
                    }
                    if (r.size() == 1 && r.get(0).isEmpty()) {
                        continue;
                    }
                    if (r.size() != header.size()) {
                        rows.problem(at, r.size() + " fields, the header has " + header.size());
                        continue;
                    }
                    rows.add(at, field(r, col, "HTS Number"), field(r, col, "Indent"), field(r, col, "Description"),
                            field(r, col, "General Rate of Duty"), field(r, col, "Special Rate of Duty"),
                            field(r, col, "Column 2 Rate of Duty"));
                }
            }
        } catch (IOException e) {
            rows.problem("line ?", "cannot read: " + e.getMessage());
        }
        return rows.finish(asOf, "USITC HTS CSV export " + fileName);
    }

    private static String field(List<String> r, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? null : r.get(i);
    }

    private static String text(JsonNode row, String field, String at, Rows rows) {
        JsonNode v = row.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNumber() && field.equals("indent")) {
            return v.asText();
        }
        rows.problem(at + "." + field, "expected a string, found " + v.getNodeType().name().toLowerCase());
        return null;
    }

    /** Collects rows and problems of one file. */
    private static final class Rows {
        final String file;
        boolean csv;
        final List<RuleDataException.Problem> problems = new ArrayList<>();
        final List<TariffLine> lines = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();
        int count;

        Rows(String file) {
            this.file = file;
        }

        void problem(String path, String message) {
            problems.add(new RuleDataException.Problem(file, path, message));
        }

        void add(String at, String htsno, String indent, String description, String general, String special,
                 String other) {
            count++;
            if (htsno == null || htsno.isBlank()) {
                return; // descriptive row
            }
            StringBuilder digits = new StringBuilder(htsno.length());
            for (int i = 0; i < htsno.length(); i++) {
                char c = htsno.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                } else if (c != '.' && c != ' ') {
                    problem(at + pathOf("htsno"), "HTS number \"" + htsno + "\" has characters other than digits and dots");
                    return;
                }
            }
            if (digits.length() == 0 || digits.length() > TariffIndex.MAX_DIGITS) {
                problem(at + pathOf("htsno"), "HTS number \"" + htsno + "\" must have 1 to " + TariffIndex.MAX_DIGITS
                        + " digits");
                return;
            }
            if (indent != null && !indent.isBlank() && !indent.strip().chars().allMatch(Character::isDigit)) {
                problem(at + pathOf("indent"), "indent \"" + indent + "\" is not a whole number");
            }
            String code = digits.toString();
            String first = seen.putIfAbsent(code, at);
            if (first != null) {
                problem(at + pathOf("htsno"), "duplicate HTS number " + htsno + " (first at " + first + ")");
                return;
            }
            List<AreaRate> areas = new ArrayList<>(RateText.parseHtsSpecial(special));
            DutyRate column2 = RateText.parseHts(other);
            if (!(column2 instanceof DutyRate.NotStated)) {
                areas.add(new AreaRate(AreaRate.HTS_COLUMN_2, "Column 2", column2));
            }
            lines.add(new TariffLine(code, description == null ? "" : description.strip(), RateText.parseHts(general),
                    areas, null));
        }

        private String pathOf(String jsonField) {
            if (!csv) {
                return "." + jsonField;
            }
            return ", column \"" + (jsonField.equals("htsno") ? "HTS Number" : "Indent") + "\"";
        }

        NationalTariff finish(LocalDate asOf, String source) {
            if (!problems.isEmpty()) {
                throw new RuleDataException(problems);
            }
            return NationalTariff.of(US, source, asOf, lines);
        }
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF. */
    private static final class Csv {
        private final BufferedReader in;
        private final Rows rows;
        private int line = 1;
        int recordLine;
        private boolean eof;

        Csv(BufferedReader in, Rows rows) {
            this.in = in;
            this.rows = rows;
        }

        List<String> next() throws IOException {
            if (eof) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            while (true) {
                int c = in.read();
                if (c < 0) {
                    eof = true;
                    if (quoted) {
                        rows.problem("line " + recordLine, "unterminated quoted field");
                    }
                    if (!any && fields.isEmpty()) {
                        return null;
                    }
                    fields.add(f.toString());
                    return fields;
                }
                any = true;
                if (f.length() > MAX_CSV_FIELD) {
                    rows.problem("line " + recordLine, "field longer than " + MAX_CSV_FIELD + " characters");
                    eof = true;
                    return null;
                }
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            f.append('"');
                        } else {
                            quoted = false;
                            if (d >= 0) {
                                in.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        f.append((char) c);
                    }
                } else if (c == '"' && f.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                } else if (c == '\r') {
                    // CR of CRLF: ignored
                } else if (c == '\n') {
                    line++;
                    fields.add(f.toString());
                    return fields;
                } else {
                    f.append((char) c);
                }
            }
        }
    }
}
