package dev.xborder.tax.audit;

import static dev.xborder.tax.audit.Audit.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.xborder.core.ConversionUnavailableException;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.NoApplicableRuleException;
import dev.xborder.core.XborderException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Acceptance audit of issue #3, "The engine": requests with missing, blank, negative, zero, unknown or mixed values
 * fail with a typed error naming the field and value, or give a documented quote issue; never an NPE, never a guess.
 */
class RequestEdgesAuditTest {
    private static final Audit.Place DE = new Audit.Place("DE", "10115", "EUR");
    private static final Audit.Place GB = new Audit.Place("GB", "M1 1AE", "GBP");

    private static void fails(ThrowingCallable call, Class<? extends XborderException> type, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.field()).contains(field));
    }

    private static QuoteLine tee(String price, String currency) {
        return Audit.line("TEE", "6109100010", "CN", 1, money(price, currency), TaxCategory.STANDARD);
    }

    @Test
    void badLineValuesAreInvalidInputNamingTheField() {
        var eur = money("10", "EUR");
        HsCode hs = HsCode.of("610910");
        fails(() -> new QuoteLine(Sku.of("A"), hs, CountryCode.CN, 0, eur, null, null), InvalidInputException.class,
                "line.quantity");
        fails(() -> new QuoteLine(Sku.of("A"), hs, CountryCode.CN, -3, eur, null, null), InvalidInputException.class,
                "line.quantity");
        fails(() -> new QuoteLine(Sku.of("A"), hs, CountryCode.CN, 1, money("-0.01", "EUR"), null, null),
                InvalidInputException.class, "line.unitPrice");
        fails(() -> new QuoteLine(Sku.of("A"), hs, CountryCode.CN, 1, null, null, null), InvalidInputException.class,
                "line.unitPrice");
        fails(() -> new QuoteLine(null, hs, CountryCode.CN, 1, eur, null, null), InvalidInputException.class, "line.sku");
        fails(() -> Sku.of(" "), InvalidInputException.class, "sku");
        // a null tax category is the documented default STANDARD, not an error
        assertThat(new QuoteLine(Sku.of("A"), hs, CountryCode.CN, 1, eur, null, null).taxCategory())
                .isEqualTo(TaxCategory.STANDARD);
    }

    @Test
    void badRequestValuesAreInvalidInputNamingTheField() {
        fails(() -> QuoteRequest.builder().origin(CountryCode.CN).destination(Address.of(CountryCode.DE))
                .currency(Monetary.getCurrency("EUR")).line(tee("1", "EUR")).build(), InvalidInputException.class,
                "request.date");
        fails(() -> QuoteRequest.builder().date(LocalDate.of(2025, 5, 9)).destination(Address.of(CountryCode.DE))
                .currency(Monetary.getCurrency("EUR")).line(tee("1", "EUR")).build(), InvalidInputException.class,
                "request.origin");
        fails(() -> Audit.request("2025-05-09", DE, "EUR").build(), InvalidInputException.class, "request.lines");
        fails(() -> Audit.request("2025-05-09", DE, "EUR").line(tee("1", "EUR")).line(tee("1", "USD")).build(),
                InvalidInputException.class, "request.lines[1].unitPrice");
        fails(() -> Audit.request("2025-05-09", DE, "EUR").line(tee("1", "EUR")).shipping(money("1", "GBP")).build(),
                InvalidInputException.class, "request.shipping");
        fails(() -> Audit.request("2025-05-09", DE, "EUR").line(tee("1", "EUR")).insurance(money("-1", "EUR")).build(),
                InvalidInputException.class, "request.insurance");
        fails(() -> Audit.request("2025-05-09", DE, "EUR").shipping(money("-1", "EUR")).line(tee("1", "EUR")).build(),
                InvalidInputException.class, "request.shipping");
        fails(() -> QuoteRequest.builder().date(null), InvalidInputException.class, "request.date");
        fails(() -> QuoteRequest.builder().line(null), InvalidInputException.class, "request.lines[0]");
        fails(() -> QuoteRequest.builder().incoterm(null), InvalidInputException.class, "request.incoterm");
        fails(() -> QuoteRequest.builder().registration(null), InvalidInputException.class, "request.registrations[0]");
        fails(() -> Audit.CALC.quote(null), InvalidInputException.class, "request");
    }

    @Test
    void codesAreCheckedAndNormalisedWhereTheyEnterTheDomain() {
        assertThat(CountryCode.of(" de ")).isEqualTo(CountryCode.DE);
        assertThatThrownBy(() -> CountryCode.of("QQ")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE);
            assertThat(e.value()).contains("QQ");
        });
        fails(() -> CountryCode.of(""), InvalidInputException.class, "country");
        // a postal code of another country
        assertThatThrownBy(() -> Address.of(CountryCode.DE, "SW1A 1AA")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.value()).contains("SW1A 1AA"));
        assertThatThrownBy(() -> Address.of(CountryCode.US, "1234")).isInstanceOf(InvalidInputException.class);
        // HS codes: 6 to 10 digits, dots and spaces dropped, unknown subheadings rejected
        assertThat(HsCode.of("6109.10").digits()).isEqualTo("610910");
        assertThat(HsCode.of("6109.10.00").digits()).isEqualTo("61091000");
        assertThat(HsCode.of("6109 10 00 10").digits()).isEqualTo("6109100010");
        fails(() -> HsCode.of("6109"), InvalidInputException.class, "hsCode");
        fails(() -> HsCode.of("61091000101"), InvalidInputException.class, "hsCode");
        fails(() -> HsCode.of("61O910"), InvalidInputException.class, "hsCode");
        fails(() -> HsCode.of(null), InvalidInputException.class, "hsCode");
        assertThatThrownBy(() -> HsCode.of("999999")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE));
    }

    @Test
    void aDestinationNoPackGovernsIsNamedInTheError() {
        assertThatThrownBy(() -> Audit.CALC.quote(Audit.request("2025-05-09", new Audit.Place("AQ", null, "USD"), "USD")
                .line(tee("10", "USD")).build())).isInstanceOfSatisfying(NoApplicableRuleException.class, e -> {
                    assertThat(e.field()).contains("destination.country");
                    assertThat(e.value()).contains("AQ");
                });
    }

    @Test
    void aDateOutsideEveryPacksCoverageIsAnErrorNamingTheDate() {
        for (Audit.Place p : Audit.PLACES) {
            QuoteRequest r = Audit.request("1990-01-01", p, p.currency()).line(tee("10", p.currency())).build();
            assertThatThrownBy(() -> Audit.CALC.quote(r)).as(p.country())
                    .isInstanceOfSatisfying(NoApplicableRuleException.class, e -> {
                        assertThat(e.field()).contains("date");
                        assertThat(e.getMessage()).contains("1990-01-01");
                    });
        }
    }

    @Test
    void aCurrencyWithoutAnExchangeRateIsAConversionErrorNotAGuess() {
        // the bundled ECB table has no ARS rate
        QuoteRequest r = Audit.request("2025-05-09", DE, "ARS").line(tee("10000", "ARS")).build();
        assertThatThrownBy(() -> Audit.CALC.quote(r)).isInstanceOf(ConversionUnavailableException.class)
                .hasMessageContaining("ARS");
    }

    @Test
    void aConverterThatAnswersNullIsATypedErrorNamingItNotANullPointerException() {
        var calc = dev.xborder.tax.engine.LandedCostCalculator.of(Audit.BOOK, (amount, target, date) -> null);
        QuoteRequest r = Audit.request("2025-05-09", DE, "USD").line(tee("10", "USD")).build();
        assertThatThrownBy(() -> calc.quote(r)).isInstanceOfSatisfying(ConversionUnavailableException.class, e -> {
            assertThat(e.field()).contains("converter");
            assertThat(e.getMessage()).contains("USD->EUR").contains("returned null");
        });
        // the same through a pack whose rate date is a weekly average (JP): every day answers null, so no rate
        QuoteRequest jp = Audit.request("2025-05-09", new Audit.Place("JP", "100-0001", "JPY"), "USD")
                .line(tee("10", "USD")).build();
        assertThatThrownBy(() -> calc.quote(jp)).isInstanceOf(ConversionUnavailableException.class);
    }

    @Test
    void aLineWithoutHsCodeIsReportedWithoutDutyAndLeavesTheOtherLinesDutyUnchanged() {
        // GB, above GBP 135: duty by line (no shipping, so the customs values are the prices)
        QuoteLine known = tee("200.00", "GBP");
        LandedCostQuote alone = Audit.CALC.quote(Audit.request("2025-05-09", GB, "GBP").line(known).build());
        LandedCostQuote mixed = Audit.CALC.quote(Audit.request("2025-05-09", GB, "GBP").line(known)
                .line(Audit.line("MYSTERY", null, "CN", 1, money("50.00", "GBP"), TaxCategory.STANDARD)).build());
        assertThat(dec(alone.lines().get(0).duty())).isPositive();
        assertThat(mixed.lines().get(0).duty()).isEqualTo(alone.lines().get(0).duty());
        assertThat(dec(mixed.lines().get(1).duty())).isZero();
        assertThat(mixed.lines().get(1).issues()).anySatisfy(i -> assertThat(i).startsWith("HS_CODE_MISSING: "));
        assertThat(mixed.lines().get(0).issues()).noneMatch(i -> i.startsWith("HS_CODE_MISSING"));
    }

    @Test
    void amountsBeyondAnyPriceAreRejectedWhenTheRequestIsBuiltNotWhenItIsQuoted() {
        // through the Java API, not JSON: 1e999999999 is small to hold but rounding it to cents would build a number
        // with a billion digits
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> Audit.line("TEE", "6109100010", "CN", 1,
                    Money.of(new BigDecimal("1e999999999"), "EUR"), TaxCategory.STANDARD))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).contains("line.unitPrice"));
            assertThatThrownBy(() -> Audit.request("2025-05-09", Audit.PLACES.get(0), "EUR")
                    .line(tee("10", "EUR")).shipping(Money.of(new BigDecimal("1e19"), "EUR")).build())
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).contains("request.shipping"));
            assertThatThrownBy(() -> Audit.request("2025-05-09", Audit.PLACES.get(0), "EUR")
                    .line(tee("10", "EUR")).insurance(Money.of(new BigDecimal("1e-65"), "EUR")).build())
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).contains("request.insurance"));
        });
        // the largest accepted price still quotes
        assertThat(Audit.CALC.quote(Audit.request("2025-05-09", Audit.PLACES.get(0), "EUR")
                .line(tee("999999999999999999.99", "EUR")).build()).totals().goods().getNumber()
                .numberValue(BigDecimal.class)).isEqualByComparingTo("999999999999999999.99");
    }

    @Test
    void aLineWithoutOriginCarriesOneOriginMissingIssueEvenWhenSeveralOriginRulesMeetIt() {
        // US: Section 301 origin duties and origin conditions both need the origin; the line said so twice, in two
        // wordings, before 2026-11-22
        for (String date : List.of("2025-05-09", "2026-03-10", "2026-11-20")) {
            for (String hs : List.of("6109100010", "9404210010", "7324100000", "8507600020", "9403509080", "6911100000", "8711600000", "6403990000")) {
                for (String dest : List.of("US", "CA", "GB", "DE", "BR", "MX", "AU", "NO", "CH", "JP", "KR", "NZ", "SG")) {
                    Audit.Place p = Audit.PLACES.stream().filter(x -> x.country().equals(dest)).findFirst().orElseThrow();
                    LandedCostQuote q = Audit.CALC.quote(Audit.request(date, p, p.currency())
                            .line(Audit.line("ITEM", hs, null, 1, money("900.00", p.currency()), TaxCategory.STANDARD))
                            .build());
                    assertThat(q.lines().get(0).issues()).as(date + " " + hs + " " + dest)
                            .filteredOn(t -> t.startsWith("ORIGIN_MISSING")).hasSizeLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void zeroPricedLinesQuoteToZeroEverywhere() {
        for (Audit.Place p : Audit.PLACES) {
            LandedCostQuote q = Audit.CALC.quote(Audit.request("2025-05-09", p, p.currency())
                    .line(tee("0", p.currency())).build());
            assertThat(dec(q.totals().duty())).as(p.country()).isZero();
            assertThat(dec(q.totals().tax())).as(p.country()).isZero();
            assertThat(dec(q.totals().landedCost())).as(p.country()).isEqualByComparingTo(dec(q.totals().fees()));
        }
    }

    private static BigDecimal dec(javax.money.MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }
}
