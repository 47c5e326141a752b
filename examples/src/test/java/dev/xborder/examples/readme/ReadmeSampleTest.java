package dev.xborder.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.LandedCostQuote;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeSampleTest {
    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        return Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("examples")) ? p : p.getParent();
    }

    @Test
    void theReadmeShowsExactlyTheCompiledSample() throws Exception {
        List<String> src = Files.readAllLines(root().resolve(
                "examples/src/test/java/dev/xborder/examples/readme/ReadmeSample.java"));
        int from = src.indexOf("        // README-BEGIN") + 1;
        int to = src.indexOf("        // README-END");
        List<String> sample = src.subList(from, to).stream().map(l -> l.length() >= 8 ? l.substring(8) : l.strip()).toList();
        assertThat(sample.size()).as("the README sample is at most 20 lines").isLessThanOrEqualTo(20);
        String readme = Files.readString(root().resolve("README.md"));
        assertThat(readme).as("README.md must contain the sample of ReadmeSample.java verbatim")
                .contains(String.join("\n", sample) + "\n");
    }

    @Test
    void theSampleRunsAndQuotesUnderIoss() {
        LandedCostQuote q = ReadmeSample.run();
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        // 2 x 19.90 + 5.00 shipping = 44.80 at 19 % = 8.51 (rounded per line; see the trace)
        assertThat(q.totals().tax().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("8.51");
    }
}
