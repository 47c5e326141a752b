package dev.xborder.connector.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xborder.core.InvalidInputException;
import java.math.BigDecimal;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class WireMoneyTest {
    private final ObjectMapper json = WireJson.newMapper();

    private static BigDecimal number(MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void decimalStringsAreReadExactly() {
        assertThat(number(WireMoney.of("11.01", "USD", "f"))).isEqualByComparingTo("11.01");
        assertThat(number(WireMoney.of("100.0", "EUR", "f"))).isEqualByComparingTo("100");
        assertThat(WireMoney.of("199.00", "cad", "f").getCurrency().getCurrencyCode()).isEqualTo("CAD");
    }

    @Test
    void jsonNumbersAreReadAsBigDecimalNeverThroughDouble() throws Exception {
        JsonNode n = json.readTree("{\"a\": 0.0018, \"b\": 195.66, \"c\": 32119, \"d\": 0.1}");
        assertThat(number(WireMoney.of(n.get("a"), Monetary.getCurrency("USD"), "a"))).isEqualTo(new BigDecimal("0.0018"));
        assertThat(number(WireMoney.of(n.get("b"), Monetary.getCurrency("USD"), "b"))).isEqualTo(new BigDecimal("195.66"));
        assertThat(number(WireMoney.of(n.get("c"), Monetary.getCurrency("VND"), "c"))).isEqualByComparingTo("32119");
        assertThat(n.get("d").isBigDecimal()).isTrue();
    }

    @Test
    void minorUnitsWithADivisorOrTheCurrencysDigits() {
        assertThat(number(WireMoney.ofMinor(1999, 100, Monetary.getCurrency("USD"), "f"))).isEqualByComparingTo("19.99");
        assertThat(number(WireMoney.ofMinor(1999, Monetary.getCurrency("JPY"), "f"))).isEqualByComparingTo("1999");
        assertThat(number(WireMoney.ofMinor(1999, Monetary.getCurrency("KWD"), "f"))).isEqualByComparingTo("1.999");
    }

    @Test
    void missingOrMalformedAmountsAndUnknownCurrenciesFailNamingTheField() {
        assertThatThrownBy(() -> WireMoney.of("", "USD", "ItemPrice.Amount")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ItemPrice.Amount");
        assertThatThrownBy(() -> WireMoney.of("12,50", "USD", "price")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("price");
        assertThatThrownBy(() -> WireMoney.of("1", "XXY", "price")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("price.currency");
        assertThatThrownBy(() -> WireMoney.of("1E+999999999", "USD", "price")).hasMessageContaining("out of range");
    }

    @Test
    void aCurrencyCodeIsMatchedExactlyNeverAsAPattern() {
        // Moneta's own lookup answers "E.R" with EUR and ".UR" with an untyped ambiguity error
        assertThatThrownBy(() -> WireMoney.of("1", "E.R", "price")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("price.currency");
        assertThatThrownBy(() -> WireMoney.of("1", ".UR", "price")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("price.currency");
    }

    @Test
    void everyTwoDecimalAmountSurvivesStringAndJsonNumberForms() {
        qt().withFixedSeed(5L).withExamples(1000).forAll(longs().between(-1_000_000_000L, 1_000_000_000L))
                .checkAssert(cents -> {
                    BigDecimal v = BigDecimal.valueOf(cents, 2);
                    try {
                        JsonNode n = json.readTree("{\"s\":\"" + v.toPlainString() + "\",\"n\":" + v.toPlainString() + "}");
                        assertThat(number(WireMoney.of(n.get("s"), Monetary.getCurrency("EUR"), "s"))).isEqualByComparingTo(v);
                        assertThat(number(WireMoney.of(n.get("n"), Monetary.getCurrency("EUR"), "n"))).isEqualByComparingTo(v);
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void minorUnitsAndDecimalFormsAgree() {
        qt().withFixedSeed(9L).withExamples(1000).forAll(integers().between(0, Integer.MAX_VALUE))
                .checkAssert(minor -> assertThat(number(WireMoney.ofMinor(minor, 100, Monetary.getCurrency("USD"), "f")))
                        .isEqualByComparingTo(BigDecimal.valueOf(minor, 2)));
    }

    @Test
    void anAmountObjectIsReadInTheOrderCurrencyAndAnotherCurrencyFailsNamingItsField() throws Exception {
        JsonNode m = WireJson.newMapper().readTree("{\"Amount\":\"12.50\",\"CurrencyCode\":\"usd\"}");
        assertThat(WireMoney.of(m, "Amount", "CurrencyCode", Monetary.getCurrency("USD"), "OrderTotal").getNumber()
                .numberValue(BigDecimal.class)).isEqualByComparingTo("12.50");
        JsonNode noCurrency = WireJson.newMapper().readTree("{\"value\":7}");
        assertThat(WireMoney.of(noCurrency, "value", "currency", Monetary.getCurrency("USD"), "total").getNumber().intValueExact())
                .isEqualTo(7);
        assertThatThrownBy(() -> WireMoney.requireCurrency(m, "CurrencyCode", Monetary.getCurrency("EUR"), "OrderTotal"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("OrderTotal.CurrencyCode");
    }
}
