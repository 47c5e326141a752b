package dev.xborder.bench;

import dev.xborder.bench.connector.ConnectorBenchmark;
import dev.xborder.bench.fx.FxConversionBenchmark;
import dev.xborder.bench.money.MoneyBenchmark;
import dev.xborder.bench.plan.PlanBenchmark;
import dev.xborder.bench.quote.QuoteThroughputBenchmark;
import dev.xborder.bench.quote.QuoteBenchmark;
import dev.xborder.bench.report.Ref;
import dev.xborder.bench.report.Target;
import dev.xborder.bench.tariff.TariffLookupBenchmark;
import java.util.List;

/** The targets (issue 8), each with the figure it checks and the baseline of the same run. */
public final class Targets {
    private Targets() {
    }

    /** Every target row, in report order. */
    public static List<Target> all() {
        return List.of(
                new Target("quote-trace", "landed-cost quote, 3 lines USD -> DE 2026-07-15, trace on (HIGH: > EUR 150, "
                        + "ad valorem duty)",
                        Ref.of(QuoteBenchmark.class, "xborderQuote", "scenario=HIGH"),
                        Ref.of(QuoteBenchmark.class, "naiveMoneta", "scenario=HIGH"), 1_000.0, 20.0, 2048.0, null,
                        "baseline: naive Moneta, DECIMAL128 amounts, same totals (tested)"),
                new Target("quote-trace-low", "the same, LOW order (<= EUR 150, EUR 3 flat duty per item)",
                        Ref.of(QuoteBenchmark.class, "xborderQuote", "scenario=LOW"),
                        Ref.of(QuoteBenchmark.class, "naiveMoneta", "scenario=LOW"), 1_000.0, 20.0, 2048.0, null, ""),
                new Target("quote-trace-default-ctx", "quote with trace against naive Moneta with Moneta's default "
                        + "256-digit MathContext (HIGH)",
                        Ref.of(QuoteBenchmark.class, "xborderQuote", "scenario=HIGH"),
                        Ref.of(QuoteBenchmark.class, "naiveMonetaDefaultContext", "scenario=HIGH"), null, 20.0, null,
                        null, "reference: the baseline as Moneta ships"),
                new Target("quote-no-trace", "landed-cost quote, trace off (HIGH)",
                        Ref.of(QuoteBenchmark.class, "xborderQuoteNoTrace", "scenario=HIGH"),
                        Ref.of(QuoteBenchmark.class, "naiveMonetaNoTrace", "scenario=HIGH"), 300.0, null, null, null,
                        ""),
                new Target("quote-no-trace-low", "landed-cost quote, trace off (LOW)",
                        Ref.of(QuoteBenchmark.class, "xborderQuoteNoTrace", "scenario=LOW"),
                        Ref.of(QuoteBenchmark.class, "naiveMonetaNoTrace", "scenario=LOW"), 300.0, null, null, null,
                        ""),
                new Target("quote-floor", "the quote's bare arithmetic in scaled longs (floor, HIGH)",
                        Ref.of(QuoteBenchmark.class, "floorScaledLong", "scenario=HIGH"),
                        Ref.of(QuoteBenchmark.class, "naiveMoneta", "scenario=HIGH"), null, null, null, null,
                        "orientation: how far below the naive baseline a quote could go"),
                new Target("quote-floor-bd", "the quote's bare arithmetic in plain BigDecimal (HIGH)",
                        Ref.of(QuoteBenchmark.class, "floorBigDecimal", "scenario=HIGH"),
                        Ref.of(QuoteBenchmark.class, "naiveMoneta", "scenario=HIGH"), null, null, null, null,
                        "orientation"),
                new Target("money-of", "creating one result amount: Moneta Money.of from scaled cents",
                        Ref.of(MoneyBenchmark.class, "monetaMoneyOf"), Ref.of(MoneyBenchmark.class, "bigDecimalOfCents"),
                        null, null, null, null, "orientation: a quote returns ~16 amounts; ratio < 1 = Money's overhead"),
                new Target("fastmoney-of", "creating one result amount: Moneta FastMoney.of",
                        Ref.of(MoneyBenchmark.class, "monetaFastMoneyOf"),
                        Ref.of(MoneyBenchmark.class, "bigDecimalOfCents"), null, null, null, null, "orientation"),
                new Target("fx-eur", "convert USD -> EUR at the rate of a date (one leg)",
                        Ref.of(FxConversionBenchmark.class, "xborderConvert", "target=EUR"),
                        Ref.of(FxConversionBenchmark.class, "monetaCurrencyConversion", "target=EUR"), null, 10.0, null,
                        null, "baseline: Moneta CurrencyConversion from XborderRateProvider, same bundled ECB data"),
                new Target("fx-gbp", "convert USD -> GBP at the rate of a date (cross rate via EUR)",
                        Ref.of(FxConversionBenchmark.class, "xborderConvert", "target=GBP"),
                        Ref.of(FxConversionBenchmark.class, "monetaCurrencyConversion", "target=GBP"), null, 10.0, null,
                        null, "as above"),
                new Target("tariff-find", "most-specific-prefix lookup, ~20,000-line tariff (TariffIndex.find)",
                        Ref.of(TariffLookupBenchmark.class, "indexFind"),
                        Ref.of(TariffLookupBenchmark.class, "linearScan"), 50.0, null, null, null,
                        "baseline: linear scan with startsWith"),
                new Target("tariff-find-numeric", "the same lookup with the code pre-parsed (TariffIndex.find(long, int))",
                        Ref.of(TariffLookupBenchmark.class, "indexFindNumeric"),
                        Ref.of(TariffLookupBenchmark.class, "linearScan"), 50.0, null, null, null,
                        "shows the search alone, without parsing the text"),
                new Target("tariff-duty-line", "duty line lookup through NationalTariff.dutyLine (Optional)",
                        Ref.of(TariffLookupBenchmark.class, "tariffDutyLine"),
                        Ref.of(TariffLookupBenchmark.class, "linearScan"), 50.0, null, null, null, ""),
                new Target("tariff-vs-hashmap", "TariffIndex.find against a HashMap probed with each prefix",
                        Ref.of(TariffLookupBenchmark.class, "indexFind"),
                        Ref.of(TariffLookupBenchmark.class, "hashMapPrefixProbe"), null, null, null, null,
                        "reference: the obvious fast alternative"),
                new Target("startup-rates", "fresh JVM: load the bundled ECB rates and convert once (median ms)",
                        Ref.process("startup:rates"), Ref.process("startup:empty"), 300e6, null, null, null,
                        "whole process wall time; baseline: empty JVM measured the same way"),
                new Target("startup-packs", "fresh JVM: load and validate every bundled rule pack (median ms)",
                        Ref.process("startup:packs"), Ref.process("startup:empty"), 300e6, null, null, null, ""),
                new Target("startup-all", "fresh JVM: every bundled rule pack and the bundled rates, calculator "
                        + "built, one quote (median ms)",
                        Ref.process("startup:all"), Ref.process("startup:empty"), 300e6, null, null, null, ""),
                new Target("throughput", "quotes/s on all cores, 20 destinations, mixed HS codes, trace off",
                        Ref.of(QuoteThroughputBenchmark.class, "xborderAllCores"),
                        Ref.of(QuoteThroughputBenchmark.class, "naiveMonetaAllCores"), null, null, null, 1e6,
                        "baseline: naive Moneta (German rules for every request) on all cores"),
                new Target("throughput-scaling", "quotes/s on all cores against one thread",
                        Ref.of(QuoteThroughputBenchmark.class, "xborderAllCores"),
                        Ref.of(QuoteThroughputBenchmark.class, "xborderOneThread"), null, null, null, null,
                        "orientation: ideal = number of cores, on a machine with nothing else running"),
                new Target("plan", "logistics plan: one parcel, 50 rate cards, tax-rules attached",
                        Ref.of(PlanBenchmark.class, "planWithTaxRules"), Ref.of(PlanBenchmark.class, "planFreightOnly"),
                        20_000.0, null, null, null, "baseline: the same plan, freight only (ratio < 1 = the cost of "
                        + "landed cost)"),
                new Target("connector-amazon", "Amazon SP-API: parse getOrders + getOrderItems and map one order",
                        Ref.of(ConnectorBenchmark.class, "parseAndMap", "connector=amazon"),
                        Ref.of(ConnectorBenchmark.class, "jacksonReadTree", "connector=amazon"), 20_000.0, null, null,
                        null, "baseline: plain Jackson readTree of the same bytes (ratio < 1 = mapping overhead)"),
                new Target("connector-shopify", "Shopify GraphQL: parse an orders page of one order and map it",
                        Ref.of(ConnectorBenchmark.class, "parseAndMap", "connector=shopify"),
                        Ref.of(ConnectorBenchmark.class, "jacksonReadTree", "connector=shopify"), 20_000.0, null, null,
                        null, "as above"),
                new Target("connector-ebay", "eBay Fulfillment getOrders: parse a page of one order and map it",
                        Ref.of(ConnectorBenchmark.class, "parseAndMap", "connector=ebay"),
                        Ref.of(ConnectorBenchmark.class, "jacksonReadTree", "connector=ebay"), 20_000.0, null, null,
                        null, "as above"),
                new Target("connector-tiktok", "TikTok Shop orders/search: parse a page of one order and map it",
                        Ref.of(ConnectorBenchmark.class, "parseAndMap", "connector=tiktok"),
                        Ref.of(ConnectorBenchmark.class, "jacksonReadTree", "connector=tiktok"), 20_000.0, null, null,
                        null, "as above"),
                new Target("connector-shopee", "Shopee v2 get_order_detail (JSON-float money): parse an answer of one "
                        + "order and map it", Ref.of(ConnectorBenchmark.class, "parseAndMap", "connector=shopee"),
                        Ref.of(ConnectorBenchmark.class, "jacksonReadTree", "connector=shopee"), 20_000.0, null, null,
                        null, "as above"),
                new Target("connector-lazada", "Lazada: parse /orders/get + /orders/items/get and map one order",
                        Ref.of(ConnectorBenchmark.class, "parseAndMap", "connector=lazada"),
                        Ref.of(ConnectorBenchmark.class, "jacksonReadTree", "connector=lazada"), 20_000.0, null, null,
                        null, "as above"),
                new Target("connector-aliexpress", "AliExpress aliexpress.solution.order.get: parse a page of one "
                        + "order and map it", Ref.of(ConnectorBenchmark.class, "parseAndMap", "connector=aliexpress"),
                        Ref.of(ConnectorBenchmark.class, "jacksonReadTree", "connector=aliexpress"), 20_000.0, null, null,
                        null, "as above"),
                new Target("sync-heap", "sync 100,000 Shopify orders from a local server through OrderSync: used-heap "
                        + "growth after full GCs from 10,000 to 100,000 orders",
                        Ref.process("sync-heap:growth-10pct-100pct"), Ref.process("sync-heap:heap-1pct"), null, null,
                        RunAll.SYNC_HEAP_MAX_GROWTH_BYTES, null, "flat heap: growth <= 16 MB; baseline: used heap after "
                        + "1,000 orders (ratio = growth / baseline heap)"),
                new Target("sync-heap-ratio", "the same sync: used heap after 100,000 orders against after 1,000",
                        Ref.process("sync-heap:heap-100pct"), Ref.process("sync-heap:heap-1pct"), null, null, null,
                        null, "ratio = heap at 100,000 / heap at 1,000 (flat = 1.0x)"),
                new Target("sync-rate", "the same sync: orders per second (one thread, loopback HTTP, GC sampling "
                        + "excluded)", Ref.process("sync-heap:orders-per-s"), null, null, null, null, null,
                        "orientation"));
    }
}
