package dev.xborder.tax.engine;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.CurrencyConverter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A fixed-table converter for tests: euro reference rates (units of currency per 1 EUR) for a few
 * days; a date uses the latest table on or before it; cross rates go through the euro.
 * Source: ECB euro foreign exchange reference rates (eurofxref-hist.csv), rows 2024-10-01,
 * 2025-04-23 and 2025-05-09.
 */
final class EcbTestRates implements CurrencyConverter {
    static final String SOURCE = "ECB euro foreign exchange reference rates (test table)";

    private static final NavigableMap<LocalDate, Map<String, BigDecimal>> TABLE = new TreeMap<>(Map.of(
            LocalDate.of(2024, 10, 1), Map.of("USD", bd("1.1086"), "GBP", bd("0.83193"), "PLN", bd("4.2853"),
                    "SEK", bd("11.3145"), "CZK", bd("25.272"), "RON", bd("4.9759"), "CNY", bd("7.7807")),
            LocalDate.of(2025, 4, 23), Map.of("USD", bd("1.1415"), "GBP", bd("0.85793"), "PLN", bd("4.2915"),
                    "SEK", bd("10.9395"), "CZK", bd("25.015"), "RON", bd("4.9772"), "CNY", bd("8.3199")),
            LocalDate.of(2025, 5, 9), Map.ofEntries(Map.entry("USD", bd("1.1252")), Map.entry("GBP", bd("0.8477")),
                    Map.entry("PLN", bd("4.2393")), Map.entry("SEK", bd("10.92")), Map.entry("CZK", bd("24.946")),
                    Map.entry("RON", bd("5.1181")), Map.entry("CNY", bd("8.147")), Map.entry("CAD", bd("1.5658")),
                    Map.entry("BRL", bd("6.3647")), Map.entry("MXN", bd("21.9473")), Map.entry("CHF", bd("0.9353")),
                    Map.entry("AUD", bd("1.7572")), Map.entry("NOK", bd("11.6725")))));

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Override
    public Conversion convert(MonetaryAmount amount, CurrencyUnit target, LocalDate date) {
        String from = amount.getCurrency().getCurrencyCode();
        String to = target.getCurrencyCode();
        if (from.equals(to)) {
            return new Conversion(amount, amount, BigDecimal.ONE, date, date, SOURCE);
        }
        Map.Entry<LocalDate, Map<String, BigDecimal>> e = TABLE.floorEntry(date);
        if (e == null) {
            throw new ConversionUnavailableException("date", date, "no test rate on or before " + date);
        }
        BigDecimal fromRate = "EUR".equals(from) ? BigDecimal.ONE : e.getValue().get(from);
        BigDecimal toRate = "EUR".equals(to) ? BigDecimal.ONE : e.getValue().get(to);
        if (fromRate == null || toRate == null) {
            throw new ConversionUnavailableException("currency", from + "/" + to, "no test rate");
        }
        BigDecimal rate = toRate.divide(fromRate, MathContext.DECIMAL64);
        BigDecimal result = amount.getNumber().numberValue(BigDecimal.class).multiply(rate)
                .setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return new Conversion(amount, Money.of(result, target), rate, date, e.getKey(), SOURCE);
    }
}
