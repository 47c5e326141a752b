package dev.xborder.tax.pack.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.geo.FiscalTerritory;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.tax.pack.Period;
import dev.xborder.tax.pack.RuleMeta;
import dev.xborder.tax.pack.RulePack;
import dev.xborder.tax.pack.RulePack.Checkout;
import dev.xborder.tax.pack.RulePack.Condition;
import dev.xborder.tax.pack.RulePack.DutyAmount;
import dev.xborder.tax.pack.RulePack.Specific;
import dev.xborder.tax.pack.RulePack.ValueTest;
import dev.xborder.tax.pack.Source;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.BiFunction;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Reads one pack file into the model, checking shape, types, codes and ranges, and collecting every
 * problem with its JSON path. Does not check cross-rule consistency (that is {@link PackValidator}).
 * Returns {@code null} when any problem was found in this file.
 */
public final class PackReader {
    /** Maximum nesting depth of a pack. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Maximum length of one string value. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Maximum length of one number. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Maximum file size in bytes. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    /** A streaming factory only: no ObjectMapper (see {@link TreeReader} for why). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    // compiled once: String.matches compiles its regex on every call
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern NAME = Pattern.compile("[A-Z0-9_]+");
    private static final Pattern POSTAL = Pattern.compile("[0-9A-Z]{1,10}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,8})?");
    private static final Pattern CODE6 = Pattern.compile("[A-Z0-9]{1,6}");

    private static final Set<String> CURRENCIES = currencies();

    private final String file;
    private final Problems problems;
    private final int before;

    private final RulePack.Conversion inherited;

    private PackReader(String file, Problems problems, RulePack.Conversion inherited) {
        this.file = file;
        this.problems = problems;
        this.before = problems.size();
        this.inherited = inherited;
    }

    /** Reads {@code in} (closed by the caller); problems go to {@code problems}; null if any were found. */
    public static RulePack read(String file, InputStream in, Problems problems) {
        return read(file, in, problems, RulePack.Conversion.DEFAULT);
    }

    /**
     * As {@link #read(String, InputStream, Problems)}; in an OVERRIDE pack, value tests without {@code rateDate}
     * default to {@code inherited} (the rate-date rules of the pack it overrides) where the file states none.
     */
    public static RulePack read(String file, InputStream in, Problems problems, RulePack.Conversion inherited) {
        JsonNode root;
        try {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(file, "$", "file larger than " + MAX_FILE_BYTES + " bytes");
                return null;
            }
            root = TreeReader.read(JSON, bytes);
        } catch (IOException e) {
            problems.add(file, "$", "not readable JSON: " + firstLine(e.getMessage()));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(file, "$", "must be a JSON object");
            return null;
        }
        return new PackReader(file, problems, inherited).pack(root);
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private RulePack pack(JsonNode n) {
        String p = "$";
        fields(n, p, "formatVersion", "dataVersion", "jurisdiction", "kind", "name", "sources", "conversion",
                "destinations", "valuation", "rounding", "taxRates", "regimes", "dutyDeMinimis", "taxDeMinimis",
                "dutyRates", "originDuties", "flatDuties", "fees", "territories", "regions", "bandedRates", "advisories");
        JsonNode fv = n.get("formatVersion");
        int formatVersion = 0;
        if (fv == null) {
            problem(p + ".formatVersion", "required");
        } else if (!fv.isInt() || fv.intValue() != 1) {
            problem(p + ".formatVersion", "unsupported format version " + fv + " (supported: 1)");
        } else {
            formatVersion = 1;
        }
        String dataVersion = str(n, p, "dataVersion", true);
        String jurisdiction = str(n, p, "jurisdiction", true);
        if (jurisdiction != null && !ALPHA2.matcher(jurisdiction).matches()) {
            problem(p + ".jurisdiction", "must be two upper-case letters (country code or EU), was " + jurisdiction);
        }
        RulePack.Kind kind = enumOf(n, p, "kind", RulePack.Kind.class, RulePack.Kind.BASE);
        String name = str(n, p, "name", false);
        Map<String, Source> sources = new LinkedHashMap<>();
        each(n, p, "sources", (s, sp) -> {
            fields(s, sp, "id", "document", "url");
            String id = str(s, sp, "id", true);
            String doc = str(s, sp, "document", true);
            String url = str(s, sp, "url", true);
            if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                problem(sp + ".url", "must be an http(s) URL");
            }
            if (id != null && doc != null && url != null) {
                if (sources.put(id, new Source(id, doc, url)) != null) {
                    problem(sp + ".id", "duplicate source id " + id);
                }
            }
            return null;
        });
        if (kind == RulePack.Kind.BASE && sources.isEmpty() && !problemsSince()) {
            problem(p + ".sources", "a BASE pack needs at least one source");
        }
        // an OVERRIDE keeps null for what it does not state, so that the merge keeps the base's rule (PackMerger)
        boolean override = kind == RulePack.Kind.OVERRIDE;
        RulePack.RateDate unstated = override ? null : RulePack.RateDate.SAME_DAY;
        RulePack.Conversion conversion = override ? null : RulePack.Conversion.DEFAULT;
        JsonNode conv = n.get("conversion");
        if (conv != null) {
            if (!conv.isObject()) {
                problem(p + ".conversion", "must be an object");
            } else {
                fields(conv, p + ".conversion", "amounts", "thresholds");
                conversion = new RulePack.Conversion(
                        enumOf(conv, p + ".conversion", "amounts", RulePack.RateDate.class, unstated),
                        enumOf(conv, p + ".conversion", "thresholds", RulePack.RateDate.class, unstated));
            }
        }
        // defaults of this file's own value tests: what it states, else (an OVERRIDE) the inherited rules
        RulePack.Conversion conversionFinal = conversion == null ? inherited
                : new RulePack.Conversion(
                        conversion.amounts() == null ? inherited.amounts() : conversion.amounts(),
                        conversion.thresholds() == null ? inherited.thresholds() : conversion.thresholds());

        var destinations = each(n, p, "destinations", (r, rp) -> {
            fields(r, rp, meta("country", "currency"));
            RuleMeta m = meta(r, rp);
            CountryCode c = country(r, rp, "country", true);
            CurrencyUnit cur = currency(r, rp, "currency", true);
            return m == null || c == null || cur == null ? null : new RulePack.Destination(m, c, cur);
        });
        var valuation = each(n, p, "valuation", (r, rp) -> {
            fields(r, rp, meta("country", "dutyBasis", "taxBase", "taxInclusiveBase", "goodsValueFactor"));
            RuleMeta m = meta(r, rp);
            RulePack.DutyBasis basis = enumOf(r, rp, "dutyBasis", RulePack.DutyBasis.class, null);
            if (basis == null && r.get("dutyBasis") == null) problem(rp + ".dutyBasis", "required");
            Set<RulePack.TaxBaseItem> base = enumSet(r, rp, "taxBase", RulePack.TaxBaseItem.class);
            boolean inclusive = bool(r, rp, "taxInclusiveBase", false);
            BigDecimal factor = decimal(r, rp, "goodsValueFactor", false);
            if (factor != null && (factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) > 0)) {
                problem(rp + ".goodsValueFactor", "must be a decimal in (0, 1], was " + factor.toPlainString());
                factor = null;
            }
            return m == null || basis == null || (r.has("goodsValueFactor") && factor == null) ? null
                    : new RulePack.Valuation(m, country(r, rp, "country", false), basis, base, inclusive, factor);
        });
        var rounding = each(n, p, "rounding", (r, rp) -> {
            fields(r, rp, meta("country", "scope", "mode"));
            RuleMeta m = meta(r, rp);
            var scope = required(r, rp, "scope", RulePack.RoundingScope.class);
            var mode = required(r, rp, "mode", RulePack.RoundingModeName.class);
            return m == null || scope == null || mode == null ? null
                    : new RulePack.Rounding(m, country(r, rp, "country", false), scope, mode);
        });
        var taxRates = each(n, p, "taxRates", (r, rp) -> {
            fields(r, rp, meta("country", "category", "rate", "region"));
            RuleMeta m = meta(r, rp);
            CountryCode c = country(r, rp, "country", true);
            TaxCategory cat = required(r, rp, "category", TaxCategory.class);
            BigDecimal rate = percent(r, rp, "rate", true, new BigDecimal("100"));
            String region = regionCode(r, rp, "region", false);
            return m == null || c == null || cat == null || rate == null || (r.has("region") && region == null) ? null
                    : new RulePack.TaxRate(m, c, cat, rate, region);
        });
        var regimes = each(n, p, "regimes", (r, rp) -> {
            fields(r, rp, meta("country", "name", "valueTest", "checkout", "when", "taxBase", "split"));
            RuleMeta m = meta(r, rp);
            String rname = str(r, rp, "name", true);
            if (rname != null && !NAME.matcher(rname).matches()) problem(rp + ".name", "must match [A-Z0-9_]+");
            ValueTest vt = valueTest(r, rp, false, conversionFinal);
            Checkout co = null;
            JsonNode c = r.get("checkout");
            if (c == null || !c.isObject()) {
                problem(rp + ".checkout", c == null ? "required" : "must be an object");
            } else {
                String cp = rp + ".checkout";
                fields(c, cp, "registrations", "channels", "mandatory", "dutyAtCheckout", "dutyPaidBySeller",
                        "dutyExempt");
                co = new Checkout(enumSet(c, cp, "registrations", RegistrationScheme.class),
                        enumSet(c, cp, "channels", SalesChannel.class), bool(c, cp, "mandatory", false),
                        bool(c, cp, "dutyAtCheckout", false), bool(c, cp, "dutyPaidBySeller", false),
                        bool(c, cp, "dutyExempt", false));
                if (co.dutyExempt() && (co.dutyAtCheckout() || co.dutyPaidBySeller())) {
                    problem(cp + ".dutyExempt", "a duty-exempt regime cannot also collect duty (dutyAtCheckout or"
                            + " dutyPaidBySeller)");
                }
            }
            RulePack.Split split = enumOf(r, rp, "split", RulePack.Split.class, RulePack.Split.CONSIGNMENT);
            if (split == RulePack.Split.PER_LINE && vt != null && vt.measure() != RulePack.Measure.ITEM_VALUE) {
                problem(rp + ".valueTest.measure", "a PER_LINE regime tests each line: its value test must measure"
                        + " ITEM_VALUE (consignment measures would not split)");
            }
            Set<RulePack.TaxBaseItem> base = r.has("taxBase") ? enumSet(r, rp, "taxBase", RulePack.TaxBaseItem.class)
                    : null;
            Condition when = condition(r, rp);
            return m == null || rname == null || (r.has("valueTest") && vt == null) || co == null
                    || (r.has("split") && split == null) ? null
                    : new RulePack.Regime(m, country(r, rp, "country", false), rname, vt, co, when, base, split);
        });
        BiFunction<JsonNode, String, RulePack.Relief> relief = (r, rp) -> {
            fields(r, rp, meta("country", "valueTest", "minimumCharge", "when", "importOnly", "split"));
            RuleMeta m = meta(r, rp);
            ValueTest vt = valueTest(r, rp, false, conversionFinal);
            MonetaryAmount min = money(r, rp, "minimumCharge", false);
            boolean importOnly = bool(r, rp, "importOnly", false);
            RulePack.Split split = enumOf(r, rp, "split", RulePack.Split.class, RulePack.Split.CONSIGNMENT);
            Condition w = condition(r, rp);
            if (split == null) {
                return null;
            }
            if (split == RulePack.Split.PER_LINE) {
                if (r.has("minimumCharge")) {
                    problem(rp + ".split", "a minimumCharge relief compares the charge of the consignment: it cannot"
                            + " be PER_LINE");
                    return null;
                }
                if (!w.needsHsCode() && !w.needsOrigin() && w.categoriesIn().isEmpty() && w.categoriesNotIn().isEmpty()) {
                    problem(rp + ".split", "a PER_LINE relief needs goods or origin conditions in its when (hsPrefixesIn,"
                            + " hsPrefixesNotIn, categoriesIn, categoriesNotIn, originIn, originNotIn) to split on");
                    return null;
                }
            }
            if (r.has("valueTest") && r.has("minimumCharge")) {
                problem(rp, "needs exactly one of valueTest or minimumCharge (or neither, with a when)");
                return null;
            }
            if (!r.has("valueTest") && !r.has("minimumCharge") && !r.has("when")) {
                problem(rp, "needs a valueTest, a minimumCharge or a when");
                return null;
            }
            return m == null || (r.has("valueTest") && vt == null) || (r.has("minimumCharge") && min == null) ? null
                    : new RulePack.Relief(m, country(r, rp, "country", false), vt, min, w, importOnly, split);
        };
        var dutyDeMinimis = each(n, p, "dutyDeMinimis", relief);
        var taxDeMinimis = each(n, p, "taxDeMinimis", relief);
        var dutyRates = each(n, p, "dutyRates", (r, rp) -> {
            fields(r, rp, meta("country", "hsPrefix", "adValorem", "specific", "minimum", "maximum"));
            RuleMeta m = meta(r, rp);
            String prefix = hsPrefix(r, rp, "hsPrefix");
            DutyAmount d = dutyAmount(r, rp, DUTY_RATE_MAX);
            return m == null || d == null || (r.has("hsPrefix") && prefix == null) ? null
                    : new RulePack.DutyRate(m, country(r, rp, "country", false), prefix, d);
        });
        var originDuties = each(n, p, "originDuties", (r, rp) -> {
            fields(r, rp, meta("country", "effect", "origins", "excludedOrigins", "hsPrefixes", "excludedHsPrefixes",
                    "adValorem", "specific", "minimum", "maximum"));
            RuleMeta m = meta(r, rp);
            RulePack.Effect effect = required(r, rp, "effect", RulePack.Effect.class);
            boolean all = false;
            Set<CountryCode> origins = new LinkedHashSet<>();
            JsonNode o = r.get("origins");
            if (o == null || !o.isArray() || o.isEmpty()) {
                problem(rp + ".origins", "required: a non-empty array of country codes or [\"*\"]");
            } else if (o.size() == 1 && "*".equals(o.get(0).asText())) {
                all = true;
            } else {
                origins = countrySet(r, rp, "origins");
            }
            Set<CountryCode> excluded = countrySet(r, rp, "excludedOrigins");
            List<String> prefixes = new ArrayList<>();
            JsonNode hp = r.get("hsPrefixes");
            if (hp != null) {
                if (!hp.isArray()) {
                    problem(rp + ".hsPrefixes", "must be an array");
                } else {
                    for (int i = 0; i < hp.size(); i++) {
                        String v = hp.get(i).isTextual() ? hp.get(i).textValue() : null;
                        if (v == null || !validPrefix(v)) {
                            problem(rp + ".hsPrefixes[" + i + "]", "malformed HS prefix " + hp.get(i)
                                    + " (2 to 10 digits)");
                        } else {
                            prefixes.add(v);
                        }
                    }
                }
            }
            List<String> excludedHs = hsPrefixList(r, rp, "excludedHsPrefixes");
            for (int i = 0; i < excludedHs.size(); i++) {
                for (int k = 0; k < prefixes.size(); k++) {
                    if (prefixes.get(k).startsWith(excludedHs.get(i))) {
                        problem(rp + ".excludedHsPrefixes[" + i + "]", "excludes all of hsPrefixes[" + k + "] "
                                + prefixes.get(k) + ": drop that prefix instead");
                    }
                }
            }
            DutyAmount d = dutyAmount(r, rp, TRADE_REMEDY_RATE_MAX);
            if (effect == RulePack.Effect.TOP_UP_TO) {
                for (String f : List.of("specific", "minimum", "maximum")) {
                    if (r.has(f)) {
                        problem(rp + "." + f, "a TOP_UP_TO duty is a floor rate: give only adValorem");
                        d = null;
                    }
                }
                if (!r.has("adValorem")) {
                    problem(rp + ".adValorem", "required for TOP_UP_TO (the floor, percent of the customs value)");
                    d = null;
                }
            }
            return m == null || effect == null || d == null || (!all && origins.isEmpty()) ? null
                    : new RulePack.OriginDuty(m, country(r, rp, "country", false), effect, all, origins, excluded,
                            prefixes, d, excludedHs);
        });
        var flatDuties = each(n, p, "flatDuties", (r, rp) -> {
            fields(r, rp, meta("country", "amount", "per", "tariffDigits", "valueTest", "when"));
            RuleMeta m = meta(r, rp);
            MonetaryAmount amount = money(r, rp, "amount", true);
            RulePack.FlatPer per = required(r, rp, "per", RulePack.FlatPer.class);
            int digits = 6;
            JsonNode td = r.get("tariffDigits");
            if (td != null) {
                if (!td.isInt() || td.intValue() < 2 || td.intValue() > 10) {
                    problem(rp + ".tariffDigits", "must be an integer from 2 to 10");
                } else {
                    digits = td.intValue();
                }
            }
            ValueTest vt = valueTest(r, rp, true, conversionFinal);
            return m == null || amount == null || per == null || vt == null ? null
                    : new RulePack.FlatDuty(m, country(r, rp, "country", false), amount, per, digits, vt,
                            condition(r, rp));
        });
        var fees = each(n, p, "fees", (r, rp) -> {
            fields(r, rp, meta("country", "name", "per", "amount", "percent", "minimum", "maximum", "valueTest",
                    "when", "excludedTerritories"));
            RuleMeta m = meta(r, rp);
            String fname = str(r, rp, "name", true);
            RulePack.FeePer per = required(r, rp, "per", RulePack.FeePer.class);
            MonetaryAmount amount = money(r, rp, "amount", false);
            BigDecimal pct = percent(r, rp, "percent", false, new BigDecimal("100"));
            if (per == RulePack.FeePer.PERCENT && pct == null && !r.has("percent")) {
                problem(rp + ".percent", "required when per is PERCENT");
            }
            if (per != null && per != RulePack.FeePer.PERCENT && amount == null && !r.has("amount")) {
                problem(rp + ".amount", "required when per is " + per);
            }
            ValueTest vt = r.has("valueTest") ? valueTest(r, rp, true, conversionFinal) : null;
            Set<String> excluded = new LinkedHashSet<>();
            JsonNode ex = r.get("excludedTerritories");
            if (ex != null && !ex.isNull()) {
                if (!ex.isArray() || ex.isEmpty()) {
                    problem(rp + ".excludedTerritories", "must be a non-empty array of territory ids");
                } else {
                    for (int i = 0; i < ex.size(); i++) {
                        if (ex.get(i).isTextual() && !ex.get(i).textValue().isBlank()) {
                            excluded.add(ex.get(i).textValue());
                        } else {
                            problem(rp + ".excludedTerritories[" + i + "]", "must be a territory id, was " + ex.get(i));
                        }
                    }
                }
            }
            return m == null || fname == null || per == null ? null
                    : new RulePack.Fee(m, country(r, rp, "country", false), fname, per, amount, pct,
                            money(r, rp, "minimum", false), money(r, rp, "maximum", false), vt, condition(r, rp),
                            excluded);
        });
        var territories = each(n, p, "territories", (r, rp) -> {
            fields(r, rp, meta("country", "name", "postalCodePrefixes", "fiscalTerritory", "outsideTaxArea",
                    "outsideCustomsTerritory", "localTax"));
            RuleMeta m = meta(r, rp);
            CountryCode c = country(r, rp, "country", true);
            String tname = str(r, rp, "name", true);
            List<String> prefixes = new ArrayList<>();
            FiscalTerritory ft = null;
            if (r.has("postalCodePrefixes") == r.has("fiscalTerritory")) {
                problem(rp, "needs exactly one of postalCodePrefixes or fiscalTerritory");
            } else if (r.has("fiscalTerritory")) {
                ft = enumOf(r, rp, "fiscalTerritory", FiscalTerritory.class, null);
                if (ft != null && c != null && !ft.parent().equals(c) && !ft.ownCode().map(c::equals).orElse(false)) {
                    problem(rp + ".fiscalTerritory", ft + " is a territory of " + ft.parent() + ", not of " + c);
                }
            } else {
                prefixes = postalPrefixes(r, rp);
            }
            String localTax = str(r, rp, "localTax", false);
            return m == null || c == null || tname == null || (prefixes.isEmpty() && ft == null) ? null
                    : new RulePack.Territory(m, c, tname, prefixes, bool(r, rp, "outsideTaxArea", false),
                            bool(r, rp, "outsideCustomsTerritory", false), ft, localTax);
        });
        var regions = each(n, p, "regions", (r, rp) -> {
            fields(r, rp, meta("country", "region", "name", "postalCodePrefixes", "postalCodeRanges"));
            RuleMeta m = meta(r, rp);
            CountryCode c = country(r, rp, "country", true);
            String code = regionCode(r, rp, "region", true);
            String rname = str(r, rp, "name", true);
            List<String> prefixes = r.has("postalCodePrefixes") ? postalPrefixes(r, rp) : List.of();
            List<RulePack.PostalRange> ranges = new ArrayList<>();
            JsonNode rg = r.get("postalCodeRanges");
            if (rg != null) {
                if (!rg.isArray() || rg.isEmpty()) {
                    problem(rp + ".postalCodeRanges", "must be a non-empty array of {from, to}");
                } else {
                    for (int i = 0; i < rg.size(); i++) {
                        String ip = rp + ".postalCodeRanges[" + i + "]";
                        JsonNode e = rg.get(i);
                        if (!e.isObject()) {
                            problem(ip, "must be an object {from, to}");
                            continue;
                        }
                        fields(e, ip, "from", "to");
                        String from = str(e, ip, "from", true);
                        String to = str(e, ip, "to", true);
                        if (from == null || to == null) continue;
                        if (!POSTAL.matcher(from).matches() || !POSTAL.matcher(to).matches()) {
                            problem(ip, "from and to must be 1 to 10 upper-case letters or digits");
                        } else if (from.length() != to.length()) {
                            problem(ip, "from and to must have the same length");
                        } else if (from.compareTo(to) > 0) {
                            problem(ip + ".to", "must not be below from " + from);
                        } else {
                            ranges.add(new RulePack.PostalRange(from, to));
                        }
                    }
                }
            }
            if (!r.has("postalCodePrefixes") && !r.has("postalCodeRanges")) {
                problem(rp, "needs postalCodePrefixes and/or postalCodeRanges");
                return null;
            }
            return m == null || c == null || code == null || rname == null || (prefixes.isEmpty() && ranges.isEmpty())
                    ? null : new RulePack.Region(m, c, code, rname, prefixes, ranges);
        });
        var bandedRates = each(n, p, "bandedRates", (r, rp) -> {
            fields(r, rp, meta("country", "name", "replaces", "measure", "comparison", "rateDate", "bands", "when"));
            RuleMeta m = meta(r, rp);
            String bname = str(r, rp, "name", false);
            if (bname != null && !NAME.matcher(bname).matches()) problem(rp + ".name", "must match [A-Z0-9_]+");
            RulePack.Replaces replaces = required(r, rp, "replaces", RulePack.Replaces.class);
            RulePack.Measure measure = required(r, rp, "measure", RulePack.Measure.class);
            RulePack.Comparison cmp = upperLimit(r, rp, enumOf(r, rp, "comparison", RulePack.Comparison.class,
                    RulePack.Comparison.AT_OR_BELOW));
            RulePack.RateDate rd = enumOf(r, rp, "rateDate", RulePack.RateDate.class, conversionFinal.thresholds());
            List<RulePack.Band> bands = new ArrayList<>();
            JsonNode b = r.get("bands");
            if (b == null || !b.isArray() || b.isEmpty()) {
                problem(rp + ".bands", "required: a non-empty array of {max, rate, deduction}");
            } else {
                for (int i = 0; i < b.size(); i++) {
                    String ip = rp + ".bands[" + i + "]";
                    JsonNode e = b.get(i);
                    if (!e.isObject()) {
                        problem(ip, "must be an object {max, rate, deduction}");
                        continue;
                    }
                    fields(e, ip, "max", "rate", "deduction");
                    MonetaryAmount max = money(e, ip, "max", true);
                    BigDecimal rate = percent(e, ip, "rate", true, DUTY_RATE_MAX);
                    MonetaryAmount ded = money(e, ip, "deduction", false);
                    if (max == null || rate == null || (e.has("deduction") && ded == null)) continue;
                    if (!bands.isEmpty()) {
                        MonetaryAmount prev = bands.get(bands.size() - 1).max();
                        if (!prev.getCurrency().equals(max.getCurrency())) {
                            problem(ip + ".max.currency", "every band must use the currency of the first ("
                                    + prev.getCurrency() + ")");
                            continue;
                        }
                        if (!max.isGreaterThan(prev)) {
                            problem(ip + ".max", "bands must be in ascending order of max");
                            continue;
                        }
                    }
                    bands.add(new RulePack.Band(max, rate, ded));
                }
            }
            Condition when = condition(r, rp);
            return m == null || replaces == null || measure == null || cmp == null || rd == null
                    || bands.size() != (b == null || !b.isArray() ? -1 : b.size()) ? null
                    : new RulePack.BandedRate(m, country(r, rp, "country", false), bname, replaces, measure, cmp, rd,
                            bands, when);
        });
        var advisories = each(n, p, "advisories", (r, rp) -> {
            fields(r, rp, meta("country", "code", "message", "valueTests", "regions", "when"));
            RuleMeta m = meta(r, rp);
            String code = str(r, rp, "code", true);
            if (code != null && !NAME.matcher(code).matches()) {
                problem(rp + ".code", "must match [A-Z0-9_]+, was " + code);
                code = null;
            }
            String message = str(r, rp, "message", true);
            List<ValueTest> tests = new ArrayList<>();
            boolean testsOk = true;
            JsonNode vts = r.get("valueTests");
            if (vts != null && !vts.isNull()) {
                if (!vts.isArray()) {
                    problem(rp + ".valueTests", "must be an array of value tests");
                    testsOk = false;
                } else {
                    for (int i = 0; i < vts.size(); i++) {
                        ValueTest vt = valueTestObject(vts.get(i), rp + ".valueTests[" + i + "]", true, conversionFinal);
                        if (vt == null) testsOk = false;
                        else tests.add(vt);
                    }
                }
            }
            Set<String> regionCodes = new LinkedHashSet<>();
            JsonNode rg = r.get("regions");
            if (rg != null && !rg.isNull()) {
                if (!rg.isArray() || rg.isEmpty()) {
                    problem(rp + ".regions", "must be a non-empty array of region codes");
                    testsOk = false;
                } else {
                    for (int i = 0; i < rg.size(); i++) {
                        String ip = rp + ".regions[" + i + "]";
                        String c = rg.get(i).isTextual() ? rg.get(i).textValue() : null;
                        if (c == null || !CODE6.matcher(c).matches()) {
                            problem(ip, "must be a region code (1 to 6 upper-case letters or digits), was " + rg.get(i));
                            testsOk = false;
                        } else {
                            regionCodes.add(c);
                        }
                    }
                }
            }
            Condition when = condition(r, rp);
            return m == null || code == null || message == null || !testsOk ? null
                    : new RulePack.Advisory(m, country(r, rp, "country", false), code, message, tests, regionCodes,
                            when);
        });
        if (problemsSince()) {
            return null;
        }
        return new RulePack(file, formatVersion, dataVersion, jurisdiction, kind, name, sources, conversion,
                destinations, valuation, rounding, taxRates, regimes, dutyDeMinimis, taxDeMinimis, dutyRates,
                originDuties, flatDuties, fees, territories, regions, bandedRates, advisories);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private boolean problemsSince() {
        return problems.size() > before;
    }

    private void problem(String path, String message) {
        problems.add(file, path, message);
    }

    private static String[] meta(String... more) {
        String[] all = new String[more.length + 5];
        all[0] = "id";
        all[1] = "from";
        all[2] = "to";
        all[3] = "source";
        all[4] = "note";
        System.arraycopy(more, 0, all, 5, more.length);
        String[] withUncertain = java.util.Arrays.copyOf(all, all.length + 1);
        withUncertain[all.length] = "uncertain";
        return withUncertain;
    }

    private void fields(JsonNode n, String path, String... allowed) {
        Set<String> ok = Set.of(allowed);
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!ok.contains(f)) {
                problem(path + "." + f, "unknown field");
            }
        }
    }

    private <T> List<T> each(JsonNode n, String path, String field, BiFunction<JsonNode, String, T> f) {
        JsonNode a = n.get(field);
        List<T> out = new ArrayList<>();
        if (a == null || a.isNull()) {
            return out;
        }
        if (!a.isArray()) {
            problem(path + "." + field, "must be an array");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            String ip = path + "." + field + "[" + i + "]";
            JsonNode e = a.get(i);
            if (!e.isObject()) {
                problem(ip, "must be an object");
                continue;
            }
            T t = f.apply(e, ip);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private RuleMeta meta(JsonNode r, String rp) {
        String id = str(r, rp, "id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(rp + ".id", "must match [A-Za-z0-9._-]+, was " + id);
            id = null;
        }
        LocalDate from = date(r, rp, "from", true);
        LocalDate to = date(r, rp, "to", false);
        String source = str(r, rp, "source", true);
        if (source == null && r.get("source") == null) {
            // already reported as required
        }
        String note = str(r, rp, "note", false);
        boolean uncertain = bool(r, rp, "uncertain", false);
        if (from != null && to != null && !to.isAfter(from)) {
            problem(rp + ".to", "must be after from (" + from + "), was " + to);
            return null;
        }
        if (id == null || from == null || source == null) {
            return null;
        }
        return new RuleMeta(id, new Period(from, to), source, note, uncertain);
    }

    private String str(JsonNode n, String path, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) problem(path + "." + field, "required");
            return null;
        }
        if (!v.isTextual()) {
            problem(path + "." + field, "must be a string");
            return null;
        }
        if (v.textValue().isBlank()) {
            problem(path + "." + field, "must not be blank");
            return null;
        }
        return v.textValue();
    }

    private boolean bool(JsonNode n, String path, String field, boolean dflt) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return dflt;
        if (!v.isBoolean()) {
            problem(path + "." + field, "must be true or false");
            return dflt;
        }
        return v.booleanValue();
    }

    private LocalDate date(JsonNode n, String path, String field, boolean required) {
        String s = str(n, path, field, required);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(path + "." + field, "not an ISO date (yyyy-mm-dd): " + s);
            return null;
        }
    }

    private <E extends Enum<E>> E enumOf(JsonNode n, String path, String field, Class<E> type, E dflt) {
        String s = str(n, path, field, false);
        if (s == null) return n.get(field) == null || n.get(field).isNull() ? dflt : null;
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            problem(path + "." + field, "unknown value " + s + "; expected one of " + EnumSet.allOf(type));
            return null;
        }
    }

    private <E extends Enum<E>> E required(JsonNode n, String path, String field, Class<E> type) {
        if (n.get(field) == null || n.get(field).isNull()) {
            problem(path + "." + field, "required");
            return null;
        }
        return enumOf(n, path, field, type, null);
    }

    private <E extends Enum<E>> Set<E> enumSet(JsonNode n, String path, String field, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        JsonNode a = n.get(field);
        if (a == null || a.isNull()) return out;
        if (!a.isArray()) {
            problem(path + "." + field, "must be an array");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i).isTextual() ? a.get(i).textValue() : String.valueOf(a.get(i));
            try {
                out.add(Enum.valueOf(type, s));
            } catch (IllegalArgumentException e) {
                problem(path + "." + field + "[" + i + "]", "unknown value " + s + "; expected one of "
                        + EnumSet.allOf(type));
            }
        }
        return out;
    }

    private CountryCode country(JsonNode n, String path, String field, boolean required) {
        String s = str(n, path, field, required);
        return s == null ? null : countryCode(s, path + "." + field);
    }

    private CountryCode countryCode(String s, String path) {
        if (!ALPHA2.matcher(s).matches()) {
            problem(path, "unknown country code " + s + " (ISO 3166-1 alpha-2, upper case, or XI)");
            return null;
        }
        try {
            return new CountryCode(s);
        } catch (RuntimeException e) {
            problem(path, "unknown country code " + s + " (ISO 3166-1 alpha-2, upper case, or XI)");
            return null;
        }
    }

    private Set<CountryCode> countrySet(JsonNode n, String path, String field) {
        Set<CountryCode> out = new LinkedHashSet<>();
        JsonNode a = n.get(field);
        if (a == null || a.isNull()) return out;
        if (!a.isArray()) {
            problem(path + "." + field, "must be an array");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i).isTextual() ? a.get(i).textValue() : String.valueOf(a.get(i));
            CountryCode c = countryCode(s, path + "." + field + "[" + i + "]");
            if (c != null) out.add(c);
        }
        return out;
    }

    private CurrencyUnit currency(JsonNode n, String path, String field, boolean required) {
        String s = str(n, path, field, required);
        if (s == null) return null;
        if (!CURRENCIES.contains(s)) {
            problem(path + "." + field, "unknown currency code " + s + " (ISO 4217)");
            return null;
        }
        return javax.money.Monetary.getCurrency(s);
    }

    private static Set<String> currencies() {
        Set<String> s = new java.util.HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            s.add(c.getCurrencyCode());
        }
        return Set.copyOf(s);
    }

    private BigDecimal decimal(JsonNode n, String path, String field, boolean required) {
        String s = str(n, path, field, required);
        if (s == null) {
            return null;
        }
        if (!DECIMAL.matcher(s).matches()) {
            problem(path + "." + field, "must be a non-negative decimal string like \"12.5\", was " + s);
            return null;
        }
        return new BigDecimal(s);
    }

    private BigDecimal percent(JsonNode n, String path, String field, boolean required, BigDecimal max) {
        BigDecimal v = decimal(n, path, field, required);
        if (v != null && v.compareTo(max) > 0) {
            problem(path + "." + field, "rate out of range 0.." + max.toPlainString() + ": " + v.toPlainString());
            return null;
        }
        return v;
    }

    private MonetaryAmount money(JsonNode n, String path, String field, boolean required) {
        JsonNode m = n.get(field);
        String mp = path + "." + field;
        if (m == null || m.isNull()) {
            if (required) problem(mp, "required");
            return null;
        }
        if (!m.isObject()) {
            problem(mp, "must be an object {amount, currency}");
            return null;
        }
        fields(m, mp, "amount", "currency");
        BigDecimal amount = decimal(m, mp, "amount", true);
        CurrencyUnit cur = currency(m, mp, "currency", true);
        return amount == null || cur == null ? null : Money.of(amount, cur);
    }

    private List<String> postalPrefixes(JsonNode r, String rp) {
        List<String> prefixes = new ArrayList<>();
        JsonNode pc = r.get("postalCodePrefixes");
        if (pc == null || !pc.isArray() || pc.isEmpty()) {
            problem(rp + ".postalCodePrefixes", "required: a non-empty array of strings");
        } else {
            for (int i = 0; i < pc.size(); i++) {
                String v = pc.get(i).isTextual() ? pc.get(i).textValue() : null;
                if (v == null || !POSTAL.matcher(v).matches()) {
                    problem(rp + ".postalCodePrefixes[" + i + "]", "must be 1 to 10 upper-case letters or digits");
                } else {
                    prefixes.add(v);
                }
            }
        }
        return prefixes;
    }

    private String regionCode(JsonNode n, String path, String field, boolean required) {
        String s = str(n, path, field, required);
        if (s != null && !CODE6.matcher(s).matches()) {
            problem(path + "." + field, "must be 1 to 6 upper-case letters or digits, was " + s);
            return null;
        }
        return s;
    }

    private static boolean validPrefix(String s) {
        if (s.length() < 2 || s.length() > 10) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private String hsPrefix(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual() || !validPrefix(v.textValue())) {
            problem(path + "." + field, "malformed HS prefix " + v + " (2 to 10 digits, no dots)");
            return null;
        }
        return v.textValue();
    }

    /** Highest ad valorem duty rate of a tariff line or a band (percent). */
    private static final BigDecimal DUTY_RATE_MAX = new BigDecimal("1000");
    /**
     * Highest ad valorem rate of an origin duty (percent): trade-remedy duties exceed tariff rates (the US
     * China-wide antidumping rate on mattresses is 1,731.75%).
     */
    private static final BigDecimal TRADE_REMEDY_RATE_MAX = new BigDecimal("10000");

    private DutyAmount dutyAmount(JsonNode r, String rp, BigDecimal maxRate) {
        BigDecimal av = percent(r, rp, "adValorem", false, maxRate);
        Specific sp = null;
        JsonNode s = r.get("specific");
        if (s != null && !s.isNull()) {
            String spp = rp + ".specific";
            if (!s.isObject()) {
                problem(spp, "must be an object {amount, currency, per}");
            } else {
                fields(s, spp, "amount", "currency", "per");
                BigDecimal amount = decimal(s, spp, "amount", true);
                CurrencyUnit cur = currency(s, spp, "currency", true);
                RulePack.Per per = required(s, spp, "per", RulePack.Per.class);
                if (amount != null && cur != null && per != null) {
                    sp = new Specific(Money.of(amount, cur), per);
                }
            }
        }
        RulePack.BoundPer[] minPer = {RulePack.BoundPer.LINE};
        RulePack.BoundPer[] maxPer = {RulePack.BoundPer.LINE};
        MonetaryAmount min = bound(r, rp, "minimum", minPer);
        MonetaryAmount max = bound(r, rp, "maximum", maxPer);
        if (!r.has("adValorem") && !r.has("specific")) {
            problem(rp, "needs adValorem and/or specific");
            return null;
        }
        if (min != null && max != null && minPer[0] == maxPer[0] && min.getCurrency().equals(max.getCurrency())
                && min.isGreaterThan(max)) {
            problem(rp + ".minimum", "greater than maximum");
        }
        return new DutyAmount(av, sp, min, max, minPer[0], maxPer[0]);
    }

    /**
     * A duty bound {@code {amount, currency, per}}: {@code per} is {@code LINE} (default) or {@code UNIT}
     * (written to {@code per[0]}).
     */
    private MonetaryAmount bound(JsonNode n, String path, String field, RulePack.BoundPer[] per) {
        JsonNode m = n.get(field);
        String mp = path + "." + field;
        if (m == null || m.isNull()) {
            return null;
        }
        if (!m.isObject()) {
            problem(mp, "must be an object {amount, currency, per}");
            return null;
        }
        fields(m, mp, "amount", "currency", "per");
        BigDecimal amount = decimal(m, mp, "amount", true);
        CurrencyUnit cur = currency(m, mp, "currency", true);
        RulePack.BoundPer p = enumOf(m, mp, "per", RulePack.BoundPer.class, RulePack.BoundPer.LINE);
        if (p == null) {
            return null;
        }
        per[0] = p;
        return amount == null || cur == null ? null : Money.of(amount, cur);
    }

    private ValueTest valueTest(JsonNode r, String rp, boolean required, RulePack.Conversion conversion) {
        JsonNode v = r.get("valueTest");
        String vp = rp + ".valueTest";
        if (v == null || v.isNull()) {
            if (required) problem(vp, "required");
            return null;
        }
        return valueTestObject(v, vp, false, conversion);
    }

    /** A value test object; {@code lowerBounds}: ABOVE and AT_OR_ABOVE allowed (advisories only). */
    private ValueTest valueTestObject(JsonNode v, String vp, boolean lowerBounds, RulePack.Conversion conversion) {
        if (v == null || !v.isObject()) {
            problem(vp, "must be an object");
            return null;
        }
        fields(v, vp, "max", "measure", "comparison", "rateDate");
        MonetaryAmount max = money(v, vp, "max", true);
        RulePack.Measure measure = required(v, vp, "measure", RulePack.Measure.class);
        RulePack.Comparison cmp = enumOf(v, vp, "comparison", RulePack.Comparison.class,
                RulePack.Comparison.AT_OR_BELOW);
        if (!lowerBounds) cmp = upperLimit(v, vp, cmp);
        RulePack.RateDate rd = enumOf(v, vp, "rateDate", RulePack.RateDate.class, conversion.thresholds());
        return max == null || measure == null || cmp == null || rd == null ? null
                : new ValueTest(max, measure, cmp, rd);
    }

    /** {@code cmp} when it is an upper limit; else a problem at {@code path.comparison} and null. */
    private RulePack.Comparison upperLimit(JsonNode n, String path, RulePack.Comparison cmp) {
        if (cmp != null && !cmp.upperLimit()) {
            problem(path + ".comparison", cmp + " is a lower bound, allowed only in advisories' valueTests"
                    + " (here: AT_OR_BELOW or BELOW)");
            return null;
        }
        return cmp;
    }

    private Condition condition(JsonNode r, String rp) {
        JsonNode w = r.get("when");
        if (w == null || w.isNull()) return Condition.NONE;
        String wp = rp + ".when";
        if (!w.isObject()) {
            problem(wp, "must be an object");
            return Condition.NONE;
        }
        fields(w, wp, "shippedFrom", "notShippedFrom", "originIn", "originNotIn", "channels", "registrations",
                "incoterms", "hsPrefixesIn", "hsPrefixesNotIn", "categoriesIn", "categoriesNotIn", "transportModes");
        return new Condition(countrySet(w, wp, "shippedFrom"), countrySet(w, wp, "notShippedFrom"),
                countrySet(w, wp, "originIn"), countrySet(w, wp, "originNotIn"),
                enumSet(w, wp, "channels", SalesChannel.class), enumSet(w, wp, "registrations", RegistrationScheme.class),
                enumSet(w, wp, "incoterms", Incoterm.class), hsPrefixList(w, wp, "hsPrefixesIn"),
                hsPrefixList(w, wp, "hsPrefixesNotIn"), enumSet(w, wp, "categoriesIn", TaxCategory.class),
                enumSet(w, wp, "categoriesNotIn", TaxCategory.class), enumSet(w, wp, "transportModes", TransportMode.class));
    }

    private List<String> hsPrefixList(JsonNode n, String path, String field) {
        List<String> prefixes = new ArrayList<>();
        JsonNode hp = n.get(field);
        if (hp == null || hp.isNull()) return prefixes;
        if (!hp.isArray()) {
            problem(path + "." + field, "must be an array");
            return prefixes;
        }
        for (int i = 0; i < hp.size(); i++) {
            String v = hp.get(i).isTextual() ? hp.get(i).textValue() : null;
            if (v == null || !validPrefix(v)) {
                problem(path + "." + field + "[" + i + "]", "malformed HS prefix " + hp.get(i) + " (2 to 10 digits)");
            } else {
                prefixes.add(v);
            }
        }
        return prefixes;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
