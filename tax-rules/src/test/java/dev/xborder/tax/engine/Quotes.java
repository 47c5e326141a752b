package dev.xborder.tax.engine;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/** Small builders for test requests. */
final class Quotes {
    private Quotes() {
    }

    static QuoteRequest.Builder request(String date, String from, String to, String postalCode, String currency) {
        return QuoteRequest.builder().date(LocalDate.parse(date)).origin(CountryCode.of(from))
                .destination(Address.of(CountryCode.of(to), postalCode)).currency(Monetary.getCurrency(currency));
    }

    static QuoteLine line(String sku, String hs, String origin, int qty, String unitPrice, String currency,
                          TaxCategory category) {
        return new QuoteLine(Sku.of(sku), hs == null ? null : HsCode.of(hs), origin == null ? null : CountryCode.of(origin),
                qty, Money.of(new java.math.BigDecimal(unitPrice), currency), category, null);
    }

    static Money money(String amount, String currency) {
        return Money.of(new java.math.BigDecimal(amount), currency);
    }

    /** A classpath resource (a synthetic test pack) as text. */
    static String resource(String path) {
        try (java.io.InputStream in = Quotes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("no test resource " + path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code json} to {@code file}, loads it as a pack and returns the loader's problems, each checked to name
     * that file; fails if the pack loads.
     */
    static List<dev.xborder.core.RuleDataException.Problem> problemsOf(java.nio.file.Path file, String json)
            throws java.io.IOException {
        java.nio.file.Files.writeString(file, json);
        dev.xborder.core.RuleDataException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.xborder.core.RuleDataException.class, () -> dev.xborder.tax.pack.RulePackLoader.builder().file(file, 0).load());
        String name = file.getFileName().toString();
        org.assertj.core.api.Assertions.assertThat(e.problems())
                .allSatisfy(pr -> org.assertj.core.api.Assertions.assertThat(pr.file()).endsWith(name));
        return e.problems();
    }
}
