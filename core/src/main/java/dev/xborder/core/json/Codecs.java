package dev.xborder.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.Advisory;
import dev.xborder.core.landed.CollectionGroup;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.FeeLine;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.landed.QuoteTotals;
import dev.xborder.core.order.Buyer;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.order.OrderStatus;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.GoodsFlag;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.LengthUnit;
import dev.xborder.core.product.Product;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.product.WeightUnit;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Readers and writers for every domain value. Reading goes through the domain's validating
 * factories; writing emits the documented JSON form. Package-private: users register
 * {@link XborderModule}.
 */
final class Codecs {
    private Codecs() {
    }

    // ------------------------------------------------------------------ generic plumbing

    /** A serializer from a lambda. */
    static <T> JsonSerializer<T> writer(Class<T> type, Writer<T> w) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                w.write(value, gen);
            }

            @Override
            public Class<T> handledType() {
                return type;
            }
        };
    }

    /** A deserializer from a function over the exact tree. */
    static <T> JsonDeserializer<T> reader(Function<JsonIn, T> r) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonIn in = JsonIn.read(p, ctxt);
                return in.map(r);
            }
        };
    }

    @FunctionalInterface
    interface Writer<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    static String decimal(BigDecimal d) {
        // plain notation; a negative scale keeps its exponent so that the value reads back with equal scale
        return d.scale() < 0 ? d.toString() : d.toPlainString();
    }

    // ------------------------------------------------------------------ scalars

    static CountryCode country(JsonIn in) {
        return in.map(i -> CountryCode.of(i.string()));
    }

    static HsCode hsCode(JsonIn in) {
        return in.map(i -> HsCode.of(i.string()));
    }

    static Sku sku(JsonIn in) {
        return in.map(i -> Sku.of(i.string()));
    }

    static CurrencyUnit currency(JsonIn in) {
        String code = in.string();
        try {
            return dev.xborder.core.money.Amounts.currency(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (InvalidInputException e) {
            throw new JsonInputException(ErrorCode.UNKNOWN_CODE, in.path().isEmpty() ? "$" : in.path(), code,
                    "not an ISO 4217 currency code", null);
        }
    }

    static LocalDate date(JsonIn in) {
        String s = in.string();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw in.error(s, "not an ISO-8601 date (yyyy-MM-dd)");
        }
    }

    static Instant instant(JsonIn in) {
        String s = in.string();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw in.error(s, "not an ISO-8601 instant, e.g. 2026-03-01T12:00:00Z");
        }
    }

    // ------------------------------------------------------------------ money

    static final Set<String> MONEY = Set.of("amount", "currency");

    /**
     * The amount as a decimal string with at least the currency's minor-unit digits ({@code "12.30"}
     * EUR, {@code "1000"} JPY, {@code "1.250"} KWD); more digits are kept, never rounded.
     */
    static String amountText(MonetaryAmount m) {
        BigDecimal d = m.getNumber().numberValueExact(BigDecimal.class);
        int minor = Math.max(0, m.getCurrency().getDefaultFractionDigits());
        if (d.scale() < minor) {
            d = d.setScale(minor);
        }
        return d.toPlainString();
    }

    static void writeMoney(MonetaryAmount m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("amount", amountText(m));
        g.writeStringField("currency", m.getCurrency().getCurrencyCode());
        g.writeEndObject();
    }

    static MonetaryAmount money(JsonIn in) {
        in.object(MONEY);
        BigDecimal amount = in.required("amount").decimal();
        CurrencyUnit currency = currency(in.required("currency"));
        return in.map(i -> Money.of(amount, currency));
    }

    /**
     * An amount in a known currency: written as a decimal string when its currency is {@code context},
     * as a money object otherwise.
     */
    static void writeAmount(String name, MonetaryAmount m, CurrencyUnit context, JsonGenerator g) throws IOException {
        g.writeFieldName(name);
        if (context != null && m.getCurrency().equals(context)) {
            g.writeString(amountText(m));
        } else {
            writeMoney(m, g);
        }
    }

    /** Reads a decimal string or number in {@code context}, or a money object. */
    static MonetaryAmount amount(JsonIn in, CurrencyUnit context) {
        if (in.node().isObject()) {
            return money(in);
        }
        if (context == null) {
            throw in.error(null, "must be a money object {amount, currency} here (no enclosing currency)");
        }
        BigDecimal d = in.decimal();
        return in.map(i -> Money.of(d, context));
    }

    // ------------------------------------------------------------------ product values

    static final Set<String> WEIGHT = Set.of("value", "unit");

    static void writeWeight(Weight w, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", decimal(w.value()));
        g.writeStringField("unit", w.unit().name());
        g.writeEndObject();
    }

    static Weight weight(JsonIn in) {
        in.object(WEIGHT);
        BigDecimal v = in.required("value").decimal();
        WeightUnit u = in.required("unit").enumValue(WeightUnit.class);
        return in.map(i -> Weight.of(v, u));
    }

    static final Set<String> DIMENSIONS = Set.of("length", "width", "height", "unit");

    static void writeDimensions(Dimensions d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("length", decimal(d.length()));
        g.writeStringField("width", decimal(d.width()));
        g.writeStringField("height", decimal(d.height()));
        g.writeStringField("unit", d.unit().name());
        g.writeEndObject();
    }

    static Dimensions dimensions(JsonIn in) {
        in.object(DIMENSIONS);
        BigDecimal l = in.required("length").decimal();
        BigDecimal w = in.required("width").decimal();
        BigDecimal h = in.required("height").decimal();
        LengthUnit u = in.required("unit").enumValue(LengthUnit.class);
        return in.map(i -> new Dimensions(l, w, h, u));
    }

    static final Set<String> PRODUCT = Set.of("sku", "title", "hsCode", "hsCodesByDestination", "originCountry",
            "unitValue", "unitWeight", "dimensions", "taxCategory", "flags");

    static void writeProduct(Product p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("sku", p.sku().value());
        g.writeStringField("title", p.title());
        if (p.hsCode().isPresent()) {
            g.writeStringField("hsCode", p.hsCode().get().digits());
        }
        if (!p.hsCodesByDestination().isEmpty()) {
            g.writeObjectFieldStart("hsCodesByDestination");
            for (Map.Entry<CountryCode, HsCode> e : new TreeMap<>(p.hsCodesByDestination()).entrySet()) {
                g.writeStringField(e.getKey().alpha2(), e.getValue().digits());
            }
            g.writeEndObject();
        }
        if (p.originCountry().isPresent()) {
            g.writeStringField("originCountry", p.originCountry().get().alpha2());
        }
        g.writeFieldName("unitValue");
        writeMoney(p.unitValue(), g);
        g.writeFieldName("unitWeight");
        writeWeight(p.unitWeight(), g);
        if (p.dimensions().isPresent()) {
            g.writeFieldName("dimensions");
            writeDimensions(p.dimensions().get(), g);
        }
        g.writeStringField("taxCategory", p.taxCategory().name());
        if (!p.flags().isEmpty()) {
            g.writeArrayFieldStart("flags");
            for (GoodsFlag f : EnumSet.copyOf(p.flags())) {
                g.writeString(f.name());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static Product product(JsonIn in) {
        in.object(PRODUCT);
        Product.Builder b = in.map(i -> Product.builder(sku(i.required("sku"))));
        JsonIn title = in.required("title");
        title.map(t -> b.title(t.string()));
        JsonIn hs = in.optional("hsCode");
        if (hs != null) {
            b.hsCode(hsCode(hs));
        }
        JsonIn byDest = in.optional("hsCodesByDestination");
        if (byDest != null) {
            byDest.object(Set.copyOf(byDest.names()));
            for (String name : byDest.names()) {
                JsonIn v = byDest.required(name);
                CountryCode c = v.map(i -> CountryCode.of(name));
                b.hsCodeFor(c, hsCode(v));
            }
        }
        JsonIn origin = in.optional("originCountry");
        if (origin != null) {
            b.originCountry(country(origin));
        }
        b.unitValue(money(in.required("unitValue")));
        b.unitWeight(weight(in.required("unitWeight")));
        JsonIn dims = in.optional("dimensions");
        if (dims != null) {
            b.dimensions(dimensions(dims));
        }
        JsonIn tc = in.optional("taxCategory");
        if (tc != null) {
            b.taxCategory(tc.enumValue(TaxCategory.class));
        }
        JsonIn flags = in.optional("flags");
        if (flags != null) {
            for (JsonIn f : flags.elements()) {
                b.flag(f.enumValue(GoodsFlag.class));
            }
        }
        return in.map(i -> b.build());
    }

    // ------------------------------------------------------------------ geo

    static final Set<String> ADDRESS = Set.of("country", "postalCode", "region", "city", "lines");

    static void writeAddress(Address a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("country", a.country().alpha2());
        if (a.postalCode() != null) {
            g.writeStringField("postalCode", a.postalCode());
        }
        if (a.region() != null) {
            g.writeStringField("region", a.region());
        }
        if (a.city() != null) {
            g.writeStringField("city", a.city());
        }
        if (!a.lines().isEmpty()) {
            g.writeArrayFieldStart("lines");
            for (String l : a.lines()) {
                g.writeString(l);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static Address address(JsonIn in) {
        in.object(ADDRESS);
        CountryCode country = country(in.required("country"));
        String postalCode = in.optString("postalCode");
        String region = in.optString("region");
        String city = in.optString("city");
        List<String> lines = list(in, "lines", JsonIn::string);
        return in.map(i -> new Address(country, postalCode, region, city, lines));
    }

    // ------------------------------------------------------------------ trade

    static final Set<String> REGISTRATION = Set.of("scheme", "number");

    static void writeRegistration(TaxRegistration r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("scheme", r.scheme().name());
        g.writeStringField("number", r.number());
        g.writeEndObject();
    }

    static TaxRegistration registration(JsonIn in) {
        in.object(REGISTRATION);
        RegistrationScheme scheme = in.required("scheme").enumValue(RegistrationScheme.class);
        String number = in.string("number");
        return in.map(i -> TaxRegistration.of(scheme, number));
    }

    // ------------------------------------------------------------------ order

    static final Set<String> BUYER = Set.of("name", "email");

    static void writeBuyer(Buyer b, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (b.name() != null) {
            g.writeStringField("name", b.name());
        }
        if (b.email() != null) {
            g.writeStringField("email", b.email());
        }
        g.writeEndObject();
    }

    static Buyer buyer(JsonIn in) {
        in.object(BUYER);
        String name = in.optString("name");
        String email = in.optString("email");
        return in.map(i -> new Buyer(name, email));
    }

    static final Set<String> ORDER_LINE = Set.of("lineId", "sku", "title", "quantity", "unitPrice", "hsCode",
            "originCountry", "taxCategory", "unitWeight");

    static void writeOrderLine(OrderLine l, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("lineId", l.lineId());
        g.writeStringField("sku", l.sku().value());
        g.writeStringField("title", l.title());
        g.writeNumberField("quantity", l.quantity());
        g.writeFieldName("unitPrice");
        writeMoney(l.unitPrice(), g);
        if (l.hsCode() != null) {
            g.writeStringField("hsCode", l.hsCode().digits());
        }
        if (l.originCountry() != null) {
            g.writeStringField("originCountry", l.originCountry().alpha2());
        }
        g.writeStringField("taxCategory", l.taxCategory().name());
        if (l.unitWeight() != null) {
            g.writeFieldName("unitWeight");
            writeWeight(l.unitWeight(), g);
        }
        g.writeEndObject();
    }

    static OrderLine orderLine(JsonIn in) {
        in.object(ORDER_LINE);
        String lineId = in.string("lineId");
        Sku sku = sku(in.required("sku"));
        String title = in.optString("title");
        int quantity = in.required("quantity").intValue();
        MonetaryAmount unitPrice = money(in.required("unitPrice"));
        HsCode hs = in.has("hsCode") ? hsCode(in.required("hsCode")) : null;
        CountryCode origin = in.has("originCountry") ? country(in.required("originCountry")) : null;
        TaxCategory tc = in.has("taxCategory") ? in.required("taxCategory").enumValue(TaxCategory.class) : null;
        Weight w = in.has("unitWeight") ? weight(in.required("unitWeight")) : null;
        return in.map(i -> new OrderLine(lineId, sku, title, quantity, unitPrice, hs, origin, tc, w));
    }

    static final Set<String> ORDER = Set.of("marketplace", "marketplaceOrderId", "channel", "status", "rawStatus",
            "createdAt", "updatedAt", "buyer", "shipTo", "currency", "lines", "shipping", "total");

    static void writeOrder(Order o, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("marketplace", o.marketplace());
        g.writeStringField("marketplaceOrderId", o.marketplaceOrderId());
        g.writeStringField("channel", o.channel().name());
        g.writeStringField("status", o.status().name());
        g.writeStringField("rawStatus", o.rawStatus());
        g.writeStringField("createdAt", o.createdAt().toString());
        g.writeStringField("updatedAt", o.updatedAt().toString());
        if (o.buyer().isPresent()) {
            g.writeFieldName("buyer");
            writeBuyer(o.buyer().get(), g);
        }
        if (o.shipTo().isPresent()) {
            g.writeFieldName("shipTo");
            writeAddress(o.shipTo().get(), g);
        }
        g.writeStringField("currency", o.currency().getCurrencyCode());
        g.writeArrayFieldStart("lines");
        for (OrderLine l : o.lines()) {
            writeOrderLine(l, g);
        }
        g.writeEndArray();
        if (o.shipping().isPresent()) {
            g.writeFieldName("shipping");
            writeMoney(o.shipping().get(), g);
        }
        if (o.total().isPresent()) {
            g.writeFieldName("total");
            writeMoney(o.total().get(), g);
        }
        g.writeEndObject();
    }

    static Order order(JsonIn in) {
        in.object(ORDER);
        String marketplace = in.string("marketplace");
        String id = in.string("marketplaceOrderId");
        Order.Builder b = in.map(i -> Order.builder(marketplace, id));
        if (in.has("channel")) {
            b.channel(in.required("channel").enumValue(SalesChannel.class));
        }
        OrderStatus status = in.required("status").enumValue(OrderStatus.class);
        b.status(status, in.optString("rawStatus"));
        b.createdAt(instant(in.required("createdAt")));
        b.updatedAt(instant(in.required("updatedAt")));
        if (in.has("buyer")) {
            b.buyer(buyer(in.required("buyer")));
        }
        if (in.has("shipTo")) {
            b.shipTo(address(in.required("shipTo")));
        }
        b.currency(currency(in.required("currency")));
        JsonIn lines = in.optional("lines");
        if (lines != null) {
            for (JsonIn l : lines.elements()) {
                b.line(orderLine(l));
            }
        }
        if (in.has("shipping")) {
            b.shipping(money(in.required("shipping")));
        }
        if (in.has("total")) {
            b.total(money(in.required("total")));
        }
        return in.map(i -> b.build());
    }

    // ------------------------------------------------------------------ landed cost: request

    static final Set<String> QUOTE_LINE = Set.of("sku", "hsCode", "originCountry", "quantity", "unitPrice",
            "taxCategory", "unitWeightKg", "unitWeight");

    static void writeQuoteLine(QuoteLine l, CurrencyUnit context, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("sku", l.sku().value());
        if (l.hsCode() != null) {
            g.writeStringField("hsCode", l.hsCode().digits());
        }
        if (l.originCountry() != null) {
            g.writeStringField("originCountry", l.originCountry().alpha2());
        }
        g.writeNumberField("quantity", l.quantity());
        writeAmount("unitPrice", l.unitPrice(), context, g);
        g.writeStringField("taxCategory", l.taxCategory().name());
        if (l.unitWeight() != null) {
            if (l.unitWeight().unit() == WeightUnit.KG) {
                g.writeStringField("unitWeightKg", decimal(l.unitWeight().value()));
            } else {
                g.writeFieldName("unitWeight");
                writeWeight(l.unitWeight(), g);
            }
        }
        g.writeEndObject();
    }

    static QuoteLine quoteLine(JsonIn in, CurrencyUnit context) {
        in.object(QUOTE_LINE);
        Sku sku = sku(in.required("sku"));
        HsCode hs = in.has("hsCode") ? hsCode(in.required("hsCode")) : null;
        CountryCode origin = in.has("originCountry") ? country(in.required("originCountry")) : null;
        int quantity = in.required("quantity").intValue();
        MonetaryAmount unitPrice = amount(in.required("unitPrice"), context);
        TaxCategory tc = in.has("taxCategory") ? in.required("taxCategory").enumValue(TaxCategory.class) : null;
        Weight w = null;
        if (in.has("unitWeightKg") && in.has("unitWeight")) {
            throw in.error(null, "give unitWeightKg or unitWeight, not both");
        }
        if (in.has("unitWeightKg")) {
            JsonIn kg = in.required("unitWeightKg");
            BigDecimal v = kg.decimal();
            w = kg.map(i -> Weight.kg(v));
        } else if (in.has("unitWeight")) {
            w = weight(in.required("unitWeight"));
        }
        Weight weight = w;
        return in.map(i -> new QuoteLine(sku, hs, origin, quantity, unitPrice, tc, weight));
    }

    static final Set<String> QUOTE_REQUEST = Set.of("date", "origin", "destination", "currency", "incoterm",
            "channel", "registrations", "lines", "shipping", "insurance", "explain", "transportMode");

    static void writeQuoteRequest(QuoteRequest r, JsonGenerator g) throws IOException {
        CurrencyUnit c = r.currency();
        g.writeStartObject();
        g.writeStringField("date", r.date().toString());
        g.writeStringField("origin", r.origin().alpha2());
        g.writeFieldName("destination");
        writeAddress(r.destination(), g);
        g.writeStringField("currency", c.getCurrencyCode());
        g.writeStringField("incoterm", r.incoterm().name());
        g.writeStringField("channel", r.channel().name());
        g.writeArrayFieldStart("registrations");
        for (TaxRegistration reg : r.registrations()) {
            writeRegistration(reg, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lines");
        for (QuoteLine l : r.lines()) {
            writeQuoteLine(l, c, g);
        }
        g.writeEndArray();
        writeAmount("shipping", r.shipping(), c, g);
        writeAmount("insurance", r.insurance(), c, g);
        g.writeBooleanField("explain", r.explain());
        if (r.transportMode().isPresent()) {
            g.writeStringField("transportMode", r.transportMode().get().name());
        }
        g.writeEndObject();
    }

    static QuoteRequest quoteRequest(JsonIn in) {
        in.object(QUOTE_REQUEST);
        QuoteRequest.Builder b = QuoteRequest.builder();
        b.date(date(in.required("date")));
        b.origin(country(in.required("origin")));
        b.destination(address(in.required("destination")));
        CurrencyUnit c = currency(in.required("currency"));
        b.currency(c);
        if (in.has("incoterm")) {
            b.incoterm(in.required("incoterm").enumValue(Incoterm.class));
        }
        if (in.has("channel")) {
            b.channel(in.required("channel").enumValue(SalesChannel.class));
        }
        JsonIn regs = in.optional("registrations");
        if (regs != null) {
            for (JsonIn r : regs.elements()) {
                b.registration(registration(r));
            }
        }
        JsonIn lines = in.optional("lines");
        if (lines != null) {
            for (JsonIn l : lines.elements()) {
                b.line(quoteLine(l, c));
            }
        }
        if (in.has("shipping")) {
            b.shipping(amount(in.required("shipping"), c));
        }
        if (in.has("insurance")) {
            b.insurance(amount(in.required("insurance"), c));
        }
        if (in.has("explain")) {
            b.explain(in.required("explain").bool());
        }
        if (in.has("transportMode")) {
            b.transportMode(in.required("transportMode").enumValue(TransportMode.class));
        }
        return in.map(i -> b.build());
    }

    // ------------------------------------------------------------------ landed cost: quote

    static final Set<String> COLLECTION = Set.of("taxCollector", "taxPoint", "dutyCollector", "dutyPoint");

    static void writeCollection(Collection c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("taxCollector", c.taxCollector().name());
        g.writeStringField("taxPoint", c.taxPoint().name());
        g.writeStringField("dutyCollector", c.dutyCollector().name());
        g.writeStringField("dutyPoint", c.dutyPoint().name());
        g.writeEndObject();
    }

    static Collection collection(JsonIn in) {
        in.object(COLLECTION);
        Collector tc = in.required("taxCollector").enumValue(Collector.class);
        CollectionPoint tp = in.required("taxPoint").enumValue(CollectionPoint.class);
        Collector dc = in.required("dutyCollector").enumValue(Collector.class);
        CollectionPoint dp = in.required("dutyPoint").enumValue(CollectionPoint.class);
        return in.map(i -> new Collection(tc, tp, dc, dp));
    }

    static final Set<String> LINE_RESULT = Set.of("sku", "customsValue", "duty", "tax", "issues");

    static void writeLineResult(LineResult l, CurrencyUnit context, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("sku", l.sku().value());
        writeAmount("customsValue", l.customsValue(), context, g);
        writeAmount("duty", l.duty(), context, g);
        writeAmount("tax", l.tax(), context, g);
        if (!l.issues().isEmpty()) {
            g.writeArrayFieldStart("issues");
            for (String s : l.issues()) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static LineResult lineResult(JsonIn in, CurrencyUnit context) {
        in.object(LINE_RESULT);
        Sku sku = sku(in.required("sku"));
        MonetaryAmount cv = amount(in.required("customsValue"), context);
        MonetaryAmount duty = amount(in.required("duty"), context);
        MonetaryAmount tax = amount(in.required("tax"), context);
        List<String> issues = list(in, "issues", JsonIn::string);
        return in.map(i -> new LineResult(sku, cv, duty, tax, issues));
    }

    static final List<String> TOTAL_NAMES = List.of("goods", "shipping", "insurance", "duty", "tax", "fees",
            "landedCost");

    static void writeTotals(QuoteTotals t, CurrencyUnit context, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeAmount("goods", t.goods(), context, g);
        writeAmount("shipping", t.shipping(), context, g);
        writeAmount("insurance", t.insurance(), context, g);
        writeAmount("duty", t.duty(), context, g);
        writeAmount("tax", t.tax(), context, g);
        writeAmount("fees", t.fees(), context, g);
        writeAmount("landedCost", t.landedCost(), context, g);
        g.writeEndObject();
    }

    static QuoteTotals totals(JsonIn in, CurrencyUnit context) {
        in.object(Set.copyOf(TOTAL_NAMES));
        Map<String, MonetaryAmount> m = new LinkedHashMap<>();
        for (String n : TOTAL_NAMES) {
            m.put(n, amount(in.required(n), context));
        }
        return in.map(i -> new QuoteTotals(m.get("goods"), m.get("shipping"), m.get("insurance"), m.get("duty"),
                m.get("tax"), m.get("fees"), m.get("landedCost")));
    }

    static final Set<String> EXPLANATION = Set.of("ruleId", "kind", "reason", "figures", "source");

    static void writeExplanation(Explanation e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", e.ruleId());
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("reason", e.reason());
        if (!e.figures().isEmpty()) {
            g.writeObjectFieldStart("figures");
            for (Map.Entry<String, String> f : new TreeMap<>(e.figures()).entrySet()) {
                g.writeStringField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
        }
        if (!e.source().isEmpty()) {
            g.writeStringField("source", e.source());
        }
        g.writeEndObject();
    }

    static Explanation explanation(JsonIn in) {
        in.object(EXPLANATION);
        String ruleId = in.string("ruleId");
        Explanation.Kind kind = in.required("kind").enumValue(Explanation.Kind.class);
        String reason = in.string("reason");
        Map<String, String> figures = new LinkedHashMap<>();
        JsonIn f = in.optional("figures");
        if (f != null) {
            f.object(Set.copyOf(f.names()));
            for (String n : f.names()) {
                figures.put(n, f.required(n).string());
            }
        }
        String source = in.optString("source");
        return in.map(i -> new Explanation(ruleId, kind, reason, figures, source));
    }

    static final Set<String> FEE_LINE = Set.of("ruleId", "name", "amount");

    static void writeFeeLine(FeeLine f, CurrencyUnit context, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("name", f.name());
        writeAmount("amount", f.amount(), context, g);
        g.writeEndObject();
    }

    static FeeLine feeLine(JsonIn in, CurrencyUnit context) {
        in.object(FEE_LINE);
        String ruleId = in.string("ruleId");
        String name = in.string("name");
        MonetaryAmount amount = amount(in.required("amount"), context);
        return in.map(i -> new FeeLine(ruleId, name, amount));
    }

    static final Set<String> COLLECTION_GROUP = Set.of("regime", "collection", "lines", "duty", "tax", "fees");

    static void writeCollectionGroup(CollectionGroup cg, CurrencyUnit context, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("regime", cg.regime());
        g.writeFieldName("collection");
        writeCollection(cg.collection(), g);
        g.writeArrayFieldStart("lines");
        for (int i : cg.lines()) {
            g.writeNumber(i);
        }
        g.writeEndArray();
        writeAmount("duty", cg.duty(), context, g);
        writeAmount("tax", cg.tax(), context, g);
        writeAmount("fees", cg.fees(), context, g);
        g.writeEndObject();
    }

    static CollectionGroup collectionGroup(JsonIn in, CurrencyUnit context) {
        in.object(COLLECTION_GROUP);
        String regime = in.string("regime");
        Collection collection = collection(in.required("collection"));
        List<Integer> lines = new ArrayList<>();
        for (JsonIn l : in.required("lines").elements()) {
            lines.add(l.intValue());
        }
        MonetaryAmount duty = amount(in.required("duty"), context);
        MonetaryAmount tax = amount(in.required("tax"), context);
        MonetaryAmount fees = amount(in.required("fees"), context);
        return in.map(i -> new CollectionGroup(regime, collection, lines, duty, tax, fees));
    }

    static final Set<String> ADVISORY = Set.of("code", "ruleId", "message", "source", "lines");

    static void writeAdvisory(Advisory a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", a.code());
        g.writeStringField("ruleId", a.ruleId());
        g.writeStringField("message", a.message());
        g.writeStringField("source", a.source());
        g.writeArrayFieldStart("lines");
        for (int i : a.lines()) {
            g.writeNumber(i);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Advisory advisory(JsonIn in) {
        in.object(ADVISORY);
        String code = in.string("code");
        String ruleId = in.string("ruleId");
        String message = in.string("message");
        JsonIn s = in.optional("source");
        String source = s == null ? "" : s.string();
        List<Integer> lines = new ArrayList<>();
        for (JsonIn l : in.required("lines").elements()) {
            lines.add(l.intValue());
        }
        return in.map(i -> new Advisory(code, ruleId, message, source, lines));
    }

    static final Set<String> QUOTE = Set.of("currency", "regime", "collection", "lines", "totals", "fees",
            "explanations", "collectionGroups", "advisories");

    static void writeQuote(LandedCostQuote q, JsonGenerator g) throws IOException {
        CurrencyUnit c = q.currency();
        g.writeStartObject();
        g.writeStringField("currency", c.getCurrencyCode());
        g.writeStringField("regime", q.regime());
        g.writeFieldName("collection");
        writeCollection(q.collection(), g);
        g.writeArrayFieldStart("lines");
        for (LineResult l : q.lines()) {
            writeLineResult(l, c, g);
        }
        g.writeEndArray();
        g.writeFieldName("totals");
        writeTotals(q.totals(), c, g);
        g.writeArrayFieldStart("fees");
        for (FeeLine f : q.fees()) {
            writeFeeLine(f, c, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("collectionGroups");
        for (CollectionGroup cg : q.collectionGroups()) {
            writeCollectionGroup(cg, c, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("advisories");
        for (Advisory a : q.advisories()) {
            writeAdvisory(a, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("explanations");
        for (Explanation e : q.explanations()) {
            writeExplanation(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static LandedCostQuote quote(JsonIn in) {
        in.object(QUOTE);
        CurrencyUnit c = currency(in.required("currency"));
        String regime = in.string("regime");
        Collection collection = collection(in.required("collection"));
        List<LineResult> lines = list(in, "lines", x -> lineResult(x, c));
        QuoteTotals totals = totals(in.required("totals"), c);
        List<FeeLine> fees = list(in, "fees", x -> feeLine(x, c));
        List<CollectionGroup> groups = list(in, "collectionGroups", x -> collectionGroup(x, c));
        List<Advisory> advisories = list(in, "advisories", Codecs::advisory);
        List<Explanation> explanations = list(in, "explanations", Codecs::explanation);
        return in.map(i -> new LandedCostQuote(c, regime, collection, lines, totals, explanations, fees, groups,
                advisories));
    }

    /** The optional array {@code name} of {@code in}, each element read by {@code read}; empty when absent. */
    private static <T> List<T> list(JsonIn in, String name, java.util.function.Function<JsonIn, T> read) {
        List<T> out = new ArrayList<>();
        JsonIn a = in.optional(name);
        if (a != null) {
            for (JsonIn e : a.elements()) {
                out.add(read.apply(e));
            }
        }
        return out;
    }
}
