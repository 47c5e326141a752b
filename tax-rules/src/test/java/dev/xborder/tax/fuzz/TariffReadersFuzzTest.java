package dev.xborder.tax.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.xborder.core.RuleDataException;
import dev.xborder.tax.tariff.UkTradeTariffReader;
import dev.xborder.tax.tariff.UsHtsReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** National tariff files from arbitrary bytes: a tariff, or a {@link RuleDataException} listing problems. */
class TariffReadersFuzzTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    @FuzzTest(maxDuration = "60s")
    void ukCommodityReadsOrFailsWithRuleDataException(FuzzedDataProvider data) {
        byte[] json = data.consumeRemainingAsBytes();
        try {
            UkTradeTariffReader.readCommodity(new ByteArrayInputStream(json), "fuzz.json");
        } catch (RuleDataException expected) {
            requireProblems(expected);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void usHtsJsonReadsOrFailsWithRuleDataException(FuzzedDataProvider data) {
        byte[] json = data.consumeRemainingAsBytes();
        try {
            UsHtsReader.readJson(new ByteArrayInputStream(json), "fuzz.json", AS_OF);
        } catch (RuleDataException expected) {
            requireProblems(expected);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void usHtsCsvReadsOrFailsWithRuleDataException(FuzzedDataProvider data) {
        byte[] csv = data.consumeRemainingAsBytes();
        try {
            UsHtsReader.readCsv(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8),
                    "fuzz.csv", AS_OF);
        } catch (RuleDataException expected) {
            requireProblems(expected);
        }
    }

    static void requireProblems(RuleDataException e) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("RuleDataException without problems", e);
        }
    }
}
