package dev.xborder.core.logistics;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.LandedCostEstimator;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.QuoteTotals;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.GoodsFlag;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Test doubles and builders shared by the logistics tests. */
final class Fixtures {
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final CountryCode CN = CountryCode.of("CN");
    static final CountryCode DE = CountryCode.of("DE");
    static final CountryCode US = CountryCode.of("US");
    static final Address BERLIN = Address.of(DE, "10115");
    static final Address HELGOLAND = Address.of(DE, "27498");

    private Fixtures() {
    }

    static RateCards samples() {
        return RateCards.samples();
    }

    static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    /** A fixed instant: the given date at the given UTC time. */
    static Clock clockAt(String isoInstant) {
        return Clock.fixed(Instant.parse(isoInstant), ZoneOffset.UTC);
    }

    static PlanLine line(String sku, int qty, String kg, String l, String w, String h, String eur, GoodsFlag... flags) {
        return new PlanLine(Sku.of(sku), qty, Weight.kg(kg), Dimensions.cm(l, w, h), eur(eur), HsCode.of("620140"), CN,
                null, Set.of(flags));
    }

    static PlanLine line(String sku, int qty, String kg, String l, String w, String h, String eur, String hs) {
        return new PlanLine(Sku.of(sku), qty, Weight.kg(kg), Dimensions.cm(l, w, h), eur(eur), HsCode.of(hs), CN,
                null, Set.of());
    }

    static PlanRequest.Builder request(LocalDate shipDate, PlanLine... lines) {
        PlanRequest.Builder b = PlanRequest.builder().origin(CN).destination(BERLIN).shipDate(shipDate);
        for (PlanLine l : lines) {
            b.line(l);
        }
        return b;
    }

    /** Converts at fixed rates given as "units of target per unit of source". */
    static final class FixedRates implements CurrencyConverter {
        private final Map<String, BigDecimal> rates;

        FixedRates(Map<String, String> rates) {
            this.rates = new java.util.HashMap<>();
            rates.forEach((k, v) -> this.rates.put(k, new BigDecimal(v)));
        }

        /** 1 EUR = 7.80 CNY, so 1 CNY = 0.128205... EUR. */
        static FixedRates cnyEur() {
            return new FixedRates(Map.of("CNY/EUR", "0.12820513", "EUR/CNY", "7.80", "USD/EUR", "0.92"));
        }

        @Override
        public Conversion convert(MonetaryAmount amount, CurrencyUnit target, LocalDate date) {
            String from = amount.getCurrency().getCurrencyCode();
            if (from.equals(target.getCurrencyCode())) {
                return new Conversion(amount, amount, BigDecimal.ONE, date, date, "identity");
            }
            BigDecimal rate = rates.get(from + "/" + target.getCurrencyCode());
            if (rate == null) {
                throw new ConversionUnavailableException("currency", from + "/" + target, "no fixed rate");
            }
            BigDecimal v = amount.getNumber().numberValue(BigDecimal.class).multiply(rate)
                    .setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_UP);
            return new Conversion(amount, Money.of(v, target), rate, date, date, "test fixed rates");
        }
    }

    /**
     * Models the EU B2C import of a low-value consignment: 19% VAT on (goods + shipping + duty),
     * and from 2026-07-01, for consignments of at most EUR 150, a EUR 3 duty per distinct tariff
     * classification ("item") as tax-facts.md describes the interim flat duty. Before that date,
     * no duty on such consignments. Counts its calls.
     */
    static final class FakeEuEstimator implements LandedCostEstimator {
        static final LocalDate FLAT_DUTY_FROM = LocalDate.of(2026, 7, 1);
        final AtomicInteger calls = new AtomicInteger();
        final List<QuoteRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public LandedCostQuote quote(QuoteRequest r) {
            calls.incrementAndGet();
            requests.add(r);
            CurrencyUnit cur = r.currency();
            MonetaryAmount goods = Money.zero(cur);
            Set<String> items = new HashSet<>();
            for (QuoteLine l : r.lines()) {
                goods = goods.add(l.lineValue());
                items.add(l.hsCode() == null ? "?" + l.sku() : l.hsCode().digits());
            }
            MonetaryAmount duty = Money.zero(cur);
            if (!r.date().isBefore(FLAT_DUTY_FROM) && !goods.isGreaterThan(Money.of(150, cur))) {
                duty = Money.of(3, cur).multiply(items.size());
            }
            MonetaryAmount base = goods.add(r.shipping()).add(duty);
            BigDecimal vat = base.getNumber().numberValue(BigDecimal.class).multiply(new BigDecimal("0.19"))
                    .setScale(2, RoundingMode.HALF_UP);
            MonetaryAmount tax = Money.of(vat, cur);
            List<LineResult> lines = new ArrayList<>();
            for (QuoteLine l : r.lines()) {
                lines.add(new LineResult(l.sku(), l.lineValue(), Money.zero(cur), Money.zero(cur), List.of()));
            }
            MonetaryAmount fees = Money.zero(cur);
            return new LandedCostQuote(cur, "FAKE_EU_B2C", new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                    Collector.BUYER, CollectionPoint.AT_IMPORT), lines,
                    new QuoteTotals(goods, r.shipping(), r.insurance(), duty, tax, fees,
                            goods.add(r.shipping()).add(r.insurance()).add(duty).add(tax).add(fees)), List.of());
        }
    }

    /** Applies a flat 19% VAT on goods and a EUR 3 duty per line, whatever the date. */
    static final class FlatEstimator implements LandedCostEstimator {
        @Override
        public LandedCostQuote quote(QuoteRequest r) {
            CurrencyUnit cur = r.currency();
            MonetaryAmount goods = Money.zero(cur);
            for (QuoteLine l : r.lines()) {
                goods = goods.add(l.lineValue());
            }
            MonetaryAmount duty = Money.of(3, cur).multiply(r.lines().size());
            MonetaryAmount tax = Money.of(goods.getNumber().numberValue(BigDecimal.class)
                    .multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP), cur);
            MonetaryAmount fees = Money.zero(cur);
            return new LandedCostQuote(cur, "FLAT", new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                    Collector.BUYER, CollectionPoint.AT_IMPORT), List.of(),
                    new QuoteTotals(goods, r.shipping(), r.insurance(), duty, tax, fees,
                            goods.add(r.shipping()).add(duty).add(tax)), List.of());
        }
    }
}
