package dev.xborder.tax.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundledPacksTest {
    @Test
    void bundledPacksLoadWithoutProblems() {
        RuleBook book = RulePackLoader.loadBundled();
        assertThat(book.packs()).containsKeys("EU", "GB", "US");
        assertThat(book.pack("EU").orElseThrow().destinations()).extracting(d -> d.country().alpha2())
                .contains("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    }
}
