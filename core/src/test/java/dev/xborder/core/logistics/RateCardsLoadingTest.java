package dev.xborder.core.logistics;

import static dev.xborder.core.logistics.CardJson.card;
import static dev.xborder.core.logistics.CardJson.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.product.GoodsFlag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateCardsLoadingTest {

    private static Set<String> paths(RuleDataException e) {
        return e.problems().stream().map(RuleDataException.Problem::path).collect(Collectors.toSet());
    }

    @Test
    void bundledSamplesLoadCoverEveryModeAndSayTheyAreSampleData() {
        RateCards samples = RateCards.samples();
        assertThat(samples.cards().stream().map(RateCard::mode).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ShippingMode.class));
        assertThat(samples.cards()).allSatisfy(c -> assertThat(c.source()).contains("SAMPLE").containsIgnoringCase("not carrier quotes"));
        assertThat(samples.warehouses()).extracting(Warehouse::id).containsExactly("sample-fba-de", "sample-wh-de");
        RateCard postal = samples.card("sample-postal-cn-eu", LocalDate.of(2026, 7, 1)).orElseThrow();
        assertThat(postal.forbiddenGoods()).contains(GoodsFlag.LITHIUM_ION_BATTERY, GoodsFlag.LIQUID)
                .doesNotContain(GoodsFlag.LITHIUM_ION_IN_EQUIPMENT);
        assertThat(postal.maxSumOfSidesCm()).contains(new BigDecimal("90"));
        assertThat(postal.volumetricDivisor()).isEmpty();
        assertThat(samples.card("sample-express-cn-world", LocalDate.of(2026, 7, 1)).orElseThrow().volumetricDivisor())
                .hasValue(5000);
    }

    @Test
    void aCardIsFoundOnlyInsideItsEffectivePeriodWhichEndsExclusive() {
        RateCards cards = RateCards.parse("t.json", doc(card("a", "")));
        assertThat(cards.card("a", LocalDate.of(2026, 1, 1))).isPresent();
        assertThat(cards.card("a", LocalDate.of(2026, 12, 31))).isPresent();
        assertThat(cards.card("a", LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(cards.card("a", LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void everyProblemInABadFileIsReportedAtOnceWithFileAndJsonPath() {
        String bad = doc(card("ok-one", "colour=\"red\";;mode=\"CARRIER_PIGEON\";;currency=\"EURO\"")
                + "," + card("second", "limits={\"maxWeightKg\":\"-1\"};;pricing={\"type\":\"TABLE\",\"breaks\":[{\"upToKg\":\"1\",\"price\":\"3\"},{\"upToKg\":\"0.5\",\"price\":\"4\"}]}"
                + ";;forbiddenGoods=[\"UN9999\"];;transitDays={\"min\":5,\"max\":2};;cutOff={\"time\":\"25:00\",\"zone\":\"Mars/Base\"}"
                + ";;workingDays=[\"FUNDAY\"];;fuelSurchargePercent=\"12.345\";;volumetricDivisor=12;;tracked=<remove>")
                + "," + card("third", "origins=[\"XX\"];;effective={\"from\":\"2026-05-01\",\"until\":\"2026-01-01\"};;minimumCharge=\"1.234\""
                + ";;remoteAreaSurcharges=[{\"country\":\"FR\",\"postalCodeFrom\":\"200\",\"postalCodeTo\":\"1000\",\"amount\":\"2\"}]"));
        RuleDataException e = catchThrowableOfType(() -> RateCards.parse("bad-cards.json", bad), RuleDataException.class);
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RULE_DATA);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad-cards.json"));
        assertThat(paths(e)).contains(
                "$.cards[0].colour",
                "$.cards[0].mode",
                "$.cards[0].currency",
                "$.cards[1].limits.maxWeightKg",
                "$.cards[1].pricing.breaks[1].upToKg",
                "$.cards[1].forbiddenGoods[0]",
                "$.cards[1].transitDays.max",
                "$.cards[1].cutOff.time",
                "$.cards[1].cutOff.zone",
                "$.cards[1].workingDays[0]",
                "$.cards[1].fuelSurchargePercent",
                "$.cards[1].volumetricDivisor",
                "$.cards[1].tracked",
                "$.cards[2].origins[0]",
                "$.cards[2].effective.until",
                "$.cards[2].minimumCharge",
                "$.cards[2].remoteAreaSurcharges[0].country",
                "$.cards[2].remoteAreaSurcharges[0].postalCodeTo");
        assertThat(e.getMessage()).contains("bad-cards.json $.cards[0].mode").contains("CARRIER_PIGEON");
    }

    @Test
    void headerAndStructureProblemsAreNamed() {
        RuleDataException e = catchThrowableOfType(() -> RateCards.parse("h.json",
                "{\"format\":\"other/9\",\"cards\":{}}"), RuleDataException.class);
        assertThat(paths(e)).contains("$.format", "$.dataVersion", "$.source", "$.cards");
    }

    @Test
    void malformedJsonDuplicateKeysAndTrailingContentAreProblemsNotCrashes() {
        assertThat(paths(catchThrowableOfType(() -> RateCards.parse("m.json", "{\"format\": "), RuleDataException.class)))
                .containsExactly("$");
        RuleDataException dup = catchThrowableOfType(() -> RateCards.parse("d.json",
                "{\"format\":\"xborder-rate-cards/1\",\"format\":\"x\"}"), RuleDataException.class);
        assertThat(dup.getMessage()).contains("d.json").containsIgnoringCase("duplicate");
        RuleDataException trailing = catchThrowableOfType(() -> RateCards.parse("t.json", doc(card("a", "")) + " {}"),
                RuleDataException.class);
        assertThat(trailing.problems().get(0).message()).containsIgnoringCase("trailing");
    }

    @Test
    void absurdNestingIsRejectedByTheReadLimits() {
        String deep = "{\"format\":" + "[".repeat(500) + "]".repeat(500) + "}";
        RuleDataException e = catchThrowableOfType(() -> RateCards.parse("deep.json", deep), RuleDataException.class);
        assertThat(e.problems().get(0).message()).containsIgnoringCase("nesting");
    }

    @Test
    void problemsInSeveralFilesAreReportedTogetherAndNothingLoads(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Path bad1 = dir.resolve("bad1.json");
        Path bad2 = dir.resolve("bad2.json");
        Files.writeString(good, doc(card("good", "")), StandardCharsets.UTF_8);
        Files.writeString(bad1, doc(card("b1", "currency=\"ZZZ\"")), StandardCharsets.UTF_8);
        Files.writeString(bad2, doc(card("b2", "carrier=\"\"")), StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.json");
        RuleDataException e = catchThrowableOfType(() -> RateCards.load(good, bad1, bad2, missing), RuleDataException.class);
        assertThat(e.problems()).extracting(RuleDataException.Problem::file)
                .contains(bad1.toString(), bad2.toString(), missing.toString())
                .doesNotContain(good.toString());
        assertThat(RateCards.load(List.of(good)).cards()).hasSize(1);
    }

    @Test
    void overlappingVersionsOfOneCardIdAreRejectedAndConsecutiveOnesAccepted() {
        String v1 = card("a", "effective={\"from\":\"2026-01-01\",\"until\":\"2026-07-01\"};;version=\"v1\"");
        String v2 = card("a", "effective={\"from\":\"2026-07-01\"};;version=\"v2\"");
        RateCards both = RateCards.parse("v.json", doc(v1 + "," + v2));
        assertThat(both.card("a", LocalDate.of(2026, 6, 30)).orElseThrow().version()).isEqualTo("v1");
        assertThat(both.card("a", LocalDate.of(2026, 7, 1)).orElseThrow().version()).isEqualTo("v2");
        String overlapping = card("a", "effective={\"from\":\"2026-06-01\"}");
        RuleDataException e = catchThrowableOfType(() -> RateCards.parse("o.json", doc(v1 + "," + overlapping)),
                RuleDataException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.cards[1].effective");
            assertThat(p.message()).contains("overlaps");
        });
    }

    @Test
    void warehouseReferencesAreCheckedAcrossFiles() {
        String wh = "{\"id\":\"w1\",\"name\":\"W\",\"mode\":\"OVERSEAS_WAREHOUSE\",\"country\":\"DE\",\"currency\":\"EUR\","
                + "\"effective\":{\"from\":\"2026-01-01\"},\"pickPackPerOrder\":\"1\",\"pickPackPerUnit\":\"0.1\","
                + "\"storagePerUnitPerMonth\":\"0.2\",\"expectedStorageMonths\":\"1\",\"lastMileCards\":[\"nope\",\"express\"]}";
        RuleDataException e = catchThrowableOfType(() -> RateCards.parse("w.json", doc(card("express", ""), wh)),
                RuleDataException.class);
        assertThat(e.problems()).extracting(RuleDataException.Problem::path)
                .containsExactly("$.warehouses[0].lastMileCards[0]", "$.warehouses[0].lastMileCards[1]");
        assertThat(e.problems().get(1).message()).contains("mode EXPRESS");
    }

    @Test
    void samplesPlusHostCardsAreValidatedTogether() {
        RateCards host = RateCards.parse("host.json", doc(card("host-express", "")));
        assertThat(RateCards.samples().plus(host).cards()).hasSize(RateCards.samples().cards().size() + 1);
        RateCards clash = RateCards.parse("clash.json", doc(card("sample-fba-de", "")));
        assertThatThrownBy(() -> RateCards.samples().plus(clash)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("clash.json");
    }

    @Test
    void batteriesMayBeNamedByUnNumber() {
        RateCards c = RateCards.parse("un.json", doc(card("a", "forbiddenGoods=[\"UN3481\",\"MAGNET\"]")));
        assertThat(c.cards().get(0).forbiddenGoods()).containsExactlyInAnyOrder(GoodsFlag.LITHIUM_ION_IN_EQUIPMENT, GoodsFlag.MAGNET);
    }

    @Test
    void nullArgumentsGetTypedErrorsNamingTheField() {
        assertThatThrownBy(() -> RateCards.parse("x.json", null)).isInstanceOf(InvalidInputException.class)
                .satisfies(t -> assertThat(((InvalidInputException) t).field()).contains("json"));
        assertThatThrownBy(() -> RateCards.load((List<Path>) null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RateCards.fromClasspath(List.of("no/such.json"))).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("no/such.json");
    }

    @Test
    void entersAsIsAKnownTransportModeAndOnlyForDirectCards() {
        String bad = CardJson.doc(CardJson.card("a", "mode=\"LINE_HAUL\";;entersAs=\"CARRIER_PIGEON\"") + ","
                + CardJson.card("b", "mode=\"OVERSEAS_WAREHOUSE\";;origins=[\"DE\"];;destinations=[\"DE\"];;entersAs=\"POST\""));
        RuleDataException e = catchThrowableOfType(() -> RateCards.parse("bad-enters.json", bad), RuleDataException.class);
        assertThat(paths(e)).contains("$.cards[0].entersAs", "$.cards[1].entersAs");
        assertThat(e.problems()).anySatisfy(pr -> assertThat(pr.message()).contains("CARRIER_PIGEON"));
        RateCard express = RateCards.parse("ok.json", CardJson.doc(CardJson.card("c", "entersAs=\"POST\""))).cards().get(0);
        assertThat(express.entersAs()).contains(dev.xborder.core.landed.TransportMode.POST);
    }
}
