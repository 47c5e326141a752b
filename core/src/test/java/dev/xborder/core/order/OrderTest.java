package dev.xborder.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import java.time.Instant;
import java.util.Arrays;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class OrderTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static OrderLine line(String id, String price) {
        return new OrderLine(id, Sku.of("TS-1"), "T-shirt", 2, Money.of(new java.math.BigDecimal(price), "EUR"),
                HsCode.of("610910"), CountryCode.CN, TaxCategory.STANDARD, Weight.grams("180"));
    }

    static Order.Builder order() {
        return Order.builder("shopify", "1001").status(OrderStatus.UNSHIPPED, "unfulfilled")
                .createdAt(T0).updatedAt(T0.plusSeconds(60)).currency(Monetary.getCurrency("EUR"));
    }

    @Test
    void buildsAnOrderWithDefaultsAndKeepsTheRawStatus() {
        Order o = order().line(line("1", "12.30")).shipTo(Address.of(CountryCode.DE, "10115")).build();
        assertThat(o.channel()).isEqualTo(SalesChannel.MARKETPLACE);
        assertThat(o.rawStatus()).isEqualTo("unfulfilled");
        assertThat(o.lines()).hasSize(1);
        assertThat(o.lines().get(0).lineTotal()).isEqualTo(Money.of(new java.math.BigDecimal("24.60"), "EUR"));
        assertThat(o.buyer()).isEmpty();
        assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(order().status(OrderStatus.SHIPPED).build().rawStatus()).isEqualTo("SHIPPED");
        assertThat(o.toString()).contains("shopify:1001").doesNotContain("10115");
    }

    @Test
    void reportsEveryMissingRequiredField() {
        assertThatThrownBy(() -> Order.builder("amazon", "1").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("status").contains("createdAt").contains("updatedAt").contains("currency"));
    }

    @Test
    void rejectsBlankIdsAndNulls() {
        assertThatThrownBy(() -> Order.builder(" ", "1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Order.builder("amazon", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> order().status(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> order().line(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains("order.lines[0]"));
        assertThatThrownBy(() -> order().lines(Arrays.asList(line("1", "1"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("order.lines[1]"));
    }

    @Test
    void rejectsAmountsInAnotherCurrencyOrNegative() {
        assertThatThrownBy(() -> order().line(new OrderLine("1", Sku.of("A"), "a", 1, Money.of(1, "USD"), null, null, null, null)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("order.lines[0].unitPrice"));
        assertThatThrownBy(() -> order().shipping(Money.of(1, "USD")).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> order().shipping(Money.of(-1, "EUR")).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> order().total(Money.of(-1, "EUR")).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> order().total(Money.of(1, "GBP")).build()).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void orderLineRejectsBadQuantityPriceAndIds() {
        assertThatThrownBy(() -> new OrderLine("1", Sku.of("A"), "a", 0, Money.of(1, "EUR"), null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("line.quantity"));
        assertThatThrownBy(() -> new OrderLine("1", Sku.of("A"), "a", -3, Money.of(1, "EUR"), null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OrderLine("1", Sku.of("A"), "a", 1, Money.of(-1, "EUR"), null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OrderLine(" ", Sku.of("A"), "a", 1, Money.of(1, "EUR"), null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OrderLine("1", null, "a", 1, Money.of(1, "EUR"), null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OrderLine("1", Sku.of("A"), "a", 1, null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        OrderLine l = new OrderLine("1", Sku.of("A"), null, 1, Money.of(0, "EUR"), null, null, null, null);
        assertThat(l.title()).isEmpty();
        assertThat(l.taxCategory()).isEqualTo(TaxCategory.STANDARD);
        assertThat(l.hsCodeIfKnown()).isEmpty();
        assertThat(l.originIfKnown()).isEmpty();
        assertThat(l.unitWeightIfKnown()).isEmpty();
    }

    @Test
    void buyerIsRedactedAndBlankFieldsAreAbsent() {
        Buyer b = new Buyer(" Ada Lovelace ", " ");
        assertThat(b.name()).isEqualTo("Ada Lovelace");
        assertThat(b.email()).isNull();
        assertThat(b.toString()).doesNotContain("Ada");
    }

    @Test
    void statusesAndChannelsAreClosedSets() {
        assertThat(OrderStatus.valueOf("UNKNOWN")).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(SalesChannel.values()).containsExactly(SalesChannel.OWN_STORE, SalesChannel.MARKETPLACE);
    }
}
