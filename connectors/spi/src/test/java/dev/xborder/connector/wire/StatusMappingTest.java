package dev.xborder.connector.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.order.OrderStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusMappingTest {
    private final StatusMapping m = StatusMapping.of(Map.of("PartiallyShipped", OrderStatus.PARTIALLY_SHIPPED));

    @Test
    void matchesIgnoringCaseAndSeparators() {
        assertThat(m.map("PartiallyShipped")).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(m.map("PARTIALLY_SHIPPED")).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(m.map("partially-shipped")).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }

    @Test
    void unknownBlankAndNullBecomeUnknownNeverAnException() {
        assertThat(m.map("JE_VOEC")).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(m.map("")).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(m.map(null)).isEqualTo(OrderStatus.UNKNOWN);
    }
}
