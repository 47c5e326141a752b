package dev.xborder.tax.engine;

import dev.xborder.core.NoApplicableRuleException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.geo.FiscalTerritory;
import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.FeeLine;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.QuoteTotals;
import dev.xborder.core.money.Conversion;
import dev.xborder.core.money.CurrencyConverter;
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
    private final CountryCode country;
    private final LocalDate date;
    private final CurrencyUnit q;
    private final CurrencyUnit r;
    private final int scale;
    private final int n;
    private final List<Explanation> trace;
    private final List<List<String>> issues = new ArrayList<>();
    private final FiscalTerritory addressTerritory;
    private final String normalisedPostalCode;

    private RulePack.Valuation valuation;
    private RoundingMode roundingMode;
    private boolean consignmentRounding;
    private LocalDate amountsDate;
    private BigDecimal[] goods;
    private BigDecimal[] ship;
    private BigDecimal[] ins;
    private BigDecimal[] cv;
    private BigDecimal shipping;
    private BigDecimal insurance;

    Quoting(CompiledPack cp, RulePack.Destination destination, QuoteRequest req, CurrencyConverter converter,
            FiscalTerritory addressTerritory, String via) {
        this.cp = cp;
        this.pack = cp.pack;
        this.req = req;
        this.converter = converter;
        this.country = destination.country();
        this.date = req.date();
        this.q = destination.currency();
        this.r = req.currency();
        this.scale = Math.max(0, q.getDefaultFractionDigits());
        this.n = req.lines().size();
        this.trace = req.explain() ? new ArrayList<>() : null;
        for (int i = 0; i < n; i++) {
            issues.add(new ArrayList<>());
        }
        this.addressTerritory = addressTerritory;
        this.normalisedPostalCode = normalise(req.destination().postalCode());
        if (via != null) {
            note("territory", via);
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
        applied(valuation, "duty basis " + valuation.dutyBasis() + ", tax base goods + " + valuation.taxBase(),
                Map.of());
        applied(rounding, "rounding " + rounding.scope() + " " + rounding.mode() + " to " + scale + " decimals",
                Map.of());

        // 1. amounts in the quote currency, shipping and insurance spread over lines by value
        amountsDate = rateDate(pack.conversion().amounts());
        goods = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            goods[i] = toQuoteCurrency(req.lines().get(i).lineValue(), amountsDate, "lines[" + i + "] value");
        }
        shipping = toQuoteCurrency(req.shipping(), amountsDate, "shipping");
        insurance = toQuoteCurrency(req.insurance(), amountsDate, "insurance");
        ship = allocate(shipping, goods);
        ins = allocate(insurance, goods);
        cv = new BigDecimal[n];
        boolean cif = valuation.dutyBasis() == RulePack.DutyBasis.CIF;
        for (int i = 0; i < n; i++) {
            cv[i] = cif ? goods[i].add(ship[i]).add(ins[i]) : goods[i];
        }

        // 2. special territory, region
        RulePack.Territory territory = territory();
        String region = outsideTaxAreaOf(territory) ? null : region();
        boolean outsideTax = territory != null && territory.outsideTaxArea();
        boolean outsideCustoms = territory != null && territory.outsideCustomsTerritory();

        // 3. regime
        String regimeName = "STANDARD_IMPORT";
        RulePack.Regime regime = null;
        Collector checkoutCollector = null;
        if (outsideTax) {
            regimeName = "TERRITORY_OUTSIDE_TAX_AREA";
        } else {
            for (RulePack.Regime rg : pack.regimes()) {
                if (!rg.appliesTo(country, date)) continue;
                Map<String, String> fig = new LinkedHashMap<>();
                if (rg.valueTest() == null) {
                    fig.put("threshold", "none (no value limit)");
                } else if (!passes(rg.valueTest(), fig)) {
                    skipped(rg, "consignment value above the regime threshold", fig);
                    continue;
                }
                Tri w = holds(rg.when());
                if (w != Tri.YES) {
                    skipped(rg, w == Tri.UNKNOWN ? "conditions depend on a missing origin country or HS code"
                            : "conditions not met (" + describe(rg.when()) + ")", fig);
                    continue;
                }
                RulePack.Checkout co = rg.checkout();
                String why;
                if (co.channels().contains(req.channel())) {
                    checkoutCollector = Collector.MARKETPLACE;
                    why = "sold on " + req.channel() + ": the marketplace is the deemed supplier and collects at checkout";
                } else if (holdsAny(co.registrations())) {
                    checkoutCollector = Collector.SELLER;
                    why = "seller holds a " + co.registrations() + " registration and collects at checkout";
                } else if (co.mandatory()) {
                    checkoutCollector = Collector.SELLER;
                    why = "seller is liable to charge the tax at the point of sale (must register under "
                            + co.registrations() + ")";
                } else {
                    skipped(rg, "value within threshold but the seller holds none of " + co.registrations()
                            + " and the channel is not " + co.channels() + ": tax is due at import", fig);
                    continue;
                }
                regime = rg;
                regimeName = rg.name();
                applied(rg, why, fig);
                break;
            }
        }

        // 4. duty
        BigDecimal[] dutyRaw = zeros();
        boolean dutyRelieved = false;
        boolean dutyAtCheckout = regime != null && regime.checkout().dutyAtCheckout();
        RulePack.BandedRate banded = null;
        if (outsideCustoms) {
            note("territory", "destination is outside the customs territory of " + pack.jurisdiction()
                    + ": no duty from this pack");
        } else {
            banded = bandedRate(dutyRaw);
            if (banded != null && regime == null && !outsideTax && banded.name() != null) {
                regimeName = banded.name();
            }
            for (RulePack.Relief rel : banded != null ? List.<RulePack.Relief>of() : pack.dutyDeMinimis()) {
                if (!rel.appliesTo(country, date) || rel.minimumCharge() != null) continue;
                if (rel.importOnly() && dutyAtCheckout) {
                    skipped(rel, "relief applies only to duty collected at import; regime " + regime.name()
                            + " collects duty at checkout", Map.of());
                    continue;
                }
                if (reliefApplies(rel)) {
                    dutyRelieved = true;
                    break;
                }
            }
            if (!dutyRelieved && banded == null) {
                RulePack.FlatDuty flat = null;
                for (RulePack.FlatDuty f : pack.flatDuties()) {
                    if (!f.appliesTo(country, date)) continue;
                    Map<String, String> fig = new LinkedHashMap<>();
                    if (!passes(f.valueTest(), fig)) {
                        skipped(f, "consignment value above the flat-duty threshold", fig);
                        continue;
                    }
                    Tri w = holds(f.when());
                    if (w != Tri.YES) {
                        skipped(f, w == Tri.UNKNOWN ? "conditions depend on a missing origin country"
                                : "conditions not met (scope " + describe(f.when()) + ")", fig);
                        continue;
                    }
                    flat = f;
                    flatDuty(f, dutyRaw, fig);
                    break;
                }
                if (flat == null) {
                    for (int i = 0; i < n; i++) {
                        dutyRaw[i] = lineDuty(i);
                    }
                }
            }
        }
        BigDecimal[] duty = round(dutyRaw);
        BigDecimal dutyTotal = sum(duty);
        if (dutyTotal.signum() > 0) {
            for (RulePack.Relief rel : pack.dutyDeMinimis()) {
                if (!rel.appliesTo(country, date) || rel.minimumCharge() == null) continue;
                if (rel.importOnly() && dutyAtCheckout) {
                    skipped(rel, "relief applies only to duty collected at import; regime " + regime.name()
                            + " collects duty at checkout", Map.of());
                    continue;
                }
                BigDecimal min = amountInQuote(rel.minimumCharge(), "minimumCharge of " + rel.meta().id());
                if (dutyTotal.compareTo(min) <= 0) {
                    applied(rel, "duty " + plain(dutyTotal) + " " + q + " at or below " + plain(min)
                            + ": not levied", Map.of("duty", plain(dutyTotal), "minimumCharge", plain(min)));
                    duty = zeros();
                    dutyTotal = BigDecimal.ZERO;
                    break;
                }
            }
        }

        // 5. fees
        List<FeeLine> feeLines = new ArrayList<>();
        BigDecimal feeTotal = BigDecimal.ZERO;
        if (!outsideCustoms) {
            for (RulePack.Fee fee : pack.fees()) {
                if (!fee.appliesTo(country, date)) continue;
                Map<String, String> fig = new LinkedHashMap<>();
                if (fee.valueTest() != null && !passes(fee.valueTest(), fig)) {
                    skipped(fee, "consignment value outside the fee's value test", fig);
                    continue;
                }
                Tri w = holds(fee.when());
                if (w != Tri.YES) {
                    skipped(fee, "conditions not met", fig);
                    continue;
                }
                BigDecimal amount = feeAmount(fee, fig).setScale(scale, roundingMode);
                if (amount.signum() > 0) {
                    feeLines.add(new FeeLine(fee.meta().id(), fee.name(), Money.of(amount, q)));
                    feeTotal = feeTotal.add(amount);
                }
                fig.put("fee", plain(amount));
                applied(fee, fee.name() + ": " + plain(amount) + " " + q, fig);
            }
        }
        BigDecimal[] feeAlloc = allocate(feeTotal, cv);

        // 6. tax
        Set<TaxBaseItem> base = regime != null && regime.taxBase() != null ? regime.taxBase() : valuation.taxBase();
        BigDecimal[] taxRaw = zeros();
        boolean taxRelieved = false;
        boolean globalRate = banded != null && banded.replaces() == RulePack.Replaces.DUTY_AND_TAX;
        if (outsideTax) {
            note(territory.meta().id(), "destination " + territory.name() + " is outside the " + pack.jurisdiction()
                    + " VAT/GST area: no tax from this pack; the territory's own indirect tax ("
                    + (territory.localTax() == null ? "if any" : territory.localTax()) + ") is not modelled");
        } else if (globalRate) {
            note(banded.meta().id(), "the global rate of " + banded.meta().id()
                    + " covers duty and tax; it is reported as duty and no separate tax is charged");
        } else {
            for (RulePack.Relief rel : pack.taxDeMinimis()) {
                if (!rel.appliesTo(country, date) || rel.minimumCharge() != null) continue;
                if (rel.importOnly() && regime != null) {
                    skipped(rel, "relief applies only to tax collected at import; regime " + regime.name()
                            + " collects the tax at checkout", Map.of());
                    continue;
                }
                if (reliefApplies(rel)) {
                    taxRelieved = true;
                    break;
                }
            }
            if (!taxRelieved) {
                for (int i = 0; i < n; i++) {
                    taxRaw[i] = lineTax(i, base, duty[i], feeAlloc[i], region);
                }
            }
        }
        BigDecimal[] tax = round(taxRaw);
        BigDecimal taxTotal = sum(tax);
        if (taxTotal.signum() > 0) {
            for (RulePack.Relief rel : pack.taxDeMinimis()) {
                if (!rel.appliesTo(country, date) || rel.minimumCharge() == null) continue;
                if (rel.importOnly() && regime != null) {
                    skipped(rel, "relief applies only to tax collected at import; regime " + regime.name()
                            + " collects the tax at checkout", Map.of());
                    continue;
                }
                BigDecimal min = amountInQuote(rel.minimumCharge(), "minimumCharge of " + rel.meta().id());
                if (taxTotal.compareTo(min) <= 0) {
                    applied(rel, "tax " + plain(taxTotal) + " " + q + " at or below " + plain(min)
                            + ": not levied", Map.of("tax", plain(taxTotal), "minimumCharge", plain(min)));
                    tax = zeros();
                    taxTotal = BigDecimal.ZERO;
                    break;
                }
            }
        }

        // 7. collection
        boolean ddp = req.incoterm() == Incoterm.DDP;
        Collector importCollector = ddp ? Collector.SELLER : Collector.BUYER;
        CollectionPoint importPoint = ddp ? CollectionPoint.PREPAID_BY_SELLER : CollectionPoint.AT_IMPORT;
        Collector taxC;
        CollectionPoint taxP;
        if (taxTotal.signum() == 0) {
            taxC = Collector.NONE;
            taxP = CollectionPoint.NOT_DUE;
        } else if (regime != null) {
            taxC = checkoutCollector;
            taxP = CollectionPoint.AT_CHECKOUT;
        } else {
            taxC = importCollector;
            taxP = importPoint;
        }
        Collector dutyC;
        CollectionPoint dutyP;
        if (dutyTotal.add(feeTotal).signum() == 0) {
            dutyC = Collector.NONE;
            dutyP = CollectionPoint.NOT_DUE;
        } else if (regime != null && regime.checkout().dutyAtCheckout()) {
            dutyC = checkoutCollector;
            dutyP = CollectionPoint.AT_CHECKOUT;
        } else if (regime != null && regime.checkout().dutyPaidBySeller()) {
            dutyC = Collector.SELLER;
            dutyP = CollectionPoint.PREPAID_BY_SELLER;
        } else {
            dutyC = importCollector;
            dutyP = importPoint;
        }

        // 8. result
        List<LineResult> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            QuoteLine l = req.lines().get(i);
            lines.add(new LineResult(l.sku(), money(cv[i].setScale(scale, roundingMode)), money(duty[i]),
                    money(tax[i]), issues.get(i)));
        }
        BigDecimal goodsTotal = sum(goods);
        // the sum of the parts as shown (each rounded), so that the totals add up to the cent even
        // when request amounts carry more decimals than the currency has
        BigDecimal landed = shown(goodsTotal).add(shown(shipping)).add(shown(insurance)).add(shown(dutyTotal))
                .add(shown(taxTotal)).add(shown(feeTotal));
        QuoteTotals totals = new QuoteTotals(money(goodsTotal), money(shipping), money(insurance), money(dutyTotal),
                money(taxTotal), money(feeTotal), money(landed));
        return new LandedCostQuote(q, regimeName, new Collection(taxC, taxP, dutyC, dutyP), lines, totals, trace,
                feeLines);
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
        for (RulePack.Territory t : pack.territories()) {
            if (!t.appliesTo(country, date)) continue;
            boolean match = t.fiscalTerritory() != null ? t.fiscalTerritory() == addressTerritory
                    : normalisedPostalCode != null && t.matches(normalisedPostalCode);
            if (match) {
                applied(t, (t.fiscalTerritory() != null ? "address in " + t.fiscalTerritory().description()
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
                applied(rg, "postal code " + req.destination().postalCode() + " lies in " + rg.name() + " ("
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
                    applied(rg, "no postal code; the address's region " + given + " names " + rg.name(),
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
        note("region", "postal code " + req.destination().postalCode() + " lies in no region with its own rates:"
                + " national rates apply");
        return null;
    }

    /** The first banded rate that applies: fills the per-line duty and returns it, else null. */
    private RulePack.BandedRate bandedRate(BigDecimal[] dutyRaw) {
        for (RulePack.BandedRate b : pack.bandedRates()) {
            if (!b.appliesTo(country, date)) continue;
            Map<String, String> fig = new LinkedHashMap<>();
            RulePack.Band band = null;
            BigDecimal measured = measuredIn(b.measure(), b.bands().get(0).max().getCurrency(), b.rateDate());
            CurrencyUnit bc = b.bands().get(0).max().getCurrency();
            fig.put("measure", b.measure().name());
            fig.put("value", plain(measured) + " " + bc);
            for (RulePack.Band candidate : b.bands()) {
                int c = measured.compareTo(decimal(candidate.max()));
                if (b.comparison() == RulePack.Comparison.AT_OR_BELOW ? c <= 0 : c < 0) {
                    band = candidate;
                    break;
                }
            }
            fig.put("threshold", (b.comparison() == RulePack.Comparison.AT_OR_BELOW ? "<= " : "< ")
                    + plain(decimal(b.bands().get(b.bands().size() - 1).max())) + " " + bc);
            if (band == null) {
                skipped(b, "consignment value above the last band", fig);
                continue;
            }
            Tri w = holds(b.when());
            if (w != Tri.YES) {
                skipped(b, w == Tri.UNKNOWN ? "conditions depend on a missing origin country or HS code"
                        : "conditions not met (" + describe(b.when()) + ")", fig);
                continue;
            }
            BigDecimal base = sum(cv);
            BigDecimal amount = base.multiply(band.rate()).divide(HUNDRED, MC);
            fig.put("customsValue", plain(base));
            fig.put("rate%", band.rate().toPlainString());
            if (band.deduction() != null) {
                BigDecimal ded = amountInQuote(band.deduction(), "deduction of " + b.meta().id());
                fig.put("deduction", plain(ded));
                amount = amount.subtract(ded).max(BigDecimal.ZERO);
            }
            fig.put("amount", plain(amount));
            for (int i = 0; i < n; i++) {
                dutyRaw[i] = base.signum() == 0 ? BigDecimal.ZERO : amount.multiply(cv[i]).divide(base, MC);
            }
            applied(b, "band up to " + plain(decimal(band.max())) + " " + band.max().getCurrency() + ": "
                    + band.rate().toPlainString() + "% of the customs value"
                    + (band.deduction() == null ? "" : " minus " + plain(decimal(band.deduction())) + " "
                    + band.deduction().getCurrency())
                    + (b.replaces() == RulePack.Replaces.DUTY_AND_TAX ? "; replaces duty and tax" : "; replaces tariff duty"),
                    fig);
            return b;
        }
        return null;
    }

    private boolean reliefApplies(RulePack.Relief rel) {
        Map<String, String> fig = new LinkedHashMap<>();
        if (rel.valueTest() != null && !passes(rel.valueTest(), fig)) {
            skipped(rel, "consignment value above the relief threshold", fig);
            return false;
        }
        Tri w = holds(rel.when());
        if (w == Tri.UNKNOWN) {
            skipped(rel, "relief depends on the origin country or HS code, which is missing on a line", fig);
            return false;
        }
        if (w == Tri.NO) {
            skipped(rel, "conditions not met (" + describe(rel.when()) + ")", fig);
            return false;
        }
        applied(rel, rel.valueTest() == null ? "conditions met (" + describe(rel.when()) + "): not charged"
                : "consignment value within the relief threshold: not charged", fig);
        return true;
    }

    private void flatDuty(RulePack.FlatDuty f, BigDecimal[] dutyRaw, Map<String, String> fig) {
        BigDecimal amount = amountInQuote(f.amount(), "flat duty " + f.meta().id());
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
                Map<String, Integer> first = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    QuoteLine l = req.lines().get(i);
                    String key;
                    if (l.hsCode() == null) {
                        issue(i, "HS_CODE_MISSING: no HS code; charged as a distinct tariff item of its own");
                        key = "#line" + i;
                    } else {
                        String d = l.hsCode().digits();
                        key = d.substring(0, Math.min(f.tariffDigits(), d.length()));
                    }
                    if (first.putIfAbsent(key, i) == null) {
                        dutyRaw[i] = amount;
                        charges++;
                    }
                }
            }
            default -> throw new IllegalStateException(f.per().name());
        }
        fig.put("amount", plain(amount));
        fig.put("charges", String.valueOf(charges));
        fig.put("duty", plain(amount.multiply(BigDecimal.valueOf(charges))));
        applied(f, "flat duty " + plain(amount) + " " + q + " per " + f.per() + " x " + charges
                + "; replaces tariff duty", fig);
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
        List<RulePack.OriginDuty> adds = new ArrayList<>();
        boolean originIssue = false;
        for (RulePack.OriginDuty od : pack.originDuties()) {
            if (!od.appliesTo(country, date)) continue;
            int len = matchLength(od.hsPrefixes(), hs);
            if (len < 0) continue;
            CountryCode o = l.originCountry();
            if (o == null) {
                if (!originIssue) {
                    issue(i, "ORIGIN_MISSING: no origin country; origin-dependent duties not determined");
                    originIssue = true;
                }
                skipped(od, "line " + sku + " has no origin country", Map.of());
                continue;
            }
            if (!(od.allOrigins() || od.origins().contains(o)) || od.excludedOrigins().contains(o)) {
                continue;
            }
            if (od.effect() == RulePack.Effect.REPLACE) {
                if (len > replaceLen) {
                    replaceLen = len;
                    chosen = od.duty();
                    chosenId = od.meta().id();
                }
            } else {
                adds.add(od);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        if (chosen != null) {
            Map<String, String> fig = new LinkedHashMap<>();
            BigDecimal d = dutyAmount(chosen, i, fig);
            total = total.add(d);
            Rule rule = replaceLen >= 0 ? find(pack.originDuties(), chosenId) : base;
            applied(rule, "line " + sku + " HS " + hs + ": duty " + plain(d) + " " + q, fig);
            if (replaceLen >= 0 && base != null) {
                skipped(base, "line " + sku + ": replaced by origin rate " + chosenId, Map.of());
            }
        }
        for (RulePack.OriginDuty od : adds) {
            Map<String, String> fig = new LinkedHashMap<>();
            BigDecimal d = dutyAmount(od.duty(), i, fig);
            total = total.add(d);
            applied(od, "line " + sku + " origin " + l.originCountry() + ": additional duty " + plain(d) + " " + q,
                    fig);
        }
        return total;
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
        fig.put("customsValue", plain(cv[i]));
        if (d.adValorem() != null) {
            amount = amount.add(cv[i].multiply(d.adValorem()).divide(HUNDRED, MC));
            fig.put("adValorem%", d.adValorem().toPlainString());
        }
        if (d.specific() != null) {
            BigDecimal per = amountInQuote(d.specific().amount(), "specific duty");
            if (d.specific().per() == RulePack.Per.UNIT) {
                amount = amount.add(per.multiply(BigDecimal.valueOf(l.quantity())));
                fig.put("specificPerUnit", plain(per));
            } else if (l.unitWeight() == null) {
                issue(i, "WEIGHT_MISSING: no unit weight; specific duty per kg not determined");
            } else {
                BigDecimal kg = l.unitWeight().kilograms().multiply(BigDecimal.valueOf(l.quantity()));
                amount = amount.add(per.multiply(kg));
                fig.put("specificPerKg", plain(per));
                fig.put("kg", kg.toPlainString());
            }
        }
        if (d.minimum() != null) {
            BigDecimal min = amountInQuote(d.minimum(), "duty minimum");
            if (amount.compareTo(min) < 0) {
                amount = min;
                fig.put("minimum", plain(min));
            }
        }
        if (d.maximum() != null) {
            BigDecimal max = amountInQuote(d.maximum(), "duty maximum");
            if (amount.compareTo(max) > 0) {
                amount = max;
                fig.put("maximum", plain(max));
            }
        }
        fig.put("duty", plain(amount));
        return amount;
    }

    private BigDecimal feeAmount(RulePack.Fee fee, Map<String, String> fig) {
        switch (fee.per()) {
            case PARCEL:
                return amountInQuote(fee.amount(), "fee " + fee.meta().id());
            case DECLARATION_LINE: {
                java.util.HashSet<String> codes = new java.util.HashSet<>();
                int count = 0;
                for (QuoteLine l : req.lines()) {
                    if (l.hsCode() == null || codes.add(l.hsCode().digits())) count++;
                }
                fig.put("declarationLines", String.valueOf(count));
                return amountInQuote(fee.amount(), "fee " + fee.meta().id()).multiply(BigDecimal.valueOf(count));
            }
            case PERCENT: {
                BigDecimal v = sum(cv).multiply(fee.percent()).divide(HUNDRED, MC);
                fig.put("customsValue", plain(sum(cv)));
                fig.put("percent", fee.percent().toPlainString());
                if (fee.minimum() != null) v = v.max(amountInQuote(fee.minimum(), "fee minimum"));
                if (fee.maximum() != null) v = v.min(amountInQuote(fee.maximum(), "fee maximum"));
                return v;
            }
            default:
                throw new IllegalStateException(fee.per().name());
        }
    }

    private BigDecimal lineTax(int i, Set<TaxBaseItem> base, BigDecimal duty, BigDecimal fee, String region) {
        QuoteLine l = req.lines().get(i);
        TaxCategory cat = l.taxCategory();
        RulePack.TaxRate rate = cp.regionalTaxRate(country, region, cat, date);
        if (rate == null) {
            rate = cp.taxRate(country, cat, date);
        }
        if (rate == null && cat != TaxCategory.STANDARD) {
            note("tax-category", "line " + l.sku() + ": no " + cat + " rate for " + country + " on " + date
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
        BigDecimal b = goods[i];
        if (base.contains(TaxBaseItem.SHIPPING)) b = b.add(ship[i]);
        if (base.contains(TaxBaseItem.INSURANCE)) b = b.add(ins[i]);
        if (base.contains(TaxBaseItem.DUTY)) b = b.add(duty);
        if (base.contains(TaxBaseItem.FEES)) b = b.add(fee);
        BigDecimal t;
        if (valuation.taxInclusiveBase()) {
            BigDecimal denom = HUNDRED.subtract(rate.rate());
            t = denom.signum() <= 0 ? BigDecimal.ZERO : b.multiply(rate.rate()).divide(denom, MC);
        } else {
            t = b.multiply(rate.rate()).divide(HUNDRED, MC);
        }
        if (trace != null) {
            Map<String, String> fig = new LinkedHashMap<>();
            fig.put("base", plain(b));
            fig.put("rate%", rate.rate().toPlainString());
            fig.put("tax", plain(t));
            applied(rate, "line " + l.sku() + " " + rate.category() + " " + rate.rate().toPlainString() + "% of "
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
        return decimal(convert(Money.of(value, r), t, rateDate(rd), "value test " + m));
    }

    private boolean passes(ValueTest vt, Map<String, String> fig) {
        CurrencyUnit t = vt.max().getCurrency();
        BigDecimal inT = measuredIn(vt.measure(), t, vt.rateDate());
        BigDecimal max = decimal(vt.max());
        int c = inT.compareTo(max);
        boolean ok = vt.comparison() == RulePack.Comparison.AT_OR_BELOW ? c <= 0 : c < 0;
        fig.put("measure", vt.measure().name());
        fig.put("value", plain(inT) + " " + t);
        fig.put("threshold", (vt.comparison() == RulePack.Comparison.AT_OR_BELOW ? "<= " : "< ") + plain(max) + " "
                + t);
        return ok;
    }

    /** The measured value in the request currency, from the request's own amounts. */
    private BigDecimal measure(RulePack.Measure m) {
        BigDecimal goodsR = BigDecimal.ZERO;
        BigDecimal maxUnit = BigDecimal.ZERO;
        for (QuoteLine l : req.lines()) {
            goodsR = goodsR.add(decimal(l.lineValue()));
            maxUnit = maxUnit.max(decimal(l.unitPrice()));
        }
        BigDecimal extras = decimal(req.shipping()).add(decimal(req.insurance()));
        return switch (m) {
            case INTRINSIC_VALUE -> goodsR;
            case CUSTOMS_VALUE -> valuation.dutyBasis() == RulePack.DutyBasis.CIF ? goodsR.add(extras) : goodsR;
            case GOODS_AND_SHIPPING -> goodsR.add(extras);
            case ITEM_VALUE -> maxUnit;
        };
    }

    private Tri holds(Condition c) {
        if (!c.shippedFrom().isEmpty() && !c.shippedFrom().contains(req.origin())) return Tri.NO;
        if (c.notShippedFrom().contains(req.origin())) return Tri.NO;
        if (!c.channels().isEmpty() && !c.channels().contains(req.channel())) return Tri.NO;
        if (!c.registrations().isEmpty() && !holdsAny(c.registrations())) return Tri.NO;
        if (!c.incoterms().isEmpty() && !c.incoterms().contains(req.incoterm())) return Tri.NO;
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
                        issue(i, "ORIGIN_MISSING: no origin country; origin-dependent rules not applied");
                    }
                }
                return Tri.UNKNOWN;
            }
        }
        return Tri.YES;
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
        return sb.length() == 0 ? "none" : sb.toString().strip();
    }

    // ---- money ----------------------------------------------------------------------------------

    LocalDate rateDate(RulePack.RateDate rd) {
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
        };
    }

    private BigDecimal toQuoteCurrency(MonetaryAmount a, LocalDate rateDate, String what) {
        if (a.getCurrency().equals(q)) return decimal(a);
        if (a.isZero()) return BigDecimal.ZERO;
        return decimal(convert(a, q, rateDate, what));
    }

    /** A rule's amount in the quote currency, at the pack's amounts rate date. */
    private BigDecimal amountInQuote(MonetaryAmount a, String what) {
        return toQuoteCurrency(a, amountsDate == null ? rateDate(pack.conversion().amounts()) : amountsDate, what);
    }

    private MonetaryAmount convert(MonetaryAmount a, CurrencyUnit target, LocalDate rateDate, String what) {
        Conversion c = converter.convert(a, target, rateDate);
        if (trace != null) {
            Map<String, String> fig = new LinkedHashMap<>();
            fig.put("amount", plain(decimal(a)) + " " + a.getCurrency());
            fig.put("result", plain(decimal(c.result())) + " " + target);
            fig.put("rate", c.rate().toPlainString());
            fig.put("requestedDate", c.requestedDate().toString());
            fig.put("rateDate", c.rateDate().toString());
            trace.add(new Explanation("conversion", Explanation.Kind.CONVERSION, "converted " + what + " at the rate of "
                    + c.rateDate(), fig, c.rateSource()));
        }
        return c.result();
    }

    private static BigDecimal decimal(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    private MonetaryAmount money(BigDecimal v) {
        return Money.of(shown(v), q);
    }

    private BigDecimal shown(BigDecimal v) {
        return v.setScale(scale, roundingMode);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[n];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
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
        BigDecimal total = sum(weights);
        BigDecimal[] raw = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            raw[i] = total.signum() == 0 ? amount.divide(BigDecimal.valueOf(n), MC)
                    : amount.multiply(weights[i]).divide(total, MC);
        }
        return split(amount.setScale(scale, RoundingMode.HALF_UP), raw);
    }

    /** Floors each share to the scale and hands the remaining minor units to the largest remainders. */
    private BigDecimal[] split(BigDecimal total, BigDecimal[] raw) {
        BigDecimal[] out = new BigDecimal[n];
        BigDecimal[] rest = new BigDecimal[n];
        BigDecimal floored = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            out[i] = raw[i].setScale(scale, RoundingMode.DOWN);
            rest[i] = raw[i].subtract(out[i]);
            floored = floored.add(out[i]);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        long units = total.subtract(floored).divide(unit, MC).longValue();
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

    private void issue(int i, String text) {
        List<String> l = issues.get(i);
        if (!l.contains(text)) l.add(text);
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
