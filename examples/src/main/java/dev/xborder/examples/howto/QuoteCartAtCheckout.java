package dev.xborder.examples.howto;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.time.LocalDate;

/**
 * How to quote a cart at checkout: build the calculator once at start-up, then per checkout build
 * a {@link QuoteRequest} and show the buyer the duty, tax and total, and who collects them.
 */
public final class QuoteCartAtCheckout {
    private QuoteCartAtCheckout() {
    }

    /** Build once (immutable, thread-safe): the bundled rule packs and the bundled ECB rates. */
    static final LandedCostCalculator CALCULATOR =
            LandedCostCalculator.of(RulePackLoader.loadBundled(), ExchangeRates.bundledEcb());

    /** Quotes a two-line cart shipped from China to Paris on a date covered by the bundled rates. */
    public static LandedCostQuote quoteCart() {
        QuoteRequest cart = QuoteRequest.builder()
                .date(LocalDate.of(2025, 4, 15))
                .origin(CountryCode.CN)
                .destination(Address.of(CountryCode.FR, "75011"))
                .currency(Amounts.currency("EUR"))
                .incoterm(Incoterm.DAP)
                .channel(SalesChannel.OWN_STORE)
                .registration(TaxRegistration.of(RegistrationScheme.IOSS, "IM3720000224"))
                .line(new QuoteLine(Sku.of("SNEAKER-42"), HsCode.of("640411"), CountryCode.CN, 1,
                        Amounts.of("89.00", "EUR"), TaxCategory.STANDARD, Weight.kg("0.95")))
                .line(new QuoteLine(Sku.of("BOOK-CROSSBORDER"), HsCode.of("490199"), CountryCode.CN, 1,
                        Amounts.of("18.50", "EUR"), TaxCategory.BOOKS, Weight.kg("0.40")))
                .shipping(Amounts.of("7.90", "EUR"))
                .build();
        return CALCULATOR.quote(cart);
    }

    public static void main(String[] args) {
        LandedCostQuote q = quoteCart();
        System.out.println("Regime " + q.regime() + ": tax collected by " + q.collection().taxCollector() + " "
                + q.collection().taxPoint());
        System.out.println("Duty " + q.totals().duty() + ", tax " + q.totals().tax() + ", fees " + q.totals().fees());
        System.out.println("The buyer pays " + q.totals().landedCost() + " in total");
        q.explanations().forEach(e -> System.out.println("  " + e.kind() + " " + e.ruleId() + ": " + e.reason()));
    }
}
