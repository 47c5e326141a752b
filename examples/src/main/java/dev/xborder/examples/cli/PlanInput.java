package dev.xborder.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.XborderException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.logistics.PlanLine;
import dev.xborder.core.logistics.PlanRequest;
import dev.xborder.core.logistics.SelectionPolicy;
import dev.xborder.core.logistics.ServiceNeeds;
import dev.xborder.core.logistics.StockPosition;
import dev.xborder.core.money.Amounts;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.GoodsFlag;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.TaxRegistration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Reads the {@code xborder plan} input (documented in docs/cli.md): a strict JSON object; every
 * unknown property or bad value is an error naming its JSON path.
 */
final class PlanInput {
    record Parsed(PlanRequest request, SelectionPolicy policy) {
    }

    private static final Set<String> TOP = Set.of("date", "origin", "destination", "currency", "channel", "registrations",
            "policy", "needs", "lines", "stock");
    private static final Set<String> NEEDS = Set.of("deliverBy", "withinDays", "tracked", "ddp", "maxBudget");
    private static final Set<String> LINE = Set.of("sku", "quantity", "unitValue", "unitWeightKg", "dimensionsCm", "hsCode",
            "originCountry", "taxCategory", "flags");
    private static final Set<String> STOCK = Set.of("warehouseId", "country", "sku", "quantity", "dutyPerUnit", "taxPerUnit");

    private PlanInput() {
    }

    static Parsed parse(Inputs.Text in) {
        JsonNode root = Inputs.tree(in);
        try {
            return parse(root);
        } catch (XborderException e) {
            throw CliException.input(in.name() + ": " + e.getMessage(), e);
        }
    }

    private static Parsed parse(JsonNode root) {
        object(root, "$", TOP);
        CurrencyUnit currency = Amounts.currency(text(root, "currency", true));
        PlanRequest.Builder b = PlanRequest.builder()
                .shipDate(date(root, "date"))
                .origin(country(text(root, "origin", true), "origin"))
                .destination(value(root.get("destination"), "destination", Address.class));
        String channel = text(root, "channel", false);
        if (channel != null) {
            b.channel(enumValue(SalesChannel.class, channel, "channel"));
        }
        JsonNode regs = root.get("registrations");
        if (regs != null) {
            array(regs, "registrations");
            for (int i = 0; i < regs.size(); i++) {
                b.registration(value(regs.get(i), "registrations[" + i + "]", TaxRegistration.class));
            }
        }
        JsonNode needs = root.get("needs");
        if (needs != null) {
            b.needs(needs(needs, currency));
        }
        JsonNode lines = root.get("lines");
        if (lines == null) {
            throw new InvalidInputException("lines", null, "required: at least one line");
        }
        array(lines, "lines");
        for (int i = 0; i < lines.size(); i++) {
            b.line(line(lines.get(i), "lines[" + i + "]", currency));
        }
        JsonNode stock = root.get("stock");
        if (stock != null) {
            array(stock, "stock");
            for (int i = 0; i < stock.size(); i++) {
                b.stock(stock(stock.get(i), "stock[" + i + "]", currency));
            }
        }
        String policy = text(root, "policy", false);
        SelectionPolicy p = policy == null ? SelectionPolicy.cheapest() : switch (policy.toUpperCase(Locale.ROOT)) {
            case "CHEAPEST" -> SelectionPolicy.cheapest();
            case "FASTEST" -> SelectionPolicy.fastest();
            case "PARETO" -> SelectionPolicy.pareto();
            default -> throw new InvalidInputException("policy", policy, "not one of [CHEAPEST, FASTEST, PARETO]");
        };
        return new Parsed(b.build(), p);
    }

    private static ServiceNeeds needs(JsonNode n, CurrencyUnit currency) {
        object(n, "needs", NEEDS);
        ServiceNeeds.Builder b = ServiceNeeds.builder();
        if (n.hasNonNull("deliverBy")) {
            b.deliverBy(date(n, "deliverBy", "needs.deliverBy"));
        }
        if (n.hasNonNull("withinDays")) {
            b.withinDays(integer(n.get("withinDays"), "needs.withinDays"));
        }
        if (n.hasNonNull("tracked")) {
            b.trackedRequired(bool(n.get("tracked"), "needs.tracked"));
        }
        if (n.hasNonNull("ddp")) {
            b.ddpRequired(bool(n.get("ddp"), "needs.ddp"));
        }
        if (n.hasNonNull("maxBudget")) {
            b.maxBudget(Amounts.of(decimal(n.get("maxBudget"), "needs.maxBudget"), currency));
        }
        return b.build();
    }

    private static PlanLine line(JsonNode n, String path, CurrencyUnit currency) {
        object(n, path, LINE);
        JsonNode dims = n.get("dimensionsCm");
        if (dims == null || !dims.isArray() || dims.size() != 3) {
            throw new InvalidInputException(path + ".dimensionsCm", dims, "required: [length, width, height] in cm");
        }
        Dimensions d = Dimensions.cm(decimal(dims.get(0), path + ".dimensionsCm[0]").toPlainString(),
                decimal(dims.get(1), path + ".dimensionsCm[1]").toPlainString(),
                decimal(dims.get(2), path + ".dimensionsCm[2]").toPlainString());
        Set<GoodsFlag> flags = EnumSet.noneOf(GoodsFlag.class);
        JsonNode f = n.get("flags");
        if (f != null) {
            array(f, path + ".flags");
            for (int i = 0; i < f.size(); i++) {
                flags.add(enumValue(GoodsFlag.class, f.get(i).asText(), path + ".flags[" + i + "]"));
            }
        }
        String hs = text(n, "hsCode", false);
        String origin = text(n, "originCountry", false);
        String category = text(n, "taxCategory", false);
        return new PlanLine(Sku.of(text(n, "sku", true, path)), integer(n.get("quantity"), path + ".quantity"),
                Weight.kg(decimal(n.get("unitWeightKg"), path + ".unitWeightKg")), d,
                Amounts.of(decimal(n.get("unitValue"), path + ".unitValue"), currency),
                hs == null ? null : hsCode(hs, path + ".hsCode"),
                origin == null ? null : country(origin, path + ".originCountry"),
                category == null ? TaxCategory.STANDARD : enumValue(TaxCategory.class, category, path + ".taxCategory"),
                flags);
    }

    private static StockPosition stock(JsonNode n, String path, CurrencyUnit currency) {
        object(n, path, STOCK);
        return new StockPosition(text(n, "warehouseId", true, path), country(text(n, "country", true, path), path + ".country"),
                Sku.of(text(n, "sku", true, path)), integer(n.get("quantity"), path + ".quantity"),
                n.hasNonNull("dutyPerUnit") ? Amounts.of(decimal(n.get("dutyPerUnit"), path + ".dutyPerUnit"), currency) : null,
                n.hasNonNull("taxPerUnit") ? Amounts.of(decimal(n.get("taxPerUnit"), path + ".taxPerUnit"), currency) : null);
    }

    // ---------------------------------------------------------------- strict readers

    private static void object(JsonNode n, String path, Set<String> allowed) {
        if (n == null || !n.isObject()) {
            throw new InvalidInputException(path, n == null ? null : n.toString(), "must be a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new InvalidInputException(path.equals("$") ? name : path + "." + name, null,
                        "unknown property; known properties are " + allowed.stream().sorted().toList());
            }
        }
    }

    private static void array(JsonNode n, String path) {
        if (!n.isArray()) {
            throw new InvalidInputException(path, n.toString(), "must be a JSON array");
        }
    }

    private static String text(JsonNode n, String field, boolean required) {
        return text(n, field, required, null);
    }

    private static String text(JsonNode n, String field, boolean required, String parent) {
        String path = parent == null ? field : parent + "." + field;
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidInputException(path, null, "required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException(path, v.toString(), "must be a string");
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode n, String field) {
        return date(n, field, field);
    }

    private static LocalDate date(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidInputException(path, v == null ? null : v.toString(), "required: an ISO date such as 2026-11-20");
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(path, v.asText(), "not an ISO-8601 date (yyyy-MM-dd)");
        }
    }

    private static int integer(JsonNode v, String path) {
        if (v == null || !v.canConvertToExactIntegral() || !v.canConvertToInt()) {
            throw new InvalidInputException(path, v == null ? null : v.toString(), "required: a whole number");
        }
        return v.intValue();
    }

    private static boolean bool(JsonNode v, String path) {
        if (!v.isBoolean()) {
            throw new InvalidInputException(path, v.toString(), "must be true or false");
        }
        return v.booleanValue();
    }

    private static BigDecimal decimal(JsonNode v, String path) {
        if (v == null || v.isNull()) {
            throw new InvalidInputException(path, null, "required: a decimal such as \"12.50\"");
        }
        try {
            return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(path, v.asText(), "not a decimal number");
        }
    }

    private static CountryCode country(String code, String path) {
        try {
            return CountryCode.of(code);
        } catch (XborderException e) {
            throw new InvalidInputException(e.code(), path, code, "not a known ISO 3166-1 alpha-2 country code", e);
        }
    }

    private static HsCode hsCode(String code, String path) {
        try {
            return HsCode.of(code);
        } catch (XborderException e) {
            throw new InvalidInputException(e.code(), path, code, e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path, value, "not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> T value(JsonNode n, String path, Class<T> type) {
        if (n == null || n.isNull()) {
            throw new InvalidInputException(path, null, "required");
        }
        try {
            return Inputs.MAPPER.treeToValue(n, type);
        } catch (JsonProcessingException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof XborderException x) {
                    throw new InvalidInputException(path + "." + x.field().orElse("?"), x.value().orElse(null),
                            x.getMessage().replaceFirst("^[^:]*: ", ""));
                }
            }
            throw new InvalidInputException(path, n.toString(), e.getOriginalMessage());
        } catch (XborderException x) {
            throw new InvalidInputException(path + "." + x.field().orElse("?"), x.value().orElse(null),
                    x.getMessage().replaceFirst("^[^:]*: ", ""));
        }
    }

}
