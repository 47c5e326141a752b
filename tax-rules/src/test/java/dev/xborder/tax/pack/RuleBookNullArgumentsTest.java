package dev.xborder.tax.pack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.CountryCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The public look-ups of RuleBook and Period reject null with a typed error naming the argument, never an NPE. */
class RuleBookNullArgumentsTest {
    private static final RuleBook BOOK = RulePackLoader.loadBundled();

    @Test
    void ruleBookLookUpsRejectNullWithInvalidInputNamingTheArgument() {
        assertThatThrownBy(() -> BOOK.pack(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("jurisdiction");
        assertThatThrownBy(() -> BOOK.governs(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> BOOK.governing(null, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> BOOK.governing(CountryCode.of("DE"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("date");
    }

    @Test
    void periodLookUpsRejectNullWithInvalidInputNamingTheArgument() {
        Period p = new Period(LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> p.contains(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> p.overlaps(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("other");
    }
}
