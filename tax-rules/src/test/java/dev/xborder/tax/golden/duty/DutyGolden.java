package dev.xborder.tax.golden.duty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.LineResult;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.CurrencyConverter;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.tax.engine.LandedCostCalculator;
import dev.xborder.tax.golden.GoldenSupport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Shared fixtures for the duty golden tests: a calculator over one bundled pack and a fixed-rate converter,
 * so that the expected duty can be worked out by hand in each test.
 */
final class DutyGolden {
    /** The golden tests' converter: fixed ECB rates of 2025-05-09 for every date. Source: ECB. */
    static final CurrencyConverter FIXED = GoldenSupport.ECB_FIXED;

    private DutyGolden() {
    }

    /** A calculator over one bundled pack only, so that other packs cannot change these figures. */
    static LandedCostCalculator calculator(String packFile) {
        return GoldenSupport.calculator(packFile);
    }

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    static QuoteLine line(String sku, String hs, String origin, int quantity, String unitPrice, String currency) {
        return new QuoteLine(Sku.of(sku), hs == null ? null : HsCode.of(hs),
                origin == null ? null : CountryCode.of(origin), quantity, money(unitPrice, currency),
                TaxCategory.STANDARD, null);
    }

    static QuoteRequest.Builder request(String date, String shippedFrom, String country, String postalCode,
                                        String currency) {
        return QuoteRequest.builder().date(LocalDate.parse(date)).origin(CountryCode.of(shippedFrom))
                .destination(Address.of(CountryCode.of(country), postalCode))
                .currency(Monetary.getCurrency(currency));
    }

    /** The amount as a plain decimal string at its currency's scale. */
    static String str(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class)
                .setScale(amount.getCurrency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Asserts the duty of line {@code index} and that the duty rule {@code ruleId} was applied. */
    static void assertLineDuty(LandedCostQuote q, int index, String expectedDuty, String ruleId) {
        LineResult line = q.lines().get(index);
        assertThat(str(line.duty())).as("duty of line %s", index).isEqualTo(expectedDuty);
        assertThat(line.issues()).as("issues of line %s", index).noneMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(q.explanations()).as("explanation for %s", ruleId)
                .anyMatch(e -> e.ruleId().equals(ruleId) && e.kind() == Explanation.Kind.APPLIED);
    }

    /** Asserts that line {@code index} has no duty rate in the pack: reported, never guessed. */
    static void assertNoDutyRate(LandedCostQuote q, int index) {
        LineResult line = q.lines().get(index);
        assertThat(line.issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(str(line.duty())).isEqualTo(str(line.duty().multiply(0)));
    }

    static String totalDuty(LandedCostQuote q) {
        return str(q.totals().duty());
    }

    /**
     * Asserts that the trace cites rule {@code ruleId} at least once, never with the {@code [UNCERTAIN]} mark (a line
     * an official source or two independent sources back), and that each citation names every {@code sourceFragment}.
     */
    static void assertCitedAsConfirmed(LandedCostQuote q, String ruleId, String... sourceFragments) {
        assertThat(q.explanations()).as("citations of %s", ruleId)
                .filteredOn(e -> e.ruleId().equals(ruleId))
                .isNotEmpty()
                .allMatch(e -> e.source() != null && !e.source().contains("[UNCERTAIN]")
                        && java.util.Arrays.stream(sourceFragments).allMatch(e.source()::contains));
    }

    /** Asserts that the trace cites rule {@code ruleId} at least once, each time ending with the {@code [UNCERTAIN]} mark. */
    static void assertCitedAsUncertain(LandedCostQuote q, String ruleId) {
        assertThat(q.explanations()).as("citations of %s", ruleId)
                .filteredOn(e -> e.ruleId().equals(ruleId))
                .isNotEmpty()
                .allMatch(e -> e.source() != null && e.source().endsWith("[UNCERTAIN]"));
    }

    /** Adds the lines to the request, in order. */
    static QuoteRequest.Builder addLines(QuoteRequest.Builder b, QuoteLine... lines) {
        for (QuoteLine l : lines) {
            b.line(l);
        }
        return b;
    }
}
