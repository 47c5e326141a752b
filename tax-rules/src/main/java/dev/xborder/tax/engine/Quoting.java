package dev.xborder.tax.engine;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.NoApplicableRuleException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.geo.EuropeanUnion;
import dev.xborder.core.geo.FiscalTerritory;
import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionGroup;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.FeeLine;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.QuoteTotals;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.money.DatedRate;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.pack.Rule;
import dev.xborder.tax.pack.RulePack;
import dev.xborder.tax.pack.RulePack.Condition;
import dev.xborder.tax.pack.RulePack.DutyAmount;
import dev.xborder.tax.pack.RulePack.TaxBaseItem;
import dev.xborder.tax.pack.RulePack.ValueTest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** The work of one quote. Not thread-safe; one instance per call. */
final class Quoting {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL128;

    private enum Tri { YES, NO, UNKNOWN }

    private final CompiledPack cp;
    private final RulePack pack;
    private final QuoteRequest req;
    private final CurrencyConverter converter;
    /** The converter when it is {@link ExchangeRates}: rates are then fetched once per pair and date. */
    private final ExchangeRates rates;
    private DatedRate[] rateCache;
    /**
     * The rate date of each {@link RulePack.RateDate} rule for this quote's date, shared with other quotes of the
     * date through {@link CompiledPack#rateDates}: read only.
     */
    private LocalDate[] rateDates;
    /** The trace's text of each cached rate (34 digits for an inverse or cross rate), made once. */
    private String[] rateTexts;
    private int cachedRates;
    private final CountryCode country;
    private final LocalDate date;
    private final CurrencyUnit q;
    private final CurrencyUnit r;
    private final int scale;
    private final int n;
    private final List<Explanation> trace;
    /** Per line, what could not be determined; null until a line has an issue (most quotes have none). */
    private List<List<String>> issues;
    private final FiscalTerritory addressTerritory;
    private final String normalisedPostalCode;

    private RulePack.Valuation valuation;
    private RoundingMode roundingMode;
    private boolean consignmentRounding;
    private RulePack.RateDate amountsRule;
    /** Weekly mean rates of this quote ({@code AVERAGE_OF_...} rules), found once per pair and rule. */
    private MeanRate[] meanRates;
    private int cachedMeans;
    private BigDecimal[] goods;
    /** The goods value as valued for customs: {@code goods} times the valuation's goods value factor (or goods). */
    private BigDecimal[] valued;
    private BigDecimal[] ship;
    private BigDecimal[] ins;
    private BigDecimal[] cv;
    private BigDecimal shipping;
    private BigDecimal insurance;
    /** The request's own goods value, largest unit price and shipping + insurance, for value tests (lazily). */
    private BigDecimal goodsR;
    private BigDecimal[] lineValues;
    private BigDecimal maxUnit;
    private BigDecimal extras;

    Quoting(CompiledPack cp, RulePack.Destination destination, QuoteRequest req, CurrencyConverter converter,
            FiscalTerritory addressTerritory, String via) {
        this.cp = cp;
        this.pack = cp.pack;
        this.req = req;
        this.converter = converter;
        this.rates = converter instanceof ExchangeRates er ? er : null;
        this.country = destination.country();
        this.date = req.date();
        this.q = destination.currency();
        this.r = req.currency();
        this.scale = Math.max(0, q.getDefaultFractionDigits());
        this.n = req.lines().size();
        this.trace = req.explain() ? new ArrayList<>() : null;
        this.addressTerritory = addressTerritory;
        this.normalisedPostalCode = normalise(req.destination().postalCode());
        if (via != null) {
            if (trace != null) note("territory", via);
        }
        if (trace != null) {
            trace.add(new Explanation(destination.meta().id(), Explanation.Kind.APPLIED,
                    "pack " + pack.jurisdiction() + " (data " + pack.dataVersion() + ") governs " + country + " on "
                            + date + "; quote currency " + q,
                    Map.of("period", destination.meta().period().toString()), cp.cite(destination.meta())));
        }
    }

    LandedCostQuote run() {
        valuation = required(pack.valuation(), "valuation");
        RulePack.Rounding rounding = required(pack.rounding(), "rounding");
        roundingMode = RoundingMode.valueOf(rounding.mode().name());
        consignmentRounding = rounding.scope() == RulePack.RoundingScope.CONSIGNMENT;
        if (trace != null) applied(valuation, "duty basis " + valuation.dutyBasis() + ", tax base goods + " + valuation.taxBase()
                + (valuation.goodsValueFactor() == null ? "" : "; goods valued at " + plain(valuation.goodsValueFactor())
                + " x their price (not shipping or insurance)"), valuation.goodsValueFactor() == null ? Map.of()
                : Map.of("goodsValueFactor", plain(valuation.goodsValueFactor())));
        if (trace != null) applied(rounding, "rounding " + rounding.scope() + " " + rounding.mode() + " to " + scale + " decimals",
                Map.of());

        // 1. amounts in the quote currency, shipping and insurance spread over lines by value
        amountsRule = pack.conversion().amounts();
        goods = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            BigDecimal v = lineValue(i);
            CurrencyUnit c = req.lines().get(i).unitPrice().getCurrency();
            goods[i] = c.equals(q) ? v : v.signum() == 0 ? BigDecimal.ZERO
                    : convert(v, c, q, amountsRule, trace == null ? null : "lines[" + i + "] value");
        }
        shipping = toQuoteCurrency(req.shipping(), amountsRule, "shipping");
        insurance = toQuoteCurrency(req.insurance(), amountsRule, "insurance");
        ship = allocate(shipping, goods);
        ins = allocate(insurance, goods);
        cv = new BigDecimal[n];
        boolean cif = valuation.dutyBasis() == RulePack.DutyBasis.CIF;
        BigDecimal factor = valuation.goodsValueFactor();
        valued = goods;
        if (factor != null) {
            valued = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                valued[i] = goods[i].multiply(factor);
                if (trace != null) note(valuation.meta().id(), "line " + req.lines().get(i).sku() + ": goods value "
                        + plain(goods[i]) + " x " + plain(factor) + " = " + plain(valued[i]) + " " + q
                        + " for the customs value");
            }
        }
        for (int i = 0; i < n; i++) {
            cv[i] = cif ? plus(plus(valued[i], ship[i]), ins[i]) : valued[i];
        }

        // 2. special territory, region
        RulePack.Territory territory = territory();
        String region = outsideTaxAreaOf(territory) ? null : region();
        boolean outsideTax = territory != null && territory.outsideTaxArea();
        boolean outsideCustoms = territory != null && territory.outsideCustomsTerritory();
        Crossing crossing = crossing(territory);
        boolean noImport = crossing == Crossing.NONE;
        boolean noCustomsBorder = crossing != Crossing.IMPORT;
        if (noCustomsBorder && trace != null) {
            note("origin", "shipped from " + req.origin() + " to " + req.destination().country() + ": "
                    + (noImport ? "no customs or tax border on " + date + " (" + borderArea() + "), so no import: no duty,"
                            + " no import tax and no customs fees; the seller's domestic or distance-sale VAT on the"
                            + " sale is outside this quote"
                            : "no customs border on " + date + " (" + borderArea() + "): no duty and no customs fees"));
        }

        // 3. regime: a consignment-wide regime takes every line; a PER_LINE regime takes the lines that pass its
        // per-line tests and the others fall through to the next regime, then to import
        String regimeName = "STANDARD_IMPORT";
        RulePack.Regime regime = null;
        // per line, the regime that took it and its collector; made when a regime takes a line (null: no line is
        // under a regime, every line is imported)
        RulePack.Regime[] regimeOf = null;
        Collector[] collectorOf = null;
        List<RulePack.Regime> regimesTaken = List.of();
        int taken = 0;
        if (outsideTax) {
            regimeName = "TERRITORY_OUTSIDE_TAX_AREA";
        } else if (noImport) {
            regimeName = NO_IMPORT;
        } else {
            for (RulePack.Regime rg : pack.regimes()) {
                if (!rg.appliesTo(country, date)) continue;
                boolean perLine = rg.split() == RulePack.Split.PER_LINE;
                Map<String, String> fig = figures();
                boolean[] take = null;
                if (perLine) {
                    take = linesPassing(rg, regimeOf, fig);
                    if (take == null) continue;
                } else {
                    if (taken > 0) {
                        if (trace != null) skipped(rg, "part of the consignment is already under " + regime.name()
                                + ": a consignment-wide regime applies only to a whole consignment", fig);
                        continue;
                    }
                    if (rg.valueTest() == null) {
                        if (fig != null) fig.put("threshold", "none (no value limit)");
                    } else if (!passes(rg.valueTest(), fig)) {
                        if (trace != null) skipped(rg, "consignment value above the regime threshold", fig);
                        continue;
                    }
                    Tri w = holds(rg.when());
                    if (w != Tri.YES) {
                        if (trace != null) skipped(rg, w == Tri.UNKNOWN ? missingFor(rg.when())
                                : "conditions not met (" + describe(rg.when()) + ")", fig);
                        continue;
                    }
                }
                RulePack.Checkout co = rg.checkout();
                Collector collector;
                String why;
                if (co.channels().contains(req.channel())) {
                    collector = Collector.MARKETPLACE;
                    why = "sold on " + req.channel() + ": the marketplace is the deemed supplier and collects at checkout";
                } else if (holdsAny(co.registrations())) {
                    collector = Collector.SELLER;
                    why = "seller holds a " + co.registrations() + " registration and collects at checkout";
                } else if (co.mandatory()) {
                    collector = Collector.SELLER;
                    why = "seller is liable to charge the tax at the point of sale (must register under "
                            + co.registrations() + ")";
                } else {
                    if (trace != null) skipped(rg, (perLine ? "lines pass the per-line tests" : "value within threshold")
                            + " but the seller holds none of " + co.registrations()
                            + " and the channel is not " + co.channels() + ": tax is due at import", fig);
                    continue;
                }
                if (regime == null) {
                    regime = rg;
                    regimeName = rg.name();
                    regimeOf = new RulePack.Regime[n];
                    collectorOf = new Collector[n];
                    regimesTaken = new ArrayList<>(1);
                }
                regimesTaken.add(rg);
                for (int i = 0; i < n; i++) {
                    if (regimeOf[i] == null && (take == null || take[i])) {
                        regimeOf[i] = rg;
                        collectorOf[i] = collector;
                        taken++;
                    }
                }
                if (trace != null) applied(rg, perLine ? why + "; per line: " + (taken == n ? "every line is under "
                        + rg.name() : "the other lines fall through") : why, fig);
                if (taken == n) break;
            }
        }

        // 4. duty
        BigDecimal[] dutyRaw = zeros();
        boolean dutyRelieved = false;
        // per line: no duty (duty-exempt regime, or an import-only relief of the import lines), duty at checkout
        boolean[] noDuty = new boolean[n];
        boolean[] dutyAtCo = taken > 0 ? new boolean[n] : null; // null: no line's duty is collected at checkout
        int exempt = 0;
        int atCo = 0;
        for (int i = 0; i < n && taken > 0; i++) {
            if (regimeOf[i] == null) continue;
            if (regimeOf[i].checkout().dutyExempt()) {
                noDuty[i] = true;
                exempt++;
            }
            if (regimeOf[i].checkout().dutyAtCheckout()) {
                dutyAtCo[i] = true;
                atCo++;
            }
        }
        String importName = outsideTax ? "TERRITORY_OUTSIDE_TAX_AREA" : noImport ? NO_IMPORT : "STANDARD_IMPORT";
        RulePack.BandedRate banded = null;
        if (outsideCustoms) {
            if (trace != null) note("territory", "destination is outside the customs territory of " + pack.jurisdiction()
                    + ": no duty from this pack");
        } else if (noCustomsBorder) {
            // said in the origin note above
        } else if (exempt == n) {
            if (trace != null) dutyExemptTrace(regimesTaken, regimeOf, true);
        } else {
            if (exempt > 0 && trace != null) dutyExemptTrace(regimesTaken, regimeOf, false);
            banded = bandedRate(dutyRaw);
            if (banded != null && !outsideTax && banded.name() != null) {
                importName = banded.name();
            }
            dutyRelieved = relieve(banded != null ? List.of() : pack.dutyDeMinimis(), "duty", "duty", noDuty, dutyAtCo,
                    atCo, regime);
            if (!dutyRelieved && banded == null) {
                RulePack.FlatDuty flat = null;
                for (RulePack.FlatDuty f : pack.flatDuties()) {
                    if (!f.appliesTo(country, date)) continue;
                    Map<String, String> fig = figures();
                    if (!passes(f.valueTest(), fig)) {
                        if (trace != null) skipped(f, "consignment value above the flat-duty threshold", fig);
                        continue;
                    }
                    Tri w = holds(f.when());
                    if (w != Tri.YES) {
                        if (trace != null) skipped(f, w == Tri.UNKNOWN ? missingFor(f.when())
                                : "conditions not met (scope " + describe(f.when()) + ")", fig);
                        continue;
                    }
                    flat = f;
                    flatDuty(f, dutyRaw, fig);
                    break;
                }
                if (flat == null) {
                    for (int i = 0; i < n; i++) {
                        if (!noDuty[i]) dutyRaw[i] = lineDuty(i);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                // a banded or flat duty is worked out on the whole consignment: its share on a line without duty lapses
                if (noDuty[i]) dutyRaw[i] = BigDecimal.ZERO;
            }
        }
        BigDecimal[] duty = round(dutyRaw);
        BigDecimal dutyTotal = sum(duty);
        if (dutyTotal.signum() > 0 && notLeviedBelowMinimum(pack.dutyDeMinimis(), "duty", "duty", duty, dutyTotal, dutyAtCo,
                atCo, regime)) {
            dutyTotal = sum(duty);
        }

        // 5. fees
        List<FeeLine> feeLines = new ArrayList<>();
        BigDecimal feeTotal = BigDecimal.ZERO;
        if (!outsideCustoms && !noCustomsBorder) {
            for (RulePack.Fee fee : pack.fees()) {
                if (!fee.appliesTo(country, date)) continue;
                if (territory != null && fee.excludedTerritories().contains(territory.meta().id())) {
                    if (trace != null) skipped(fee, "not charged in " + territory.name(), Map.of());
                    continue;
                }
                Map<String, String> fig = figures();
                if (fee.valueTest() != null && !passes(fee.valueTest(), fig)) {
                    if (trace != null) skipped(fee, "consignment value outside the fee's value test", fig);
                    continue;
                }
                Tri w = holds(fee.when());
                if (w != Tri.YES) {
                    if (trace != null) skipped(fee, w == Tri.UNKNOWN ? missingFor(fee.when()) : "conditions not met", fig);
                    continue;
                }
                BigDecimal amount = feeAmount(fee, fig).setScale(scale, roundingMode);
                if (amount.signum() > 0) {
                    feeLines.add(new FeeLine(fee.meta().id(), fee.name(), Money.of(amount, q)));
                    feeTotal = feeTotal.add(amount);
                }
                if (fig != null) fig.put("fee", plain(amount));
                if (trace != null) applied(fee, fee.name() + ": " + plain(amount) + " " + q, fig);
            }
        }
        BigDecimal[] feeAlloc = allocate(feeTotal, cv);

        // 6. tax
        BigDecimal[] taxRaw = zeros();
        boolean taxRelieved = false;
        boolean[] underRegime = taken > 0 ? new boolean[n] : null; // null: no line is under a regime
        for (int i = 0; i < n && taken > 0; i++) {
            underRegime[i] = regimeOf[i] != null;
        }
        boolean[] noTax = new boolean[n];
        boolean globalRate = banded != null && banded.replaces() == RulePack.Replaces.DUTY_AND_TAX;
        if (outsideTax) {
            if (trace != null) note(territory.meta().id(), "destination " + territory.name() + " is outside the " + pack.jurisdiction()
                    + " VAT/GST area: no tax from this pack; the territory's own indirect tax ("
                    + (territory.localTax() == null ? "if any" : territory.localTax()) + ") is not modelled");
        } else if (noImport) {
            // said in the origin note above
        } else if (globalRate) {
            if (trace != null) note(banded.meta().id(), "the global rate of " + banded.meta().id()
                    + " covers duty and tax; it is reported as duty and no separate tax is charged");
        } else {
            taxRelieved = relieve(pack.taxDeMinimis(), "tax", "the tax", noTax, underRegime, taken, regime);
            if (!taxRelieved) {
                for (int i = 0; i < n; i++) {
                    if (noTax[i]) continue;
                    RulePack.Regime rg = regimeOf == null ? null : regimeOf[i];
                    Set<TaxBaseItem> base = rg != null && rg.taxBase() != null ? rg.taxBase() : valuation.taxBase();
                    // tax at import is on the customs valuation of the goods; tax at checkout on the sale price
                    taxRaw[i] = lineTax(i, rg != null ? goods[i] : valued[i], base, duty[i], feeAlloc[i], region);
                }
            }
        }
        BigDecimal[] tax = round(taxRaw);
        BigDecimal taxTotal = sum(tax);
        if (taxTotal.signum() > 0 && notLeviedBelowMinimum(pack.taxDeMinimis(), "tax", "the tax", tax, taxTotal,
                underRegime, taken, regime)) {
            taxTotal = sum(tax);
        }

        // 7. collection, per group of lines treated alike: each regime that took lines, then the lines at import
        boolean ddp = req.incoterm() == Incoterm.DDP;
        Collector importCollector = ddp ? Collector.SELLER : Collector.BUYER;
        CollectionPoint importPoint = ddp ? CollectionPoint.PREPAID_BY_SELLER : CollectionPoint.AT_IMPORT;
        int groupCount = regimesTaken.size() + (taken < n ? 1 : 0);
        // null: one group of every line (the usual case), which LandedCostQuote makes from the totals
        List<CollectionGroup> groups = null;
        Collection collection;
        if (groupCount == 1) {
            RulePack.Regime rg = regimesTaken.isEmpty() ? null : regimesTaken.get(0);
            regimeName = rg == null ? importName : rg.name();
            collection = collection(rg, rg == null ? null : collectorOf[0], dutyTotal, taxTotal, feeTotal,
                    importCollector, importPoint);
        } else {
            groups = new ArrayList<>(groupCount);
            for (int gi = 0; gi < groupCount; gi++) {
                RulePack.Regime rg = gi < regimesTaken.size() ? regimesTaken.get(gi) : null;
                List<Integer> members = new ArrayList<>();
                Collector collector = null;
                BigDecimal groupDuty = BigDecimal.ZERO;
                BigDecimal groupTax = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    if (regimeOf[i] != rg) continue;
                    members.add(i);
                    collector = collectorOf[i];
                    groupDuty = groupDuty.add(duty[i]);
                    groupTax = groupTax.add(tax[i]);
                }
                // fees go with the import declaration: the import group
                BigDecimal groupFees = rg == null ? feeTotal : BigDecimal.ZERO;
                groups.add(new CollectionGroup(rg == null ? importName : rg.name(), collection(rg, collector, groupDuty,
                        groupTax, groupFees, importCollector, importPoint), members, money(groupDuty), money(groupTax),
                        money(groupFees)));
            }
            StringBuilder names = new StringBuilder();
            for (CollectionGroup g : groups) {
                if (names.length() > 0) names.append('+');
                names.append(g.regime());
            }
            regimeName = names.toString();
            collection = combined(groups);
            if (trace != null) {
                StringBuilder sb = new StringBuilder("the consignment is split:");
                for (CollectionGroup g : groups) {
                    sb.append(' ').append(g.regime()).append(" lines ").append(skusOf(g.lines())).append(" (tax ")
                            .append(g.collection().taxCollector()).append('/').append(g.collection().taxPoint())
                            .append(", duty ").append(g.collection().dutyCollector()).append('/')
                            .append(g.collection().dutyPoint()).append(");");
                }
                note("split", sb.substring(0, sb.length() - 1));
            }
        }

        // 8. result
        List<LineResult> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            QuoteLine l = req.lines().get(i);
            lines.add(new LineResult(l.sku(), money(cv[i].setScale(scale, roundingMode)), money(duty[i]),
                    money(tax[i]), issuesOf(i)));
        }
        BigDecimal goodsTotal = sum(goods);
        // the sum of the parts as shown (each rounded), so that the totals add up to the cent even
        // when request amounts carry more decimals than the currency has
        BigDecimal landed = shown(goodsTotal).add(shown(shipping)).add(shown(insurance)).add(shown(dutyTotal))
                .add(shown(taxTotal)).add(shown(feeTotal));
        QuoteTotals totals = new QuoteTotals(money(goodsTotal), money(shipping), money(insurance), money(dutyTotal),
                money(taxTotal), money(feeTotal), money(landed));
        return new LandedCostQuote(q, regimeName, collection, lines, totals, trace, feeLines, groups,
                noCustomsBorder ? List.of() : advisories(region));
    }

    // ---- border -------------------------------------------------------------------------------------

    /** The regime of a shipment that crosses neither a customs nor a tax border. */
    static final String NO_IMPORT = "NO_IMPORT";

    /** What the shipment crosses between its origin and the destination address. */
    enum Crossing {
        /** A customs border: the pack's duties, taxes and fees as usual. */
        IMPORT,
        /** No customs border but a tax border (mainland EU to the Canary Islands or an outermost region): no duty. */
        NO_DUTY,
        /** Neither (DE to FR, US to US): no duty, no import tax, no customs fees, regime {@code NO_IMPORT}. */
        NONE
    }

    /**
     * Whether the request's origin and destination lie in one customs territory (the EU's customs union, from core's
     * {@link EuropeanUnion}, or one non-EU country with no special territory at the address) and one tax area. A
     * special territory of the pack at the address counts as the pack says (outside customs or tax).
     */
    private Crossing crossing(RulePack.Territory t) {
        CountryCode from = req.origin();
        var to = req.destination();
        if (EuropeanUnion.isCustomsUnionMember(from, date)) {
            // the address's territory was resolved once by the calculator (addressTerritory)
            boolean toInCustoms = (addressTerritory != null ? addressTerritory.inEuCustomsTerritory(date)
                    : EuropeanUnion.isCustomsUnionMember(to.country(), date)) && (t == null || !t.outsideCustomsTerritory());
            if (!toInCustoms) {
                return Crossing.IMPORT;
            }
            boolean toInVat = (addressTerritory != null ? addressTerritory.inEuVatArea(date)
                    : EuropeanUnion.isVatAreaMember(to.country(), date)) && (t == null || !t.outsideTaxArea());
            return toInVat && EuropeanUnion.isVatAreaMember(from, date) ? Crossing.NONE : Crossing.NO_DUTY;
        }
        return from.equals(to.country()) && t == null && addressTerritory == null
                && !EuropeanUnion.isCustomsUnionMember(to.country(), date) ? Crossing.NONE : Crossing.IMPORT;
    }

    private String borderArea() {
        return EuropeanUnion.isCustomsUnionMember(req.origin(), date) ? "EU customs union" : "one country";
    }

    // ---- advisories ---------------------------------------------------------------------------------

    /**
     * The pack's advisories that apply to this consignment (see {@link RulePack.Advisory}): value tests pass, the
     * consignment parts of the condition do not fail on known data, the region is listed or unknown, and at least
     * one line meets the goods and origin parts (a missing HS code or origin counts as meeting them). Records no
     * line issue: an advisory says what may apply.
     */
    private List<dev.xborder.core.landed.Advisory> advisories(String region) {
        List<dev.xborder.core.landed.Advisory> out = null;
        for (RulePack.Advisory a : pack.advisories()) {
            if (!a.appliesTo(country, date)) continue;
            Map<String, String> fig = figures();
            // the reason strings are made for the trace only: most quotes meet advisories that do not apply
            boolean valueOk = true;
            for (ValueTest vt : a.valueTests()) {
                if (!passes(vt, fig)) {
                    valueOk = false;
                    break;
                }
            }
            if (!valueOk) {
                if (trace != null) skipped(a, "consignment value outside the advisory's value range", fig);
                continue;
            }
            if (consignmentPart(a.when()) == Tri.NO) {
                if (trace != null) skipped(a, "conditions not met (" + describe(a.when()) + ")", fig);
                continue;
            }
            if (!a.regions().isEmpty()) {
                boolean regionUnknown = normalisedPostalCode == null && (req.destination().region() == null
                        || req.destination().region().isBlank());
                if (fig != null) fig.put("region", region == null ? (regionUnknown ? "unknown" : "none") : region);
                if (region == null ? !regionUnknown : !a.regions().contains(region)) {
                    if (trace != null) skipped(a, "destination region not among " + a.regions(), fig);
                    continue;
                }
            }
            int first = -1;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (lineTest(a.when(), i, false) != Tri.NO) {
                    if (first < 0) first = i;
                    count++;
                }
            }
            if (count == 0) {
                if (trace != null) skipped(a, "no line meets the goods or origin conditions (" + describe(a.when())
                        + ")", fig);
                continue;
            }
            List<Integer> concerned;
            if (count == n) {
                concerned = allLines();
            } else {
                concerned = new ArrayList<>(count);
                for (int i = first; i < n; i++) {
                    if (lineTest(a.when(), i, false) != Tri.NO) concerned.add(i);
                }
            }
            if (out == null) out = new ArrayList<>(1);
            out.add(new dev.xborder.core.landed.Advisory(a.code(), a.meta().id(), a.message(), cp.cite(a.meta()),
                    concerned));
            if (trace != null) {
                if (count < n) fig.put("lines", skusOf(concerned));
                applied(a, "advisory " + a.code() + ": " + a.message(), fig);
            }
        }
        return out == null ? List.of() : out;
    }

    /** {@code [0, 1, ..., n - 1]}. */
    private List<Integer> allLines() {
        Integer[] all = new Integer[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return List.of(all);
    }

    // ---- per-line regimes (PER_LINE split) -------------------------------------------------------

    /**
     * The lines (not yet under a regime) that a PER_LINE regime takes: each line's unit value passes the
     * regime's ITEM_VALUE test and its goods and origin conditions hold; the consignment-level conditions
     * (shipped from, channels, registrations, incoterms) must hold for the whole. Null, with the trace saying
     * why, when no line passes. {@code regimeOf} is null while no line is under a regime.
     */
    private boolean[] linesPassing(RulePack.Regime rg, RulePack.Regime[] regimeOf, Map<String, String> fig) {
        Condition c = rg.when();
        if (fig != null) fig.put("split", "PER_LINE");
        Tri whole = consignmentHolds(c);
        if (whole != Tri.YES) {
            if (trace != null) skipped(rg, whole == Tri.UNKNOWN ? missingFor(c)
                    : "conditions not met (" + describe(c) + ")", fig);
            return null;
        }
        ValueTest vt = rg.valueTest();
        if (fig != null) fig.put("threshold", vt == null ? "none (no value limit)"
                : vt.comparison().symbol() + " " + plain(decimal(vt.max())) + " "
                + vt.max().getCurrency() + " per item");
        boolean[] take = new boolean[n];
        int count = 0;
        StringBuilder in = trace == null ? null : new StringBuilder();
        StringBuilder out = trace == null ? null : new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (regimeOf != null && regimeOf[i] != null) continue;
            QuoteLine l = req.lines().get(i);
            String why = null;
            if (vt != null) {
                CurrencyUnit t = vt.max().getCurrency();
                BigDecimal unit = decimal(l.unitPrice());
                BigDecimal v = t.equals(r) ? unit : convert(unit, r, t, vt.rateDate(),
                        trace == null ? null : "value test ITEM_VALUE of line " + l.sku());
                int cmp = v.compareTo(decimal(vt.max()));
                if (!vt.comparison().passes(cmp)) {
                    // the reason is text for the trace; without one, any non-null marks the line as not taken
                    why = trace == null ? "item value" : "item value " + plain(v) + " " + t + " not "
                            + (vt.comparison() == RulePack.Comparison.AT_OR_BELOW ? "at or below " : "below ")
                            + plain(decimal(vt.max()));
                }
            }
            if (why == null) {
                Tri w = lineHolds(c, i);
                if (w == Tri.UNKNOWN) why = "its origin country or HS code is missing";
                else if (w == Tri.NO) why = trace == null ? "conditions not met" : "conditions not met (" + describe(c) + ")";
            }
            if (why == null) {
                take[i] = true;
                count++;
                if (in != null) in.append(in.length() == 0 ? "" : ", ").append(l.sku());
            } else if (out != null) {
                out.append(out.length() == 0 ? "" : "; ").append(l.sku()).append(": ").append(why);
            }
        }
        if (fig != null) fig.put("linesIn", in.length() == 0 ? "none" : in.toString());
        if (fig != null) fig.put("linesOut", out.length() == 0 ? "none" : out.toString());
        if (count == 0) {
            if (trace != null) skipped(rg, "no line passes the per-line tests", fig);
            return null;
        }
        return take;
    }

    /**
     * The parts of a condition that concern the whole consignment, not single lines (shipped from, channels,
     * registrations, incoterms, transport mode: keep in step with {@link #holds(Condition)}). UNKNOWN when the
     * condition needs a transport mode the request lacks (every line gets {@code TRANSPORT_MODE_MISSING}).
     */
    private Tri consignmentHolds(Condition c) {
        Tri whole = consignmentPart(c);
        if (whole == Tri.UNKNOWN) transportModeMissing();
        return whole;
    }

    /**
     * The consignment-level parts of a condition without recording issues: NO when one fails on known data,
     * UNKNOWN when all known parts hold but a transport mode is needed and the request has none.
     */
    private Tri consignmentPart(Condition c) {
        if (!c.shippedFrom().isEmpty() && !c.shippedFrom().contains(req.origin())) return Tri.NO;
        if (c.notShippedFrom().contains(req.origin())) return Tri.NO;
        if (!c.channels().isEmpty() && !c.channels().contains(req.channel())) return Tri.NO;
        if (!c.registrations().isEmpty() && !holdsAny(c.registrations())) return Tri.NO;
        if (!c.incoterms().isEmpty() && !c.incoterms().contains(req.incoterm())) return Tri.NO;
        if (c.needsTransportMode()) {
            TransportMode mode = req.transportMode().orElse(null);
            if (mode == null) return Tri.UNKNOWN;
            if (!c.transportModes().contains(mode)) return Tri.NO;
        }
        return Tri.YES;
    }

    /** Every line gets {@code TRANSPORT_MODE_MISSING}. */
    private void transportModeMissing() {
        for (int i = 0; i < n; i++) {
            issue(i, "TRANSPORT_MODE_MISSING: the request has no transport mode; rules that depend on it (post,"
                    + " courier, ...) not applied");
        }
    }

    /** The goods (category, HS code) and origin parts of a condition for line {@code i} alone. */
    private Tri lineHolds(Condition c, int i) {
        return lineTest(c, i, true);
    }

    /**
     * The goods and origin parts of a condition for line {@code i}. {@code record}: a missing HS code or origin
     * gives the line its issue and UNKNOWN at once; otherwise the known parts are still tested (an advisory only
     * needs to know whether the line may meet the condition) and UNKNOWN comes last.
     */
    private Tri lineTest(Condition c, int i, boolean record) {
        QuoteLine l = req.lines().get(i);
        if (!c.categoriesIn().isEmpty() && !c.categoriesIn().contains(l.taxCategory())) return Tri.NO;
        if (c.categoriesNotIn().contains(l.taxCategory())) return Tri.NO;
        boolean unknown = false;
        if (c.needsHsCode()) {
            if (l.hsCode() == null) {
                if (record) {
                    issue(i, "HS_CODE_MISSING: no HS code; rules that depend on the HS code not applied");
                    return Tri.UNKNOWN;
                }
                unknown = true;
            } else {
                String hs = l.hsCode().digits();
                if (!c.hsPrefixesIn().isEmpty() && matchLength(c.hsPrefixesIn(), hs) < 0) return Tri.NO;
                if (!c.hsPrefixesNotIn().isEmpty() && matchLength(c.hsPrefixesNotIn(), hs) >= 0) return Tri.NO;
            }
        }
        if (c.needsOrigin()) {
            CountryCode o = l.originCountry();
            if (o == null) {
                if (record) {
                    issue(i, ORIGIN_MISSING_TEXT);
                    return Tri.UNKNOWN;
                }
                unknown = true;
            } else {
                if (!c.originIn().isEmpty() && !c.originIn().contains(o)) return Tri.NO;
                if (c.originNotIn().contains(o)) return Tri.NO;
            }
        }
        return unknown ? Tri.UNKNOWN : Tri.YES;
    }

    /** Trace: which lines the duty-exempt regimes take out of duty. */
    private void dutyExemptTrace(List<RulePack.Regime> taken, RulePack.Regime[] regimeOf, boolean all) {
        for (RulePack.Regime rg : taken) {
            if (!rg.checkout().dutyExempt()) continue;
            boolean[] mine = new boolean[n];
            for (int i = 0; i < n; i++) {
                mine[i] = regimeOf[i] == rg;
            }
            applied(rg, "goods under " + rg.name() + " are exempt from customs duty: lines " + skus(mine, true)
                    + (all ? "" : "; duty applies to the other lines"), Map.of());
        }
    }

    /**
     * The quote-level collection of a split quote: per charge, that of the last group (checkout regimes first, the
     * import part last) where the charge is due. A charge split between checkout and import is so reported at
     * import: {@code AT_CHECKOUT} on the quote always means all of that charge is collected at checkout.
     */
    private static Collection combined(List<CollectionGroup> groups) {
        Collector tc = null;
        CollectionPoint tp = null;
        Collector dc = null;
        CollectionPoint dp = null;
        for (CollectionGroup g : groups) {
            Collection c = g.collection();
            if (c.taxPoint() != CollectionPoint.NOT_DUE) {
                tc = c.taxCollector();
                tp = c.taxPoint();
            }
            if (c.dutyPoint() != CollectionPoint.NOT_DUE) {
                dc = c.dutyCollector();
                dp = c.dutyPoint();
            }
        }
        return new Collection(tc == null ? Collector.NONE : tc, tp == null ? CollectionPoint.NOT_DUE : tp,
                dc == null ? Collector.NONE : dc, dp == null ? CollectionPoint.NOT_DUE : dp);
    }

    /**
     * Who collects the tax and the duty (+ fees) of a group of lines and when: the group's regime at checkout
     * ({@code rg}, its lines' {@code collector}), or the import ({@code rg} null); nothing when the charge is zero.
     */
    private static Collection collection(RulePack.Regime rg, Collector collector, BigDecimal duty, BigDecimal tax,
                                         BigDecimal fees, Collector importCollector, CollectionPoint importPoint) {
        Collector taxC;
        CollectionPoint taxP;
        if (tax.signum() == 0) {
            taxC = Collector.NONE;
            taxP = CollectionPoint.NOT_DUE;
        } else if (rg != null) {
            taxC = collector;
            taxP = CollectionPoint.AT_CHECKOUT;
        } else {
            taxC = importCollector;
            taxP = importPoint;
        }
        Collector dutyC;
        CollectionPoint dutyP;
        if (duty.add(fees).signum() == 0) {
            dutyC = Collector.NONE;
            dutyP = CollectionPoint.NOT_DUE;
        } else if (rg != null && rg.checkout().dutyAtCheckout()) {
            dutyC = collector;
            dutyP = CollectionPoint.AT_CHECKOUT;
        } else if (rg != null && rg.checkout().dutyPaidBySeller()) {
            dutyC = Collector.SELLER;
            dutyP = CollectionPoint.PREPAID_BY_SELLER;
        } else {
            dutyC = importCollector;
            dutyP = importPoint;
        }
        return new Collection(taxC, taxP, dutyC, dutyP);
    }

    /** The sum of {@code v} over the lines where {@code mask} equals {@code where}. */
    private BigDecimal sumWhere(BigDecimal[] v, boolean[] mask, boolean where) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            if (mask[i] == where) s = s.add(v[i]);
        }
        return s;
    }

    /** The SKUs of the lines where {@code mask} equals {@code where}, for the trace. */
    private String skus(boolean[] mask, boolean where) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (mask[i] == where) l.add(i);
        }
        return skusOf(l);
    }

    private String skusOf(List<Integer> indices) {
        StringBuilder sb = new StringBuilder("[");
        for (int i : indices) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(req.lines().get(i).sku());
        }
        return sb.append(']').toString();
    }

    // ---- rules --------------------------------------------------------------------------------

    private <T extends Rule> T required(List<T> rules, String what) {
        T t = CompiledPack.pick(rules, country, date);
        if (t == null) {
            throw new NoApplicableRuleException("date", date, "no " + what + " rule of pack " + pack.jurisdiction()
                    + " for " + country + " is in force on " + date);
        }
        return t;
    }

    private static String normalise(String pc) {
        if (pc == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(pc.length());
        for (int i = 0; i < pc.length(); i++) {
            char c = pc.charAt(i);
            if (c != ' ' && c != '-') sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }

    private static boolean outsideTaxAreaOf(RulePack.Territory t) {
        return t != null && t.outsideTaxArea();
    }

    private RulePack.Territory territory() {
        for (RulePack.Territory t : cp.territories(country)) {
            if (!t.appliesTo(country, date)) continue;
            boolean match = t.fiscalTerritory() != null ? t.fiscalTerritory() == addressTerritory
                    : normalisedPostalCode != null && t.matches(normalisedPostalCode);
            if (match) {
                if (trace != null) applied(t, (t.fiscalTerritory() != null ? "address in " + t.fiscalTerritory().description()
                                : "postal code in " + t.name())
                        + (t.outsideTaxArea() ? "; outside the tax area" : "")
                        + (t.outsideCustomsTerritory() ? "; outside the customs territory" : ""), Map.of());
                return t;
            }
        }
        return null;
    }

    /** The region (province, state) of the destination from its postal code, or null. */
    private String region() {
        boolean any = false;
        for (RulePack.Region rg : pack.regions()) {
            if (!rg.appliesTo(country, date)) continue;
            any = true;
            if (normalisedPostalCode != null && rg.matches(normalisedPostalCode)) {
                if (trace != null) applied(rg, "postal code " + req.destination().postalCode() + " lies in " + rg.name() + " ("
                        + rg.code() + ")", Map.of("region", rg.code()));
                return rg.code();
            }
        }
        if (!any) {
            return null;
        }
        if (normalisedPostalCode == null) {
            String given = req.destination().region();
            for (RulePack.Region rg : pack.regions()) {
                if (rg.appliesTo(country, date) && given != null && rg.code().equalsIgnoreCase(given.strip())) {
                    if (trace != null) applied(rg, "no postal code; the address's region " + given + " names " + rg.name(),
                            Map.of("region", rg.code()));
                    return rg.code();
                }
            }
            if (cp.hasRegionalRates(country, date)) {
                for (int i = 0; i < n; i++) {
                    issue(i, "REGION_UNKNOWN: no postal code (or region code) to find the region whose tax rate"
                            + " applies; the national rate is used");
                }
            }
            return null;
        }
        if (trace != null) note("region", "postal code " + req.destination().postalCode() + " lies in no region with its own rates:"
                + " national rates apply");
        return null;
    }

    /** The first banded rate that applies: fills the per-line duty and returns it, else null. */
    private RulePack.BandedRate bandedRate(BigDecimal[] dutyRaw) {
        for (RulePack.BandedRate b : pack.bandedRates()) {
            if (!b.appliesTo(country, date)) continue;
            Map<String, String> fig = figures();
            RulePack.Band band = null;
            BigDecimal measured = measuredIn(b.measure(), b.bands().get(0).max().getCurrency(), b.rateDate());
            CurrencyUnit bc = b.bands().get(0).max().getCurrency();
            if (fig != null) fig.put("measure", b.measure().name());
            if (fig != null) fig.put("value", plain(measured) + " " + bc);
            for (RulePack.Band candidate : b.bands()) {
                int c = measured.compareTo(decimal(candidate.max()));
                if (b.comparison().passes(c)) {
                    band = candidate;
                    break;
                }
            }
            if (fig != null) fig.put("threshold", b.comparison().symbol() + " "
                    + plain(decimal(b.bands().get(b.bands().size() - 1).max())) + " " + bc);
            if (band == null) {
                if (trace != null) skipped(b, "consignment value above the last band", fig);
                continue;
            }
            Tri w = holds(b.when());
            if (w != Tri.YES) {
                if (trace != null) skipped(b, w == Tri.UNKNOWN ? missingFor(b.when())
                        : "conditions not met (" + describe(b.when()) + ")", fig);
                continue;
            }
            BigDecimal base = sum(cv);
            BigDecimal amount = base.multiply(band.rate()).movePointLeft(2);
            if (fig != null) fig.put("customsValue", plain(base));
            if (fig != null) fig.put("rate%", band.rate().toPlainString());
            if (band.deduction() != null) {
                BigDecimal ded = amountInQuote(band.deduction(), trace == null ? null : "deduction of " + b.meta().id());
                if (fig != null) fig.put("deduction", plain(ded));
                amount = amount.subtract(ded).max(BigDecimal.ZERO);
            }
            if (fig != null) fig.put("amount", plain(amount));
            for (int i = 0; i < n; i++) {
                dutyRaw[i] = base.signum() == 0 ? BigDecimal.ZERO : amount.multiply(cv[i]).divide(base, MC);
            }
            if (trace != null) applied(b, "band up to " + plain(decimal(band.max())) + " " + band.max().getCurrency() + ": "
                    + band.rate().toPlainString() + "% of the customs value"
                    + (band.deduction() == null ? "" : " minus " + plain(decimal(band.deduction())) + " "
                    + band.deduction().getCurrency())
                    + (b.replaces() == RulePack.Replaces.DUTY_AND_TAX ? "; replaces duty and tax" : "; replaces tariff duty"),
                    fig);
            return b;
        }
        return null;
    }

    /**
     * The minimum-charge reliefs of one charge ({@code charge}: "duty" or "tax"; CH's CHF 5, AU's, ...): the first whose
     * minimum the charged amount does not exceed sets the amounts to zero (for an import-only relief, only the lines
     * not collected at checkout, {@code atCheckout} as in {@link #relieve}). Returns whether it changed {@code amounts}.
     */
    private boolean notLeviedBelowMinimum(List<RulePack.Relief> reliefs, String charge, String chargeAtCheckout,
                                          BigDecimal[] amounts, BigDecimal total, boolean[] atCheckout,
                                          int countAtCheckout, RulePack.Regime regime) {
        for (RulePack.Relief rel : reliefs) {
            if (!rel.appliesTo(country, date) || rel.minimumCharge() == null) continue;
            if (importOnlySkipped(rel, charge, chargeAtCheckout, countAtCheckout, regime)) continue;
            // an import-only relief looks at the charge collected at import only
            boolean importPart = rel.importOnly() && countAtCheckout > 0;
            BigDecimal charged = importPart ? sumWhere(amounts, atCheckout, false) : total;
            BigDecimal min = amountInQuote(rel.minimumCharge(), trace == null ? null : "minimumCharge of " + rel.meta().id());
            if (charged.signum() > 0 && charged.compareTo(min) <= 0) {
                if (trace != null) applied(rel, charge + " " + plain(charged) + " " + q + " at or below " + plain(min)
                        + ": not levied", Map.of(charge, plain(charged), "minimumCharge", plain(min)));
                for (int i = 0; i < n; i++) {
                    if (!importPart || !atCheckout[i]) amounts[i] = BigDecimal.ZERO;
                }
                return true;
            }
        }
        return false;
    }

    /** An import-only relief when every line's charge is collected at checkout: skipped (traced). */
    private boolean importOnlySkipped(RulePack.Relief rel, String charge, String chargeAtCheckout, int countAtCheckout,
                                      RulePack.Regime regime) {
        if (!rel.importOnly() || countAtCheckout != n) {
            return false;
        }
        if (trace != null) skipped(rel, "relief applies only to " + charge + " collected at import; regime " + regime.name()
                + " collects " + chargeAtCheckout + " at checkout", Map.of());
        return true;
    }

    /**
     * The value-test and condition-only reliefs of one charge ({@code charge}: "duty" or "tax"), in file order; the
     * first that applies decides. {@code none}: per line, no charge (set here for the lines a relief covers);
     * {@code atCheckout}: per line, the charge is collected at checkout by a regime ({@code countAtCheckout} lines; null
     * when none is), so import-only reliefs leave those lines alone and are skipped when every line is at checkout.
     * Returns whether the whole charge is relieved ({@code none} is then left as it was for the caller to ignore).
     */
    private boolean relieve(List<RulePack.Relief> reliefs, String charge, String chargeAtCheckout, boolean[] none,
                            boolean[] atCheckout, int countAtCheckout, RulePack.Regime regime) {
        boolean partlyRelieved = false;
        for (RulePack.Relief rel : reliefs) {
            if (!rel.appliesTo(country, date) || rel.minimumCharge() != null) continue;
            if (importOnlySkipped(rel, charge, chargeAtCheckout, countAtCheckout, regime)) continue;
            if (rel.split() == RulePack.Split.PER_LINE) {
                // the lines whose charge is still due (and, for an import-only relief, collected at import)
                boolean[] open = new boolean[n];
                for (int i = 0; i < n; i++) {
                    open[i] = !none[i] && !(rel.importOnly() && countAtCheckout > 0 && atCheckout[i]);
                }
                int left = relievePerLine(rel, open, none, charge);
                if (left < 0) continue;
                partlyRelieved = true;
                if (left == 0) {
                    return true;
                }
                continue;
            }
            if (reliefApplies(rel)) {
                if (rel.importOnly() && countAtCheckout > 0) {
                    // the relief covers the lines whose charge is collected at import only
                    for (int i = 0; i < n; i++) {
                        if (!atCheckout[i]) none[i] = true;
                    }
                    if (trace != null) note(rel.meta().id(), "import-only relief: lines " + skus(atCheckout, true)
                            + " keep the " + charge + " their regime collects at checkout");
                } else if (partlyRelieved) {
                    // the lines a per-line relief left go under this one
                    java.util.Arrays.fill(none, true);
                } else {
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Applies a PER_LINE relief to the {@code open} lines: the lines it covers are marked in {@code relieved}.
     * The number of lines still charged afterwards, or -1 when it covers none (trace as {@link #reliefLines}).
     */
    private int relievePerLine(RulePack.Relief rel, boolean[] open, boolean[] relieved, String charge) {
        boolean[] cover = reliefLines(rel, open, charge);
        if (cover == null) return -1;
        int left = 0;
        for (int i = 0; i < n; i++) {
            if (cover[i]) relieved[i] = true;
            if (!relieved[i]) left++;
        }
        return left;
    }

    /**
     * The lines a PER_LINE relief covers: the consignment passes its value test and the consignment parts of its
     * {@code when} (as for any relief), and each {@code open} line meets the goods and origin parts. Null, with
     * the trace saying why, when it covers no line.
     */
    private boolean[] reliefLines(RulePack.Relief rel, boolean[] open, String charge) {
        Map<String, String> fig = figures();
        if (fig != null) fig.put("split", "PER_LINE");
        if (rel.valueTest() != null && !passes(rel.valueTest(), fig)) {
            if (trace != null) skipped(rel, "consignment value above the relief threshold", fig);
            return null;
        }
        Condition c = rel.when();
        Tri whole = consignmentHolds(c);
        if (whole != Tri.YES) {
            if (trace != null) skipped(rel, whole == Tri.UNKNOWN ? "relief " + missingFor(c)
                    : "conditions not met (" + describe(c) + ")", fig);
            return null;
        }
        boolean[] cover = new boolean[n];
        int count = 0;
        StringBuilder in = trace == null ? null : new StringBuilder();
        StringBuilder out = trace == null ? null : new StringBuilder();
        for (int i = 0; i < n; i++) {
            String sku = req.lines().get(i).sku().toString();
            if (!open[i]) {
                if (out != null) out.append(out.length() == 0 ? "" : "; ").append(sku).append(": ").append(charge)
                        .append(" already relieved or collected at checkout");
                continue;
            }
            Tri w = lineHolds(c, i);
            if (w == Tri.YES) {
                cover[i] = true;
                count++;
                if (in != null) in.append(in.length() == 0 ? "" : ", ").append(sku);
            } else if (out != null) {
                out.append(out.length() == 0 ? "" : "; ").append(sku).append(": ").append(w == Tri.UNKNOWN
                        ? "its origin country or HS code is missing" : "conditions not met (" + describe(c) + ")");
            }
        }
        if (fig != null) fig.put("linesIn", in.length() == 0 ? "none" : in.toString());
        if (fig != null) fig.put("linesOut", out.length() == 0 ? "none" : out.toString());
        String why = rel.valueTest() == null ? "consignment conditions met" : "consignment value within the relief threshold";
        if (count == 0) {
            if (trace != null) skipped(rel, why + " but no line meets the relief's goods conditions", fig);
            return null;
        }
        if (trace != null) applied(rel, why + ": no " + charge + " on lines " + skus(cover, true)
                + (count < n ? "; the other lines pay" : ""), fig);
        return cover;
    }

    private boolean reliefApplies(RulePack.Relief rel) {
        Map<String, String> fig = figures();
        if (rel.valueTest() != null && !passes(rel.valueTest(), fig)) {
            if (trace != null) skipped(rel, "consignment value above the relief threshold", fig);
            return false;
        }
        Tri w = holds(rel.when());
        if (w == Tri.UNKNOWN) {
            if (trace != null) skipped(rel, "relief " + missingFor(rel.when()), fig);
            return false;
        }
        if (w == Tri.NO) {
            if (trace != null) skipped(rel, "conditions not met (" + describe(rel.when()) + ")", fig);
            return false;
        }
        if (trace != null) applied(rel, rel.valueTest() == null ? "conditions met (" + describe(rel.when()) + "): not charged"
                : "consignment value within the relief threshold: not charged", fig);
        return true;
    }

    private void flatDuty(RulePack.FlatDuty f, BigDecimal[] dutyRaw, Map<String, String> fig) {
        BigDecimal amount = amountInQuote(f.amount(), trace == null ? null : "flat duty " + f.meta().id());
        int charges = 0;
        switch (f.per()) {
            case CONSIGNMENT -> {
                dutyRaw[0] = amount;
                charges = 1;
            }
            case UNIT -> {
                for (int i = 0; i < n; i++) {
                    dutyRaw[i] = amount.multiply(BigDecimal.valueOf(req.lines().get(i).quantity()));
                    charges += req.lines().get(i).quantity();
                }
            }
            case DISTINCT_TARIFF_ITEM -> {
                // charged on the first line of each tariff item
                for (int i = 0; i < n; i++) {
                    if (req.lines().get(i).hsCode() == null) {
                        issue(i, "HS_CODE_MISSING: no HS code; charged as a distinct tariff item of its own");
                    } else if (sameItemBefore(i, f.tariffDigits())) {
                        continue;
                    }
                    dutyRaw[i] = amount;
                    charges++;
                }
            }
            default -> throw new IllegalStateException(f.per().name());
        }
        if (fig != null) fig.put("amount", plain(amount));
        if (fig != null) fig.put("charges", String.valueOf(charges));
        if (fig != null) fig.put("duty", plain(amount.multiply(BigDecimal.valueOf(charges))));
        if (trace != null) applied(f, "flat duty " + plain(amount) + " " + q + " per " + f.per() + " x " + charges
                + "; replaces tariff duty", fig);
    }

    /**
     * Whether a line before line {@code i} (which has an HS code) is the same tariff item: the same first
     * {@code digits} digits (the whole code when shorter). Compares without making substrings; quotes have few
     * lines.
     */
    private boolean sameItemBefore(int i, int digits) {
        String d = req.lines().get(i).hsCode().digits();
        int k = Math.min(digits, d.length());
        for (int j = 0; j < i; j++) {
            HsCode h = req.lines().get(j).hsCode();
            if (h != null && Math.min(digits, h.digits().length()) == k && h.digits().regionMatches(0, d, 0, k)) {
                return true;
            }
        }
        return false;
    }

    private BigDecimal lineDuty(int i) {
        QuoteLine l = req.lines().get(i);
        String hs = l.hsCode() == null ? null : l.hsCode().digits();
        String sku = l.sku().toString();
        if (hs == null) {
            issue(i, "HS_CODE_MISSING: no HS code; duty not determined");
        }
        RulePack.DutyRate base = cp.dutyRate(hs, country, date);
        DutyAmount chosen = null;
        String chosenId = null;
        if (base == null) {
            if (hs != null) {
                issue(i, "NO_DUTY_RATE: no duty rate in pack " + pack.jurisdiction() + " for HS " + hs
                        + "; duty not determined");
            }
        } else {
            chosen = base.duty();
            chosenId = base.meta().id();
        }
        // origin duties
        int replaceLen = -1;
        // made only when a rule of that effect matches (most lines have none)
        List<RulePack.OriginDuty> adds = null;
        List<RulePack.OriginDuty> floors = null;
        boolean originIssue = false;
        for (RulePack.OriginDuty od : pack.originDuties()) {
            if (!od.appliesTo(country, date)) continue;
            int len = matchLength(od.hsPrefixes(), hs);
            if (len < 0) continue;
            CountryCode o = l.originCountry();
            if (o == null) {
                if (!originIssue) {
                    issue(i, ORIGIN_MISSING_TEXT);
                    originIssue = true;
                }
                if (trace != null) skipped(od, "line " + sku + " has no origin country", Map.of());
                continue;
            }
            if (!(od.allOrigins() || od.origins().contains(o)) || od.excludedOrigins().contains(o)) {
                continue;
            }
            if (!od.excludedHsPrefixes().isEmpty()) {
                if (hs == null) {
                    if (trace != null) skipped(od, "line " + sku + " has no HS code: whether the rule's excluded HS"
                            + " prefixes cover it is unknown", Map.of());
                    continue;
                }
                if (matchLength(od.excludedHsPrefixes(), hs) >= 0) {
                    if (trace != null) skipped(od, "line " + sku + " HS " + hs + " is excluded ("
                            + longestMatch(od.excludedHsPrefixes(), hs) + ")", Map.of());
                    continue;
                }
                String finer = finerThan(od.excludedHsPrefixes(), hs);
                if (finer != null) {
                    // e.g. HS 710691 declared at six digits against an exclusion of 7106.91.10: not guessed
                    if (trace != null) skipped(od, "line " + sku + " HS " + hs + " is too short to tell whether the"
                            + " excluded prefix " + finer + " covers it: the rule is not applied", Map.of());
                    continue;
                }
            }
            if (od.effect() == RulePack.Effect.TOP_UP_TO) {
                if (floors == null) floors = new ArrayList<>(1);
                floors.add(od);
            } else if (od.effect() == RulePack.Effect.REPLACE) {
                if (len > replaceLen) {
                    replaceLen = len;
                    chosen = od.duty();
                    chosenId = od.meta().id();
                }
            } else {
                if (adds == null) adds = new ArrayList<>(2);
                adds.add(od);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        if (chosen != null) {
            Map<String, String> fig = figures();
            BigDecimal d = dutyAmount(chosen, i, fig);
            total = total.add(d);
            Rule rule = replaceLen >= 0 ? find(pack.originDuties(), chosenId) : base;
            if (trace != null) applied(rule, "line " + sku + " HS " + hs + ": duty " + plain(d) + " " + q, fig);
            if (replaceLen >= 0 && base != null) {
                if (trace != null) skipped(base, "line " + sku + ": replaced by origin rate " + chosenId, Map.of());
            }
        }
        if (floors != null) {
            total = total.add(topUp(i, floors, chosen == null ? null : total));
        }
        for (RulePack.OriginDuty od : adds == null ? List.<RulePack.OriginDuty>of() : adds) {
            Map<String, String> fig = figures();
            BigDecimal d = dutyAmount(od.duty(), i, fig);
            total = total.add(d);
            if (trace != null) applied(od, "line " + sku + " origin " + l.originCountry() + ": additional duty " + plain(d) + " " + q,
                    fig);
        }
        return total;
    }

    /**
     * The top-up of line {@code i} to the highest of the matching {@code TOP_UP_TO} floors: {@code max(0, floor -
     * base)}, {@code base} being the line's duty before additions (null when no base rate is known: the floor is
     * then not applied, the line already reports {@code NO_DUTY_RATE} or {@code HS_CODE_MISSING}).
     */
    private BigDecimal topUp(int i, List<RulePack.OriginDuty> floors, BigDecimal base) {
        String sku = req.lines().get(i).sku().toString();
        if (base == null) {
            for (RulePack.OriginDuty od : floors) {
                if (trace != null) skipped(od, "line " + sku + ": no base duty rate, so the top-up to the floor is not"
                        + " determined", Map.of());
            }
            return BigDecimal.ZERO;
        }
        RulePack.OriginDuty best = null;
        BigDecimal bestFloor = null;
        for (RulePack.OriginDuty od : floors) {
            BigDecimal f = cv[i].multiply(od.duty().adValorem()).movePointLeft(2);
            if (bestFloor == null || f.compareTo(bestFloor) > 0) {
                best = od;
                bestFloor = f;
            }
        }
        BigDecimal top = bestFloor.subtract(base).max(BigDecimal.ZERO);
        if (trace != null) {
            Map<String, String> fig = figures();
            fig.put("customsValue", plain(cv[i]));
            fig.put("floor%", best.duty().adValorem().toPlainString());
            fig.put("floor", plain(bestFloor));
            fig.put("baseDuty", plain(base));
            fig.put("duty", plain(top));
            applied(best, "line " + sku + " origin " + req.lines().get(i).originCountry() + ": duty brought up to "
                    + best.duty().adValorem().toPlainString() + "% of the customs value: top-up " + plain(top) + " " + q
                    + (top.signum() == 0 ? " (the base duty is already at or above the floor)" : ""), fig);
            for (RulePack.OriginDuty od : floors) {
                if (od != best) skipped(od, "line " + sku + ": a higher floor applies (" + best.meta().id() + ")", Map.of());
            }
        }
        return top;
    }

    /** An excluded prefix longer than the line's HS code and starting with it (the code is too short), or null. */
    private static String finerThan(List<String> prefixes, String hs) {
        for (String p : prefixes) {
            if (p.length() > hs.length() && p.startsWith(hs)) return p;
        }
        return null;
    }

    private static String longestMatch(List<String> prefixes, String hs) {
        String best = "";
        for (String p : prefixes) {
            if (hs.startsWith(p) && p.length() > best.length()) best = p;
        }
        return best;
    }

    private static <T extends Rule> T find(List<T> rules, String id) {
        for (T t : rules) {
            if (t.meta().id().equals(id)) return t;
        }
        return null;
    }

    /** -1 if no prefix matches; 0 for "all goods"; else the matched prefix length. */
    private static int matchLength(List<String> prefixes, String hs) {
        if (prefixes.isEmpty()) return 0;
        if (hs == null) return -1;
        int best = -1;
        for (String p : prefixes) {
            if (hs.startsWith(p) && p.length() > best) best = p.length();
        }
        return best;
    }

    private BigDecimal dutyAmount(DutyAmount d, int i, Map<String, String> fig) {
        QuoteLine l = req.lines().get(i);
        BigDecimal amount = BigDecimal.ZERO;
        if (fig != null) fig.put("customsValue", plain(cv[i]));
        if (d.adValorem() != null) {
            amount = amount.add(cv[i].multiply(d.adValorem()).movePointLeft(2));
            if (fig != null) fig.put("adValorem%", d.adValorem().toPlainString());
        }
        if (d.specific() != null) {
            BigDecimal per = amountInQuote(d.specific().amount(), "specific duty");
            if (d.specific().per() == RulePack.Per.UNIT) {
                amount = amount.add(per.multiply(BigDecimal.valueOf(l.quantity())));
                if (fig != null) fig.put("specificPerUnit", plain(per));
            } else if (l.unitWeight() == null) {
                issue(i, "WEIGHT_MISSING: no unit weight; specific duty per kg not determined");
            } else {
                BigDecimal kg = l.unitWeight().kilograms().multiply(BigDecimal.valueOf(l.quantity()));
                amount = amount.add(per.multiply(kg));
                if (fig != null) fig.put("specificPerKg", plain(per));
                if (fig != null) fig.put("kg", kg.toPlainString());
            }
        }
        if (d.minimum() != null) {
            BigDecimal min = bound(d.minimum(), d.minimumPer(), l.quantity(), "duty minimum", "minimum", fig);
            if (amount.compareTo(min) < 0) {
                amount = min;
                if (fig != null) fig.put("minimum", plain(min));
            }
        }
        if (d.maximum() != null) {
            BigDecimal max = bound(d.maximum(), d.maximumPer(), l.quantity(), "duty maximum", "maximum", fig);
            if (amount.compareTo(max) > 0) {
                amount = max;
                if (fig != null) fig.put("maximum", plain(max));
            }
        }
        if (fig != null) fig.put("duty", plain(amount));
        return amount;
    }

    /**
     * A duty bound in the quote currency for a line: the amount itself ({@code LINE}) or the amount times the
     * line's quantity ({@code UNIT}; the figures then show the per-unit amount and the quantity).
     */
    private BigDecimal bound(javax.money.MonetaryAmount amount, RulePack.BoundPer per, int quantity, String what,
                             String name, Map<String, String> fig) {
        BigDecimal b = amountInQuote(amount, what);
        if (per == RulePack.BoundPer.UNIT) {
            if (fig != null) fig.put(name + "PerUnit", plain(b) + " x " + quantity);
            b = b.multiply(BigDecimal.valueOf(quantity));
        }
        return b;
    }

    private BigDecimal feeAmount(RulePack.Fee fee, Map<String, String> fig) {
        switch (fee.per()) {
            case PARCEL:
                return amountInQuote(fee.amount(), trace == null ? null : "fee " + fee.meta().id());
            case DECLARATION_LINE: {
                java.util.HashSet<String> codes = new java.util.HashSet<>();
                int count = 0;
                for (QuoteLine l : req.lines()) {
                    if (l.hsCode() == null || codes.add(l.hsCode().digits())) count++;
                }
                if (fig != null) fig.put("declarationLines", String.valueOf(count));
                return amountInQuote(fee.amount(), trace == null ? null : "fee " + fee.meta().id()).multiply(BigDecimal.valueOf(count));
            }
            case PERCENT: {
                BigDecimal v = sum(cv).multiply(fee.percent()).movePointLeft(2);
                if (fig != null) fig.put("customsValue", plain(sum(cv)));
                if (fig != null) fig.put("percent", fee.percent().toPlainString());
                if (fee.minimum() != null) v = v.max(amountInQuote(fee.minimum(), "fee minimum"));
                if (fee.maximum() != null) v = v.min(amountInQuote(fee.maximum(), "fee maximum"));
                return v;
            }
            default:
                throw new IllegalStateException(fee.per().name());
        }
    }

    private BigDecimal lineTax(int i, BigDecimal goodsValue, Set<TaxBaseItem> base, BigDecimal duty, BigDecimal fee,
                               String region) {
        QuoteLine l = req.lines().get(i);
        TaxCategory cat = l.taxCategory();
        RulePack.TaxRate rate = cp.regionalTaxRate(country, region, cat, date);
        if (rate == null) {
            rate = cp.taxRate(country, cat, date);
        }
        if (rate == null && cat != TaxCategory.STANDARD) {
            if (trace != null) note("tax-category", "line " + l.sku() + ": no " + cat + " rate for " + country + " on " + date
                    + "; the STANDARD rate applies");
            rate = cp.regionalTaxRate(country, region, TaxCategory.STANDARD, date);
            if (rate == null) {
                rate = cp.taxRate(country, TaxCategory.STANDARD, date);
            }
        }
        if (rate == null) {
            throw new NoApplicableRuleException("date", date, "no STANDARD tax rate of pack " + pack.jurisdiction()
                    + " for " + country + " is in force on " + date);
        }
        BigDecimal b = goodsValue;
        if (base.contains(TaxBaseItem.SHIPPING)) b = plus(b, ship[i]);
        if (base.contains(TaxBaseItem.INSURANCE)) b = plus(b, ins[i]);
        if (base.contains(TaxBaseItem.DUTY)) b = plus(b, duty);
        if (base.contains(TaxBaseItem.FEES)) b = plus(b, fee);
        BigDecimal t;
        if (valuation.taxInclusiveBase()) {
            BigDecimal denom = HUNDRED.subtract(rate.rate());
            t = denom.signum() <= 0 ? BigDecimal.ZERO : b.multiply(rate.rate()).divide(denom, MC);
        } else {
            t = b.multiply(rate.rate()).movePointLeft(2);
        }
        if (trace != null) {
            Map<String, String> fig = figures();
            if (fig != null) fig.put("base", plain(b));
            if (fig != null) fig.put("rate%", rate.rate().toPlainString());
            if (fig != null) fig.put("tax", plain(t));
            if (trace != null) applied(rate, "line " + l.sku() + " " + rate.category() + " " + rate.rate().toPlainString() + "% of "
                    + plain(b) + " " + q + " (goods + " + base + ")", fig);
        }
        return t;
    }

    // ---- value tests and conditions -------------------------------------------------------------

    /** The measured value converted into {@code t} at the rate date given. */
    private BigDecimal measuredIn(RulePack.Measure m, CurrencyUnit t, RulePack.RateDate rd) {
        BigDecimal value = measure(m);
        if (t.equals(r)) {
            return value;
        }
        return convert(value, r, t, rd, trace == null ? null : "value test " + m);
    }

    private boolean passes(ValueTest vt, Map<String, String> fig) {
        CurrencyUnit t = vt.max().getCurrency();
        BigDecimal inT = measuredIn(vt.measure(), t, vt.rateDate());
        BigDecimal max = decimal(vt.max());
        int c = inT.compareTo(max);
        boolean ok = vt.comparison().passes(c);
        if (fig != null) fig.put("measure", vt.measure().name());
        if (fig != null) fig.put("value", plain(inT) + " " + t);
        if (fig != null) fig.put("threshold", vt.comparison().symbol() + " " + plain(max) + " "
                + t);
        return ok;
    }

    /**
     * Line {@code i}'s value in its price currency: {@link QuoteLine#lineValue()}'s number, computed
     * once and, for a Moneta {@code Money} price, without making an amount.
     */
    private BigDecimal lineValue(int i) {
        if (lineValues == null) {
            lineValues = new BigDecimal[n];
        }
        BigDecimal v = lineValues[i];
        if (v == null) {
            QuoteLine l = req.lines().get(i);
            v = l.unitPrice() instanceof Money m
                    ? decimal(m).multiply(BigDecimal.valueOf(l.quantity()))
                    : decimal(l.lineValue());
            lineValues[i] = v;
        }
        return v;
    }

    /** The measured value in the request currency, from the request's own amounts. */
    private BigDecimal measure(RulePack.Measure m) {
        if (goodsR == null) {
            BigDecimal g = BigDecimal.ZERO;
            BigDecimal u = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                QuoteLine l = req.lines().get(i);
                g = g.add(lineValue(i));
                u = u.max(decimal(l.unitPrice()));
            }
            maxUnit = u;
            extras = decimal(req.shipping()).add(decimal(req.insurance()));
            goodsR = g;
        }
        return switch (m) {
            case INTRINSIC_VALUE -> goodsR;
            case CUSTOMS_VALUE -> {
                BigDecimal g = valuation.goodsValueFactor() == null ? goodsR : goodsR.multiply(valuation.goodsValueFactor());
                yield valuation.dutyBasis() == RulePack.DutyBasis.CIF ? g.add(extras) : g;
            }
            case GOODS_AND_SHIPPING -> goodsR.add(extras);
            case ITEM_VALUE -> maxUnit;
        };
    }

    private Tri holds(Condition c) {
        Tri whole = consignmentPart(c);
        if (whole == Tri.NO) return Tri.NO;
        boolean modeUnknown = whole == Tri.UNKNOWN;
        for (QuoteLine l : req.lines()) {
            if (!c.categoriesIn().isEmpty() && !c.categoriesIn().contains(l.taxCategory())) return Tri.NO;
            if (c.categoriesNotIn().contains(l.taxCategory())) return Tri.NO;
        }
        if (c.needsHsCode()) {
            boolean unknown = false;
            for (int i = 0; i < n; i++) {
                QuoteLine l = req.lines().get(i);
                if (l.hsCode() == null) {
                    unknown = true;
                    continue;
                }
                String hs = l.hsCode().digits();
                if (!c.hsPrefixesIn().isEmpty() && matchLength(c.hsPrefixesIn(), hs) < 0) return Tri.NO;
                if (!c.hsPrefixesNotIn().isEmpty() && matchLength(c.hsPrefixesNotIn(), hs) >= 0) return Tri.NO;
            }
            if (unknown) {
                for (int i = 0; i < n; i++) {
                    if (req.lines().get(i).hsCode() == null) {
                        issue(i, "HS_CODE_MISSING: no HS code; rules that depend on the HS code not applied");
                    }
                }
                return Tri.UNKNOWN;
            }
        }
        if (c.needsOrigin()) {
            boolean unknown = false;
            for (int i = 0; i < n; i++) {
                CountryCode o = req.lines().get(i).originCountry();
                if (o == null) {
                    unknown = true;
                    continue;
                }
                if (!c.originIn().isEmpty() && !c.originIn().contains(o)) return Tri.NO;
                if (c.originNotIn().contains(o)) return Tri.NO;
            }
            if (unknown) {
                for (int i = 0; i < n; i++) {
                    if (req.lines().get(i).originCountry() == null) {
                        issue(i, ORIGIN_MISSING_TEXT);
                    }
                }
                return Tri.UNKNOWN;
            }
        }
        if (modeUnknown) {
            transportModeMissing();
            return Tri.UNKNOWN;
        }
        return Tri.YES;
    }

    /** The trace reason for a condition that could not be decided: which request data is missing. */
    private String missingFor(Condition c) {
        List<String> missing = new ArrayList<>(3);
        boolean hs = false;
        boolean origin = false;
        for (QuoteLine l : req.lines()) {
            hs |= l.hsCode() == null;
            origin |= l.originCountry() == null;
        }
        if (c.needsHsCode() && hs) missing.add("HS code (on a line)");
        if (c.needsOrigin() && origin) missing.add("origin country (on a line)");
        if (c.needsTransportMode() && req.transportMode().isEmpty()) {
            missing.add("transport mode (the rule needs one of " + c.transportModes() + ")");
        }
        return "conditions depend on a missing " + String.join(" and ", missing);
    }

    private boolean holdsAny(Set<RegistrationScheme> schemes) {
        for (TaxRegistration reg : req.registrations()) {
            if (schemes.contains(reg.scheme())) return true;
        }
        return false;
    }

    private static String describe(Condition c) {
        StringBuilder sb = new StringBuilder();
        if (!c.registrations().isEmpty()) sb.append("registrations ").append(c.registrations()).append(' ');
        if (!c.channels().isEmpty()) sb.append("channels ").append(c.channels()).append(' ');
        if (!c.originIn().isEmpty()) sb.append("origin in ").append(c.originIn()).append(' ');
        if (!c.originNotIn().isEmpty()) sb.append("origin not in ").append(c.originNotIn()).append(' ');
        if (!c.shippedFrom().isEmpty()) sb.append("shipped from ").append(c.shippedFrom()).append(' ');
        if (!c.notShippedFrom().isEmpty()) sb.append("not shipped from ").append(c.notShippedFrom()).append(' ');
        if (!c.incoterms().isEmpty()) sb.append("incoterms ").append(c.incoterms()).append(' ');
        if (!c.hsPrefixesIn().isEmpty()) sb.append("HS in ").append(c.hsPrefixesIn()).append(' ');
        if (!c.hsPrefixesNotIn().isEmpty()) sb.append("HS not in ").append(c.hsPrefixesNotIn()).append(' ');
        if (!c.categoriesIn().isEmpty()) sb.append("categories in ").append(c.categoriesIn()).append(' ');
        if (!c.categoriesNotIn().isEmpty()) sb.append("categories not in ").append(c.categoriesNotIn()).append(' ');
        if (!c.transportModes().isEmpty()) sb.append("transport modes ").append(c.transportModes()).append(' ');
        return sb.length() == 0 ? "none" : sb.toString().strip();
    }

    // ---- money ----------------------------------------------------------------------------------

    LocalDate rateDate(RulePack.RateDate rd) {
        if (rateDates == null) {
            rateDates = cp.rateDates(date);
        }
        return rateDates[rd.ordinal()];
    }

    /** The rate date of every rule for a quote dated {@code date}, by {@link RulePack.RateDate#ordinal()}. */
    static LocalDate[] rateDatesOf(LocalDate date) {
        RulePack.RateDate[] rules = RulePack.RateDate.values();
        LocalDate[] dates = new LocalDate[rules.length];
        for (RulePack.RateDate rd : rules) {
            dates[rd.ordinal()] = computeRateDate(rd, date);
        }
        return dates;
    }

    private static LocalDate computeRateDate(RulePack.RateDate rd, LocalDate date) {
        return switch (rd) {
            case SAME_DAY -> date;
            case PREVIOUS_MONTH_PENULTIMATE_WEDNESDAY -> date.minusMonths(1)
                    .with(TemporalAdjusters.lastInMonth(DayOfWeek.WEDNESDAY)).minusWeeks(1);
            case PREVIOUS_YEAR_OCTOBER_FIRST_WORKING_DAY -> {
                LocalDate d = LocalDate.of(date.getYear() - 1, 10, 1);
                while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    d = d.plusDays(1);
                }
                yield d;
            }
            // the Monday of the averaged week (the conversion itself uses the mean, see meanRate)
            case AVERAGE_OF_PREVIOUS_WEEK, AVERAGE_OF_WEEK_BEFORE_LAST -> averagedWeek(rd, date).plusDays(1);
        };
    }

    /** Weeks back of a weekly-average rule, else 0. */
    private static int weeksBack(RulePack.RateDate rd) {
        return switch (rd) {
            case AVERAGE_OF_PREVIOUS_WEEK -> 1;
            case AVERAGE_OF_WEEK_BEFORE_LAST -> 2;
            default -> 0;
        };
    }

    /** The Sunday that starts the week averaged by {@code rd} (weeks run Sunday to Saturday). */
    private static LocalDate averagedWeek(RulePack.RateDate rd, LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusWeeks(weeksBack(rd));
    }

    /** A weekly mean rate: units of {@code to} per unit of {@code from}, with the daily rates it averages. */
    private record MeanRate(CurrencyUnit from, CurrencyUnit to, RulePack.RateDate rule, BigDecimal rate,
                            LocalDate weekStart, LocalDate[] dates, BigDecimal[] dailyRates, String source) {
    }

    /**
     * {@code value} converted at the rate rule {@code rule}: a weekly mean for the {@code AVERAGE_OF_...} rules,
     * else the rate of the rule's date.
     */
    private BigDecimal convert(BigDecimal value, CurrencyUnit from, CurrencyUnit target, RulePack.RateDate rule,
                               String what) {
        if (weeksBack(rule) == 0) {
            return convert(value, from, target, rateDate(rule), what);
        }
        MeanRate m = meanRate(from, target, rule);
        RoundingMode mode = rates != null ? rates.roundingMode() : Amounts.DEFAULT_ROUNDING;
        BigDecimal result = value.multiply(m.rate()).setScale(Math.max(0, target.getDefaultFractionDigits()), mode);
        if (trace != null) {
            Map<String, String> fig = new LinkedHashMap<>();
            fig.put("amount", plain(value) + " " + from);
            fig.put("result", plain(result) + " " + target);
            fig.put("rate", m.rate().toPlainString());
            fig.put("rule", rule.name());
            fig.put("requestedDate", date.toString());
            fig.put("week", m.weekStart() + ".." + m.weekStart().plusDays(6));
            StringBuilder ds = new StringBuilder();
            StringBuilder rs = new StringBuilder();
            for (int i = 0; i < m.dates().length; i++) {
                if (i > 0) {
                    ds.append(", ");
                    rs.append(", ");
                }
                ds.append(m.dates()[i]);
                rs.append(m.dailyRates()[i].toPlainString());
            }
            fig.put("rateDates", ds.toString());
            fig.put("dailyRates", rs.toString());
            fig.put("rateDate", m.dates()[m.dates().length - 1].toString());
            trace.add(new Explanation("conversion", Explanation.Kind.CONVERSION, "converted " + what
                    + " at the mean of " + m.dates().length + " daily rate(s) of the week " + m.weekStart() + ".."
                    + m.weekStart().plusDays(6) + " (" + rule + ")", fig, m.source()));
        }
        return result;
    }

    /**
     * The mean of the daily rates of Monday to Friday of the averaged week, found once per quote, pair and rule.
     * Each day is asked of the converter; a day it cannot answer is skipped, and each published rate counts
     * once (by its rate date), so a holiday answered with the previous day's rate adds nothing. Rates dated
     * inside the week are used; only when none is, the (single) earlier rate the converter gives for the week's
     * days is used, as for any other rate date within the converter's staleness bound.
     *
     * @throws ConversionUnavailableException naming the pair and the week if no day of the week has a rate
     */
    private MeanRate meanRate(CurrencyUnit from, CurrencyUnit to, RulePack.RateDate rule) {
        for (int i = 0; i < cachedMeans; i++) {
            MeanRate m = meanRates[i];
            if (m.rule() == rule && m.from().equals(from) && m.to().equals(to)) {
                return m;
            }
        }
        LocalDate sunday = averagedWeek(rule, date);
        LocalDate[] dates = new LocalDate[5];
        BigDecimal[] values = new BigDecimal[5];
        String[] sources = new String[5];
        int found = 0;
        ConversionUnavailableException last = null;
        for (int d = 1; d <= 5; d++) {
            LocalDate day = sunday.plusDays(d);
            LocalDate rd;
            BigDecimal rate;
            String src;
            try {
                if (rates != null) {
                    DatedRate dr = rates.rate(from, to, day);
                    rd = dr.rateDate();
                    rate = dr.rate();
                    src = dr.source();
                } else {
                    Conversion c = ask(Money.of(BigDecimal.ONE, from), to, day);
                    rd = c.rateDate();
                    rate = c.rate();
                    src = c.rateSource();
                }
            } catch (ConversionUnavailableException e) {
                last = e;
                continue;
            }
            boolean seen = false;
            for (int k = 0; k < found; k++) {
                seen |= dates[k].equals(rd);
            }
            if (!seen) {
                dates[found] = rd;
                values[found] = rate;
                sources[found] = src;
                found++;
            }
        }
        int inWeek = 0;
        for (int k = 0; k < found; k++) {
            if (!dates[k].isBefore(sunday)) {
                inWeek++;
            }
        }
        int used = 0;
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder source = new StringBuilder();
        for (int k = 0; k < found; k++) {
            if (inWeek > 0 && dates[k].isBefore(sunday)) {
                continue;
            }
            dates[used] = dates[k];
            values[used] = values[k];
            sum = sum.add(values[k]);
            if (source.indexOf(sources[k]) < 0) {
                source.append(source.length() == 0 ? "" : "; ").append(sources[k]);
            }
            used++;
        }
        if (used == 0) {
            String pair = from.getCurrencyCode() + "->" + to.getCurrencyCode();
            throw new ConversionUnavailableException("date", date + " (" + pair + ")", "No exchange rate " + pair
                    + " for any day of " + sunday.plusDays(1) + ".." + sunday.plusDays(5) + ", the week averaged by "
                    + rule + " for " + date + (last == null ? "" : ": " + last.getMessage()));
        }
        MeanRate m = new MeanRate(from, to, rule, sum.divide(BigDecimal.valueOf(used), MC), sunday,
                java.util.Arrays.copyOf(dates, used), java.util.Arrays.copyOf(values, used), source.toString());
        if (meanRates == null) {
            meanRates = new MeanRate[2];
        } else if (cachedMeans == meanRates.length) {
            meanRates = java.util.Arrays.copyOf(meanRates, cachedMeans * 2);
        }
        meanRates[cachedMeans++] = m;
        return m;
    }

    /** The host converter's answer; a null answer (a broken converter) is a typed error, not an NPE later. */
    private Conversion ask(MonetaryAmount a, CurrencyUnit target, LocalDate date) {
        Conversion c = converter.convert(a, target, date);
        if (c == null) {
            throw new ConversionUnavailableException("converter", converter.getClass().getName(),
                    "the CurrencyConverter returned null for " + a.getCurrency().getCurrencyCode() + "->"
                            + target.getCurrencyCode() + " on " + date
                            + "; it must return a Conversion or throw ConversionUnavailableException");
        }
        return c;
    }

    private BigDecimal toQuoteCurrency(MonetaryAmount a, RulePack.RateDate rule, String what) {
        if (a.getCurrency().equals(q)) return decimal(a);
        if (a.isZero()) return BigDecimal.ZERO;
        return convert(decimal(a), a.getCurrency(), q, rule, what);
    }

    /** A rule's amount in the quote currency, at the pack's amounts rate date. */
    private BigDecimal amountInQuote(MonetaryAmount a, String what) {
        return toQuoteCurrency(a, amountsRule == null ? pack.conversion().amounts() : amountsRule, what);
    }

    /**
     * {@code value} (in {@code from}) converted into {@code target}: with {@link ExchangeRates} the
     * pair's rate is fetched once per quote and applied by arithmetic (the same number as
     * {@code convert} gives); any other converter is asked per amount.
     */
    private BigDecimal convert(BigDecimal value, CurrencyUnit from, CurrencyUnit target, LocalDate rateDate,
                               String what) {
        if (rates == null) {
            MonetaryAmount a = Money.of(value, from);
            Conversion c = ask(a, target, rateDate);
            if (trace != null) {
                traceConversion(value, from, decimal(c.result()), target, c.rate().toPlainString(), c.requestedDate(),
                        c.rateDate(),
                        c.rateSource(), what);
            }
            return decimal(c.result());
        }
        int k = rateIndex(from, target, rateDate);
        DatedRate rate = rateCache[k];
        BigDecimal result = rate.convert(value);
        if (trace != null) {
            if (rateTexts == null || rateTexts.length < rateCache.length) {
                rateTexts = rateTexts == null ? new String[rateCache.length] : java.util.Arrays.copyOf(rateTexts,
                        rateCache.length);
            }
            if (rateTexts[k] == null) {
                rateTexts[k] = rate.rate().toPlainString();
            }
            traceConversion(value, from, result, target, rateTexts[k], rate.requestedDate(), rate.rateDate(),
                    rate.source(), what);
        }
        return result;
    }

    /** Where the rate of the pair on the date is in this quote's small cache (a quote needs a handful). */
    private int rateIndex(CurrencyUnit from, CurrencyUnit to, LocalDate d) {
        for (int i = 0; i < cachedRates; i++) {
            DatedRate c = rateCache[i];
            if (c.requestedDate().equals(d) && c.from().equals(from) && c.to().equals(to)) {
                return i;
            }
        }
        DatedRate fresh = rates.rate(from, to, d);
        if (rateCache == null) {
            rateCache = new DatedRate[4];
        } else if (cachedRates == rateCache.length) {
            rateCache = java.util.Arrays.copyOf(rateCache, cachedRates * 2);
        }
        rateCache[cachedRates] = fresh;
        return cachedRates++;
    }

    private void traceConversion(BigDecimal value, CurrencyUnit from, BigDecimal result, CurrencyUnit target,
                                 String rate, LocalDate requested, LocalDate rateDate, String source, String what) {
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("amount", plain(value) + " " + from);
        fig.put("result", plain(result) + " " + target);
        fig.put("rate", rate);
        fig.put("requestedDate", requested.toString());
        fig.put("rateDate", rateDate.toString());
        trace.add(new Explanation("conversion", Explanation.Kind.CONVERSION, "converted " + what + " at the rate of "
                + rateDate, fig, source));
    }

    private static BigDecimal decimal(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    private MonetaryAmount money(BigDecimal v) {
        BigDecimal r = shown(v);
        return r.signum() == 0 ? cp.zero(q) : Money.of(r, q);
    }

    private BigDecimal shown(BigDecimal v) {
        return v.setScale(scale, roundingMode);
    }

    /** A map for a rule's figures when the trace is on, else null (nothing is formatted). */
    private Map<String, String> figures() {
        return trace != null ? new LinkedHashMap<>() : null;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[n];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    /** {@code a + b}, skipping the addition of a zero (same value; only the scale may differ, and every figure is rounded or stripped before it leaves). */
    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? a : a.add(b);
    }

    private static BigDecimal sum(BigDecimal[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal x : v) s = s.add(x);
        return s;
    }

    /** Rounds per line, or rounds the total and splits it back keeping the exact sum. */
    private BigDecimal[] round(BigDecimal[] raw) {
        BigDecimal[] out = new BigDecimal[n];
        if (!consignmentRounding) {
            for (int i = 0; i < n; i++) out[i] = raw[i].setScale(scale, roundingMode);
            return out;
        }
        BigDecimal total = sum(raw).setScale(scale, roundingMode);
        return split(total, raw);
    }

    /** Spreads {@code amount} (at quote scale) over lines in proportion to {@code weights}, exact sum. */
    private BigDecimal[] allocate(BigDecimal amount, BigDecimal[] weights) {
        return allocate(amount, weights, scale);
    }

    /** {@link #allocate(BigDecimal, BigDecimal[])} at {@code scale}: in minor units when exact, else in decimals. */
    static BigDecimal[] allocate(BigDecimal amount, BigDecimal[] weights, int scale) {
        int n = weights.length;
        if (amount.signum() == 0) {
            // every share of zero is zero at the quote scale: what the split below gives, without dividing
            BigDecimal[] out = new BigDecimal[n];
            java.util.Arrays.fill(out, BigDecimal.ZERO.setScale(scale));
            return out;
        }
        BigDecimal[] exact = allocateMinor(amount, weights, scale);
        if (exact != null) {
            return exact;
        }
        return allocateDecimal(amount, weights, scale);
    }

    /** The decimal path of {@link #allocate}: shares to 34 digits, then {@link #split}. */
    static BigDecimal[] allocateDecimal(BigDecimal amount, BigDecimal[] weights, int scale) {
        int n = weights.length;
        BigDecimal total = sum(weights);
        BigDecimal[] raw = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            raw[i] = total.signum() == 0 ? amount.divide(BigDecimal.valueOf(n), MC)
                    : amount.multiply(weights[i]).divide(total, MC);
        }
        return split(amount.setScale(scale, RoundingMode.HALF_UP), raw, scale);
    }

    private static final long MINOR_LIMIT = 1L << 31;

    /**
     * {@link #allocate} in whole minor units, when the amount and every weight are whole minor units
     * of the quote currency, non-negative, below 2^31 minor units, with a positive total; else null.
     * Same result: the shares {@code amount * w / total} are floored exactly and the remaining units go
     * to the largest exact remainders (first line on a tie). The decimal path rounds each share to 34
     * digits first, an error below 1e-18 minor units, while distinct exact shares and remainders lie at
     * least {@code 1 / total} (> 1e-10) apart and from the unit boundaries: the floors and the order of
     * distinct remainders are the same. Equal non-zero remainders (a tie the decimal path breaks by its
     * rounding of each share) and more than 64 lines go the decimal way.
     */
    static BigDecimal[] allocateMinor(BigDecimal amount, BigDecimal[] weights, int scale) {
        int n = weights.length;
        long a = minor(amount, scale);
        if (a < 0) {
            return null;
        }
        long[] w = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = minor(weights[i], scale);
            if (w[i] < 0) {
                return null;
            }
            total += w[i];
        }
        if (total == 0 || n > 64) {
            return null;
        }
        long[] share = new long[n];
        long[] rest = new long[n];
        long floored = 0;
        for (int i = 0; i < n; i++) {
            long p = a * w[i];
            share[i] = p / total;
            rest[i] = p % total;
            floored += share[i];
        }
        // the decimal path breaks ties of equal remainders by its rounding of each share: leave ties to it
        for (int i = 0; i < n; i++) {
            if (rest[i] == 0) continue;
            for (int j = i + 1; j < n; j++) {
                if (rest[i] == rest[j]) return null;
            }
        }
        for (long units = a - floored; units > 0; units--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (rest[i] > rest[best]) best = i;
            }
            share[best]++;
            rest[best] -= total;
        }
        BigDecimal[] out = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            out[i] = BigDecimal.valueOf(share[i], scale);
        }
        return out;
    }

    /** {@code v} in minor units of the quote currency if whole, non-negative and below 2^31, else -1. */
    private static long minor(BigDecimal v, int scale) {
        if (v.signum() < 0) {
            return -1;
        }
        if (v.signum() == 0) {
            return 0;
        }
        int shift = scale - v.scale();
        if (shift < 0 || v.precision() > 18) {
            BigDecimal m = v.movePointRight(scale);
            if (m.signum() == 0 || m.scale() > 0 && m.stripTrailingZeros().scale() > 0) {
                return -1;
            }
            BigDecimal whole = m.stripTrailingZeros();
            if (whole.compareTo(BigDecimal.valueOf(MINOR_LIMIT)) >= 0) {
                return -1;
            }
            return whole.longValueExact();
        }
        if (v.precision() + shift > 12) {
            return -1;
        }
        long u = v.unscaledValue().longValue();
        for (int i = 0; i < shift; i++) {
            u *= 10;
        }
        return u < MINOR_LIMIT ? u : -1;
    }

    /** Floors each share to the scale and hands the remaining minor units to the largest remainders. */
    private BigDecimal[] split(BigDecimal total, BigDecimal[] raw) {
        return split(total, raw, scale);
    }

    private static BigDecimal[] split(BigDecimal total, BigDecimal[] raw, int scale) {
        int n = raw.length;
        BigDecimal[] out = new BigDecimal[n];
        BigDecimal[] rest = new BigDecimal[n];
        BigDecimal floored = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            out[i] = raw[i].setScale(scale, RoundingMode.DOWN);
            rest[i] = raw[i].subtract(out[i]);
            floored = floored.add(out[i]);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        long units = total.subtract(floored).movePointRight(scale).longValue();
        while (units > 0) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (rest[i].compareTo(rest[best]) > 0) best = i;
            }
            out[best] = out[best].add(unit);
            rest[best] = rest[best].subtract(unit);
            units--;
        }
        while (units < 0) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (out[i].compareTo(out[best]) > 0) best = i;
            }
            out[best] = out[best].subtract(unit);
            units++;
        }
        return out;
    }

    // ---- trace ----------------------------------------------------------------------------------

    /** One text for a missing origin, whichever rule met it first (a line carries each issue once). */
    private static final String ORIGIN_MISSING_TEXT =
            "ORIGIN_MISSING: no origin country; origin-dependent rules and duties not applied";

    private void issue(int i, String text) {
        if (issues == null) {
            issues = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                issues.add(new ArrayList<>());
            }
        }
        List<String> l = issues.get(i);
        if (!l.contains(text)) l.add(text);
    }

    private List<String> issuesOf(int i) {
        return issues == null ? List.of() : issues.get(i);
    }

    private void applied(Rule rule, String reason, Map<String, String> fig) {
        if (trace != null) {
            trace.add(new Explanation(rule.meta().id(), Explanation.Kind.APPLIED, withNote(rule, reason), fig,
                    cp.cite(rule.meta())));
        }
    }

    private void skipped(Rule rule, String reason, Map<String, String> fig) {
        if (trace != null) {
            trace.add(new Explanation(rule.meta().id(), Explanation.Kind.SKIPPED, withNote(rule, reason), fig,
                    cp.cite(rule.meta())));
        }
    }

    private void note(String id, String reason) {
        if (trace != null) {
            trace.add(new Explanation(id, Explanation.Kind.NOTE, reason, Map.of(), ""));
        }
    }

    private static String withNote(Rule rule, String reason) {
        return rule.meta().note().isEmpty() ? reason : reason + " (" + rule.meta().note() + ")";
    }
}
