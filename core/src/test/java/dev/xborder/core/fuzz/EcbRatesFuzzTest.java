package dev.xborder.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.money.EcbRates;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** ECB rate files from arbitrary input: a {@link RuleDataException} or a table, nothing else. */
class EcbRatesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void csvReadsOrFailsWithRuleDataException(FuzzedDataProvider data) {
        String csv = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        try {
            EcbRates.readCsv(new StringReader(csv), "fuzz.csv");
        } catch (RuleDataException expected) {
            // typed, with problems
            if (expected.problems().isEmpty()) {
                throw new AssertionError("RuleDataException without problems", expected);
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void xmlReadsOrFailsWithRuleDataException(FuzzedDataProvider data) {
        byte[] xml = data.consumeRemainingAsBytes();
        if (xml == null) {
            return;
        }
        try {
            EcbRates.readXml(new ByteArrayInputStream(xml), "fuzz.xml");
        } catch (RuleDataException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("RuleDataException without problems", expected);
            }
        }
    }
}
