package dev.xborder.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HsCodeTest {

    @Test
    void parsesWithDotsAndSpacesAndGivesChapterHeadingSubheading() {
        HsCode c = HsCode.of("6109.10.00 10");
        assertThat(c.digits()).isEqualTo("6109100010");
        assertThat(c.chapter()).isEqualTo("61");
        assertThat(c.heading()).isEqualTo("6109");
        assertThat(c.subheading()).isEqualTo("610910");
        assertThat(c.startsWith("6109")).isTrue();
        assertThat(c.toString()).isEqualTo("6109100010");
        assertThat(HsCode.of("8517.13")).isEqualTo(new HsCode("851713"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010121", "610910", "851713", "851714", "240412", "852411", "854911", "850760",
            "420222", "950300", "847130", "330499", "970121", "880622", "490199"})
    void acceptsHs2022Subheadings(String code) {
        assertThat(HsCode.of(code).subheading()).isEqualTo(code);
        assertThat(HsNomenclature.isSubheading(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "851712", // HS 2017 smartphones, split into 8517.13/8517.14 in HS 2022
            "847160x", "999999", "000000", "610900", "770100", "010110"})
    void rejectsSubheadingsThatDoNotExistInHs2022(String code) {
        assertThat(HsCode.isValid(code)).isFalse();
    }

    @Test
    void unknownRootIsAnUnknownCode() {
        assertThatThrownBy(() -> HsCode.of("8517120000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_CODE);
                    assertThat(e.field()).contains("hsCode");
                    assertThat(e.value()).contains("8517120000");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"61091", "61091000001", "6109AB", "abcdef", " ", ""})
    void rejectsMalformedCodes(String code) {
        assertThatThrownBy(() -> HsCode.of(code)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("hsCode");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> HsCode.of(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new HsCode(null)).isInstanceOf(InvalidInputException.class);
        assertThat(HsCode.isValid(null)).isFalse();
    }

    @Test
    void nomenclatureHasTheExpectedShape() {
        assertThat(HsNomenclature.subheadingCount()).isEqualTo(5612);
        assertThat(HsNomenclature.version()).isEqualTo("HS 2022");
        assertThat(HsNomenclature.isChapter("61")).isTrue();
        assertThat(HsNomenclature.isChapter("77")).isFalse();
        assertThat(HsNomenclature.isChapter("99")).isFalse();
        assertThat(HsNomenclature.isHeading("8549")).isTrue();
        assertThat(HsNomenclature.isHeading("9999")).isFalse();
        assertThat(HsNomenclature.subheadingsOf("6109")).containsExactly("610910", "610990");
        assertThat(HsNomenclature.subheadingsOf("8517")).contains("851713", "851714").doesNotContain("851712");
        assertThat(HsNomenclature.subheadingsOf("xx")).isEmpty();
        assertThat(HsNomenclature.isSubheading(null)).isFalse();
    }
}
