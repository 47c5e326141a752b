package dev.xborder.tax.engine;

import dev.xborder.core.Checks;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.geo.FiscalTerritory;
import dev.xborder.core.geo.SharedTaxAreas;
import dev.xborder.core.landed.LandedCostEstimator;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePack;
import java.util.HashMap;
import java.util.Map;

/**
 * Quotes duty, import VAT/GST and fees for a cross-border B2C shipment from validated rule packs.
 *
 * <p>Built once from a {@link RuleBook} and a {@link CurrencyConverter}; immutable and thread-safe.
 * Per quote it only looks up precompiled indexes, converts amounts and does decimal arithmetic.
 * The quote is in the destination currency; request amounts are converted at the rate date the
 * pack's {@code conversion.amounts} rule names, value tests convert the measured value into the
 * threshold's currency at the rule's {@code rateDate} (see {@code docs/rule-pack-format.md}).
 *
 * <p>The governing pack is found from the destination's tax territory
 * ({@link Address#taxTerritoryCountry()}): a GB address with a BT postal code is quoted as {@code XI} when a
 * loaded pack lists {@code XI}; an address whose country is a territory's own code ({@code GP}, {@code AX})
 * that no pack lists is quoted with the pack of the parent country, whose {@code territories} say what follows.
 *
 * <p>A line without HS code or origin is reported in its {@code issues} and no duty is guessed for
 * it. A destination or date no pack covers raises {@link dev.xborder.core.NoApplicableRuleException};
 * a missing exchange rate raises {@link dev.xborder.core.ConversionUnavailableException}.
 */
public final class LandedCostCalculator implements LandedCostEstimator {
    private final RuleBook book;
    private final CurrencyConverter converter;
    private final Map<String, CompiledPack> compiled;

    private LandedCostCalculator(RuleBook book, CurrencyConverter converter) {
        this.book = book;
        this.converter = converter;
        Map<String, CompiledPack> c = new HashMap<>();
        for (RulePack p : book.packs().values()) {
            c.put(p.jurisdiction(), new CompiledPack(p));
        }
        this.compiled = Map.copyOf(c);
    }

    /**
     * Builds a calculator.
     *
     * @param book the loaded rule packs
     * @param converter converts request amounts, thresholds and rule amounts between currencies
     * @return an immutable, thread-safe calculator
     * @throws dev.xborder.core.InvalidInputException if an argument is null
     */
    public static LandedCostCalculator of(RuleBook book, CurrencyConverter converter) {
        Checks.notNull(book, "book");
        Checks.notNull(converter, "converter");
        return new LandedCostCalculator(book, converter);
    }

    /** The rule packs this calculator quotes from. */
    public RuleBook ruleBook() {
        return book;
    }

    /**
     * Quotes a request in the destination currency, with the trace if the request asks for it.
     *
     * @throws dev.xborder.core.InvalidInputException if request is null
     * @throws dev.xborder.core.NoApplicableRuleException if no pack governs the destination (field
     *         {@code destination.country}), none covers the date (field {@code date}), or the governing pack has no
     *         valuation, rounding rule or STANDARD tax rate in force for the destination on the date (field {@code date})
     * @throws dev.xborder.core.ConversionUnavailableException if an exchange rate the quote needs is unavailable
     */
    @Override
    public LandedCostQuote quote(QuoteRequest request) {
        Checks.notNull(request, "request");
        Address to = request.destination();
        CountryCode taxCountry = to.taxTerritoryCountry();
        FiscalTerritory territory = to.fiscalTerritory().orElse(null);
        String via = null;
        CountryCode key;
        if (!taxCountry.equals(to.country()) && book.governs(taxCountry)) {
            key = taxCountry;
            String where = "address " + to.country() + (to.postalCode() == null ? "" : " " + to.postalCode());
            via = territory == null
                    ? where + ": quoted as " + taxCountry + " (" + SharedTaxAreas.reason(to.country()) + ")"
                    : where + " lies in " + territory.description() + ": quoted as " + taxCountry + " ("
                            + territory.source() + ")";
        } else if (book.governs(to.country())) {
            key = to.country();
        } else if (territory != null && book.governs(territory.parent())) {
            key = territory.parent();
            via = "no pack lists " + to.country() + "; " + territory.description() + " belongs to "
                    + territory.parent() + ": quoted with its pack";
        } else {
            key = to.country();
        }
        RuleBook.Entry entry = book.governing(key, request.date());
        CompiledPack pack = compiled.get(entry.pack().jurisdiction());
        return new Quoting(pack, entry.destination(), request, converter, territory, via).run();
    }
}
