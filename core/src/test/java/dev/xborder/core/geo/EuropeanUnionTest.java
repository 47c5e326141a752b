package dev.xborder.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EuropeanUnionTest {
    private static final LocalDate D2020 = LocalDate.of(2020, 12, 31);
    private static final LocalDate D2021 = LocalDate.of(2021, 1, 1);

    private static CountryCode c(String s) {
        return CountryCode.of(s);
    }

    @Test
    void hasTwentySevenMemberStatesSince2020AndTwentyEightBefore() {
        assertThat(EuropeanUnion.memberStates(D2021)).hasSize(27).doesNotContain(CountryCode.GB);
        assertThat(EuropeanUnion.memberStates(LocalDate.of(2019, 6, 1))).hasSize(28).contains(CountryCode.GB);
        assertThat(EuropeanUnion.memberStates(LocalDate.of(2013, 6, 30))).hasSize(27).doesNotContain(c("HR"));
    }

    @Test
    void greatBritainLeftTheVatAreaForGoodsOnFirstJanuary2021() {
        assertThat(EuropeanUnion.isVatAreaMember(CountryCode.GB, D2020)).isTrue();
        assertThat(EuropeanUnion.isVatAreaMember(CountryCode.GB, D2021)).isFalse();
        assertThat(EuropeanUnion.isCustomsUnionMember(CountryCode.GB, D2020)).isTrue();
        assertThat(EuropeanUnion.isCustomsUnionMember(CountryCode.GB, D2021)).isFalse();
    }

    @Test
    void northernIrelandStaysUnderEuGoodsRulesAfter2020() {
        assertThat(EuropeanUnion.isVatAreaMember(CountryCode.XI, D2020)).isTrue();
        assertThat(EuropeanUnion.isVatAreaMember(CountryCode.XI, D2021)).isTrue();
        assertThat(EuropeanUnion.isCustomsUnionMember(CountryCode.XI, LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(EuropeanUnion.isMemberState(CountryCode.XI, D2021)).isFalse();
    }

    @Test
    void croatiaJoinedOnFirstJuly2013AndAdoptedTheEuroIn2023() {
        assertThat(EuropeanUnion.isMemberState(c("HR"), LocalDate.of(2013, 6, 30))).isFalse();
        assertThat(EuropeanUnion.isMemberState(c("HR"), LocalDate.of(2013, 7, 1))).isTrue();
        assertThat(EuropeanUnion.usesEuro(c("HR"), LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(EuropeanUnion.usesEuro(c("HR"), LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(EuropeanUnion.currencyOn(c("HR"), LocalDate.of(2022, 12, 31)).orElseThrow().getCurrencyCode())
                .isEqualTo("HRK");
        assertThat(EuropeanUnion.currencyOn(c("HR"), LocalDate.of(2023, 1, 1)).orElseThrow().getCurrencyCode())
                .isEqualTo("EUR");
    }

    @Test
    void bulgariaAdoptedTheEuroOnFirstJanuary2026() {
        assertThat(EuropeanUnion.euroAdoptionDate(c("BG"))).contains(LocalDate.of(2026, 1, 1));
        assertThat(EuropeanUnion.usesEuro(c("BG"), LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(EuropeanUnion.usesEuro(c("BG"), LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(EuropeanUnion.currencyOn(c("BG"), LocalDate.of(2025, 12, 31)).orElseThrow().getCurrencyCode())
                .isEqualTo("BGN");
        assertThat(EuropeanUnion.currencyOn(c("BG"), LocalDate.of(2026, 1, 1)).orElseThrow().getCurrencyCode())
                .isEqualTo("EUR");
    }

    @Test
    void nonEuroMemberStatesKeepTheirCurrency() {
        LocalDate d = LocalDate.of(2026, 6, 1);
        for (String s : new String[] {"CZ", "DK", "HU", "PL", "RO", "SE"}) {
            assertThat(EuropeanUnion.usesEuro(c(s), d)).as(s).isFalse();
            assertThat(EuropeanUnion.euroAdoptionDate(c(s))).as(s).isEmpty();
        }
        assertThat(EuropeanUnion.currencyOn(c("SE"), d).orElseThrow().getCurrencyCode()).isEqualTo("SEK");
        long euroMembers = EuropeanUnion.memberStates(d).stream().filter(m -> EuropeanUnion.usesEuro(m, d)).count();
        assertThat(euroMembers).isEqualTo(21);
    }

    @Test
    void germanyUsedTheMarkBefore1999() {
        assertThat(EuropeanUnion.currencyOn(CountryCode.DE, LocalDate.of(1998, 12, 31)).orElseThrow().getCurrencyCode())
                .isEqualTo("DEM");
        assertThat(EuropeanUnion.usesEuro(c("GR"), LocalDate.of(2000, 6, 1))).isFalse();
        assertThat(EuropeanUnion.usesEuro(c("GR"), LocalDate.of(2001, 1, 1))).isTrue();
    }

    @Test
    void nonMembersUsingTheEuroAreReported() {
        assertThat(EuropeanUnion.usesEuro(c("ME"), LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(EuropeanUnion.usesEuro(CountryCode.US, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(EuropeanUnion.usesEuro(CountryCode.XI, LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void monacoIsInsideAndChannelIslandsOutsideTheVatArea() {
        assertThat(EuropeanUnion.isVatAreaMember(c("MC"), D2021)).isTrue();
        assertThat(EuropeanUnion.isCustomsUnionMember(c("MC"), D2021)).isTrue();
        assertThat(EuropeanUnion.isVatAreaMember(c("JE"), D2020)).isFalse();
        assertThat(EuropeanUnion.isCustomsUnionMember(c("JE"), D2020)).isTrue();
        assertThat(EuropeanUnion.isCustomsUnionMember(c("JE"), D2021)).isFalse();
        assertThat(EuropeanUnion.isVatAreaMember(c("IM"), D2020)).isTrue();
        assertThat(EuropeanUnion.isVatAreaMember(c("IM"), D2021)).isFalse();
    }

    @Test
    void customsUnionPartnersAreNotInTheCustomsTerritory() {
        assertThat(EuropeanUnion.isCustomsUnionMember(c("TR"), D2021)).isFalse();
        assertThat(EuropeanUnion.isCustomsUnionMember(c("AD"), D2021)).isFalse();
        assertThat(EuropeanUnion.isVatAreaMember(c("CH"), D2021)).isFalse();
        assertThat(EuropeanUnion.isVatAreaMember(c("NO"), D2021)).isFalse();
    }

    @Test
    void frenchOutermostRegionsAreInTheCustomsTerritoryButOutsideTheVatArea() {
        for (String s : new String[] {"GP", "MQ", "GF", "RE", "YT", "MF"}) {
            assertThat(EuropeanUnion.isVatAreaMember(c(s), D2021)).as(s).isFalse();
            assertThat(EuropeanUnion.isCustomsUnionMember(c(s), D2021)).as(s).isTrue();
        }
        assertThat(EuropeanUnion.isCustomsUnionMember(c("YT"), LocalDate.of(2013, 12, 31))).isFalse();
        assertThat(EuropeanUnion.isCustomsUnionMember(c("PM"), D2021)).isFalse();
        assertThat(EuropeanUnion.isCustomsUnionMember(c("BL"), D2021)).isFalse();
        assertThat(EuropeanUnion.isCustomsUnionMember(c("AX"), D2021)).isTrue();
        assertThat(EuropeanUnion.isVatAreaMember(c("AX"), D2021)).isFalse();
    }

    @Test
    void addressesInsideSpecialTerritoriesAreJudgedByTheTerritory() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertThat(EuropeanUnion.isVatAreaMember(Address.of(CountryCode.ES, "28013"), d)).isTrue();
        assertThat(EuropeanUnion.isVatAreaMember(Address.of(CountryCode.ES, "35001"), d)).isFalse();
        assertThat(EuropeanUnion.isCustomsUnionMember(Address.of(CountryCode.ES, "35001"), d)).isTrue();
        assertThat(EuropeanUnion.isCustomsUnionMember(Address.of(CountryCode.ES, "51001"), d)).isFalse();
        assertThat(EuropeanUnion.isVatAreaMember(Address.of(CountryCode.GB, "BT1 5GS"), d)).isTrue();
        assertThat(EuropeanUnion.isVatAreaMember(Address.of(CountryCode.GB, "SW1A 1AA"), d)).isFalse();
        assertThat(EuropeanUnion.isVatAreaMember(Address.of(CountryCode.DE), d)).isTrue();
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> EuropeanUnion.isVatAreaMember((CountryCode) null, D2021))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> EuropeanUnion.usesEuro(CountryCode.DE, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> EuropeanUnion.currencyOn(null, D2021)).isInstanceOf(InvalidInputException.class);
    }
}
