package dev.xborder.tax.golden;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Shared fixtures for the golden tests of the bundled non-EU packs. */
/** Shared fixtures of the golden tests (also used by the duty golden tests in {@code golden.duty}). */
public final class GoldenSupport {
    /**
     * Euro foreign exchange reference rates of 2025-05-09 (units of currency per EUR).
     * Source: ECB, eurofxref-hist.csv, row 2025-05-09 (copied from the project's data snapshot).
     */
    static final LocalDate ECB_DATE = LocalDate.of(2025, 5, 9);

    static final Map<String, BigDecimal> ECB_2025_05_09 = Map.ofEntries(
            Map.entry("EUR", BigDecimal.ONE),
            Map.entry("USD", new BigDecimal("1.1252")),
            Map.entry("GBP", new BigDecimal("0.8477")),
            Map.entry("JPY", new BigDecimal("163.36")),
            Map.entry("CHF", new BigDecimal("0.9353")),
            Map.entry("NOK", new BigDecimal("11.6725")),
            Map.entry("AUD", new BigDecimal("1.7572")),
            Map.entry("BRL", new BigDecimal("6.3647")),
            Map.entry("CAD", new BigDecimal("1.5658")),
            Map.entry("KRW", new BigDecimal("1575.72")),
            Map.entry("MXN", new BigDecimal("21.9473")),
            Map.entry("NZD", new BigDecimal("1.9095")),
            Map.entry("SGD", new BigDecimal("1.46")));

    private GoldenSupport() {
    }

    /**
     * A converter with the fixed ECB rates of 2025-05-09 for every date: cross rate
     * target-per-EUR / source-per-EUR, kept to 10 decimals (HALF_EVEN); the result is rounded half up
     * to the target currency's minor units. Source: ECB.
     */
    public static final CurrencyConverter ECB_FIXED = (amount, target, date) -> {
        String from = amount.getCurrency().getCurrencyCode();
        String to = target.getCurrencyCode();
        if (from.equals(to)) {
            return new Conversion(amount, amount, BigDecimal.ONE, date, date, "identity");
        }
        BigDecimal f = ECB_2025_05_09.get(from);
        BigDecimal t = ECB_2025_05_09.get(to);
        if (f == null || t == null) {
            throw new ConversionUnavailableException("currency", from + "->" + to, "no fixed ECB rate in the golden test converter");
        }
        BigDecimal rate = t.divide(f, 10, RoundingMode.HALF_EVEN);
        BigDecimal value = amount.getNumber().numberValue(BigDecimal.class).multiply(rate)
                .setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return new Conversion(amount, Money.of(value, target), rate, date, ECB_DATE,
                "Source: ECB euro foreign exchange reference rates, 2025-05-09");
    };

    /** A calculator over one bundled pack only, so other packs cannot break these tests. */
    public static LandedCostCalculator calculator(String packFile) {
        return LandedCostCalculator.of(
                RulePackLoader.builder().classpath(RulePackLoader.BUNDLED_FOLDER + packFile, 0).load(), ECB_FIXED);
    }

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    static CurrencyUnit currency(String code) {
        return Monetary.getCurrency(code);
    }

    static QuoteLine line(String sku, String hs, String origin, int quantity, String unitPrice, String currency,
                          TaxCategory category) {
        return new QuoteLine(Sku.of(sku), hs == null ? null : HsCode.of(hs),
                origin == null ? null : CountryCode.of(origin), quantity, money(unitPrice, currency), category, null);
    }

    static QuoteRequest.Builder request(String date, String origin, String country, String postalCode,
                                        String currency) {
        return QuoteRequest.builder().date(LocalDate.parse(date)).origin(CountryCode.of(origin))
                .destination(Address.of(CountryCode.of(country), postalCode)).currency(currency(currency));
    }

    /** The amount as a plain decimal string at its currency's scale, for exact comparisons. */
    static String str(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class)
                .setScale(amount.getCurrency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY).toPlainString();
    }

    static String totals(LandedCostQuote q) {
        var t = q.totals();
        return "goods=" + str(t.goods()) + " shipping=" + str(t.shipping()) + " insurance=" + str(t.insurance())
                + " duty=" + str(t.duty()) + " tax=" + str(t.tax()) + " fees=" + str(t.fees())
                + " landed=" + str(t.landedCost());
    }
}
