package dev.xborder.tax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.QuoteTotals;
import dev.xborder.core.money.EcbRates;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.pack.RulePackLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Regular tests for what the fuzz tests in this package found, one per finding. */
class FuzzFindingsTest {
    private static final LandedCostCalculator CALC = LandedCostCalculator.of(RulePackLoader.loadBundled(),
            ExchangeRates.builder().addSource(EcbRates.bundled()).maxStalenessDays(3660).build());

    private static BigDecimal dec(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void theLandedCostIsTheSumOfTheShownPartsWhenRequestAmountsHaveSubCentDecimals() {
        // 3 x 0.0015 = 0.0045 goods shows as 0.00; shipping and insurance 0.005 each show as 0.01
        QuoteRequest request = QuoteRequest.builder().date(LocalDate.of(2026, 5, 8)).origin(CountryCode.of("LU"))
                .destination(Address.of(CountryCode.of("AU"), "2000")).currency(javax.money.Monetary.getCurrency("AUD"))
                .line(new QuoteLine(Sku.of("S0"), HsCode.of("080921"), null, 3, Money.of(new BigDecimal("0.0015"), "AUD"),
                        TaxCategory.STANDARD, null))
                .shipping(Money.of(new BigDecimal("0.005"), "AUD"))
                .insurance(Money.of(new BigDecimal("0.005"), "AUD"))
                .build();
        LandedCostQuote quote = CALC.quote(request);
        QuoteTotals t = quote.totals();
        assertThat(dec(t.landedCost())).isEqualByComparingTo(dec(t.goods()).add(dec(t.shipping()))
                .add(dec(t.insurance())).add(dec(t.duty())).add(dec(t.tax())).add(dec(t.fees())));
    }
}
