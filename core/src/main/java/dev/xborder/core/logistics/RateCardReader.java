package dev.xborder.core.logistics;

import dev.xborder.core.landed.TransportMode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.RuleDataException.Problem;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.GoodsFlag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Reads one rate-card file into cards and warehouses, collecting every problem with its JSON path.
 * Load-time only: the regexes and tree walking here never run per plan.
 */
final class RateCardReader {
    static final String FORMAT = "xborder-rate-cards/1";
    static final long MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32)
                            .maxNumberLength(40)
                            .maxStringLength(100_000)
                            .maxNameLength(200)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Set<String> TOP = Set.of("format", "dataVersion", "source", "notice", "cards", "warehouses");
    private static final Set<String> CARD = Set.of("id", "carrier", "service", "mode", "origins", "destinations",
            "currency", "effective", "source", "version", "pricing", "chargeableWeightStepKg", "volumetricDivisor",
            "fuelSurchargePercent", "remoteAreaSurcharges", "minimumCharge", "limits", "forbiddenGoods", "tracked",
            "ddpCapable", "transitDays", "cutOff", "workingDays", "holidays", "entersAs", "note");
    private static final Set<String> WAREHOUSE = Set.of("id", "name", "mode", "country", "currency", "effective",
            "source", "version", "pickPackPerOrder", "pickPackPerUnit", "storagePerUnitPerMonth",
            "expectedStorageMonths", "lastMileCards", "note");
    private static final Set<String> EFFECTIVE = Set.of("from", "until");
    private static final Set<String> LIMITS = Set.of("maxWeightKg", "maxLongestSideCm", "maxSumOfSidesCm",
            "maxLengthPlusGirthCm");
    private static final Set<String> TRANSIT = Set.of("min", "max");
    private static final Set<String> CUTOFF = Set.of("time", "zone");
    private static final Set<String> REMOTE = Set.of("country", "postalCodeFrom", "postalCodeTo", "amount", "note");
    private static final Set<String> STEP = Set.of("type", "firstKg", "firstPrice", "additionalKg", "additionalPrice");
    private static final Set<String> PER_KG = Set.of("type", "perKg", "perParcel");
    private static final Set<String> TABLE = Set.of("type", "breaks", "additionalKg", "additionalPrice");
    private static final Set<String> BREAK = Set.of("upToKg", "price");

    /** What one file yielded, with each item's JSON path for cross-file checks. */
    record Located<T>(T item, String file, String path) {
    }

    record Result(List<Located<RateCard>> cards, List<Located<Warehouse>> warehouses, List<Problem> problems) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private RateCardReader(String file) {
        this.file = file;
    }

    static Result read(String file, InputStream in) {
        RateCardReader r = new RateCardReader(file);
        JsonNode root;
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            root = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                r.problem("$", "trailing content after the JSON document");
                return r.result(List.of(), List.of());
            }
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
                msg = jpe.getOriginalMessage();
                if (jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
                    msg += " (line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() + ")";
                }
            }
            int nl = msg.indexOf('\n');
            r.problem("$", "not readable JSON: " + (nl > 0 ? msg.substring(0, nl) : msg));
            return r.result(List.of(), List.of());
        }
        if (root == null || root.isMissingNode()) {
            r.problem("$", "empty document");
            return r.result(List.of(), List.of());
        }
        return r.readRoot(root);
    }

    private Result result(List<Located<RateCard>> cards, List<Located<Warehouse>> warehouses) {
        return new Result(List.copyOf(cards), List.copyOf(warehouses), List.copyOf(problems));
    }

    private void problem(String path, String message) {
        problems.add(new Problem(file, path, message));
    }

    private boolean object(JsonNode n, String path, Set<String> allowed) {
        if (n == null || !n.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problem(path + "." + f, "unknown property (allowed: " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
        return true;
    }

    private Result readRoot(JsonNode root) {
        List<Located<RateCard>> cards = new ArrayList<>();
        List<Located<Warehouse>> warehouses = new ArrayList<>();
        if (!object(root, "$", TOP)) {
            return result(cards, warehouses);
        }
        String format = text(root, "format", "$", true);
        if (format != null && !FORMAT.equals(format)) {
            problem("$.format", "unsupported format \"" + format + "\", expected \"" + FORMAT + "\"");
        }
        String dataVersion = text(root, "dataVersion", "$", true);
        String source = text(root, "source", "$", true);
        text(root, "notice", "$", false);
        JsonNode cardNodes = root.get("cards");
        JsonNode whNodes = root.get("warehouses");
        if (cardNodes == null && whNodes == null) {
            problem("$", "needs \"cards\" or \"warehouses\" (or both)");
        }
        if (cardNodes != null) {
            if (!cardNodes.isArray()) {
                problem("$.cards", "must be an array");
            } else {
                for (int i = 0; i < cardNodes.size(); i++) {
                    String path = "$.cards[" + i + "]";
                    RateCard c = readCard(cardNodes.get(i), path, dataVersion, source);
                    if (c != null) {
                        cards.add(new Located<>(c, file, path));
                    }
                }
            }
        }
        if (whNodes != null) {
            if (!whNodes.isArray()) {
                problem("$.warehouses", "must be an array");
            } else {
                for (int i = 0; i < whNodes.size(); i++) {
                    String path = "$.warehouses[" + i + "]";
                    Warehouse w = readWarehouse(whNodes.get(i), path, dataVersion, source);
                    if (w != null) {
                        warehouses.add(new Located<>(w, file, path));
                    }
                }
            }
        }
        return result(cards, warehouses);
    }

    private RateCard readCard(JsonNode n, String p, String dataVersion, String headerSource) {
        int before = problems.size();
        if (!object(n, p, CARD)) {
            return null;
        }
        String id = id(n, "id", p);
        String carrier = text(n, "carrier", p, true);
        String service = text(n, "service", p, true);
        ShippingMode mode = enumValue(n, "mode", p, ShippingMode.class);
        TransportMode entersAs = null;
        if (n.has("entersAs")) {
            entersAs = enumValue(n, "entersAs", p, TransportMode.class);
            if (mode != null && !mode.direct()) {
                problem(p + ".entersAs", "only for direct modes (POSTAL, EXPRESS, LINE_HAUL): " + mode
                        + " ships goods already imported");
            }
        }
        Set<CountryCode> origins = countries(n, "origins", p);
        Set<CountryCode> destinations = countries(n, "destinations", p);
        CurrencyUnit currency = currency(n, "currency", p);
        LocalDate[] eff = effective(n, p);
        String source = n.has("source") ? text(n, "source", p, true) : headerSource;
        String version = n.has("version") ? text(n, "version", p, true) : dataVersion;
        text(n, "note", p, false);
        WeightPricing pricing = pricing(n.get("pricing"), p + ".pricing", currency);
        BigDecimal step = kg(n, "chargeableWeightStepKg", p, true);
        Integer divisor = null;
        JsonNode dv = n.get("volumetricDivisor");
        if (dv == null) {
            problem(p + ".volumetricDivisor", "required (a number such as 5000, or null for actual weight only)");
        } else if (!dv.isNull()) {
            if (!dv.canConvertToInt() || !dv.isIntegralNumber() || dv.intValue() < 1000 || dv.intValue() > 10000) {
                problem(p + ".volumetricDivisor", "must be a whole number of cm3 per kg between 1000 and 10000, or null (was " + dv + ")");
            } else {
                divisor = dv.intValue();
            }
        }
        BigDecimal fuel = decimal(n, "fuelSurchargePercent", p, true);
        if (fuel != null && (fuel.signum() < 0 || fuel.compareTo(BigDecimal.valueOf(100)) > 0 || fuel.stripTrailingZeros().scale() > 2)) {
            problem(p + ".fuelSurchargePercent", "must be 0 to 100 with at most 2 decimals (was " + fuel.toPlainString() + ")");
            fuel = null;
        }
        List<RemoteAreaSurcharge> remote = new ArrayList<>();
        JsonNode rn = n.get("remoteAreaSurcharges");
        if (rn != null) {
            if (!rn.isArray()) {
                problem(p + ".remoteAreaSurcharges", "must be an array");
            } else {
                for (int i = 0; i < rn.size(); i++) {
                    String rp = p + ".remoteAreaSurcharges[" + i + "]";
                    JsonNode r = rn.get(i);
                    if (!object(r, rp, REMOTE)) {
                        continue;
                    }
                    CountryCode c = country(r.get("country"), rp + ".country");
                    String from = text(r, "postalCodeFrom", rp, true);
                    String to = text(r, "postalCodeTo", rp, true);
                    MonetaryAmount amount = money(r, "amount", rp, currency);
                    text(r, "note", rp, false);
                    if (c != null && destinations != null && !destinations.contains(c)) {
                        problem(rp + ".country", c + " is not one of the card's destinations");
                    }
                    if (c != null && from != null && to != null && amount != null) {
                        try {
                            remote.add(new RemoteAreaSurcharge(c, from, to, amount));
                        } catch (InvalidInputException e) {
                            problem(rp + "." + e.field().orElse("").replace("remoteAreaSurcharge.", ""), e.getMessage());
                        }
                    }
                }
            }
        }
        MonetaryAmount minimum = money(n, "minimumCharge", p, currency);
        BigDecimal maxWeight = null, longest = null, sum = null, girth = null;
        JsonNode lim = n.get("limits");
        if (lim == null) {
            problem(p + ".limits", "required");
        } else if (object(lim, p + ".limits", LIMITS)) {
            maxWeight = kg(lim, "maxWeightKg", p + ".limits", true);
            longest = cm(lim, "maxLongestSideCm", p + ".limits");
            sum = cm(lim, "maxSumOfSidesCm", p + ".limits");
            girth = cm(lim, "maxLengthPlusGirthCm", p + ".limits");
        }
        Set<GoodsFlag> forbidden = goodsFlags(n, "forbiddenGoods", p);
        Boolean tracked = bool(n, "tracked", p);
        Boolean ddp = bool(n, "ddpCapable", p);
        int tmin = -1, tmax = -1;
        JsonNode tn = n.get("transitDays");
        if (tn == null) {
            problem(p + ".transitDays", "required");
        } else if (object(tn, p + ".transitDays", TRANSIT)) {
            tmin = integer(tn, "min", p + ".transitDays", 0, 365);
            tmax = integer(tn, "max", p + ".transitDays", 0, 365);
            if (tmin >= 0 && tmax >= 0 && tmax < tmin) {
                problem(p + ".transitDays.max", "must not be below min " + tmin + " (was " + tmax + ")");
            }
        }
        LocalTime cutOff = null;
        ZoneId zone = null;
        JsonNode cn = n.get("cutOff");
        if (cn == null) {
            problem(p + ".cutOff", "required");
        } else if (object(cn, p + ".cutOff", CUTOFF)) {
            String t = text(cn, "time", p + ".cutOff", true);
            if (t != null) {
                try {
                    cutOff = LocalTime.parse(t);
                } catch (DateTimeException e) {
                    problem(p + ".cutOff.time", "not a time HH:mm (was \"" + t + "\")");
                }
            }
            String z = text(cn, "zone", p + ".cutOff", true);
            if (z != null) {
                try {
                    zone = ZoneId.of(z);
                } catch (DateTimeException e) {
                    problem(p + ".cutOff.zone", "not a time-zone id such as Europe/Berlin (was \"" + z + "\")");
                }
            }
        }
        Set<DayOfWeek> workingDays = workingDays(n, p);
        Set<LocalDate> holidays = dates(n, "holidays", p);

        // cross-field checks
        if (pricing instanceof WeightPricing.Table t && maxWeight != null && t.additionalKg() == null
                && !t.breaks().isEmpty() && t.breaks().get(t.breaks().size() - 1).upToKg().compareTo(maxWeight) < 0) {
            problem(p + ".limits.maxWeightKg", "above the last weight break " + t.breaks().get(t.breaks().size() - 1).upToKg()
                    + " and the table has no additionalKg step to price it");
        }
        if (problems.size() > before) {
            return null;
        }
        return new RateCard(id, carrier, service, mode, origins, destinations, currency, eff[0], eff[1], source, version,
                pricing, step, divisor, fuel, remote, minimum, maxWeight, longest, sum, girth, forbidden, tracked, ddp,
                tmin, tmax, cutOff, zone, workingDays, holidays, entersAs);
    }

    private Warehouse readWarehouse(JsonNode n, String p, String dataVersion, String headerSource) {
        int before = problems.size();
        if (!object(n, p, WAREHOUSE)) {
            return null;
        }
        String id = id(n, "id", p);
        String name = text(n, "name", p, true);
        ShippingMode mode = enumValue(n, "mode", p, ShippingMode.class);
        if (mode != null && mode.direct()) {
            problem(p + ".mode", "a warehouse's mode must be OVERSEAS_WAREHOUSE or MARKETPLACE_FULFILMENT (was " + mode + ")");
        }
        CountryCode country = country(n.get("country"), p + ".country");
        CurrencyUnit currency = currency(n, "currency", p);
        LocalDate[] eff = effective(n, p);
        String source = n.has("source") ? text(n, "source", p, true) : headerSource;
        String version = n.has("version") ? text(n, "version", p, true) : dataVersion;
        text(n, "note", p, false);
        MonetaryAmount perOrder = money(n, "pickPackPerOrder", p, currency);
        MonetaryAmount perUnit = money(n, "pickPackPerUnit", p, currency);
        MonetaryAmount storage = money(n, "storagePerUnitPerMonth", p, currency);
        BigDecimal months = decimal(n, "expectedStorageMonths", p, true);
        if (months != null && (months.signum() < 0 || months.compareTo(BigDecimal.valueOf(120)) > 0)) {
            problem(p + ".expectedStorageMonths", "must be 0 to 120 (was " + months.toPlainString() + ")");
        }
        if (perUnit != null && storage != null && months != null && months.signum() >= 0
                && months.compareTo(BigDecimal.valueOf(120)) <= 0) {
            BigDecimal perUnitTotal = perUnit.getNumber().numberValue(BigDecimal.class)
                    .add(storage.getNumber().numberValue(BigDecimal.class).multiply(months));
            if (perUnitTotal.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                problem(p + ".storagePerUnitPerMonth", "pick and pack plus storage per unit comes to "
                        + perUnitTotal.toPlainString() + ", above the plausible maximum of 1000000 per unit");
            }
        }
        List<String> lastMile = new ArrayList<>();
        JsonNode lm = n.get("lastMileCards");
        if (lm == null || !lm.isArray() || lm.isEmpty()) {
            problem(p + ".lastMileCards", "required: a non-empty array of rate card ids");
        } else {
            for (int i = 0; i < lm.size(); i++) {
                JsonNode e = lm.get(i);
                if (!e.isTextual() || e.asText().isBlank()) {
                    problem(p + ".lastMileCards[" + i + "]", "must be a rate card id");
                } else if (lastMile.contains(e.asText())) {
                    problem(p + ".lastMileCards[" + i + "]", "duplicate id \"" + e.asText() + "\"");
                } else {
                    lastMile.add(e.asText());
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Warehouse(id, name, mode, country, currency, eff[0], eff[1], source, version, perOrder, perUnit,
                storage, months, lastMile);
    }

    private WeightPricing pricing(JsonNode n, String p, CurrencyUnit currency) {
        if (n == null) {
            problem(p, "required");
            return null;
        }
        if (!n.isObject()) {
            problem(p, "must be an object");
            return null;
        }
        String type = n.path("type").isTextual() ? n.get("type").asText() : null;
        if (type == null) {
            problem(p + ".type", "required: STEP, PER_KG or TABLE");
            return null;
        }
        switch (type) {
            case "STEP": {
                if (!object(n, p, STEP)) return null;
                BigDecimal firstKg = kg(n, "firstKg", p, true);
                MonetaryAmount firstPrice = money(n, "firstPrice", p, currency);
                BigDecimal addKg = kg(n, "additionalKg", p, true);
                MonetaryAmount addPrice = money(n, "additionalPrice", p, currency);
                return firstKg == null || firstPrice == null || addKg == null || addPrice == null ? null
                        : new WeightPricing.Step(firstKg, firstPrice, addKg, addPrice);
            }
            case "PER_KG": {
                if (!object(n, p, PER_KG)) return null;
                MonetaryAmount perKg = money(n, "perKg", p, currency);
                MonetaryAmount perParcel = money(n, "perParcel", p, currency);
                return perKg == null || perParcel == null ? null : new WeightPricing.PerKg(perKg, perParcel);
            }
            case "TABLE": {
                if (!object(n, p, TABLE)) return null;
                List<WeightPricing.Break> breaks = new ArrayList<>();
                JsonNode bn = n.get("breaks");
                boolean ok = true;
                if (bn == null || !bn.isArray() || bn.isEmpty()) {
                    problem(p + ".breaks", "required: a non-empty array of {upToKg, price}");
                    ok = false;
                } else {
                    BigDecimal prev = null;
                    for (int i = 0; i < bn.size(); i++) {
                        String bp = p + ".breaks[" + i + "]";
                        JsonNode b = bn.get(i);
                        if (!object(b, bp, BREAK)) {
                            ok = false;
                            continue;
                        }
                        BigDecimal upTo = kg(b, "upToKg", bp, true);
                        MonetaryAmount price = money(b, "price", bp, currency);
                        if (upTo == null || price == null) {
                            ok = false;
                            continue;
                        }
                        if (prev != null && upTo.compareTo(prev) <= 0) {
                            problem(bp + ".upToKg", "breaks must ascend strictly (" + upTo.toPlainString()
                                    + " follows " + prev.toPlainString() + ")");
                            ok = false;
                        }
                        prev = upTo;
                        breaks.add(new WeightPricing.Break(upTo, price));
                    }
                }
                BigDecimal addKg = kg(n, "additionalKg", p, false);
                MonetaryAmount addPrice = n.has("additionalPrice") ? money(n, "additionalPrice", p, currency) : null;
                if (n.has("additionalKg") != n.has("additionalPrice")) {
                    problem(p, "additionalKg and additionalPrice go together: give both or neither");
                    ok = false;
                }
                return ok ? new WeightPricing.Table(breaks, addKg, addPrice) : null;
            }
            default:
                problem(p + ".type", "unknown pricing type \"" + type + "\" (STEP, PER_KG or TABLE)");
                return null;
        }
    }

    // ---- field readers ----

    private String text(JsonNode n, String field, String p, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(p + "." + field, "required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(p + "." + field, "must be non-blank text");
            return null;
        }
        return v.asText().strip();
    }

    private String id(JsonNode n, String field, String p) {
        String s = text(n, field, p, true);
        if (s != null && !ID.matcher(s).matches()) {
            problem(p + "." + field, "must be 1-100 characters of letters, digits, '.', '_' or '-' (was \"" + s + "\")");
            return null;
        }
        return s;
    }

    private <E extends Enum<E>> E enumValue(JsonNode n, String field, String p, Class<E> type) {
        String s = text(n, field, p, true);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            problem(p + "." + field, "unknown value \"" + s + "\" (one of " + EnumSet.allOf(type) + ")");
            return null;
        }
    }

    private CountryCode country(JsonNode v, String p) {
        if (v == null || v.isNull()) {
            problem(p, "required");
            return null;
        }
        if (!v.isTextual()) {
            problem(p, "must be an ISO 3166-1 alpha-2 code");
            return null;
        }
        try {
            return new CountryCode(v.asText());
        } catch (InvalidInputException e) {
            problem(p, "unknown country code \"" + v.asText() + "\" (ISO 3166-1 alpha-2, upper case)");
            return null;
        }
    }

    private Set<CountryCode> countries(JsonNode n, String field, String p) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            problem(p + "." + field, "required: a non-empty array of country codes");
            return null;
        }
        Set<CountryCode> out = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < v.size(); i++) {
            CountryCode c = country(v.get(i), p + "." + field + "[" + i + "]");
            if (c == null) {
                ok = false;
            } else if (!out.add(c)) {
                problem(p + "." + field + "[" + i + "]", "duplicate country " + c);
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private CurrencyUnit currency(JsonNode n, String field, String p) {
        String s = text(n, field, p, true);
        if (s == null) {
            return null;
        }
        if (s.length() != 3 || !s.equals(s.toUpperCase(Locale.ROOT))) {
            problem(p + "." + field, "must be an ISO 4217 code such as EUR (was \"" + s + "\")");
            return null;
        }
        try {
            return dev.xborder.core.money.Amounts.currency(s);
        } catch (InvalidInputException e) {
            problem(p + "." + field, "unknown currency \"" + s + "\"");
            return null;
        }
    }

    private BigDecimal decimal(JsonNode n, String field, String p, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(p + "." + field, "required");
            }
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText().strip());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        problem(p + "." + field, "must be a decimal number (was " + v + ")");
        return null;
    }

    private BigDecimal kg(JsonNode n, String field, String p, boolean required) {
        BigDecimal v = decimal(n, field, p, required);
        if (v == null) {
            return null;
        }
        if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 3 || v.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            problem(p + "." + field, "must be a weight in kg above 0, at most 100000, in whole grams (was " + v.toPlainString() + ")");
            return null;
        }
        return v;
    }

    private BigDecimal cm(JsonNode n, String field, String p) {
        BigDecimal v = decimal(n, field, p, false);
        if (v == null) {
            return null;
        }
        if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 1 || v.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            problem(p + "." + field, "must be a length in cm above 0, at most 100000, in whole mm (was " + v.toPlainString() + ")");
            return null;
        }
        return v;
    }

    private MonetaryAmount money(JsonNode n, String field, String p, CurrencyUnit currency) {
        BigDecimal v = decimal(n, field, p, true);
        if (v == null || currency == null) {
            return null;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > digits || v.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            problem(p + "." + field, "must be an amount of " + currency.getCurrencyCode() + " from 0 to 1e9 with at most "
                    + digits + " decimals (was " + v.toPlainString() + ")");
            return null;
        }
        return Money.of(v, currency);
    }

    private Boolean bool(JsonNode n, String field, String p) {
        JsonNode v = n.get(field);
        if (v == null || !v.isBoolean()) {
            problem(p + "." + field, "required: true or false");
            return null;
        }
        return v.booleanValue();
    }

    private int integer(JsonNode n, String field, String p, int min, int max) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            problem(p + "." + field, "required: a whole number from " + min + " to " + max + (v == null ? "" : " (was " + v + ")"));
            return -1;
        }
        return v.intValue();
    }

    private LocalDate date(JsonNode v, String p) {
        if (v == null || !v.isTextual()) {
            problem(p, "must be an ISO date yyyy-MM-dd");
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeException e) {
            problem(p, "not an ISO date yyyy-MM-dd (was \"" + v.asText() + "\")");
            return null;
        }
    }

    private LocalDate[] effective(JsonNode n, String p) {
        JsonNode e = n.get("effective");
        LocalDate[] out = new LocalDate[2];
        if (e == null) {
            problem(p + ".effective", "required: {\"from\": date, \"until\": date or absent}");
            return out;
        }
        if (!object(e, p + ".effective", EFFECTIVE)) {
            return out;
        }
        out[0] = date(e.get("from"), p + ".effective.from");
        JsonNode u = e.get("until");
        if (u != null && !u.isNull()) {
            out[1] = date(u, p + ".effective.until");
            if (out[0] != null && out[1] != null && !out[1].isAfter(out[0])) {
                problem(p + ".effective.until", "must be after from " + out[0] + " (until is exclusive)");
            }
        }
        return out;
    }

    private Set<GoodsFlag> goodsFlags(JsonNode n, String field, String p) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            problem(p + "." + field, "required: an array of goods flags or UN numbers (may be empty)");
            return Set.of();
        }
        Set<GoodsFlag> out = EnumSet.noneOf(GoodsFlag.class);
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String s = e.isTextual() ? e.asText().strip() : null;
            GoodsFlag flag = s == null ? null : flag(s);
            if (flag == null) {
                problem(p + "." + field + "[" + i + "]", "unknown goods flag " + e + " (one of "
                        + EnumSet.allOf(GoodsFlag.class) + ", or a battery UN number such as UN3480)");
            } else if (!out.add(flag)) {
                problem(p + "." + field + "[" + i + "]", "duplicate goods flag " + flag);
            }
        }
        return out;
    }

    private static GoodsFlag flag(String s) {
        for (GoodsFlag f : GoodsFlag.values()) {
            if (f.name().equals(s) || f.unNumber().map(s::equals).orElse(false)) {
                return f;
            }
        }
        return null;
    }

    private Set<DayOfWeek> workingDays(JsonNode n, String p) {
        JsonNode v = n.get("workingDays");
        if (v == null || !v.isArray() || v.isEmpty()) {
            problem(p + ".workingDays", "required: a non-empty array such as [\"MONDAY\", ..., \"FRIDAY\"]");
            return Set.of(DayOfWeek.MONDAY);
        }
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            DayOfWeek d = null;
            if (e.isTextual()) {
                try {
                    d = DayOfWeek.valueOf(e.asText());
                } catch (IllegalArgumentException ignored) {
                    // reported below
                }
            }
            if (d == null) {
                problem(p + ".workingDays[" + i + "]", "not a day of week MONDAY..SUNDAY (was " + e + ")");
            } else if (!out.add(d)) {
                problem(p + ".workingDays[" + i + "]", "duplicate day " + d);
            }
        }
        return out.isEmpty() ? Set.of(DayOfWeek.MONDAY) : out;
    }

    private Set<LocalDate> dates(JsonNode n, String field, String p) {
        JsonNode v = n.get(field);
        if (v == null) {
            return Set.of();
        }
        if (!v.isArray()) {
            problem(p + "." + field, "must be an array of ISO dates");
            return Set.of();
        }
        Set<LocalDate> out = new HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            LocalDate d = date(v.get(i), p + "." + field + "[" + i + "]");
            if (d != null && !out.add(d)) {
                problem(p + "." + field + "[" + i + "]", "duplicate date " + d);
            }
        }
        return out;
    }
}
