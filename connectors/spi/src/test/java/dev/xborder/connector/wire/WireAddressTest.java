package dev.xborder.connector.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireAddressTest {
    @Test
    void aValidAddressIsKept() {
        assertThat(WireAddress.lenient("us", "48817", "MI", "Canton", List.of("1 Cross St."))).hasValueSatisfying(a -> {
            assertThat(a.country().alpha2()).isEqualTo("US");
            assertThat(a.postalCode()).isEqualTo("48817");
            assertThat(a.lines()).containsExactly("1 Cross St.");
        });
    }

    @Test
    void anUnknownOrMissingCountryGivesNoAddressInsteadOfFailingTheOrder() {
        assertThat(WireAddress.lenient("ZZ", "1", null, null, null)).isEmpty();
        assertThat(WireAddress.lenient("", "1", null, null, null)).isEmpty();
        assertThat(WireAddress.lenient(null, "1", null, null, null)).isEmpty();
    }

    @Test
    void blankStreetLinesAreDropped() {
        assertThat(WireAddress.lenient("DE", "10115", null, "Berlin", java.util.Arrays.asList("Street 1", null, " ")))
                .hasValueSatisfying(a -> assertThat(a.lines()).containsExactly("Street 1"));
    }
}
