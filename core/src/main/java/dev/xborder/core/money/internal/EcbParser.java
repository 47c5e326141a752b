package dev.xborder.core.money.internal;

import dev.xborder.core.RuleDataException;
import dev.xborder.core.RuleDataException.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses the ECB's euro reference-rate files into {@link Row}s, collecting every problem with its
 * line and field. Not API: use {@code dev.xborder.core.money.EcbRates}.
 *
 * <p>CSV: the history file ({@code eurofxref-hist.csv}: header {@code Date,USD,JPY,...}, ISO dates,
 * newest first, {@code N/A} for no rate, a trailing comma on every line) and the daily file
 * ({@code eurofxref.csv}: {@code Date, USD, JPY, ...} and one row dated like {@code 09 May 2025}).
 * XML: {@code eurofxref-daily.xml} and {@code eurofxref-hist.xml}, a {@code gesmes:Envelope} holding
 * {@code Cube > Cube time=... > Cube currency=... rate=...}. The XML parser refuses DTDs and
 * external entities.
 */
public final class EcbParser {
    /** At most this many problems are listed; the rest are counted. */
    private static final int MAX_PROBLEMS = 50;
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** Built on first use only: the bundled (history) file never needs it. */
    private static final class DailyDate {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    }

    private EcbParser() {
    }

    /**
     * One published rate: units of {@code currency} per 1 EUR on {@code date}; where it was read.
     * The location of a CSV cell is put together only when asked for (a problem), not for each of
     * the ten thousand cells of a history file.
     */
    public static final class Row {
        private final LocalDate date;
        private final String currency;
        private final BigDecimal rate;
        private final String location;
        private final int line;

        /** A rate read at {@code location}. */
        public Row(LocalDate date, String currency, BigDecimal rate, String location) {
            this(date, currency, rate, location, 0);
        }

        private Row(LocalDate date, String currency, BigDecimal rate, String location, int line) {
            this.date = date;
            this.currency = currency;
            this.rate = rate;
            this.location = location;
            this.line = line;
        }

        /** A rate read from CSV line {@code line}, column {@code currency}. */
        static Row csv(LocalDate date, String currency, BigDecimal rate, int line) {
            return new Row(date, currency, rate, null, line);
        }

        public LocalDate date() {
            return date;
        }

        public String currency() {
            return currency;
        }

        public BigDecimal rate() {
            return rate;
        }

        /** Where the rate was read, e.g. {@code line 3, column USD}. */
        public String location() {
            return location != null ? location : "line " + line + ", column " + currency;
        }

        @Override
        public String toString() {
            return "Row[date=" + date + ", currency=" + currency + ", rate=" + rate + ", location=" + location() + "]";
        }
    }

    /** Collects problems; throws them all at once. */
    private static final class Problems {
        final String file;
        final List<Problem> list = new ArrayList<>();
        int dropped;

        Problems(String file) {
            this.file = file;
        }

        void add(String path, String message) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(new Problem(file, path, message));
            } else {
                dropped++;
            }
        }

        void throwIfAny(Throwable cause) {
            if (!list.isEmpty()) {
                List<Problem> all = new ArrayList<>(list);
                if (dropped > 0) {
                    all.add(new Problem(file, "(rest)", dropped + " more problems not listed"));
                }
                throw new RuleDataException(all, cause);
            }
        }
    }

    /** Reads either ECB CSV file (history or daily). */
    public static List<Row> readCsv(Reader reader, String file) {
        Problems problems = new Problems(file);
        List<Row> rows = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            String header = in.readLine();
            if (header != null && header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            if (header == null || header.isBlank()) {
                problems.add("line 1", "empty file: expected a header starting with Date");
                problems.throwIfAny(null);
            }
            String[] cols = split(header);
            if (!cols[0].equals("Date")) {
                problems.add("line 1, column 1", "expected \"Date\" but found \"" + cols[0] + "\"");
            }
            Set<String> seenCodes = new HashSet<>();
            for (int c = 1; c < cols.length; c++) {
                if (cols[c].isEmpty() && c == cols.length - 1) {
                    continue; // trailing comma
                }
                if (!CODE.matcher(cols[c]).matches()) {
                    problems.add("line 1, column " + (c + 1), "expected an ISO 4217 code but found \"" + cols[c] + "\"");
                } else if (!seenCodes.add(cols[c])) {
                    problems.add("line 1, column " + (c + 1), "currency " + cols[c] + " appears twice");
                }
            }
            problems.throwIfAny(null);
            Set<LocalDate> seenDates = new HashSet<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = split(line);
                String at = "line " + lineNo;
                int expected = cols.length;
                boolean trailingOk = f.length == expected || (f.length == expected + 1 && f[expected].isEmpty())
                        || (f.length == expected - 1 && cols[expected - 1].isEmpty());
                if (!trailingOk) {
                    problems.add(at, "has " + f.length + " fields but the header has " + cols.length);
                    continue;
                }
                LocalDate date = parseDate(f[0]);
                if (date == null) {
                    problems.add(at + ", column Date", "not a date (expected 2025-05-09 or 09 May 2025): \"" + f[0] + "\"");
                    continue;
                }
                if (!seenDates.add(date)) {
                    problems.add(at + ", column Date", "date " + date + " appears twice");
                    continue;
                }
                for (int c = 1; c < cols.length; c++) {
                    String code = cols[c];
                    String v = c < f.length ? f[c] : "";
                    if (code.isEmpty()) {
                        if (!v.isEmpty()) {
                            problems.add(at + ", column " + (c + 1), "value \"" + v + "\" under an empty header");
                        }
                        continue;
                    }
                    if (v.equals("N/A")) {
                        continue;
                    }
                    if (v.isEmpty()) {
                        problems.add(at + ", column " + code, "empty; the ECB writes N/A where there is no rate");
                        continue;
                    }
                    BigDecimal rate = parseRate(v);
                    if (rate == null) {
                        problems.add(at + ", column " + code, "not a positive decimal rate: \"" + v + "\"");
                        continue;
                    }
                    rows.add(Row.csv(date, code, rate, lineNo));
                }
            }
            if (seenDates.isEmpty() && problems.list.isEmpty()) {
                problems.add("line 2", "no rows after the header");
            }
        } catch (IOException e) {
            problems.add("(read)", "could not be read: " + e.getMessage());
            problems.throwIfAny(e);
        }
        problems.throwIfAny(null);
        return rows;
    }

    /** Reads either ECB XML file (daily or history). */
    public static List<Row> readXml(InputStream input, String file) {
        Problems problems = new Problems(file);
        List<Row> rows = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(input);
            Set<LocalDate> seenDates = new HashSet<>();
            LocalDate current = null;
            boolean currentOk = false;
            boolean sawTime = false;
            boolean sawEnvelope = false;
            Set<String> seenCodes = new HashSet<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    problems.add("line " + xml.getLocation().getLineNumber(), "DOCTYPE/DTD is not allowed in an ECB rates file");
                    break;
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problems.add("line " + xml.getLocation().getLineNumber(), "entity references are not allowed");
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String at = "line " + xml.getLocation().getLineNumber();
                if (name.equals("Envelope")) {
                    sawEnvelope = true;
                    continue;
                }
                if (!name.equals("Cube")) {
                    continue;
                }
                String time = xml.getAttributeValue(null, "time");
                String currency = xml.getAttributeValue(null, "currency");
                String rateText = xml.getAttributeValue(null, "rate");
                if (time != null) {
                    sawTime = true;
                    current = parseIsoDate(time);
                    seenCodes.clear();
                    currentOk = current != null;
                    if (current == null) {
                        problems.add(at + ", attribute time", "not an ISO date: \"" + time + "\"");
                    } else if (!seenDates.add(current)) {
                        problems.add(at + ", attribute time", "date " + current + " appears twice");
                        currentOk = false;
                    }
                } else if (currency != null || rateText != null) {
                    if (!sawTime) {
                        problems.add(at, "rate outside a Cube with a time attribute");
                        continue;
                    }
                    if (!currentOk) {
                        continue; // its dated Cube was already reported
                    }
                    if (currency == null || !CODE.matcher(currency).matches()) {
                        problems.add(at + ", attribute currency", "expected an ISO 4217 code but found \"" + currency + "\"");
                        continue;
                    }
                    if (!seenCodes.add(currency)) {
                        problems.add(at + ", attribute currency", "currency " + currency + " appears twice on " + current);
                        continue;
                    }
                    BigDecimal rate = rateText == null ? null : parseRate(rateText.trim());
                    if (rate == null) {
                        problems.add(at + ", attribute rate", "not a positive decimal rate: \"" + rateText + "\"");
                        continue;
                    }
                    rows.add(new Row(current, currency, rate, at + ", " + currency));
                }
            }
            if (problems.list.isEmpty()) {
                if (!sawEnvelope) {
                    problems.add("line 1", "not an ECB rates file: no gesmes:Envelope element");
                } else if (rows.isEmpty()) {
                    problems.add("(document)", "no rates found (expected Cube time=... > Cube currency=... rate=...)");
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "(document)" : "line " + e.getLocation().getLineNumber();
            problems.add(where, "malformed XML: " + e.getMessage());
            problems.throwIfAny(e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a stream the caller owns; nothing to do
                }
            }
        }
        problems.throwIfAny(null);
        return rows;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException unsupported) {
            // a non-JDK StAX implementation without this property; DTDs are refused above anyway
        }
    }

    private static String[] split(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private static LocalDate parseDate(String text) {
        LocalDate iso = parseIsoDate(text);
        if (iso != null) {
            return iso;
        }
        try {
            return LocalDate.parse(text, DailyDate.FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate parseIsoDate(String text) {
        if (text.length() != 10) {
            return null;
        }
        // fast path for yyyy-MM-dd (every cell of a history file); anything else goes to the
        // ISO formatter, which decides exactly as before
        if (text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4) && digits(text, 5, 7)
                && digits(text, 8, 10)) {
            try {
                return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** A positive decimal of 1-12 digits with an optional fraction of 1-12 digits (ASCII digits only). */
    private static BigDecimal parseRate(String text) {
        int dot = text.indexOf('.');
        int intEnd = dot < 0 ? text.length() : dot;
        if (intEnd < 1 || intEnd > 12 || !digits(text, 0, intEnd)) {
            return null;
        }
        if (dot >= 0) {
            int frac = text.length() - dot - 1;
            if (frac < 1 || frac > 12 || !digits(text, dot + 1, text.length())) {
                return null;
            }
        }
        BigDecimal r = new BigDecimal(text);
        return r.signum() > 0 ? r : null;
    }
}
