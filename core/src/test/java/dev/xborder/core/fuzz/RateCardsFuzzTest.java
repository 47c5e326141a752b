package dev.xborder.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.logistics.RateCards;
import java.io.ByteArrayInputStream;

/** Rate card documents from arbitrary bytes: cards, or a {@link RuleDataException} listing problems. */
class RateCardsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void rateCardsReadOrFailWithRuleDataException(FuzzedDataProvider data) {
        byte[] json = data.consumeRemainingAsBytes();
        if (json == null) {
            return;
        }
        try {
            RateCards.read("fuzz.json", new ByteArrayInputStream(json));
        } catch (RuleDataException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("RuleDataException without problems", expected);
            }
        }
    }
}
