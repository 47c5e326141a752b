package dev.xborder.tax.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.tax.pack.RulePackLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bundled non-EU pack loads and validates on its own. */
class NonEuPacksLoadGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"au", "br", "ca", "ch", "jp", "kr", "mx", "no", "nz", "sg"})
    void packLoadsAndValidates(String jurisdiction) {
        var book = RulePackLoader.builder()
                .classpath(RulePackLoader.BUNDLED_FOLDER + jurisdiction + ".json", 0).load();
        assertThat(book.pack(jurisdiction.toUpperCase())).isPresent();
    }
}
