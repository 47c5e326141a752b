package dev.xborder.tax.tariff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.tax.tariff.AreaRate;
import dev.xborder.tax.tariff.DutyRate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RateTextTest {

    private static DutyRate.AdValorem pct(String p) {
        return new DutyRate.AdValorem(new BigDecimal(p));
    }

    private static DutyRate.Specific usd(String amount, String unit) {
        return new DutyRate.Specific(new BigDecimal(amount), "USD", unit);
    }

    @Test
    void freeIsFree() {
        assertThat(RateText.parseHts("Free")).isEqualTo(DutyRate.FREE);
        assertThat(RateText.parseHts(" Free ")).isEqualTo(DutyRate.FREE);
    }

    @Test
    void percentIsAdValorem() {
        assertThat(RateText.parseHts("6.5%")).isEqualTo(pct("6.5"));
        assertThat(RateText.parseHts("35%")).isEqualTo(pct("35"));
    }

    @Test
    void centsPerUnitAreDollarsPerUnit() {
        assertThat(RateText.parseHts("2.4¢/kg")).isEqualTo(usd("0.024", "kg"));
        assertThat(RateText.parseHts("37.5¢/kg")).isEqualTo(usd("0.375", "kg"));
    }

    @Test
    void dollarsPerUnitKeepTheUnitText() {
        assertThat(RateText.parseHts("$1.035/doz.")).isEqualTo(usd("1.035", "doz."));
        assertThat(RateText.parseHts("$1.803/kg")).isEqualTo(usd("1.803", "kg"));
        assertThat(RateText.parseHts("$1.44/clean kg")).isEqualTo(usd("1.44", "clean kg"));
    }

    @Test
    void sumsOfPartsAreCompound() {
        assertThat(RateText.parseHts("37.5¢/kg + 2.9%"))
                .isEqualTo(new DutyRate.Compound(List.of(usd("0.375", "kg"), pct("2.9"))));
        assertThat(RateText.parseHts("$1.035/doz. + 4.2%"))
                .isEqualTo(new DutyRate.Compound(List.of(usd("1.035", "doz."), pct("4.2"))));
    }

    @Test
    void emptyRateIsNotStated() {
        assertThat(RateText.parseHts("")).isEqualTo(DutyRate.NOT_STATED);
        assertThat(RateText.parseHts(null)).isEqualTo(DutyRate.NOT_STATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.5¢/kg on contents and container",
        "25% 1/",
        "Free 1/",
        "The rate applicable to the article of which it is a part",
        "5%5",
        "6.5",
        "$/kg",
        ".5%",
        "5.%",
        "4.4¢/kg + 6%, minimum 10%",
        "2.4¢/kg+2%",
        "15% + ",
        "$1.035/",
    })
    void anythingElseIsUnparsedWithItsRawText(String text) {
        DutyRate r = RateText.parseHts(text);
        assertThat(r).isEqualTo(new DutyRate.Unparsed(text));
        assertThat(r.isParsed()).isFalse();
    }

    @Test
    void specialColumnGivesOneRatePerProgramCode() {
        List<AreaRate> rates = RateText.parseHtsSpecial("Free (A+,AU,BH) 3.4% (KR)");
        assertThat(rates).extracting(AreaRate::area).containsExactly("A+", "AU", "BH", "KR");
        assertThat(rates.get(0).rate()).isEqualTo(DutyRate.FREE);
        assertThat(rates.get(3).rate()).isEqualTo(pct("3.4"));
    }

    @Test
    void specialColumnWithAnythingElseIsKeptWhole() {
        String text = "Free (BH,CL,JO,KR,MA,OM,P,PE,SG) See 9822.04.40 (AU)";
        assertThat(RateText.parseHtsSpecial(text))
                .containsExactly(new AreaRate("SPECIAL", "special rate column", new DutyRate.Unparsed(text)));
        assertThat(RateText.parseHtsSpecial("")).isEmpty();
    }
}
