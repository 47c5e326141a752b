package dev.xborder.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.examples.demo.PackCatalog;
import dev.xborder.examples.demo.PackCatalog.PackRow;
import dev.xborder.examples.demo.PackCatalog.RuleRow;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePack;
import dev.xborder.tax.pack.RulePackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/jurisdictions.md is generated from the bundled rule packs. This test fails when the file is
 * out of date; regenerate it (after any change to a bundled pack) with
 * {@code ./mvnw -q -pl examples -am test -Dtest=JurisdictionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dxborder.writeDocs=true}.
 */
class JurisdictionsDocTest {
    static Path docs() {
        Path p = Path.of("").toAbsolutePath();
        return (Files.isDirectory(p.resolve("examples")) ? p : p.getParent()).resolve("docs");
    }

    static String generate(RuleBook book) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Jurisdiction coverage\n\n");
        sb.append("<!-- GENERATED from the bundled rule packs by examples/src/test/java/dev/xborder/examples/docs/"
                + "JurisdictionsDocTest.java; do not edit by hand. -->\n\n");
        sb.append("Every rule of every bundled rule pack, with its effective period (from inclusive, to exclusive; "
                + "`open` = no end date) and its source. `[uncertain]` marks figures the pack flags as taken from "
                + "secondary sources or not fully verified. The same listing is printed by `xborder rules --rules`; "
                + "the rule-pack format is in [rule-pack-format.md](rule-pack-format.md), and notes on how each "
                + "non-EU regime is modelled are in [jurisdictions-non-eu.md](jurisdictions-non-eu.md).\n\n");
        sb.append("## Packs\n\n| pack | name | data version | destinations | rules | effective |\n| --- | --- | --- | --- | --- | --- |\n");
        int total = 0;
        for (PackRow p : PackCatalog.summary(book)) {
            total += p.rules();
            sb.append("| [").append(p.jurisdiction()).append("](#").append(p.jurisdiction().toLowerCase()).append(") | ")
                    .append(esc(p.name())).append(" | ").append(p.dataVersion()).append(" | ")
                    .append(String.join(" ", p.destinations())).append(" | ").append(p.rules()).append(" | ")
                    .append(p.earliestFrom()).append(" .. ").append(p.openEnded() ? "open" : p.latestTo().map(Object::toString).orElse(""))
                    .append(" |\n");
        }
        sb.append("\n").append(total).append(" rules in ").append(book.packs().size()).append(" packs.\n");
        for (RulePack pack : PackCatalog.packs(book)) {
            sb.append("\n## ").append(pack.jurisdiction()).append("\n\n");
            sb.append(esc(pack.name())).append(" — data version ").append(pack.dataVersion()).append(", `")
                    .append(pack.file()).append("`\n\n");
            sb.append("| rule | kind | country | what | from | to | source |\n| --- | --- | --- | --- | --- | --- | --- |\n");
            for (RuleRow r : PackCatalog.rules(pack)) {
                sb.append("| `").append(r.id()).append("` | ").append(r.kind()).append(" | ").append(r.country()).append(" | ")
                        .append(esc(r.detail())).append(" | ").append(r.from()).append(" | ")
                        .append(r.to() == null ? "open" : r.to().toString()).append(" | [").append(r.sourceId()).append("](")
                        .append(r.sourceUrl()).append(")").append(r.uncertain() ? " [uncertain]" : "").append(" |\n");
            }
            sb.append("\nSources:\n\n");
            pack.sources().values().stream().sorted(java.util.Comparator.comparing(s -> s.id())).forEach(s ->
                    sb.append("* `").append(s.id()).append("`: ").append(esc(s.document())).append(" <").append(s.url()).append(">\n"));
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    @Test
    void docsJurisdictionsIsGeneratedFromTheBundledPacks() throws Exception {
        String expected = generate(RulePackLoader.loadBundled());
        Path file = docs().resolve("jurisdictions.md");
        if (Boolean.getBoolean("xborder.writeDocs")) {
            Files.writeString(file, expected);
        }
        assertThat(Files.readString(file)).as("docs/jurisdictions.md is out of date with the bundled rule packs; regenerate it with: ./mvnw -q -pl examples -am test "
                        + "-Dtest=JurisdictionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dxborder.writeDocs=true")
                .isEqualTo(expected);
    }
}
