package dev.xborder.tax.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.RuleDataException;
import org.junit.jupiter.api.Test;

/**
 * {@code fees[].excludedTerritories} (added 2026-11-22): ids of the pack's territories where a fee is not charged. The
 * loader rejects unknown ids, territories of another country than the fee's, and anything but a non-empty array of ids,
 * naming the file and the path; a host override can use it on the bundled EU pack.
 */
class FeeExcludedTerritoriesTest {
    private static String override(String excluded) {
        return """
                {"formatVersion": 1, "dataVersion": "host", "jurisdiction": "EU", "kind": "OVERRIDE",
                 "sources": [{"id": "host", "document": "host test data, not a fact", "url": "https://example.org/host"}],
                 "fees": [{"id": "fr.host-fee", "country": "FR", "name": "host fee", "per": "PARCEL",
                           "amount": {"amount": "1", "currency": "EUR"}, "from": "2026-01-01", "source": "host",
                           "excludedTerritories": %s}]}
                """.formatted(excluded);
    }

    private static RuleDataException rejected(String excluded) {
        return (RuleDataException) org.assertj.core.api.Assertions.catchThrowable(() -> RulePackLoader.builder()
                .bundled().json("host-eu.json", override(excluded), 10).load());
    }

    @Test
    void aHostFeeMayLeaveOutTerritoriesOfItsCountry() {
        RuleBook book = RulePackLoader.builder().bundled()
                .json("host-eu.json", override("[\"fr.guyane\", \"fr.reunion\"]"), 10).load();
        RulePack.Fee fee = book.packs().get("EU").fees().stream().filter(f -> f.meta().id().equals("fr.host-fee"))
                .findFirst().orElseThrow();
        assertThat(fee.excludedTerritories()).containsExactlyInAnyOrder("fr.guyane", "fr.reunion");
    }

    @Test
    void unknownTerritoriesTerritoriesOfAnotherCountryAndNonArraysAreRejectedWithTheirPath() {
        assertThat(rejected("[\"fr.atlantis\"]").problems()).anySatisfy(p -> {
            assertThat(p.file()).contains("host-eu.json");
            assertThat(p.path()).isEqualTo("$.fees[id=fr.host-fee].excludedTerritories");
            assertThat(p.message()).contains("unknown territory fr.atlantis");
        });
        // the Canary Islands are a territory of ES, not of the fee's FR
        String canary = RulePackLoader.loadBundled().packs().get("EU").territories().stream()
                .filter(t -> t.country().alpha2().equals("ES")).findFirst().orElseThrow().meta().id();
        assertThat(rejected("[\"" + canary + "\"]").problems()).anySatisfy(p ->
                assertThat(p.message()).contains("belongs to ES, not to the fee's country FR"));
        assertThat(rejected("\"fr.guyane\"").problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.fees[0].excludedTerritories");
            assertThat(p.message()).contains("non-empty array");
        });
        assertThat(rejected("[3]").problems()).anySatisfy(p ->
                assertThat(p.path()).isEqualTo("$.fees[0].excludedTerritories[0]"));
        assertThatThrownBy(() -> RulePackLoader.builder().bundled().json("host-eu.json", override("[]"), 10).load())
                .isInstanceOf(RuleDataException.class);
    }
}
