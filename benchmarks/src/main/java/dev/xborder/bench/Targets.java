package dev.xborder.bench;

import dev.xborder.bench.fx.FxConversionBenchmark;
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
                new Target("quote-trace", "landed-cost quote, 3 lines USD -> DE 2026-07-15, trace on (HIGH: > EUR 150)",
                        null, Ref.of(QuoteBenchmark.class, "naiveMoneta", "scenario=HIGH"), 1_000.0, 20.0, 2048.0, null,
                        "pending: landed-cost engine not in main yet"),
                new Target("quote-no-trace", "landed-cost quote, trace off (HIGH)",
                        null, Ref.of(QuoteBenchmark.class, "naiveMonetaNoTrace", "scenario=HIGH"), 300.0, null, null, null,
                        "pending: landed-cost engine not in main yet"),
                new Target("quote-floor", "the quote's bare arithmetic in scaled longs (floor, HIGH)",
                        Ref.of(QuoteBenchmark.class, "floorScaledLong", "scenario=HIGH"),
                        Ref.of(QuoteBenchmark.class, "naiveMoneta", "scenario=HIGH"), null, null, null, null,
                        "orientation: how far below the naive baseline a quote could go"),
                new Target("quote-floor-bd", "the quote's bare arithmetic in plain BigDecimal (HIGH)",
                        Ref.of(QuoteBenchmark.class, "floorBigDecimal", "scenario=HIGH"),
                        Ref.of(QuoteBenchmark.class, "naiveMoneta", "scenario=HIGH"), null, null, null, null,
                        "orientation"),
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
                new Target("startup-all", "fresh JVM: every bundled rule pack and the bundled rates",
                        null, Ref.process("startup:empty"), 300e6, null, null, null,
                        "pending: rule packs not in main yet"),
                new Target("throughput", "quotes/s on all cores, 20 destinations, mixed HS codes",
                        null, null, null, null, null, 1e6, "pending: landed-cost engine not in main yet"),
                new Target("plan", "logistics plan: one parcel, 50 rate cards, tax-rules attached",
                        null, null, 20_000.0, null, null, null, "pending: logistics planner not in main yet"),
                new Target("connector", "connector parse + map per order (each connector's documented payload)",
                        null, null, 20_000.0, null, null, null, "pending: connectors not in main yet"));
    }
}
