package dev.xborder.examples.readme;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.time.LocalDate;

/** The code sample of the README (between the markers; ReadmeSampleTest keeps the two identical). */
public final class ReadmeSample {
    private ReadmeSample() {
    }

    public static LandedCostQuote run() {
        // README-BEGIN
        // Build once at start-up: immutable and thread-safe.
        LandedCostCalculator calculator =
                LandedCostCalculator.of(RulePackLoader.loadBundled(), ExchangeRates.bundledEcb());

        QuoteRequest request = QuoteRequest.builder()
                .date(LocalDate.of(2025, 3, 14))
                .origin(CountryCode.CN)
                .destination(Address.of(CountryCode.DE, "10115"))
                .currency(Amounts.currency("EUR"))
                .registration(TaxRegistration.of(RegistrationScheme.IOSS, "IM3720000224"))
                .line(new QuoteLine(Sku.of("TEE"), HsCode.of("610910"), CountryCode.CN, 2,
                        Amounts.of("19.90", "EUR"), TaxCategory.STANDARD, Weight.kg("0.18")))
                .shipping(Amounts.of("5.00", "EUR"))
                .build();

        LandedCostQuote quote = calculator.quote(request);
        System.out.println(quote.regime() + ": tax " + quote.totals().tax() + " collected by "
                + quote.collection().taxCollector() + ", landed cost " + quote.totals().landedCost());
        quote.explanations().forEach(e -> System.out.println("  " + e.ruleId() + ": " + e.reason()));
        // README-END
        return quote;
    }

    public static void main(String[] args) {
        run();
    }
}
