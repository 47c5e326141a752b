package dev.xborder.connector.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.connector.ConnectorException;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.order.OrderLine;
import java.math.BigDecimal;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class WireLinesAndOrdersTest {

    @Test
    void unitsOfOneSkuAtOnePriceBecomeOneLineInOrderOfFirstAppearance() {
        List<OrderLine> lines = WireLines.fromUnits(List.of(
                new WireLines.Unit("i1", "RED", "Red shirt", new BigDecimal("12.50")),
                new WireLines.Unit("i2", "BLUE", "Blue shirt", new BigDecimal("9")),
                new WireLines.Unit("i3", "RED", "Red shirt", new BigDecimal("12.5")),
                new WireLines.Unit("i4", "RED", "Red shirt (sale)", new BigDecimal("10.00"))), Monetary.getCurrency("SGD"));
        assertThat(lines).extracting(OrderLine::lineId).containsExactly("i1,i3", "i2", "i4");
        assertThat(lines).extracting(OrderLine::quantity).containsExactly(2, 1, 1);
        assertThat(lines.get(0).unitPrice()).isEqualTo(Money.of(new BigDecimal("12.50"), "SGD"));
        assertThat(lines.get(2).title()).isEqualTo("Red shirt (sale)");
    }

    @Test
    void aBadValueInAnOrderIsABadResponseNamingTheOrderAndConnectorFailuresPassAsTheyAre() {
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> WireOrders.map("shop", "A-1", () -> {
            throw new InvalidInputException("total", "x", "amount malformed");
        }));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_BAD_RESPONSE);
        assertThat(e.getMessage()).contains("order A-1 cannot be mapped").contains("total");
        assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
        ConnectorException own = WireOrders.bad("shop", "A-2", "no currency");
        assertThat(catchThrowableOfType(ConnectorException.class, () -> WireOrders.map("shop", "A-2", () -> {
            throw own;
        }))).isSameAs(own);
        assertThat(own.getMessage()).contains("order A-2: no currency");
        assertThat(WireOrders.withoutId("shop", "order_sn").getMessage()).contains("an order without order_sn");
    }
}
