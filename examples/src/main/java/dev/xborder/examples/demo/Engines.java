package dev.xborder.examples.demo;

import dev.xborder.core.logistics.RateCards;
import dev.xborder.core.logistics.ShippingPlanner;
import dev.xborder.core.money.EcbRates;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.money.RateTable;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePackLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The engines the demo and the command line use, built from the bundled defaults: ECB rates, the
 * bundled rule packs, the bundled sample rate cards plus the examples' own sample cards.
 */
public final class Engines {
    /** The examples' extra SAMPLE rate cards (destinations the bundled samples lack, e.g. JP). */
    public static final String DEMO_CARDS = "dev/xborder/examples/demo/demo-rate-cards.json";

    private Engines() {
    }

    /**
     * Exchange rates for a date: an optional host file first, then the bundled ECB rates, with the
     * staleness bound the caller chose.
     *
     * @param ratesFile an ECB CSV or XML file, or null
     * @param maxStalenessDays how much older than the date a rate may be
     */
    public static ExchangeRates rates(Path ratesFile, int maxStalenessDays) {
        ExchangeRates.Builder b = ExchangeRates.builder().maxStalenessDays(maxStalenessDays);
        if (ratesFile != null) {
            b.addSource(EcbRates.read(ratesFile));
        }
        return b.addBundledEcb().build();
    }

    /**
     * The demo's rates for {@code date}: the bundled ECB rates with the default bound, or, when the
     * date is after the bundled window, with the bound widened just enough to reach the last
     * bundled rate. The notice says so; the demo prints it and writes it to its results.
     */
    public static StaleAware demoRates(LocalDate date) {
        RateTable bundled = EcbRates.bundled();
        long days = ChronoUnit.DAYS.between(bundled.lastDate(), date);
        int defaultDays = ExchangeRates.DEFAULT_MAX_STALENESS.getDays();
        if (days <= defaultDays) {
            return new StaleAware(ExchangeRates.bundledEcb(), Optional.empty());
        }
        ExchangeRates widened = ExchangeRates.builder().addSource(bundled).maxStalenessDays((int) days).build();
        return new StaleAware(widened, Optional.of("The bundled ECB rates end " + bundled.lastDate() + "; for " + date
                + " the demo widens the staleness bound explicitly from " + defaultDays + " to " + days
                + " days, so amounts are converted at rates up to " + days + " days old (each conversion in the "
                + "trace shows its rate date). A real host plugs in current rates instead (docs/exchange-rates.md)."));
    }

    /** Rates and, when the staleness bound was widened, the notice saying so. */
    public record StaleAware(ExchangeRates rates, Optional<String> notice) {
    }

    /** The bundled rule packs. */
    public static RuleBook ruleBook() {
        return RulePackLoader.loadBundled();
    }

    /** The bundled sample rate cards plus the examples' own sample cards. */
    public static RateCards rateCards() {
        try (InputStream in = Engines.class.getClassLoader().getResourceAsStream(DEMO_CARDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEMO_CARDS);
            }
            return RateCards.samples().plus(RateCards.read(DEMO_CARDS, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A planner over {@link #rateCards()} with the calculator for landed cost. */
    public static ShippingPlanner planner(RateCards cards, LandedCostCalculator calculator, ExchangeRates rates, Clock clock) {
        return ShippingPlanner.builder().rateCards(cards).estimator(calculator).converter(rates).clock(clock).build();
    }

    /** Ids of the rule packs, for messages. */
    public static List<String> packIds(RuleBook book) {
        return List.copyOf(book.packs().keySet());
    }
}
