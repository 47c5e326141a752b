package dev.xborder.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.FeeLine;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.QuoteTotals;
import dev.xborder.core.order.Buyer;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.product.Dimensions;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Product;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.TaxRegistration;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The Jackson module for xborder's domain values. Register it on your own mapper
 * ({@code mapper.registerModule(new XborderModule())}) or take {@link #objectMapper()}, a mapper
 * with safe settings for untrusted input.
 *
 * <h2>JSON forms</h2>
 * <ul>
 *   <li>{@code CountryCode} {@code "DE"}; {@code HsCode} {@code "610910"}; {@code Sku} {@code "TS-1"};
 *       {@code CurrencyUnit} {@code "EUR"}; dates {@code "2026-03-01"}; instants
 *       {@code "2026-03-01T12:00:00Z"}; enums by name.</li>
 *   <li>{@code MonetaryAmount}: {@code {"amount":"12.30","currency":"EUR"}}. The amount is written as a
 *       decimal string; it is read from a string or a JSON number, exactly (never through
 *       {@code double}), with at most 64 digits before and 64 after the decimal point (an exponent such as
 *       {@code "1e999999999"} is rejected, not expanded). Amounts read back as Moneta {@link Money}.</li>
 *   <li>{@code Weight} {@code {"value":"1.5","unit":"KG"}}; {@code Dimensions}
 *       {@code {"length":"30","width":"20","height":"2","unit":"CM"}}; {@code Address}
 *       {@code {"country":"ES","postalCode":"35001","region":..,"city":..,"lines":[..]}};
 *       {@code TaxRegistration} {@code {"scheme":"IOSS","number":"IM3720000224"}}; {@code Product},
 *       {@code Order}, {@code OrderLine}, {@code Buyer} with their accessor names.</li>
 *   <li>{@code QuoteRequest}: {@code date, origin, destination, currency, incoterm, channel,
 *       registrations[{scheme,number}], lines[{sku, hsCode, originCountry, quantity, unitPrice,
 *       taxCategory, unitWeightKg}], shipping, insurance, explain, transportMode}; {@code transportMode} (a
 *       {@code TransportMode} name) is optional and written only when present. {@code unitPrice}, {@code shipping}
 *       and {@code insurance} are decimal strings in the request currency; the money-object form is
 *       accepted too (its currency must be the request's). A unit weight in another unit than kg is
 *       written as {@code unitWeight {value, unit}} so that it reads back unchanged.</li>
 *   <li>{@code LandedCostQuote}: {@code currency, regime, collection {taxCollector, taxPoint,
 *       dutyCollector, dutyPoint}, lines[{sku, customsValue, duty, tax, issues}], totals {goods,
 *       shipping, insurance, duty, tax, fees, landedCost}, fees[{ruleId, name, amount}],
 *       collectionGroups[{regime, collection, lines, duty, tax, fees}], advisories[{code, ruleId, message,
 *       source, lines}], explanations[{ruleId, kind, reason, figures, source}]}; amounts in the quote currency
 *       as decimal strings, others as money objects. {@code fees}, {@code collectionGroups} and
 *       {@code advisories} are always written (possibly empty) and optional when read (absent = none; one group
 *       of every line). A {@code FeeLine} on its own is {@code {ruleId, name, amount}}
 *       with the amount as a money object.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Reading goes through the domain's validating factories. Bad input throws
 * {@link dev.xborder.core.InvalidInputException} whose {@code field()} is the JSON path of the
 * offending value ({@code lines[0].unitPrice}, {@code destination.postalCode}; {@code $} for the
 * document) and whose cause is the domain's own exception, if any. Unknown properties are rejected
 * the same way unless {@code FAIL_ON_UNKNOWN_PROPERTIES} is disabled. Malformed JSON (syntax) and
 * exceeded read constraints are Jackson's own {@code JsonProcessingException}s. Bytes that Jackson
 * detects as UTF-16 or UTF-32 but that hold an invalid character fail with Jackson's
 * {@code java.io.CharConversionException}, an {@code IOException} that is not a
 * {@code JsonProcessingException}; send UTF-8 (RFC 8259) or read from a {@code String}.
 *
 * <p>Domain types carry no Jackson annotations; this module is the only place that knows JSON.
 * Instances are stateless; share them freely.
 */
public final class XborderModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Read limits of {@link #objectMapper()}: nesting depth. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Read limits of {@link #objectMapper()}: characters in a number. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Read limits of {@link #objectMapper()}: characters in a string. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Read limits of {@link #objectMapper()}: characters in a document. */
    public static final long MAX_DOCUMENT_LENGTH = 50_000_000L;

    public XborderModule() {
        super("xborder", new Version(0, 1, 0, null, "dev.xborder", "xborder-core"));
        addSerializer(Codecs.writer(CountryCode.class, (v, g) -> g.writeString(v.alpha2())));
        addDeserializer(CountryCode.class, Codecs.reader(Codecs::country));
        addSerializer(HsCode.class, Codecs.writer(HsCode.class, (v, g) -> g.writeString(v.digits())));
        addDeserializer(HsCode.class, Codecs.reader(Codecs::hsCode));
        addSerializer(Codecs.writer(Sku.class, (v, g) -> g.writeString(v.value())));
        addDeserializer(Sku.class, Codecs.reader(Codecs::sku));
        addSerializer(Codecs.writer(CurrencyUnit.class, (v, g) -> g.writeString(v.getCurrencyCode())));
        addDeserializer(CurrencyUnit.class, Codecs.reader(Codecs::currency));

        addSerializer(Codecs.writer(MonetaryAmount.class, Codecs::writeMoney));
        JsonDeserializer<MonetaryAmount> money = Codecs.reader(Codecs::money);
        addDeserializer(MonetaryAmount.class, money);
        addDeserializer(Money.class, Codecs.reader(in -> (Money) Codecs.money(in)));

        addSerializer(Codecs.writer(Weight.class, Codecs::writeWeight));
        addDeserializer(Weight.class, Codecs.reader(Codecs::weight));
        addSerializer(Codecs.writer(Dimensions.class, Codecs::writeDimensions));
        addDeserializer(Dimensions.class, Codecs.reader(Codecs::dimensions));
        addSerializer(Codecs.writer(Product.class, Codecs::writeProduct));
        addDeserializer(Product.class, Codecs.reader(Codecs::product));

        addSerializer(Codecs.writer(Address.class, Codecs::writeAddress));
        addDeserializer(Address.class, Codecs.reader(Codecs::address));
        addSerializer(Codecs.writer(TaxRegistration.class, Codecs::writeRegistration));
        addDeserializer(TaxRegistration.class, Codecs.reader(Codecs::registration));

        addSerializer(Codecs.writer(Buyer.class, Codecs::writeBuyer));
        addDeserializer(Buyer.class, Codecs.reader(Codecs::buyer));
        addSerializer(Codecs.writer(OrderLine.class, Codecs::writeOrderLine));
        addDeserializer(OrderLine.class, Codecs.reader(Codecs::orderLine));
        addSerializer(Codecs.writer(Order.class, Codecs::writeOrder));
        addDeserializer(Order.class, Codecs.reader(Codecs::order));

        addSerializer(Codecs.writer(QuoteLine.class, (v, g) -> Codecs.writeQuoteLine(v, null, g)));
        addDeserializer(QuoteLine.class, Codecs.reader(in -> Codecs.quoteLine(in, null)));
        addSerializer(Codecs.writer(QuoteRequest.class, Codecs::writeQuoteRequest));
        addDeserializer(QuoteRequest.class, Codecs.reader(Codecs::quoteRequest));
        addSerializer(Codecs.writer(Collection.class, Codecs::writeCollection));
        addDeserializer(Collection.class, Codecs.reader(Codecs::collection));
        addSerializer(Codecs.writer(LineResult.class, (v, g) -> Codecs.writeLineResult(v, null, g)));
        addDeserializer(LineResult.class, Codecs.reader(in -> Codecs.lineResult(in, null)));
        addSerializer(Codecs.writer(QuoteTotals.class, (v, g) -> Codecs.writeTotals(v, null, g)));
        addDeserializer(QuoteTotals.class, Codecs.reader(in -> Codecs.totals(in, null)));
        addSerializer(Codecs.writer(Explanation.class, Codecs::writeExplanation));
        addDeserializer(Explanation.class, Codecs.reader(Codecs::explanation));
        addSerializer(Codecs.writer(FeeLine.class, (v, g) -> Codecs.writeFeeLine(v, null, g)));
        addDeserializer(FeeLine.class, Codecs.reader(in -> Codecs.feeLine(in, null)));
        addSerializer(Codecs.writer(LandedCostQuote.class, Codecs::writeQuote));
        addDeserializer(LandedCostQuote.class, Codecs.reader(Codecs::quote));
    }

    /**
     * A new mapper for untrusted input: this module and the Java time module registered; unknown
     * properties, trailing tokens, duplicate keys and nulls for primitives rejected; floats read as
     * {@code BigDecimal}; big decimals written plain; dates as ISO-8601 strings; read constraints
     * {@link #MAX_NESTING_DEPTH}, {@link #MAX_NUMBER_LENGTH}, {@link #MAX_STRING_LENGTH},
     * {@link #MAX_DOCUMENT_LENGTH}. Each call returns a new, independent mapper.
     */
    public static ObjectMapper objectMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new XborderModule())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }
}
