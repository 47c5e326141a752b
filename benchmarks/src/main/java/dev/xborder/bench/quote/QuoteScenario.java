package dev.xborder.bench.quote;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * The order every quote benchmark prices: 3 lines from CN with USD prices to Berlin (DE 10115) on
 * 2026-07-15, own store, DAP, seller without IOSS registration.
 *
 * <ul>
 *   <li>{@link #HIGH}: USD 512.97 of goods plus USD 25 shipping, above EUR 150: ad valorem duty per
 *       line on the customs value (EU pack: chapter 61 12%, 6404 16.9%, 851713 0%) and 19% import
 *       VAT on customs value plus duty.</li>
 *   <li>{@link #LOW}: USD 48.47 of goods plus USD 6 shipping, at most EUR 150: the EUR 3 flat duty
 *       per distinct 6-digit tariff item (from 2026-07-01) and 19% import VAT.</li>
 * </ul>
 *
 * <p>Exchange rates: the bundled ECB table ends on 2025-05-09, so the benchmark widens the
 * staleness bound to 800 days and every 2026 date uses the rate of 2025-05-09 (USD 1.1252 per EUR).
 * That is a benchmark setting, not a claim about 2026 rates.
 */
public enum QuoteScenario {
    HIGH(new Line[] {
            new Line("TEE-BLK-M", "6109100010", 3, "24.99"),
            new Line("SNEAKER-42", "6404110000", 1, "89.00"),
            new Line("PHONE-128", "8517130000", 1, "349.00")}, "25.00"),
    LOW(new Line[] {
            new Line("TEE-BLK-M", "6109100010", 2, "12.99"),
            new Line("SOCKS-3P", "6115950000", 1, "7.99"),
            new Line("LIPSTICK-R", "3304100000", 1, "14.50")}, "6.00");

    /** The date of sale. */
    public static final LocalDate DATE = LocalDate.of(2026, 7, 15);
    /** Widened staleness so that 2026 dates use the last bundled ECB rates (see class doc). */
    public static final int STALENESS_DAYS = 800;

    /** One order line as plain values. */
    public record Line(String sku, String hs, int quantity, String unitPriceUsd) {
    }

    private final Line[] lines;
    private final String shippingUsd;

    QuoteScenario(Line[] lines, String shippingUsd) {
        this.lines = lines;
        this.shippingUsd = shippingUsd;
    }

    public List<Line> lines() {
        return List.of(lines);
    }

    public String shippingUsd() {
        return shippingUsd;
    }

    /** The rates every quote benchmark uses: bundled ECB, staleness widened. */
    public static ExchangeRates rates() {
        return ExchangeRates.builder().addBundledEcb().maxStalenessDays(STALENESS_DAYS).build();
    }

    /** The scenario as xborder's request. */
    public QuoteRequest request(boolean explain) {
        return request(CountryCode.of("DE"), "10115", explain);
    }

    /** The scenario's lines and shipping, shipped to another destination. */
    public QuoteRequest request(CountryCode destination, String postalCode, boolean explain) {
        CurrencyUnit usd = Monetary.getCurrency("USD");
        QuoteRequest.Builder b = QuoteRequest.builder().date(DATE).origin(CountryCode.of("CN"))
                .destination(Address.of(destination, postalCode)).currency(usd)
                .shipping(Money.of(new BigDecimal(shippingUsd), usd)).explain(explain);
        for (Line l : lines) {
            b.line(new QuoteLine(Sku.of(l.sku()), HsCode.of(l.hs()), CountryCode.of("CN"), l.quantity(),
                    Money.of(new BigDecimal(l.unitPriceUsd()), usd), TaxCategory.STANDARD, null));
        }
        return b.build();
    }
}
