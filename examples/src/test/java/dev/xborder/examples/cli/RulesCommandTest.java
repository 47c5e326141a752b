package dev.xborder.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
    @Test
    void listsEveryBundledPackWithDataVersionAndEffectiveDates() {
        CliRun r = CliRun.of("rules");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("PACK").contains("DATA VERSION").contains("EFFECTIVE");
        for (String j : new String[] {"EU ", "GB ", "US ", "AU ", "JP ", "NO "}) {
            assertThat(r.out()).contains("\n" + j);
        }
    }

    @Test
    void listsEachRuleWithPeriodAndSourceAsJson() throws Exception {
        CliRun r = CliRun.of("rules", "--json", "--rules", "--jurisdiction", "GB");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a).hasSize(1);
        JsonNode rules = a.get(0).get("ruleList");
        assertThat(rules.size()).isPositive();
        for (JsonNode rule : rules) {
            assertThat(rule.get("from").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(rule.get("url").asText()).startsWith("http");
        }
    }

    @Test
    void anUnknownJurisdictionIsAnInputError() {
        QuoteCommandTest.assertOneLineInputError(CliRun.of("rules", "--jurisdiction", "XX"), "no pack 'XX'");
    }
}
