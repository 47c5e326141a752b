package dev.xborder.bench.startup;

import dev.xborder.bench.quote.QuoteScenario;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePackLoader;
import java.time.LocalDate;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * What the start-up benchmark times as a whole process ({@code java -cp benchmarks.jar
 * dev.xborder.bench.startup.StartupMain <mode>}), launched several times by the runner:
 *
 * <ul>
 *   <li>{@code empty}: nothing (baseline: the JVM's own start and exit).</li>
 *   <li>{@code rates}: load the bundled ECB rates and convert one amount.</li>
 *   <li>{@code packs}: load and validate every bundled rule pack ({@code RulePackLoader.loadBundled()}).</li>
 *   <li>{@code all}: every bundled rule pack and the bundled rates, a {@code LandedCostCalculator} over
 *       them, and one quote (the 3-line order of {@code QuoteScenario.HIGH}).</li>
 * </ul>
 *
 * Prints one line {@code mode=... result=...} so that no work can be optimised away.
 */
public final class StartupMain {
    /** The modes the runner measures, baseline first. */
    public static final java.util.List<String> MODES = java.util.List.of("empty", "rates", "packs", "all");

    private StartupMain() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "empty" : args[0];
        String result = switch (mode) {
            case "empty" -> "";
            case "rates" -> rates();
            case "packs" -> RulePackLoader.loadBundled().packs().keySet().toString();
            case "all" -> all();
            default -> throw new IllegalArgumentException("unknown mode " + mode + "; use one of " + MODES);
        };
        System.out.println("mode=" + mode + " result=" + result);
    }

    static String all() {
        RuleBook book = RulePackLoader.loadBundled();
        ExchangeRates rates = QuoteScenario.rates();
        return LandedCostCalculator.of(book, rates).quote(QuoteScenario.HIGH.request(true)).totals().landedCost()
                + " from " + book.packs().size() + " packs";
    }

    static String rates() {
        Conversion c = ExchangeRates.bundledEcb().convert(Money.of(100, "USD"), Monetary.getCurrency("EUR"),
                LocalDate.of(2025, 5, 9));
        return c.result().toString();
    }
}
