package dev.xborder.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.examples.demo.PackCatalog;
import dev.xborder.examples.demo.PackCatalog.PackRow;
import dev.xborder.examples.demo.PackCatalog.RuleRow;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xborder rules}. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the loaded rule packs: jurisdiction, data version, destinations covered, number of rules "
                + "and effective dates. With --rules, every rule with its effective period and source."},
        footer = {"", "Examples:", "  xborder rules", "  xborder rules --rules --jurisdiction GB",
                "  xborder rules --json --pack my-overrides.json"})
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--rules", description = "List every rule (id, kind, country, from, to, source).")
    boolean rules;

    @Option(names = "--jurisdiction", paramLabel = "CODE", description = "Only this pack (e.g. EU, GB, US).")
    String jurisdiction;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--pack", paramLabel = "FILE", description = "A host rule pack to load too; repeatable.")
    List<Path> packs = List.of();

    private final CliEnv env;

    RulesCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RuleBook book = QuoteCommand.ruleBook(packs);
        List<PackRow> summary = PackCatalog.summary(book).stream()
                .filter(p -> jurisdiction == null || p.jurisdiction().equalsIgnoreCase(jurisdiction)).toList();
        if (summary.isEmpty()) {
            throw CliException.input("--jurisdiction: no pack '" + jurisdiction + "'; loaded: "
                    + PackCatalog.summary(book).stream().map(PackRow::jurisdiction).toList());
        }
        if (json) {
            ArrayNode arr = Inputs.MAPPER.createArrayNode();
            for (PackRow p : summary) {
                ObjectNode n = arr.addObject();
                n.put("jurisdiction", p.jurisdiction());
                n.put("name", p.name());
                n.put("kind", p.kind());
                n.put("formatVersion", p.formatVersion());
                n.put("dataVersion", p.dataVersion());
                ArrayNode d = n.putArray("destinations");
                p.destinations().forEach(d::add);
                n.put("rules", p.rules());
                n.put("earliestFrom", String.valueOf(p.earliestFrom()));
                n.put("openEnded", p.openEnded());
                n.put("latestTo", p.latestTo().map(Object::toString).orElse(null));
                n.put("file", p.file());
                if (rules) {
                    ArrayNode rs = n.putArray("ruleList");
                    for (RuleRow r : PackCatalog.rules(book.pack(p.jurisdiction()).orElseThrow())) {
                        ObjectNode j = rs.addObject();
                        j.put("id", r.id());
                        j.put("kind", r.kind());
                        j.put("country", r.country());
                        j.put("detail", r.detail());
                        j.put("from", r.from().toString());
                        j.put("to", r.to() == null ? null : r.to().toString());
                        j.put("source", r.sourceDocument());
                        j.put("url", r.sourceUrl());
                        j.put("uncertain", r.uncertain());
                    }
                }
            }
            env.out().println(arr.toPrettyString());
            return XborderCli.OK;
        }
        var o = env.out();
        int total = summary.stream().mapToInt(PackRow::rules).sum();
        o.println(summary.size() + " rule pack(s), " + total + " rules");
        o.println(String.format("%-5s %-28s %-8s %-22s %5s  %-23s  %s", "PACK", "NAME", "KIND", "DATA VERSION", "RULES",
                "EFFECTIVE", "DESTINATIONS"));
        for (PackRow p : summary) {
            String eff = p.earliestFrom() + ".." + (p.openEnded() ? "open" : p.latestTo().map(Object::toString).orElse("?"));
            String dest = p.destinations().size() > 8 ? p.destinations().size() + " countries ("
                    + String.join(" ", p.destinations().subList(0, 6)) + " ...)" : String.join(" ", p.destinations());
            o.println(String.format("%-5s %-28s %-8s %-22s %5d  %-23s  %s", p.jurisdiction(), cut(p.name(), 28), p.kind(),
                    cut(p.dataVersion(), 22), p.rules(), eff, dest));
        }
        if (rules) {
            for (PackRow p : summary) {
                RulePack pack = book.pack(p.jurisdiction()).orElseThrow();
                o.println();
                o.println(p.jurisdiction() + " (" + p.file() + ")");
                for (RuleRow r : PackCatalog.rules(pack)) {
                    o.println(String.format("  %-40s %-15s %-3s %-22s %s..%s  %s%s", r.id(), r.kind(), r.country(),
                            cut(r.detail(), 22), r.from(), r.to() == null ? "open" : r.to(), r.sourceUrl(),
                            r.uncertain() ? " [uncertain]" : ""));
                }
            }
        }
        return XborderCli.OK;
    }

    private static String cut(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}
