package dev.xborder.tax.pack;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One validated rule pack: the header and every rule section, immutable. Created by
 * {@link RulePackLoader}; the nested records are the typed rules described in
 * {@code docs/rule-pack-format.md}.
 *
 * @param file where the pack was read from (for messages)
 * @param conversion the rate-date rules; in an {@link Kind#OVERRIDE} pack {@code null}, or {@code null} fields, where
 *     the override does not state them (the merged pack keeps the base's)
 */
public record RulePack(String file, int formatVersion, String dataVersion, String jurisdiction, Kind kind,
                       String name, Map<String, Source> sources, Conversion conversion,
                       List<Destination> destinations, List<Valuation> valuation, List<Rounding> rounding,
                       List<TaxRate> taxRates, List<Regime> regimes, List<Relief> dutyDeMinimis,
                       List<Relief> taxDeMinimis, List<DutyRate> dutyRates, List<OriginDuty> originDuties,
                       List<FlatDuty> flatDuties, List<Fee> fees, List<Territory> territories, List<Region> regions,
                       List<BandedRate> bandedRates, List<Advisory> advisories) {

    /** A pack without advisories (kept for compatibility). */
    public RulePack(String file, int formatVersion, String dataVersion, String jurisdiction, Kind kind,
                    String name, Map<String, Source> sources, Conversion conversion,
                    List<Destination> destinations, List<Valuation> valuation, List<Rounding> rounding,
                    List<TaxRate> taxRates, List<Regime> regimes, List<Relief> dutyDeMinimis,
                    List<Relief> taxDeMinimis, List<DutyRate> dutyRates, List<OriginDuty> originDuties,
                    List<FlatDuty> flatDuties, List<Fee> fees, List<Territory> territories, List<Region> regions,
                    List<BandedRate> bandedRates) {
        this(file, formatVersion, dataVersion, jurisdiction, kind, name, sources, conversion, destinations, valuation,
                rounding, taxRates, regimes, dutyDeMinimis, taxDeMinimis, dutyRates, originDuties, flatDuties, fees,
                territories, regions, bandedRates, null);
    }

    public RulePack {
        sources = Map.copyOf(sources);
        destinations = List.copyOf(destinations);
        valuation = List.copyOf(valuation);
        rounding = List.copyOf(rounding);
        taxRates = List.copyOf(taxRates);
        regimes = List.copyOf(regimes);
        dutyDeMinimis = List.copyOf(dutyDeMinimis);
        taxDeMinimis = List.copyOf(taxDeMinimis);
        dutyRates = List.copyOf(dutyRates);
        originDuties = List.copyOf(originDuties);
        flatDuties = List.copyOf(flatDuties);
        fees = List.copyOf(fees);
        territories = List.copyOf(territories);
        regions = regions == null ? List.of() : List.copyOf(regions);
        bandedRates = bandedRates == null ? List.of() : List.copyOf(bandedRates);
        advisories = advisories == null ? List.of() : List.copyOf(advisories);
        name = name == null ? jurisdiction : name;
    }

    /** A BASE pack defines a jurisdiction; an OVERRIDE pack changes one. */
    public enum Kind { BASE, OVERRIDE }

    /** Which exchange rate date a conversion uses. */
    public enum RateDate {
        /** The rate of the request date. */
        SAME_DAY,
        /** The penultimate Wednesday of the previous month (EU customs valuation, UCC-IA Art. 146). */
        PREVIOUS_MONTH_PENULTIMATE_WEDNESDAY,
        /** The first working day (Mon-Fri) of October of the previous year (UCC-IA Art. 48(2)). */
        PREVIOUS_YEAR_OCTOBER_FIRST_WORKING_DAY,
        /**
         * (Added 2026-11-22.) The arithmetic mean of the daily rates of Monday to Friday of the week (Sunday to
         * Saturday) before the week of the request date (Korea: Customs Act Art. 18, Enforcement Rule Art. 1-2).
         * Days the converter has no rate of their own for are skipped; at least one rate is required.
         */
        AVERAGE_OF_PREVIOUS_WEEK,
        /**
         * (Added 2026-11-22.) The arithmetic mean of the daily rates of Monday to Friday of the week (Sunday to
         * Saturday) two weeks before the week of the request date (Japan: Customs Tariff Law Art. 4-7, Customs
         * Answer 1406). Days without a rate are skipped as for {@link #AVERAGE_OF_PREVIOUS_WEEK}.
         */
        AVERAGE_OF_WEEK_BEFORE_LAST
    }

    /** Default rate-date rules: {@code amounts} for request amounts, {@code thresholds} for value tests. */
    public record Conversion(RateDate amounts, RateDate thresholds) {
        public static final Conversion DEFAULT = new Conversion(RateDate.SAME_DAY, RateDate.SAME_DAY);
    }

    /** A destination country the pack governs, with its currency, in a period. */
    public record Destination(RuleMeta meta, CountryCode country, CurrencyUnit currency) implements Rule {
        /** Not limited by {@link Rule#country()}: the destination is its own subject. */
        @Override
        public CountryCode country() {
            return country;
        }
    }

    /** Duty basis. */
    public enum DutyBasis { CIF, FOB }

    /** Items added to the goods value to form the tax base. */
    public enum TaxBaseItem { DUTY, SHIPPING, INSURANCE, FEES }

    /**
     * Valuation: duty basis and tax base. {@code goodsValueFactor} (added 2026-11-22; {@code null} = 1): the goods
     * value is multiplied by it to form the customs value (duty base, {@code CUSTOMS_VALUE} value tests, and the
     * goods part of the tax base at import), never shipping or insurance (Japan's personal-use valuation, 0.6 x
     * the overseas retail price).
     */
    public record Valuation(RuleMeta meta, CountryCode country, DutyBasis dutyBasis, Set<TaxBaseItem> taxBase,
                            boolean taxInclusiveBase, BigDecimal goodsValueFactor) implements Rule {
        public Valuation {
            taxBase = Set.copyOf(taxBase);
        }

        /** A valuation without a goods value factor. */
        public Valuation(RuleMeta meta, CountryCode country, DutyBasis dutyBasis, Set<TaxBaseItem> taxBase,
                         boolean taxInclusiveBase) {
            this(meta, country, dutyBasis, taxBase, taxInclusiveBase, null);
        }
    }

    /** Rounding scope. */
    public enum RoundingScope { LINE, CONSIGNMENT }

    /** Rounding mode (a subset of {@link java.math.RoundingMode}). */
    public enum RoundingModeName { HALF_UP, HALF_EVEN, DOWN, UP }

    /** Rounding of duty and tax. */
    public record Rounding(RuleMeta meta, CountryCode country, RoundingScope scope, RoundingModeName mode)
            implements Rule {
    }

    /**
     * A VAT/GST rate for a tax category in a country, in percent; {@code region} ({@code null} = the whole
     * country) limits it to a region of {@link #regions()} and takes precedence there over the national rate.
     */
    public record TaxRate(RuleMeta meta, CountryCode country, TaxCategory category, BigDecimal rate, String region)
            implements Rule {
        /** A national rate. */
        public TaxRate(RuleMeta meta, CountryCode country, TaxCategory category, BigDecimal rate) {
            this(meta, country, category, rate, null);
        }
    }

    /** A closed range of postal codes, compared on their first {@code from.length()} characters. */
    public record PostalRange(String from, String to) {
        /** Whether a normalised postal code (upper case, no spaces or dashes) lies in the range. */
        public boolean contains(String normalisedPostalCode) {
            if (normalisedPostalCode.length() < from.length()) {
                return false;
            }
            String head = normalisedPostalCode.substring(0, from.length());
            return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
        }
    }

    /**
     * A region of a destination country (province, state) with its own tax rates, identified by postal-code
     * prefixes or ranges. {@code code} is what {@link TaxRate#region()} refers to.
     */
    public record Region(RuleMeta meta, CountryCode country, String code, String name,
                         List<String> postalCodePrefixes, List<PostalRange> postalCodeRanges) implements Rule {
        public Region {
            postalCodePrefixes = List.copyOf(postalCodePrefixes);
            postalCodeRanges = List.copyOf(postalCodeRanges);
        }

        /** Whether a normalised postal code lies in this region. */
        public boolean matches(String normalisedPostalCode) {
            for (String p : postalCodePrefixes) {
                if (normalisedPostalCode.startsWith(p)) {
                    return true;
                }
            }
            for (PostalRange r : postalCodeRanges) {
                if (r.contains(normalisedPostalCode)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a value test measures. */
    public enum Measure { INTRINSIC_VALUE, CUSTOMS_VALUE, ITEM_VALUE, GOODS_AND_SHIPPING }

    /**
     * At or below (≤) or strictly below ({@code <}) the maximum; {@code ABOVE} ({@code >}) and {@code AT_OR_ABOVE} (≥) (added
     * 2026-11-22) only in advisories' value tests, where {@code max} is then the lower bound.
     */
    public enum Comparison {
        AT_OR_BELOW, BELOW, ABOVE, AT_OR_ABOVE;

        /** Whether a value that compares with the threshold as {@code cmp} ({@code compareTo}'s sign) passes. */
        public boolean passes(int cmp) {
            return switch (this) {
                case AT_OR_BELOW -> cmp <= 0;
                case BELOW -> cmp < 0;
                case ABOVE -> cmp > 0;
                case AT_OR_ABOVE -> cmp >= 0;
            };
        }

        /** {@code <=}, {@code <}, {@code >} or {@code >=}. */
        public String symbol() {
            return switch (this) {
                case AT_OR_BELOW -> "<=";
                case BELOW -> "<";
                case ABOVE -> ">";
                case AT_OR_ABOVE -> ">=";
            };
        }

        /** Whether this is an upper limit (the comparisons of thresholds: reliefs, regimes, fees, bands). */
        public boolean upperLimit() {
            return this == AT_OR_BELOW || this == BELOW;
        }
    }

    /** A value test: the measured value, converted at {@code rateDate}, compared with {@code max}. */
    public record ValueTest(MonetaryAmount max, Measure measure, Comparison comparison, RateDate rateDate) {
    }

    /**
     * Conditions that must all hold (each {@code null} or empty means "no condition"). {@code transportModes}
     * (added 2026-11-22): the request's transport mode is one of them; a request without a mode makes the
     * condition unknown (the rule is skipped and the quote reports {@code TRANSPORT_MODE_MISSING}).
     */
    public record Condition(Set<CountryCode> shippedFrom, Set<CountryCode> notShippedFrom,
                            Set<CountryCode> originIn, Set<CountryCode> originNotIn, Set<SalesChannel> channels,
                            Set<RegistrationScheme> registrations, Set<Incoterm> incoterms,
                            List<String> hsPrefixesIn, List<String> hsPrefixesNotIn,
                            Set<TaxCategory> categoriesIn, Set<TaxCategory> categoriesNotIn,
                            Set<TransportMode> transportModes) {
        public static final Condition NONE = new Condition(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of());

        public Condition {
            shippedFrom = Set.copyOf(shippedFrom);
            notShippedFrom = Set.copyOf(notShippedFrom);
            originIn = Set.copyOf(originIn);
            originNotIn = Set.copyOf(originNotIn);
            channels = Set.copyOf(channels);
            registrations = Set.copyOf(registrations);
            incoterms = Set.copyOf(incoterms);
            hsPrefixesIn = List.copyOf(hsPrefixesIn);
            hsPrefixesNotIn = List.copyOf(hsPrefixesNotIn);
            categoriesIn = Set.copyOf(categoriesIn);
            categoriesNotIn = Set.copyOf(categoriesNotIn);
            transportModes = transportModes == null ? Set.of() : Set.copyOf(transportModes);
        }

        /** A condition without a transport-mode test. */
        public Condition(Set<CountryCode> shippedFrom, Set<CountryCode> notShippedFrom, Set<CountryCode> originIn,
                         Set<CountryCode> originNotIn, Set<SalesChannel> channels,
                         Set<RegistrationScheme> registrations, Set<Incoterm> incoterms,
                         List<String> hsPrefixesIn, List<String> hsPrefixesNotIn,
                         Set<TaxCategory> categoriesIn, Set<TaxCategory> categoriesNotIn) {
            this(shippedFrom, notShippedFrom, originIn, originNotIn, channels, registrations, incoterms, hsPrefixesIn,
                    hsPrefixesNotIn, categoriesIn, categoriesNotIn, Set.of());
        }

        /** A condition without goods tests (HS code, tax category) and without a transport-mode test. */
        public Condition(Set<CountryCode> shippedFrom, Set<CountryCode> notShippedFrom, Set<CountryCode> originIn,
                         Set<CountryCode> originNotIn, Set<SalesChannel> channels,
                         Set<RegistrationScheme> registrations, Set<Incoterm> incoterms) {
            this(shippedFrom, notShippedFrom, originIn, originNotIn, channels, registrations, incoterms, List.of(),
                    List.of(), Set.of(), Set.of(), Set.of());
        }

        /** Whether the condition depends on the goods' origin countries. */
        public boolean needsOrigin() {
            return !originIn.isEmpty() || !originNotIn.isEmpty();
        }

        /** Whether the condition depends on the lines' HS codes. */
        public boolean needsHsCode() {
            return !hsPrefixesIn.isEmpty() || !hsPrefixesNotIn.isEmpty();
        }

        /** Whether the condition depends on the request's transport mode. */
        public boolean needsTransportMode() {
            return !transportModes.isEmpty();
        }
    }

    /**
     * Who collects at checkout under a regime; {@code dutyPaidBySeller}: the seller (as declarant, e.g. the
     * IOSS holder) pays the duty at import; {@code dutyExempt} (added 2026-11-22): goods under the regime carry
     * no customs duty (Norway: goods sold through the VOEC scheme).
     */
    public record Checkout(Set<RegistrationScheme> registrations, Set<SalesChannel> channels, boolean mandatory,
                           boolean dutyAtCheckout, boolean dutyPaidBySeller, boolean dutyExempt) {
        public Checkout {
            registrations = Set.copyOf(registrations);
            channels = Set.copyOf(channels);
        }

        /** A checkout without duty exemption. */
        public Checkout(Set<RegistrationScheme> registrations, Set<SalesChannel> channels, boolean mandatory,
                        boolean dutyAtCheckout, boolean dutyPaidBySeller) {
            this(registrations, channels, mandatory, dutyAtCheckout, dutyPaidBySeller, false);
        }
    }

    /** How a regime takes a consignment (added 2026-11-22). */
    public enum Split {
        /** The whole consignment or nothing (the default). */
        CONSIGNMENT,
        /**
         * Line by line: an {@code ITEM_VALUE} test and the goods and origin conditions are applied to each line;
         * lines that pass go under the regime, the others fall through to the next regime or to import (Norway's
         * VOEC: items below NOK 3,000, no foodstuffs).
         */
        PER_LINE
    }

    /**
     * A low-value import regime moving tax collection to checkout; {@code taxBase} may be null (use valuation);
     * {@code valueTest} may be null (no value limit, e.g. the Swiss mail-order and platform rules); {@code split}
     * says whether it takes whole consignments or single lines.
     */
    public record Regime(RuleMeta meta, CountryCode country, String name, ValueTest valueTest, Checkout checkout,
                         Condition when, Set<TaxBaseItem> taxBase, Split split) implements Rule {
        public Regime {
            split = split == null ? Split.CONSIGNMENT : split;
        }

        /** A regime taking whole consignments. */
        public Regime(RuleMeta meta, CountryCode country, String name, ValueTest valueTest, Checkout checkout,
                      Condition when, Set<TaxBaseItem> taxBase) {
            this(meta, country, name, valueTest, checkout, when, taxBase, Split.CONSIGNMENT);
        }
    }

    /**
     * A duty or tax relief: by consignment value ({@code valueTest}), by the charge itself ({@code minimumCharge})
     * or, with neither, whenever its conditions ({@code when}) hold.
     * {@code importOnly}: the relief applies only to a charge collected at import, never to tax (or duty) that a
     * regime moves to checkout (Australia's A$1,000 border threshold, Norway's NOK 350, Switzerland's CHF 5).
     * {@code split} (added 2026-11-22): {@code PER_LINE} keeps the value test on the consignment but applies the
     * goods and origin conditions line by line, relieving only the lines that meet them (Japan's JPY 10,000
     * exemption, which excludes designated articles); {@code CONSIGNMENT} (default) relieves all lines or none.
     */
    public record Relief(RuleMeta meta, CountryCode country, ValueTest valueTest, MonetaryAmount minimumCharge,
                         Condition when, boolean importOnly, Split split) implements Rule {
        public Relief {
            split = split == null ? Split.CONSIGNMENT : split;
        }

        /** A relief for the whole consignment. */
        public Relief(RuleMeta meta, CountryCode country, ValueTest valueTest, MonetaryAmount minimumCharge,
                      Condition when, boolean importOnly) {
            this(meta, country, valueTest, minimumCharge, when, importOnly, Split.CONSIGNMENT);
        }

        /** A relief for the whole consignment, applying however the charge is collected. */
        public Relief(RuleMeta meta, CountryCode country, ValueTest valueTest, MonetaryAmount minimumCharge,
                      Condition when) {
            this(meta, country, valueTest, minimumCharge, when, false, Split.CONSIGNMENT);
        }
    }

    /** What a banded rate replaces. */
    public enum Replaces {
        /** Tariff duty (duty rates, origin duties, flat duties and value-based duty reliefs); tax still applies. */
        DUTY,
        /** Duty and tax: one global rate covers both (Mexico's courier procedure); reported as duty. */
        DUTY_AND_TAX
    }

    /**
     * One band of a {@link BandedRate}: up to {@code max} (per the rule's comparison), {@code rate} percent of the
     * customs value minus {@code deduction} (may be null), never below zero.
     */
    public record Band(MonetaryAmount max, BigDecimal rate, MonetaryAmount deduction) {
    }

    /**
     * A value-banded rate replacing tariff duty (or duty and tax) for consignments whose measured value falls in
     * one of its bands (Brazil's simplified import tax, Mexico's courier global rate). The first band whose
     * {@code max} the value passes applies; above the last band the rule does not apply. {@code name}, if given,
     * is the quote's regime when no checkout regime applies.
     */
    public record BandedRate(RuleMeta meta, CountryCode country, String name, Replaces replaces, Measure measure,
                             Comparison comparison, RateDate rateDate, List<Band> bands, Condition when)
            implements Rule {
        public BandedRate {
            bands = List.copyOf(bands);
        }
    }

    /** Specific duty unit. */
    public enum Per { KG, UNIT }

    /** A specific duty: amount per kg or per unit. */
    public record Specific(MonetaryAmount amount, Per per) {
    }

    /**
     * What a duty minimum or maximum is counted per (added 2026-11-22): the whole line ({@code LINE}, the default)
     * or each unit of the line's quantity ({@code UNIT}: the bound is the amount times the quantity, e.g. the EU's
     * "4.5% min EUR 0.30 max EUR 0.80 per piece" for watches, Japan's "30% or JPY 4,300 per pair").
     */
    public enum BoundPer { LINE, UNIT }

    /**
     * The amounts of a duty: ad valorem percent and/or specific, bounded by min/max (any may be null);
     * {@code minimumPer}/{@code maximumPer} say whether a bound is per line or per unit (never null).
     */
    public record DutyAmount(BigDecimal adValorem, Specific specific, MonetaryAmount minimum,
                             MonetaryAmount maximum, BoundPer minimumPer, BoundPer maximumPer) {
        public DutyAmount {
            minimumPer = minimumPer == null ? BoundPer.LINE : minimumPer;
            maximumPer = maximumPer == null ? BoundPer.LINE : maximumPer;
        }

        /** Amounts whose bounds (if any) are per line. */
        public DutyAmount(BigDecimal adValorem, Specific specific, MonetaryAmount minimum, MonetaryAmount maximum) {
            this(adValorem, specific, minimum, maximum, BoundPer.LINE, BoundPer.LINE);
        }
    }

    /** A duty rate for an HS prefix ({@code null} prefix = all goods). */
    public record DutyRate(RuleMeta meta, CountryCode country, String hsPrefix, DutyAmount duty) implements Rule {
    }

    /** Whether an origin duty adds to, replaces or tops up the base duty. */
    public enum Effect {
        /** On top of the base duty. */
        ADD,
        /** Instead of the base duty (a preferential rate); the most specific prefix wins. */
        REPLACE,
        /**
         * Brings the line's base duty up to at least the rule's amount (added 2026-11-22): the line pays
         * {@code max(0, floor - base)} on top, where {@code base} is the line's duty from {@code dutyRates} (or the
         * replacing origin duty), specific parts and bounds included, before any {@code ADD} duty, and
         * {@code floor} is {@code adValorem} percent of the line's customs value (the US forced-labor Section 301
         * minimum total rates for the EU, TW, JP, KR and CH). Of several matching floors the highest counts.
         */
        TOP_UP_TO
    }

    /**
     * A preferential or additional duty by origin ({@code allOrigins} = "*"), for the goods whose HS code starts
     * with one of {@code hsPrefixes} (empty = all goods) and with none of {@code excludedHsPrefixes} (added
     * 2026-11-22).
     */
    public record OriginDuty(RuleMeta meta, CountryCode country, Effect effect, boolean allOrigins,
                             Set<CountryCode> origins, Set<CountryCode> excludedOrigins, List<String> hsPrefixes,
                             DutyAmount duty, List<String> excludedHsPrefixes) implements Rule {
        public OriginDuty {
            origins = Set.copyOf(origins);
            excludedOrigins = Set.copyOf(excludedOrigins);
            hsPrefixes = List.copyOf(hsPrefixes);
            excludedHsPrefixes = excludedHsPrefixes == null ? List.of() : List.copyOf(excludedHsPrefixes);
        }

        /** An origin duty without excluded HS prefixes. */
        public OriginDuty(RuleMeta meta, CountryCode country, Effect effect, boolean allOrigins,
                          Set<CountryCode> origins, Set<CountryCode> excludedOrigins, List<String> hsPrefixes,
                          DutyAmount duty) {
            this(meta, country, effect, allOrigins, origins, excludedOrigins, hsPrefixes, duty, List.of());
        }
    }

    /** What a flat duty is charged per. */
    public enum FlatPer { DISTINCT_TARIFF_ITEM, CONSIGNMENT, UNIT }

    /** A flat duty replacing tariff duties for consignments passing its value test. */
    public record FlatDuty(RuleMeta meta, CountryCode country, MonetaryAmount amount, FlatPer per, int tariffDigits,
                           ValueTest valueTest, Condition when) implements Rule {
    }

    /** What a fee is charged per. */
    public enum FeePer { PARCEL, DECLARATION_LINE, PERCENT }

    /**
     * A fee (not duty, not tax). {@code excludedTerritories} (added 2026-11-22, never null) are ids of the pack's
     * {@code territories} where the fee is not charged (France's small-parcels tax: not in French Guiana, Mayotte or
     * Saint-Martin).
     */
    public record Fee(RuleMeta meta, CountryCode country, String name, FeePer per, MonetaryAmount amount,
                      BigDecimal percent, MonetaryAmount minimum, MonetaryAmount maximum, ValueTest valueTest,
                      Condition when, Set<String> excludedTerritories) implements Rule {
        public Fee {
            excludedTerritories = excludedTerritories == null ? Set.of() : Set.copyOf(excludedTerritories);
        }

        /** A fee charged in every territory of its country. */
        public Fee(RuleMeta meta, CountryCode country, String name, FeePer per, MonetaryAmount amount,
                   BigDecimal percent, MonetaryAmount minimum, MonetaryAmount maximum, ValueTest valueTest,
                   Condition when) {
            this(meta, country, name, per, amount, percent, minimum, maximum, valueTest, when, Set.of());
        }
    }

    /**
     * A special territory identified by postal-code prefixes, or by core's resolver
     * ({@code fiscalTerritory}, a {@link dev.xborder.core.geo.FiscalTerritory}; then the prefixes are empty).
     * {@code localTax} names the territory's own indirect tax, which the pack does not model (may be null).
     */
    public record Territory(RuleMeta meta, CountryCode country, String name, List<String> postalCodePrefixes,
                            boolean outsideTaxArea, boolean outsideCustomsTerritory,
                            dev.xborder.core.geo.FiscalTerritory fiscalTerritory, String localTax) implements Rule {
        public Territory {
            postalCodePrefixes = List.copyOf(postalCodePrefixes);
        }

        /** A territory identified by postal-code prefixes. */
        public Territory(RuleMeta meta, CountryCode country, String name, List<String> postalCodePrefixes,
                         boolean outsideTaxArea, boolean outsideCustomsTerritory) {
            this(meta, country, name, postalCodePrefixes, outsideTaxArea, outsideCustomsTerritory, null, null);
        }

        /** Whether a normalised postal code (upper case, no spaces) lies in this territory. */
        public boolean matches(String normalisedPostalCode) {
            for (String p : postalCodePrefixes) {
                if (normalisedPostalCode.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A known limit of the rules (added 2026-11-22): when it applies, the quote carries a
     * {@link dev.xborder.core.landed.Advisory} with its {@code code} and {@code message} and its figures stay as
     * computed. It applies when every value test passes, the consignment parts of {@code when} hold (a missing
     * transport mode does not stop it: the advisory says what may apply), the destination region is one of
     * {@code regions} (or unknown) and at least one line meets the goods and origin parts of {@code when}
     * (unknown HS code or origin counts as meeting them); the advisory names those lines.
     */
    public record Advisory(RuleMeta meta, CountryCode country, String code, String message, List<ValueTest> valueTests,
                           Set<String> regions, Condition when) implements Rule {
        public Advisory {
            valueTests = List.copyOf(valueTests);
            regions = Set.copyOf(regions);
        }
    }
}
