package dev.xborder.tax.engine;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import java.time.LocalDate;
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
}
