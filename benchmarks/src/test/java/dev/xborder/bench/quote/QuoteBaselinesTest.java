package dev.xborder.bench.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.money.EcbRates;
import dev.xborder.core.money.XborderRateProvider;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * The baselines compute what they claim: the landed cost worked out by hand (USD 1.1252 per EUR,
 * ECB 2025-05-09) for both scenarios, the same from the naive Moneta code and both floors.
 */
class QuoteBaselinesTest {
    private static final BigDecimal USD_PER_EUR = EcbRates.bundled()
            .rate(Monetary.getCurrency("USD"), LocalDate.of(2025, 5, 9)).orElseThrow();

    private static NaiveMonetaQuote.Result naive(QuoteScenario s, boolean trace) {
        NaiveMonetaQuote.Result r = new NaiveMonetaQuote(XborderRateProvider.of(QuoteScenario.rates()),
                MathContext.DECIMAL128).quote(s.request(trace));
        NaiveMonetaQuote.Result d = new NaiveMonetaQuote(XborderRateProvider.of(QuoteScenario.rates()), null)
                .quote(s.request(trace));
        assertThat(d.landed()).as("Moneta default context gives the same result").isEqualTo(r.landed());
        return r;
    }

    @Test
    void highValueOrderPaysAdValoremDutyAndVatOnCustomsValuePlusDuty() {
        // goods 66.63 + 79.10 + 310.17 = 455.90; shipping 22.22 spread 3.25 / 3.85 / 15.12
        // duty 12% of 69.88 = 8.39, 16.9% of 82.95 = 14.02, 0 -> 22.41
        // VAT 19% of 78.27, 96.97, 325.29 = 14.87 + 18.42 + 61.81 = 95.10; landed 595.63
        NaiveMonetaQuote.Result r = naive(QuoteScenario.HIGH, true);
        assertThat(dec(r.goods())).isEqualByComparingTo("455.90");
        assertThat(dec(r.shipping())).isEqualByComparingTo("22.22");
        assertThat(dec(r.duty())).isEqualByComparingTo("22.41");
        assertThat(dec(r.tax())).isEqualByComparingTo("95.10");
        assertThat(dec(r.landed())).isEqualByComparingTo("595.63");
        assertThat(r.trace()).hasSizeGreaterThan(8);
        assertThat(naive(QuoteScenario.HIGH, false).trace()).isNull();
        ArithmeticFloor f = new ArithmeticFloor(QuoteScenario.HIGH, USD_PER_EUR, true);
        assertThat(f.scaledLong()).isEqualTo(59563);
        assertThat(f.bigDecimal()).isEqualTo(59563);
    }

    @Test
    void lowValueOrderPaysThreeEuroPerDistinctSixDigitItemFromJuly2026() {
        // goods 23.09 + 7.10 + 12.89 = 43.08; shipping 5.33 spread 2.86 / 0.88 / 1.59
        // duty 3 items x 3.00 = 9.00; VAT 19% of 28.95, 10.98, 17.48 = 5.50 + 2.09 + 3.32 = 10.91; landed 68.32
        NaiveMonetaQuote.Result r = naive(QuoteScenario.LOW, true);
        assertThat(dec(r.duty())).isEqualByComparingTo("9.00");
        assertThat(dec(r.tax())).isEqualByComparingTo("10.91");
        assertThat(dec(r.landed())).isEqualByComparingTo("68.32");
        ArithmeticFloor f = new ArithmeticFloor(QuoteScenario.LOW, USD_PER_EUR, true);
        assertThat(f.scaledLong()).isEqualTo(6832);
        assertThat(f.bigDecimal()).isEqualTo(6832);
    }

    private static BigDecimal dec(javax.money.MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }
}
