package dev.xborder.core.json;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.geo.PostalCodes;
import dev.xborder.core.landed.Collection;
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
import dev.xborder.core.product.HsNomenclature;
import dev.xborder.core.product.LengthUnit;
import dev.xborder.core.product.Product;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.product.WeightUnit;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Random valid domain values for property tests. */
final class DomainGen {
    private DomainGen() {
    }

    private static final List<CountryCode> COUNTRIES = CountryCode.all();
    private static final List<String> SUBHEADINGS = HsNomenclature.allSubheadings();
    private static final List<CurrencyUnit> CURRENCIES = List.of("EUR", "USD", "GBP", "JPY", "KWD", "CHF", "SEK",
            "CNY", "BRL").stream().map(Monetary::getCurrency).toList();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String TEXT = ALNUM + " -_.,'/#äöüßéñ漢字";

    static int range(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    static long longRange(RandomnessSource in, long lo, long hi) {
        return Generate.longRange(lo, hi).generate(in);
    }

    static boolean bool(RandomnessSource in) {
        return range(in, 0, 1) == 1;
    }

    static <T> T pick(RandomnessSource in, List<T> list) {
        return list.get(range(in, 0, list.size() - 1));
    }

    static String chars(RandomnessSource in, String alphabet, int min, int max) {
        int n = range(in, min, max);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(range(in, 0, alphabet.length() - 1)));
        }
        return sb.toString();
    }

    static String text(RandomnessSource in, int min, int max) {
        // non-blank, no leading/trailing space (domain types strip)
        return chars(in, ALNUM, 1, 1) + chars(in, TEXT, min, max).strip() + chars(in, ALNUM, 1, 1);
    }

    static BigDecimal decimal(RandomnessSource in, long maxUnscaled, int maxScale) {
        return BigDecimal.valueOf(longRange(in, 0, maxUnscaled), range(in, 0, maxScale));
    }

    static final Gen<CountryCode> COUNTRY = in -> pick(in, COUNTRIES);
    static final Gen<CurrencyUnit> CURRENCY = in -> pick(in, CURRENCIES);
    static final Gen<Sku> SKU = in -> Sku.of(chars(in, ALNUM + "-_./", 1, 30).replace(' ', '-') + "x");
    static final Gen<HsCode> HS = in -> {
        String six = pick(in, SUBHEADINGS);
        return HsCode.of(six + chars(in, "0123456789", 0, 4));
    };

    static MonetaryAmount money(RandomnessSource in, CurrencyUnit c) {
        return Money.of(decimal(in, 1_000_000_000_000L, 4), c);
    }

    static final Gen<MonetaryAmount> MONEY = in -> money(in, CURRENCY.generate(in));
    static final Gen<Weight> WEIGHT = in -> Weight.of(decimal(in, 100_000_000L, 6), pick(in, List.of(WeightUnit.values())));
    static final Gen<Dimensions> DIMENSIONS = in -> new Dimensions(decimal(in, 1_000_000L, 3).add(BigDecimal.ONE),
            decimal(in, 1_000_000L, 3).add(new BigDecimal("0.1")), decimal(in, 1_000_000L, 3).add(new BigDecimal("0.01")),
            pick(in, List.of(LengthUnit.values())));

    static final Gen<Address> ADDRESS = in -> {
        CountryCode c = COUNTRY.generate(in);
        String postal;
        if (PostalCodes.hasNoPostalCodes(c) || range(in, 0, 9) == 0) {
            postal = null;
        } else if (PostalCodes.isSupported(c)) {
            postal = PostalCodes.example(c).orElseThrow();
        } else {
            postal = chars(in, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 1, 8);
        }
        List<String> lines = new ArrayList<>();
        int n = range(in, 0, 3);
        for (int i = 0; i < n; i++) {
            lines.add(text(in, 0, 30));
        }
        return new Address(c, postal, bool(in) ? text(in, 0, 10) : null, bool(in) ? text(in, 0, 20) : null, lines);
    };

    static final Gen<TaxRegistration> REGISTRATION = in -> {
        RegistrationScheme s = pick(in, List.of(RegistrationScheme.values()));
        String digits7 = chars(in, "0123456789", 7, 7);
        String n = switch (s) {
            case IOSS -> "IM" + pick(in, List.of("040", "276", "372", "528", "900", "752")) + digits7;
            case EU_VAT -> pick(in, List.of("DE", "FR", "EL", "XI", "NL")) + chars(in, "0123456789", 9, 11);
            case UK_VAT -> "GB" + chars(in, "0123456789", 9, 9);
            case NO_VOEC -> "VOEC" + digits7;
            case AU_ARN -> "3" + chars(in, "0123456789", 11, 11);
            case CH_VAT -> "CHE" + chars(in, "0123456789", 9, 9) + pick(in, List.of("", "MWST", "TVA"));
            case EORI -> bool(in) ? "GB" + chars(in, "0123456789", 12, 12) : "DE" + chars(in, ALNUM.toUpperCase(), 1, 15);
            case NZ_GST -> chars(in, "0123456789", 8, 9);
            case SG_GST -> "M9" + digits7 + chars(in, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 1);
        };
        return TaxRegistration.of(s, n);
    };

    static final Gen<Product> PRODUCT = in -> {
        Product.Builder b = Product.builder(SKU.generate(in)).title(text(in, 0, 40))
                .unitValue(MONEY.generate(in)).unitWeight(WEIGHT.generate(in))
                .taxCategory(pick(in, List.of(TaxCategory.values())));
        if (bool(in)) {
            b.hsCode(HS.generate(in));
        }
        int n = range(in, 0, 3);
        for (int i = 0; i < n; i++) {
            b.hsCodeFor(COUNTRY.generate(in), HS.generate(in));
        }
        if (bool(in)) {
            b.originCountry(COUNTRY.generate(in));
        }
        if (bool(in)) {
            b.dimensions(DIMENSIONS.generate(in));
        }
        int f = range(in, 0, 3);
        for (int i = 0; i < f; i++) {
            b.flag(pick(in, List.of(GoodsFlag.values())));
        }
        return b.build();
    };

    static Instant instant(RandomnessSource in) {
        return Instant.ofEpochSecond(longRange(in, 946_684_800L, 4_102_444_800L), range(in, 0, 999_999_999));
    }

    static OrderLine orderLine(RandomnessSource in, CurrencyUnit c, int i) {
        return new OrderLine("L" + i + chars(in, ALNUM, 0, 8), SKU.generate(in), bool(in) ? text(in, 0, 30) : "",
                range(in, 1, 1000), money(in, c), bool(in) ? HS.generate(in) : null,
                bool(in) ? COUNTRY.generate(in) : null, pick(in, List.of(TaxCategory.values())),
                bool(in) ? WEIGHT.generate(in) : null);
    }

    static final Gen<OrderLine> ORDER_LINE = in -> orderLine(in, CURRENCY.generate(in), 0);

    static final Gen<Order> ORDER = in -> {
        CurrencyUnit c = CURRENCY.generate(in);
        Instant created = instant(in);
        Order.Builder b = Order.builder(pick(in, List.of("amazon", "shopify", "ebay")), chars(in, ALNUM + "-", 1, 20))
                .channel(pick(in, List.of(SalesChannel.values())))
                .status(pick(in, List.of(OrderStatus.values())), bool(in) ? text(in, 0, 10) : null)
                .createdAt(created).updatedAt(created.plusSeconds(longRange(in, 0, 1_000_000)))
                .currency(c);
        if (bool(in)) {
            b.buyer(new Buyer(bool(in) ? text(in, 0, 20) : null, bool(in) ? "b" + chars(in, ALNUM, 1, 8) + "@example.com" : null));
        }
        if (bool(in)) {
            b.shipTo(ADDRESS.generate(in));
        }
        int n = range(in, 0, 4);
        for (int i = 0; i < n; i++) {
            b.line(orderLine(in, c, i));
        }
        if (bool(in)) {
            b.shipping(money(in, c));
        }
        if (bool(in)) {
            b.total(money(in, c));
        }
        return b.build();
    };

    static QuoteLine quoteLine(RandomnessSource in, CurrencyUnit c) {
        return new QuoteLine(SKU.generate(in), bool(in) ? HS.generate(in) : null, bool(in) ? COUNTRY.generate(in) : null,
                range(in, 1, 500), money(in, c), pick(in, List.of(TaxCategory.values())),
                bool(in) ? WEIGHT.generate(in) : null);
    }

    static final Gen<QuoteRequest> QUOTE_REQUEST = in -> {
        CurrencyUnit c = CURRENCY.generate(in);
        QuoteRequest.Builder b = QuoteRequest.builder()
                .date(LocalDate.of(2021, 1, 1).plusDays(range(in, 0, 3000)))
                .origin(COUNTRY.generate(in)).destination(ADDRESS.generate(in)).currency(c)
                .incoterm(pick(in, List.of(Incoterm.values()))).channel(pick(in, List.of(SalesChannel.values())))
                .explain(bool(in));
        int r = range(in, 0, 3);
        for (int i = 0; i < r; i++) {
            b.registration(REGISTRATION.generate(in));
        }
        int n = range(in, 1, 4);
        for (int i = 0; i < n; i++) {
            b.line(quoteLine(in, c));
        }
        if (bool(in)) {
            b.shipping(money(in, c));
        }
        if (bool(in)) {
            b.insurance(money(in, c));
        }
        if (bool(in)) {
            b.transportMode(pick(in, List.of(TransportMode.values())));
        }
        return b.build();
    };

    static final Gen<Explanation> EXPLANATION = in -> {
        Map<String, String> figures = new LinkedHashMap<>();
        int n = range(in, 0, 3);
        for (int i = 0; i < n; i++) {
            figures.put("k" + chars(in, ALNUM, 1, 6), text(in, 0, 10));
        }
        return new Explanation("rule." + chars(in, ALNUM, 1, 10), pick(in, List.of(Explanation.Kind.values())),
                bool(in) ? text(in, 0, 40) : "", figures, bool(in) ? text(in, 0, 30) : null);
    };

    static FeeLine feeLine(RandomnessSource in, CurrencyUnit c) {
        // now and then an amount in another currency, written as a money object
        MonetaryAmount amount = range(in, 0, 9) == 0 ? MONEY.generate(in) : money(in, c);
        return new FeeLine("fee." + chars(in, ALNUM, 1, 10), "fee " + text(in, 0, 20),
                amount);
    }

    static final Gen<FeeLine> FEE_LINE = in -> feeLine(in, CURRENCY.generate(in));

    static final Gen<LandedCostQuote> QUOTE = in -> {
        CurrencyUnit c = CURRENCY.generate(in);
        List<LineResult> lines = new ArrayList<>();
        int n = range(in, 0, 3);
        for (int i = 0; i < n; i++) {
            List<String> issues = bool(in) ? List.of(text(in, 0, 20)) : List.of();
            // now and then an amount in another currency, written as a money object
            MonetaryAmount duty = range(in, 0, 9) == 0 ? MONEY.generate(in) : money(in, c);
            lines.add(new LineResult(SKU.generate(in), money(in, c), duty, money(in, c), issues));
        }
        QuoteTotals totals = new QuoteTotals(money(in, c), money(in, c), money(in, c), money(in, c), money(in, c),
                money(in, c), money(in, c));
        List<Explanation> ex = new ArrayList<>();
        int e = range(in, 0, 3);
        for (int i = 0; i < e; i++) {
            ex.add(EXPLANATION.generate(in));
        }
        List<FeeLine> fees = new ArrayList<>();
        int f = range(in, 0, 3);
        for (int i = 0; i < f; i++) {
            fees.add(feeLine(in, c));
        }
        Collection collection = new Collection(pick(in, List.of(Collector.values())),
                pick(in, List.of(CollectionPoint.values())), pick(in, List.of(Collector.values())),
                pick(in, List.of(CollectionPoint.values())));
        List<dev.xborder.core.landed.CollectionGroup> groups = null;
        if (n >= 2 && bool(in)) {
            // a split quote: the first line under a checkout regime, the others at import; the parts add up
            MonetaryAmount zero = Money.of(0, c);
            groups = List.of(
                    new dev.xborder.core.landed.CollectionGroup("NO_VOEC", collection, List.of(0), zero, totals.tax(),
                            zero),
                    new dev.xborder.core.landed.CollectionGroup("STANDARD_IMPORT", collection,
                            n == 2 ? List.of(1) : List.of(1, 2), totals.duty(), zero, totals.fees()));
        }
        List<dev.xborder.core.landed.Advisory> advisories = new ArrayList<>();
        int a = range(in, 0, 2);
        for (int i = 0; i < a; i++) {
            advisories.add(new dev.xborder.core.landed.Advisory(pick(in, List.of("SIMPLIFIED_TARIFF_NOT_MODELLED",
                    "PROVINCIAL_SALES_TAX_NOT_MODELLED")), "rule." + i, "may \"differ\" – ünïcode", bool(in) ? "" : "src",
                    n == 0 ? List.<Integer>of() : n == 1 ? List.of(0) : List.of(0, n - 1)));
        }
        return new LandedCostQuote(c, pick(in, List.of("EU_IOSS", "UK_LVG", "US_FORMAL")), collection, lines, totals,
                ex, fees, groups, advisories);
    };
}
