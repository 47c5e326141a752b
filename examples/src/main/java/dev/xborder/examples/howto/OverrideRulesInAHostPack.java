package dev.xborder.examples.howto;

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
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePackLoader;
import java.time.LocalDate;

/**
 * How to override a VAT rate and add a national parcel fee in a host rule pack: an {@code OVERRIDE}
 * pack for the EU jurisdiction, loaded after the bundled packs with a higher precedence. A rule
 * whose id exists replaces all periods of that id (so the pack restates the history it keeps); a
 * new id is added. THE FIGURES BELOW ARE HYPOTHETICAL (a host's own decision), not a legal change.
 */
public final class OverrideRulesInAHostPack {
    private OverrideRulesInAHostPack() {
    }

    static final String HOST_PACK = """
            {
              "formatVersion": 1,
              "dataVersion": "host-2026-11",
              "jurisdiction": "EU",
              "kind": "OVERRIDE",
              "name": "ACME shop overrides (HYPOTHETICAL example data)",
              "sources": [{"id": "acme-tax-team",
                           "document": "HYPOTHETICAL example: ACME tax team decision 2026-11-01 (not a real legal change)",
                           "url": "https://example.com/acme/tax-decisions/2026-11-01"}],
              "taxRates": [
                {"id": "de.vat.standard", "country": "DE", "category": "STANDARD", "rate": "19",
                 "from": "2024-01-01", "to": "2027-01-01", "source": "vatnode-history"},
                {"id": "de.vat.standard", "country": "DE", "category": "STANDARD", "rate": "21",
                 "from": "2027-01-01", "source": "acme-tax-team"}
              ],
              "fees": [
                {"id": "de.fee-parcel-acme", "country": "DE", "name": "DE national parcel fee (hypothetical)",
                 "per": "PARCEL", "amount": {"amount": "2.00", "currency": "EUR"},
                 "from": "2027-01-01", "source": "acme-tax-team"}
              ]
            }
            """;

    /** The bundled packs plus the host pack (precedence 10 > bundled 0). */
    public static RuleBook withHostPack() {
        return RulePackLoader.builder().bundled().json("acme-eu-overrides.json", HOST_PACK, 10).load();
    }

    /** A EUR 50 T-shirt to Berlin on 2027-01-15, quoted with the given rules. */
    public static LandedCostQuote quote(RuleBook rules) {
        QuoteRequest r = QuoteRequest.builder().date(LocalDate.of(2027, 1, 15)).origin(CountryCode.CN)
                .destination(Address.of(CountryCode.DE, "10115")).currency(Amounts.currency("EUR"))
                .registration(TaxRegistration.of(RegistrationScheme.IOSS, "IM3720000224"))
                .line(new QuoteLine(Sku.of("TEE"), HsCode.of("610910"), CountryCode.CN, 1, Amounts.of("50.00", "EUR"),
                        TaxCategory.STANDARD, null))
                .build();
        // EUR order to an EUR country: no conversion is needed, so the strict bundled rates are enough.
        return LandedCostCalculator.of(rules, ExchangeRates.bundledEcb()).quote(r);
    }

    public static void main(String[] args) {
        LandedCostQuote bundled = quote(RulePackLoader.loadBundled());
        LandedCostQuote host = quote(withHostPack());
        System.out.println("bundled rules:  tax " + bundled.totals().tax() + ", fees " + bundled.totals().fees());
        System.out.println("with host pack: tax " + host.totals().tax() + ", fees " + host.totals().fees());
        host.explanations().stream().filter(e -> e.ruleId().startsWith("de."))
                .forEach(e -> System.out.println("  " + e.ruleId() + ": " + e.reason() + " [" + e.source() + "]"));
    }
}
