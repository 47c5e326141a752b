package dev.xborder.core.money;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/** Loads the real-ECB-figure fixtures under src/test/resources/dev/xborder/core/money (see README there). */
final class TestData {
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final CurrencyUnit USD = Monetary.getCurrency("USD");
    static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
    static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
    static final CurrencyUnit KRW = Monetary.getCurrency("KRW");
    static final CurrencyUnit KWD = Monetary.getCurrency("KWD");
    static final CurrencyUnit BHD = Monetary.getCurrency("BHD");

    static final String HIST_CSV = "ecb-eurofxref-hist-excerpt.csv";
    static final String DAILY_CSV = "ecb-eurofxref-daily-2025-05-09.csv";
    static final String DAILY_XML = "ecb-eurofxref-daily-2025-05-09.xml";
    static final String HIST_XML = "ecb-eurofxref-hist-excerpt.xml";

    private TestData() {
    }

    static InputStream stream(String name) {
        InputStream in = TestData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    /** The 2025-04-14..2025-05-09 excerpt of eurofxref-hist.csv as a table. */
    static RateTable histExcerpt() {
        try (InputStream in = stream(HIST_CSV)) {
            return EcbRates.readCsv(new InputStreamReader(in, StandardCharsets.UTF_8), HIST_CSV);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
