package dev.xborder.examples.demo;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.tax.pack.Rule;
import dev.xborder.tax.pack.RuleBook;
import dev.xborder.tax.pack.RulePack;
import dev.xborder.tax.pack.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * A flat view of loaded rule packs for listings and the jurisdiction coverage table: every rule with
 * its kind, destination, effective period and source.
 */
public final class PackCatalog {
    private PackCatalog() {
    }

    /** One rule of a pack. {@code to} is exclusive; null means open-ended. */
    public record RuleRow(String jurisdiction, String kind, String id, String country, LocalDate from, LocalDate to,
                          String sourceId, String sourceDocument, String sourceUrl, boolean uncertain, String detail) {
    }

    /** Summary of one pack. */
    public record PackRow(String jurisdiction, String name, String kind, int formatVersion, String dataVersion,
                          List<String> destinations, int rules, LocalDate earliestFrom, Optional<LocalDate> latestTo,
                          boolean openEnded, String file) {
    }

    /** Packs ordered by jurisdiction. */
    public static List<RulePack> packs(RuleBook book) {
        return book.packs().values().stream().sorted(Comparator.comparing(RulePack::jurisdiction)).toList();
    }

    /** Every rule of a pack, in the pack's section order. */
    public static List<RuleRow> rules(RulePack p) {
        List<RuleRow> out = new ArrayList<>();
        add(out, p, "destination", p.destinations());
        add(out, p, "valuation", p.valuation());
        add(out, p, "rounding", p.rounding());
        add(out, p, "tax rate", p.taxRates());
        add(out, p, "regime", p.regimes());
        add(out, p, "duty de minimis", p.dutyDeMinimis());
        add(out, p, "tax de minimis", p.taxDeMinimis());
        add(out, p, "duty rate", p.dutyRates());
        add(out, p, "origin duty", p.originDuties());
        add(out, p, "flat duty", p.flatDuties());
        add(out, p, "fee", p.fees());
        add(out, p, "territory", p.territories());
        add(out, p, "region", p.regions());
        add(out, p, "banded rate", p.bandedRates());
        add(out, p, "advisory", p.advisories());
        return out;
    }

    private static void add(List<RuleRow> out, RulePack p, String kind, List<? extends Rule> rules) {
        for (Rule r : rules) {
            Source s = p.sources().get(r.meta().source());
            out.add(new RuleRow(p.jurisdiction(), kind, r.meta().id(), r.country() == null ? "" : r.country().alpha2(),
                    r.meta().period().from(), r.meta().period().end().orElse(null), r.meta().source(),
                    s == null ? "" : s.document(), s == null ? "" : s.url(), r.meta().uncertain(), detail(r)));
        }
    }

    private static String detail(Rule r) {
        if (r instanceof RulePack.TaxRate t) {
            return t.category() + " " + t.rate().stripTrailingZeros().toPlainString() + "%";
        }
        if (r instanceof RulePack.DutyRate d) {
            return (d.hsPrefix() == null ? "all goods" : "HS " + d.hsPrefix()) + ": " + duty(d.duty());
        }
        if (r instanceof RulePack.OriginDuty o) {
            String origins = o.allOrigins() ? "any origin" : "origin " + codes(o.origins());
            if (!o.excludedOrigins().isEmpty()) {
                origins += " except " + codes(o.excludedOrigins());
            }
            String goods = o.hsPrefixes().isEmpty() ? "all goods" : "HS " + String.join(" ", o.hsPrefixes());
            if (!o.excludedHsPrefixes().isEmpty()) {
                goods += " except " + o.excludedHsPrefixes().size() + " prefixes";
            }
            String effect = switch (o.effect()) {
                case ADD -> "adds";
                case REPLACE -> "replaces the duty with";
                case TOP_UP_TO -> "tops the duty up to";
            };
            return origins + ", " + goods + ": " + effect + " " + duty(o.duty());
        }
        if (r instanceof RulePack.FlatDuty f) {
            return amount(f.amount()) + " per " + f.per().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (r instanceof RulePack.Fee f) {
            String what = f.per() == RulePack.FeePer.PERCENT
                    ? plain(f.percent()) + "% of the customs value"
                    : amount(f.amount()) + " per " + f.per().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return f.name() + ": " + what + bounds(f.minimum(), f.maximum(), null, null)
                    + (f.excludedTerritories().isEmpty() ? ""
                            : "; not in " + String.join(", ", f.excludedTerritories().stream().sorted().toList()));
        }
        if (r instanceof RulePack.Regime g) {
            return g.name();
        }
        if (r instanceof RulePack.Region g) {
            return g.code() + " " + g.name();
        }
        if (r instanceof RulePack.BandedRate b) {
            return b.name() == null ? b.replaces().name() : b.name();
        }
        if (r instanceof RulePack.Advisory a) {
            return a.code();
        }
        if (r instanceof RulePack.Destination d) {
            return d.country().alpha2() + " " + d.currency().getCurrencyCode();
        }
        return "";
    }

    /** A duty's amounts as text, e.g. {@code 4.5% min EUR 0.30 per unit max EUR 0.80 per unit}. */
    private static String duty(RulePack.DutyAmount d) {
        List<String> parts = new ArrayList<>();
        if (d.adValorem() != null) {
            parts.add(plain(d.adValorem()) + "%");
        }
        if (d.specific() != null) {
            parts.add(amount(d.specific().amount()) + " per " + d.specific().per().name().toLowerCase(Locale.ROOT));
        }
        String text = parts.isEmpty() ? "0%" : String.join(" + ", parts);
        return text + bounds(d.minimum(), d.maximum(), d.minimumPer(), d.maximumPer());
    }

    private static String bounds(MonetaryAmount min, MonetaryAmount max,
                                 RulePack.BoundPer minPer, RulePack.BoundPer maxPer) {
        String out = "";
        if (min != null) {
            out += " min " + amount(min) + (minPer == RulePack.BoundPer.UNIT ? " per unit" : "");
        }
        if (max != null) {
            out += " max " + amount(max) + (maxPer == RulePack.BoundPer.UNIT ? " per unit" : "");
        }
        return out;
    }

    private static String amount(MonetaryAmount a) {
        return a.getCurrency().getCurrencyCode() + " "
                + plain(a.getNumber().numberValueExact(BigDecimal.class));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String codes(Set<CountryCode> cs) {
        return cs.stream().map(CountryCode::alpha2).sorted().collect(Collectors.joining(" "));
    }

    /** Summary of each pack. */
    public static List<PackRow> summary(RuleBook book) {
        List<PackRow> rows = new ArrayList<>();
        for (RulePack p : packs(book)) {
            List<RuleRow> rules = rules(p);
            LocalDate earliest = rules.stream().map(RuleRow::from).min(Comparator.naturalOrder()).orElse(null);
            boolean open = rules.stream().anyMatch(r -> r.to() == null);
            Optional<LocalDate> latest = rules.stream().map(RuleRow::to).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder());
            List<String> dest = p.destinations().stream().map(d -> d.country().alpha2()).distinct().sorted().toList();
            rows.add(new PackRow(p.jurisdiction(), p.name(), p.kind().name(), p.formatVersion(), p.dataVersion(), dest,
                    rules.size(), earliest, latest, open, p.file()));
        }
        return rows;
    }
}
