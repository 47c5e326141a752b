package dev.xborder.tax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.xborder.core.XborderException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.QuoteTotals;
import dev.xborder.core.money.EcbRates;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.HsNomenclature;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Quotes over the bundled packs for requests built from fuzzer data. Property: only
 * {@link XborderException}s escape (bad input, no applicable rule, conversion unavailable); a quote's
 * tax, duty and fees are never negative and its parts add up to its totals.
 */
class LandedCostCalculatorFuzzTest {
    /** Bundled ECB rates with a long staleness bound, so that most dates convert (not a statement about facts). */
    private static final LandedCostCalculator CALC = LandedCostCalculator.of(RulePackLoader.loadBundled(),
            ExchangeRates.builder().addSource(EcbRates.bundled()).maxStalenessDays(3660).build());

    private static final String[][] PLACES = {
        {"DE", "10115"}, {"FR", "75001"}, {"FR", "97400"}, {"ES", "38001"}, {"ES", "51001"}, {"IT", "23041"},
        {"PL", "00-001"}, {"RO", "010011"}, {"SE", "11122"}, {"FI", "22100"}, {"GR", "63086"}, {"DE", "27498"},
        {"GB", "M1 1AE"}, {"GB", "BT1 1AA"}, {"US", "10001"}, {"CA", "M5V 2T6"}, {"CA", "B3H 1A1"},
        {"BR", "40010-000"}, {"MX", "06600"}, {"CH", "8001"}, {"AU", "2000"}, {"NO", "0150"}, {"NZ", "1010"},
        {"JP", "100-0001"}, {"KR", "03187"}, {"SG", "018956"}, {"IE", null}, {"AD", null}, {"IS", null},
    };
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CAD", "BRL", "MXN", "CHF", "AUD", "NOK", "NZD",
        "JPY", "KRW", "SGD", "PLN", "RON", "SEK", "CNY", "KWD"};
    private static final List<String> SUBHEADINGS = HsNomenclature.allSubheadings();
    private static final List<CountryCode> COUNTRIES = CountryCode.all();

    @FuzzTest(maxDuration = "120s")
    void quotesFailTypedOrAddUpWithNothingNegative(FuzzedDataProvider data) {
        LandedCostQuote quote;
        QuoteRequest request;
        try {
            request = request(data);
            quote = CALC.quote(request);
        } catch (XborderException expected) {
            return;
        }
        try {
            addsUpWithNothingNegative(quote);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nrequest: " + request + "\nquote: " + quote, e);
        }
    }

    private static void addsUpWithNothingNegative(LandedCostQuote quote) {
        QuoteTotals t = quote.totals();
        assertThat(dec(t.tax())).isNotNegative();
        assertThat(dec(t.duty())).isNotNegative();
        assertThat(dec(t.fees())).isNotNegative();
        BigDecimal duty = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (LineResult l : quote.lines()) {
            assertThat(dec(l.tax())).isNotNegative();
            assertThat(dec(l.duty())).isNotNegative();
            duty = duty.add(dec(l.duty()));
            tax = tax.add(dec(l.tax()));
        }
        assertThat(duty).isEqualByComparingTo(dec(t.duty()));
        assertThat(tax).isEqualByComparingTo(dec(t.tax()));
        assertThat(quote.fees().stream().map(f -> dec(f.amount())).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(dec(t.fees()));
        assertThat(dec(t.landedCost())).isEqualByComparingTo(dec(t.goods()).add(dec(t.shipping()))
                .add(dec(t.insurance())).add(dec(t.duty())).add(dec(t.tax())).add(dec(t.fees())));
    }

    private static QuoteRequest request(FuzzedDataProvider data) {
        String[] place = PLACES[data.consumeInt(0, PLACES.length - 1)];
        CountryCode to = data.consumeBoolean() ? CountryCode.of(place[0]) : pick(data, COUNTRIES);
        String postal = data.consumeBoolean() ? place[1] : data.consumeString(12);
        CurrencyUnit currency = Monetary.getCurrency(data.pickValue(CURRENCIES));
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(data.consumeInt(0, 5 * 366));
        QuoteRequest.Builder b = QuoteRequest.builder().date(date).origin(pick(data, COUNTRIES))
                .destination(new Address(to, postal, null, null, List.of())).currency(currency);
        int lines = data.consumeInt(1, 4);
        for (int i = 0; i < lines; i++) {
            String hs = pick(data, SUBHEADINGS) + (data.consumeBoolean() ? "" : data.consumeString(4));
            b.line(new QuoteLine(Sku.of("S" + i), data.consumeBoolean() ? HsCode.of(hs) : null,
                    data.consumeBoolean() ? pick(data, COUNTRIES) : null, data.consumeInt(1, 10_000),
                    amount(data, currency), data.pickValue(TaxCategory.values()),
                    data.consumeBoolean() ? Weight.kg(BigDecimal.valueOf(data.consumeInt(0, 100_000), 3).toPlainString()) : null));
        }
        if (data.consumeBoolean()) {
            b.shipping(amount(data, currency));
        }
        if (data.consumeBoolean()) {
            b.insurance(amount(data, currency));
        }
        if (data.consumeBoolean()) {
            b.incoterm(data.pickValue(Incoterm.values()));
        }
        if (data.consumeBoolean()) {
            b.channel(data.pickValue(SalesChannel.values()));
        }
        if (data.consumeBoolean()) {
            b.registration(TaxRegistration.of(data.pickValue(RegistrationScheme.values()), data.consumeString(20)));
        }
        if (data.consumeBoolean()) {
            b.registration(TaxRegistration.of(RegistrationScheme.IOSS, "IM2760000001"));
        }
        return b.build();
    }

    private static MonetaryAmount amount(FuzzedDataProvider data, CurrencyUnit currency) {
        long units = data.consumeBoolean() ? data.consumeLong(0, 1_000_000_00L) : data.consumeLong();
        return Money.of(BigDecimal.valueOf(units, data.consumeInt(0, 4)), currency);
    }

    private static <T> T pick(FuzzedDataProvider data, List<T> values) {
        return values.get(data.consumeInt(0, values.size() - 1));
    }

    private static BigDecimal dec(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }
}
