package dev.xborder.bench.quote;

import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.MonetaryRounding;
import javax.money.RoundingQueryBuilder;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.ExchangeRateProvider;
import org.javamoney.moneta.Money;

/**
 * The baseline of the landed-cost quote: the EU import computation for a German destination
 * written the obvious way with Moneta {@link Money}, JSR 354 {@link CurrencyConversion} and
 * {@link MonetaryRounding}, with the same rules and figures as the bundled EU pack (valuation CIF,
 * per-line half-up rounding, IOSS only for registered sellers, EUR 3 flat duty per distinct 6-digit
 * item for consignments of intrinsic value up to EUR 150 from 2026-07-01, otherwise ad valorem duty
 * by longest HS prefix, 19% VAT on customs value plus duty, shipping spread over lines by value)
 * and the same rate dates (amounts: penultimate Wednesday of the previous month; EUR 150 test: first
 * working day of October of the previous year). Only what the benchmark scenarios need: DE, no
 * insurance, no fees, no territories.
 *
 * <p>Amounts are created with a {@link MonetaryContext} of the given {@link MathContext}. Moneta's
 * own default (its bundled {@code javamoney.properties}: precision 256, half-even) makes every
 * division a 256-digit one; the benchmarks measure both that default and {@link MathContext#DECIMAL128}
 * (34 digits, what a careful Moneta user would configure), and judge the target against the latter.
 *
 * <p>Not part of xborder: it exists to be measured against. Thread-safe.
 */
public final class NaiveMonetaQuote {
    /** What the baseline returns: totals in EUR and, if asked, a trace of text lines. */
    public record Result(MonetaryAmount goods, MonetaryAmount shipping, MonetaryAmount duty, MonetaryAmount tax,
                         MonetaryAmount landed, List<String> trace) {
    }

    private static final LocalDate FLAT_FROM = LocalDate.of(2026, 7, 1);
    private static final LocalDate FLAT_TO = LocalDate.of(2028, 7, 1);

    private final ExchangeRateProvider provider;
    private final CurrencyUnit eur = Monetary.getCurrency("EUR");
    private final MonetaryRounding cents = Monetary.getRounding(RoundingQueryBuilder.of()
            .setScale(2).set(RoundingMode.HALF_UP).build());
    private final MonetaryRounding centsDown = Monetary.getRounding(RoundingQueryBuilder.of()
            .setScale(2).set(RoundingMode.DOWN).build());
    private final Map<String, BigDecimal> dutyPercentByPrefix = new LinkedHashMap<>();
    private final BigDecimal vatPercent = new BigDecimal("19");
    private final MonetaryAmount threshold = Money.of(150, "EUR");
    private final MonetaryAmount flatDuty;

    private final MonetaryContext context;

    /**
     * A baseline converting through {@code provider} (the benchmarks pass {@code XborderRateProvider}).
     *
     * @param mathContext the precision of every amount's arithmetic, or null for Moneta's default
     */
    public NaiveMonetaQuote(ExchangeRateProvider provider, MathContext mathContext) {
        this.provider = provider;
        this.context = mathContext == null ? Money.DEFAULT_MONETARY_CONTEXT
                : MonetaryContextBuilder.of(Money.class).set(mathContext).build();
        // the EU pack's duty rates (eu.json dutyRates), keyed by HS prefix
        dutyPercentByPrefix.put("61", new BigDecimal("12"));
        dutyPercentByPrefix.put("62", new BigDecimal("12"));
        dutyPercentByPrefix.put("6403", new BigDecimal("8"));
        dutyPercentByPrefix.put("6404", new BigDecimal("16.9"));
        dutyPercentByPrefix.put("8471", BigDecimal.ZERO);
        dutyPercentByPrefix.put("851713", BigDecimal.ZERO);
        dutyPercentByPrefix.put("850760", new BigDecimal("2.7"));
        dutyPercentByPrefix.put("4901", BigDecimal.ZERO);
        dutyPercentByPrefix.put("3304", BigDecimal.ZERO);
        dutyPercentByPrefix.put("7113", new BigDecimal("2.5"));
        dutyPercentByPrefix.put("9102", new BigDecimal("4.5"));
        flatDuty = Money.of(3, eur, context);
    }

    /** Quotes {@code r} (destination DE) in EUR; the trace is filled when {@code r.explain()}. */
    public Result quote(QuoteRequest r) {
        List<String> trace = r.explain() ? new ArrayList<>() : null;
        LocalDate date = r.date();
        List<QuoteLine> lines = r.lines();
        int n = lines.size();
        LocalDate amountsDate = date.minusMonths(1).with(TemporalAdjusters.lastInMonth(DayOfWeek.WEDNESDAY))
                .minusWeeks(1);
        LocalDate thresholdDate = LocalDate.of(date.getYear() - 1, 10, 1);
        while (thresholdDate.getDayOfWeek() == DayOfWeek.SATURDAY || thresholdDate.getDayOfWeek() == DayOfWeek.SUNDAY) {
            thresholdDate = thresholdDate.plusDays(1);
        }
        CurrencyConversion toEur = provider.getCurrencyConversion(ConversionQueryBuilder.of()
                .setTermCurrency(eur).set(LocalDate.class, amountsDate).build());

        // goods and shipping in EUR
        MonetaryAmount[] goods = new MonetaryAmount[n];
        MonetaryAmount goodsTotal = Money.of(0, eur, context);
        MonetaryAmount intrinsic = Money.of(0, r.currency(), context);
        for (int i = 0; i < n; i++) {
            MonetaryAmount value = Money.of(lines.get(i).unitPrice().getNumber(), r.currency(), context)
                    .multiply(lines.get(i).quantity());
            intrinsic = intrinsic.add(value);
            goods[i] = value.with(toEur).with(cents);
            goodsTotal = goodsTotal.add(goods[i]);
            if (trace != null) {
                trace.add("converted " + value + " to " + goods[i] + " at the rate of " + amountsDate);
            }
        }
        MonetaryAmount shipping = Money.of(r.shipping().getNumber(), r.currency(), context).with(toEur).with(cents);
        if (trace != null) {
            trace.add("converted shipping " + r.shipping() + " to " + shipping);
        }
        MonetaryAmount[] ship = new MonetaryAmount[n];
        BigDecimal[] rest = new BigDecimal[n];
        MonetaryAmount allocated = Money.of(0, eur, context);
        for (int i = 0; i < n; i++) {
            MonetaryAmount share = shipping.multiply(goods[i].getNumber()).divide(goodsTotal.getNumber());
            ship[i] = share.with(centsDown);
            rest[i] = share.subtract(ship[i]).getNumber().numberValue(BigDecimal.class);
            allocated = allocated.add(ship[i]);
        }
        MonetaryAmount cent = Money.of(new BigDecimal("0.01"), eur, context);
        while (allocated.isLessThan(shipping)) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (rest[i].compareTo(rest[best]) > 0) {
                    best = i;
                }
            }
            ship[best] = ship[best].add(cent);
            rest[best] = rest[best].subtract(new BigDecimal("0.01"));
            allocated = allocated.add(cent);
        }
        MonetaryAmount[] cv = new MonetaryAmount[n];
        for (int i = 0; i < n; i++) {
            cv[i] = goods[i].add(ship[i]);
        }

        // IOSS: only for registered sellers (or marketplaces) within EUR 150 on the day of sale
        boolean ioss = false;
        for (TaxRegistration reg : r.registrations()) {
            ioss |= reg.scheme() == RegistrationScheme.IOSS;
        }
        MonetaryAmount valueSameDay = intrinsic.with(provider.getCurrencyConversion(ConversionQueryBuilder.of()
                .setTermCurrency(eur).set(LocalDate.class, date).build())).with(cents);
        if (trace != null) {
            trace.add((ioss && !valueSameDay.isGreaterThan(threshold) ? "applied" : "skipped")
                    + " eu.ioss: intrinsic value " + valueSameDay + " vs " + threshold);
        }

        // duty: EUR 3 per distinct 6-digit item up to EUR 150, otherwise ad valorem
        MonetaryAmount valueForDuty = intrinsic.with(provider.getCurrencyConversion(ConversionQueryBuilder.of()
                .setTermCurrency(eur).set(LocalDate.class, thresholdDate).build())).with(cents);
        boolean flat = !date.isBefore(FLAT_FROM) && date.isBefore(FLAT_TO) && !valueForDuty.isGreaterThan(threshold);
        MonetaryAmount[] duty = new MonetaryAmount[n];
        if (flat) {
            Set<String> items = new HashSet<>();
            for (int i = 0; i < n; i++) {
                boolean first = items.add(lines.get(i).hsCode().digits().substring(0, 6));
                duty[i] = first ? flatDuty : Money.of(0, eur, context);
            }
            if (trace != null) {
                trace.add("applied eu.flat-duty-3: " + flatDuty + " x " + items.size() + " items, value "
                        + valueForDuty + " within " + threshold);
            }
        } else {
            if (trace != null) {
                trace.add("skipped eu.flat-duty-3: value " + valueForDuty + " above " + threshold);
            }
            for (int i = 0; i < n; i++) {
                String hs = lines.get(i).hsCode().digits();
                String best = null;
                for (String prefix : dutyPercentByPrefix.keySet()) {
                    if (hs.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                        best = prefix;
                    }
                }
                BigDecimal percent = best == null ? BigDecimal.ZERO : dutyPercentByPrefix.get(best);
                duty[i] = cv[i].multiply(percent).divide(100).with(cents);
                if (trace != null) {
                    trace.add("applied eu.duty." + best + ": line " + lines.get(i).sku() + " " + percent + "% of "
                            + cv[i] + " = " + duty[i]);
                }
            }
        }

        // import VAT on customs value + duty
        MonetaryAmount dutyTotal = Money.of(0, eur, context);
        MonetaryAmount taxTotal = Money.of(0, eur, context);
        for (int i = 0; i < n; i++) {
            MonetaryAmount base = cv[i].add(duty[i]);
            MonetaryAmount tax = base.multiply(vatPercent).divide(100).with(cents);
            dutyTotal = dutyTotal.add(duty[i]);
            taxTotal = taxTotal.add(tax);
            if (trace != null) {
                trace.add("applied de.vat.standard: line " + lines.get(i).sku() + " " + vatPercent + "% of " + base
                        + " = " + tax);
            }
        }
        MonetaryAmount landed = goodsTotal.add(shipping).add(dutyTotal).add(taxTotal);
        return new Result(goodsTotal, shipping, dutyTotal, taxTotal, landed, trace);
    }
}
