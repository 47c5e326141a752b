package dev.xborder.tax.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.xborder.core.RuleDataException;
import dev.xborder.tax.pack.RulePackLoader;
import java.nio.charset.StandardCharsets;

/**
 * Rule packs from arbitrary JSON (seeded with real packs): a rule book, or a {@link RuleDataException}
 * naming file and path for every problem. Read on its own and on top of the bundled packs.
 */
class RulePackLoaderFuzzTest {

    @FuzzTest(maxDuration = "90s")
    void packsLoadOrFailWithRuleDataException(FuzzedDataProvider data) {
        boolean withBundled = data.consumeBoolean();
        String json = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        RulePackLoader loader = RulePackLoader.builder();
        if (withBundled) {
            loader.bundled();
        }
        try {
            loader.json("fuzz.json", json, 10).load();
        } catch (RuleDataException expected) {
            TariffReadersFuzzTest.requireProblems(expected);
            expected.problems().forEach(p -> {
                if (p.file() == null || p.path() == null || p.message() == null) {
                    throw new AssertionError("problem without file, path or message: " + p, expected);
                }
            });
        }
    }
}
