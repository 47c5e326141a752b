package dev.xborder.bench.startup;

import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.ExchangeRates;
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
 *   <li>{@code all}: every bundled rule pack and the bundled rates, ready to quote (added when the
 *       landed-cost engine is in main).</li>
 * </ul>
 *
 * Prints one line {@code mode=... result=...} so that no work can be optimised away.
 */
public final class StartupMain {
    /** The modes the runner measures, baseline first. */
    public static final java.util.List<String> MODES = java.util.List.of("empty", "rates");

    private StartupMain() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "empty" : args[0];
        String result = switch (mode) {
            case "empty" -> "";
            case "rates" -> rates();
            default -> throw new IllegalArgumentException("unknown mode " + mode + "; use empty or rates");
        };
        System.out.println("mode=" + mode + " result=" + result);
    }

    static String rates() {
        Conversion c = ExchangeRates.bundledEcb().convert(Money.of(100, "USD"), Monetary.getCurrency("EUR"),
                LocalDate.of(2025, 5, 9));
        return c.result().toString();
    }
}
