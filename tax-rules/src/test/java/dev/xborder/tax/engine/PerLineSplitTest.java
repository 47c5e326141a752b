package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.xborder.core.RuleDataException;
import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionGroup;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.pack.RulePack;
import dev.xborder.tax.pack.RulePackLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Regimes decided per line ({@code regimes[].split: "PER_LINE"}, {@code checkout.dutyExempt}) over the synthetic
 * pack format-split-sm.json (test data, not facts; EUR, no conversion): SM_BOOKS takes books at or below EUR 100
 * (duty-exempt), SM_LVG takes non-food items below EUR 500 (duty at checkout), SM_WHOLE is a consignment-wide
 * regime after them; an import-only CHF-5-like minimum tax charge of EUR 5 and a EUR 2 parcel fee.
 */
class PerLineSplitTest {
    private static final String PACK = "dev/xborder/tax/engine/format-split-sm.json";
    private static final LandedCostCalculator CALC = LandedCostCalculator.of(
            RulePackLoader.builder().classpath(PACK, 0).load(), new EcbTestRates());
    private static final String DATE = "2025-05-09";
    private static final TaxRegistration IOSS = TaxRegistration.of(RegistrationScheme.IOSS, "IM2760000001");

    @TempDir
    Path dir;

    private static String s(MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String group(CollectionGroup g) {
        return g.regime() + " " + g.lines() + " tax " + g.collection().taxCollector() + "/" + g.collection().taxPoint()
                + " " + s(g.tax()) + " duty " + g.collection().dutyCollector() + "/" + g.collection().dutyPoint() + " "
                + s(g.duty()) + " fees " + s(g.fees());
    }

    private static List<String> groups(LandedCostQuote q) {
        return q.collectionGroups().stream().map(PerLineSplitTest::group).toList();
    }

    private static Explanation traced(LandedCostQuote q, String ruleId, Explanation.Kind kind) {
        return q.explanations().stream().filter(e -> e.ruleId().equals(ruleId) && e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + ruleId + " in " + q.explanations()));
    }

    @Test
    void twoPerLineRegimesTakeTheirLinesAndTheRestIsDeclaredAtImport() {
        // IOSS seller, own store. BOOK 80 (HS 49, <= 100) -> SM_BOOKS, duty-exempt, tax 5% x 80 = 4.00 at checkout.
        // TEE 200 (not HS 49; < 500, not food, origin CN) -> SM_LVG: duty 10% x 200 = 20.00 and tax 20% x 220 = 44.00,
        // both at checkout by the seller. COAT 800 (>= 500) -> import: duty 12% x 800 = 96.00, tax 20% x 896 = 179.20,
        // parcel fee 2.00, paid by the buyer. SM_WHOLE is skipped: part of the consignment is already under a regime.
        LandedCostQuote q = CALC.quote(request(DATE, "CN", "SM", "47890", "EUR").registration(IOSS)
                .line(line("BOOK", "4901990000", "CN", 1, "80.00", "EUR", TaxCategory.BOOKS))
                .line(line("TEE", "6109100010", "CN", 1, "200.00", "EUR", TaxCategory.STANDARD))
                .line(line("COAT", "6201300000", "CN", 1, "800.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(groups(q)).containsExactly(
                "SM_BOOKS [0] tax SELLER/AT_CHECKOUT 4.00 duty NONE/NOT_DUE 0.00 fees 0.00",
                "SM_LVG [1] tax SELLER/AT_CHECKOUT 44.00 duty SELLER/AT_CHECKOUT 20.00 fees 0.00",
                "STANDARD_IMPORT [2] tax BUYER/AT_IMPORT 179.20 duty BUYER/AT_IMPORT 96.00 fees 2.00");
        assertThat(q.regime()).isEqualTo("SM_BOOKS+SM_LVG+STANDARD_IMPORT");
        // quote-level: each charge split between checkout and import is reported at import
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT, Collector.BUYER,
                CollectionPoint.AT_IMPORT));
        assertThat(s(q.totals().duty())).isEqualTo("116.00");
        assertThat(s(q.totals().tax())).isEqualTo("227.20");
        assertThat(s(q.totals().landedCost())).isEqualTo("1425.20");
        assertThat(traced(q, "sm.books", Explanation.Kind.APPLIED).figures())
                .containsEntry("linesIn", "BOOK").containsEntry("split", "PER_LINE");
        assertThat(traced(q, "sm.lvg", Explanation.Kind.APPLIED).figures())
                .containsEntry("linesIn", "TEE").containsEntry("linesOut", "COAT: item value 800 EUR not below 500");
        assertThat(traced(q, "sm.whole", Explanation.Kind.SKIPPED).reason()).contains("already under SM_BOOKS");
        assertThat(traced(q, "split", Explanation.Kind.NOTE).reason()).contains("SM_BOOKS lines [BOOK]")
                .contains("SM_LVG lines [TEE]").contains("STANDARD_IMPORT lines [COAT]");
    }

    @Test
    void aConsignmentWideRegimeStillTakesAConsignmentNoLineOfWhichPassedThePerLineRegimes() {
        // COAT 800: no per-line regime takes it; SM_WHOLE (no value limit) takes the whole consignment.
        // Duty 12% x 800 = 96.00 + fee 2.00 at import; tax 20% x 896 = 179.20 at checkout. One group.
        LandedCostQuote q = CALC.quote(request(DATE, "CN", "SM", "47890", "EUR").registration(IOSS)
                .line(line("COAT", "6201300000", "CN", 1, "800.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(q.regime()).isEqualTo("SM_WHOLE");
        assertThat(groups(q)).containsExactly(
                "SM_WHOLE [0] tax SELLER/AT_CHECKOUT 179.20 duty BUYER/AT_IMPORT 96.00 fees 2.00");
        assertThat(q.collection()).isEqualTo(q.collectionGroups().get(0).collection());
        assertThat(traced(q, "sm.books", Explanation.Kind.SKIPPED).reason()).contains("no line passes");
    }

    @Test
    void anImportOnlyReliefCoversOnlyTheLinesTaxedAtImport() {
        // Marketplace sale. TEE 200 -> SM_LVG (marketplace collects): duty 20.00 and tax 44.00 at checkout.
        // SNACK 30 FOOD -> import: no duty rate for HS 1905 (NO_DUTY_RATE), tax 10% x 30 = 3.00 <= 5: not levied
        // (import-only minimum charge, looking at the import part only); the parcel fee 2.00 stays with the import part.
        LandedCostQuote q = CALC.quote(request(DATE, "CN", "SM", "47890", "EUR").channel(SalesChannel.MARKETPLACE)
                .line(line("TEE", "6109100010", "CN", 1, "200.00", "EUR", TaxCategory.STANDARD))
                .line(line("SNACK", "1905310000", "CN", 1, "30.00", "EUR", TaxCategory.FOOD)).build());
        assertThat(groups(q)).containsExactly(
                "SM_LVG [0] tax MARKETPLACE/AT_CHECKOUT 44.00 duty MARKETPLACE/AT_CHECKOUT 20.00 fees 0.00",
                "STANDARD_IMPORT [1] tax NONE/NOT_DUE 0.00 duty BUYER/AT_IMPORT 0.00 fees 2.00");
        // tax is due at checkout only; duty (+ fees) partly at checkout, partly at import: reported at import
        assertThat(q.collection()).isEqualTo(new Collection(Collector.MARKETPLACE, CollectionPoint.AT_CHECKOUT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        assertThat(s(q.totals().tax())).isEqualTo("44.00");
        assertThat(s(q.totals().landedCost())).isEqualTo("296.00");
        assertThat(traced(q, "sm.border-min-5", Explanation.Kind.APPLIED).figures()).containsEntry("tax", "3");
        assertThat(q.lines().get(1).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
    }

    @Test
    void linesThatPassButWhoseSellerHoldsNoRegistrationFallThroughToImport() {
        // Own store, no IOSS: BOOK 80 passes SM_BOOKS' per-line tests but the seller cannot collect: skipped; the same
        // for SM_LVG and SM_WHOLE. Import: duty 0% (HS 49); tax 5% x 80 = 4.00 <= 5 not levied; parcel fee 2.00.
        LandedCostQuote q = CALC.quote(request(DATE, "CN", "SM", "47890", "EUR")
                .line(line("BOOK", "4901990000", "CN", 1, "80.00", "EUR", TaxCategory.BOOKS)).build());
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(groups(q)).containsExactly(
                "STANDARD_IMPORT [0] tax NONE/NOT_DUE 0.00 duty BUYER/AT_IMPORT 0.00 fees 2.00");
        assertThat(traced(q, "sm.books", Explanation.Kind.SKIPPED).reason())
                .startsWith("lines pass the per-line tests but the seller holds none of [IOSS]");
    }

    @Test
    void aLineWithoutTheHsCodeThatAPerLineTestNeedsFallsThroughAndIsReported() {
        // NOHS 50 (no HS code): SM_BOOKS cannot tell whether it is a book -> not taken, HS_CODE_MISSING; SM_LVG takes it
        // (its tests need no HS code): tax 20% x 50 = 10.00 at checkout by the marketplace; duty not determined.
        LandedCostQuote q = CALC.quote(request(DATE, "CN", "SM", "47890", "EUR").channel(SalesChannel.MARKETPLACE)
                .line(line("NOHS", null, "CN", 1, "50.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(q.regime()).isEqualTo("SM_LVG");
        assertThat(traced(q, "sm.books", Explanation.Kind.SKIPPED).figures())
                .containsEntry("linesOut", "NOHS: its origin country or HS code is missing");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("HS_CODE_MISSING"));
        assertThat(s(q.totals().tax())).isEqualTo("10.00");
    }

    // ---- loader --------------------------------------------------------------------------------------

    private static String pack() {
        return Quotes.resource(PACK);
    }

    private List<String> problemsOf(String json) throws IOException {
        return Quotes.problemsOf(dir.resolve("sm.json"), json).stream().map(RuleDataException.Problem::path).toList();
    }

    @Test
    void theLoaderReadsSplitAndDutyExemptAndDefaultsToWholeConsignments() {
        RulePack p = RulePackLoader.builder().classpath(PACK, 0).load().pack("SM").orElseThrow();
        assertThat(p.regimes()).extracting(RulePack.Regime::split).containsExactly(RulePack.Split.PER_LINE,
                RulePack.Split.PER_LINE, RulePack.Split.CONSIGNMENT);
        assertThat(p.regimes()).extracting(r -> r.checkout().dutyExempt()).containsExactly(true, false, false);
    }

    @Test
    void anUnknownSplitAPerLineConsignmentMeasureAndADutyExemptRegimeCollectingDutyAreRejected() throws IOException {
        String json = pack()
                .replace("\"split\": \"PER_LINE\",\n     \"valueTest\": {\"max\": {\"amount\": \"100\"",
                        "\"split\": \"DIAGONAL\",\n     \"valueTest\": {\"max\": {\"amount\": \"100\"")
                .replace("\"measure\": \"ITEM_VALUE\", \"comparison\": \"BELOW\"",
                        "\"measure\": \"INTRINSIC_VALUE\", \"comparison\": \"BELOW\"")
                .replace("\"mandatory\": false, \"dutyExempt\": true", "\"mandatory\": false, \"dutyExempt\": true, "
                        + "\"dutyAtCheckout\": true");
        assertThat(problemsOf(json)).containsExactlyInAnyOrder("$.regimes[0].split", "$.regimes[0].checkout.dutyExempt",
                "$.regimes[1].valueTest.measure");
    }

    @Test
    void aNonBooleanDutyExemptIsRejected() throws IOException {
        String json = pack().replace("\"dutyExempt\": true", "\"dutyExempt\": \"yes\"");
        assertThat(problemsOf(json)).containsExactly("$.regimes[0].checkout.dutyExempt");
    }

    @Test
    void aQuoteWhoseGroupsDoNotAddUpCannotBeMade() {
        LandedCostQuote q = CALC.quote(request(DATE, "CN", "SM", "47890", "EUR").registration(IOSS)
                .line(line("BOOK", "4901990000", "CN", 1, "80.00", "EUR", TaxCategory.BOOKS))
                .line(line("COAT", "6201300000", "CN", 1, "800.00", "EUR", TaxCategory.STANDARD)).build());
        List<CollectionGroup> g = q.collectionGroups();
        assertThat(g).hasSize(2);
        CollectionGroup first = g.get(0);
        CollectionGroup bad = new CollectionGroup(first.regime(), first.collection(), first.lines(), first.duty(),
                first.tax().add(org.javamoney.moneta.Money.of(1, "EUR")), first.fees());
        assertThatThrownBy(() -> new LandedCostQuote(q.currency(), q.regime(), q.collection(), q.lines(), q.totals(),
                q.explanations(), q.fees(), List.of(bad, g.get(1))))
                .isInstanceOf(dev.xborder.core.InvalidInputException.class).hasMessageContaining("tax");
        assertThatThrownBy(() -> new LandedCostQuote(q.currency(), q.regime(), q.collection(), q.lines(), q.totals(),
                q.explanations(), q.fees(), List.of(first)))
                .isInstanceOf(dev.xborder.core.InvalidInputException.class).hasMessageContaining("no group");
    }

    // ---- property over the bundled NO pack (VOEC decided per line) ------------------------------------

    private static final List<TaxCategory> CATS = List.of(TaxCategory.STANDARD, TaxCategory.FOOD, TaxCategory.BOOKS);
    private static final List<String> HS = List.of("6109100010", "6201300000", "4901990000", "1905310000");

    @Test
    void everyNorwegianLineGoesToVoecExactlyWhenItPassesThePerItemTestsAndTheGroupsAddUp() {
        // lines: [unit price in NOK 1..6000, category, HS]; flags: bit 0 VOEC number, bit 1 marketplace, bit 2 DDP
        Gen<List<Integer>> prices = lists().of(integers().between(1, 6_000)).ofSizeBetween(1, 3);
        Gen<List<Integer>> kinds = lists().of(integers().between(0, 11)).ofSize(3);
        qt().withFixedSeed(20261122L).withExamples(1000).forAll(prices, kinds, integers().between(0, 7))
                .checkAssert((pr, kd, flags) -> {
                    var b = request("2025-06-02", "GB", "NO", "0150", "NOK")
                            .shipping(Quotes.money("49.00", "NOK"));
                    for (int i = 0; i < pr.size(); i++) {
                        b.line(line("L" + i, HS.get(kd.get(i) % 4), "GB", 1 + kd.get(i) % 2, pr.get(i) + ".00", "NOK",
                                CATS.get(kd.get(i) % 3)));
                    }
                    boolean voec = (flags & 1) != 0;
                    boolean marketplace = (flags & 2) != 0;
                    if (voec) b.registration(TaxRegistration.of(RegistrationScheme.NO_VOEC, "VOEC2026001"));
                    if (marketplace) b.channel(SalesChannel.MARKETPLACE);
                    if ((flags & 4) != 0) b.incoterm(dev.xborder.core.trade.Incoterm.DDP);
                    LandedCostQuote q = GoldenSupport.CALC.quote(b.build());
                    for (CollectionGroup g : q.collectionGroups()) {
                        BigDecimal tax = BigDecimal.ZERO;
                        BigDecimal duty = BigDecimal.ZERO;
                        for (int i : g.lines()) {
                            boolean item = pr.get(i) < 3_000 && CATS.get(kd.get(i) % 3) != TaxCategory.FOOD
                                    && (voec || marketplace);
                            assertThat(g.regime().equals("NO_VOEC")).as("line %d of %s", i, q.collectionGroups())
                                    .isEqualTo(item);
                            if (item) {
                                assertThat(GoldenSupport.dec(q.lines().get(i).duty())).isZero();
                            }
                            tax = tax.add(GoldenSupport.dec(q.lines().get(i).tax()));
                            duty = duty.add(GoldenSupport.dec(q.lines().get(i).duty()));
                        }
                        assertThat(GoldenSupport.dec(g.tax())).isEqualByComparingTo(tax);
                        assertThat(GoldenSupport.dec(g.duty())).isEqualByComparingTo(duty);
                    }
                    assertThat(q.regime()).isEqualTo(String.join("+", q.collectionGroups().stream()
                            .map(CollectionGroup::regime).toList()));
                });
    }

    // ---- transport mode in a per-line regime's consignment conditions --------------------------------

    @Test
    void aPerLineRegimeThatNeedsATransportModeIsDecidedOnTheRequestsModeAndNeverGuessed() throws IOException {
        // sm.books made post-only. BOOK 80 by POST -> SM_BOOKS (tax 5% x 80 = 4.00 at checkout, duty-exempt);
        // by SEA the regime does not apply (the book, below EUR 500 and not food, goes to SM_LVG); without a mode it is
        // skipped with TRANSPORT_MODE_MISSING on the lines and the trace names the missing mode.
        Path p = dir.resolve("sm.json");
        Files.writeString(p, pack().replace("\"when\": {\"hsPrefixesIn\": [\"49\"]}",
                "\"when\": {\"hsPrefixesIn\": [\"49\"], \"transportModes\": [\"POST\"]}"));
        LandedCostCalculator calc = LandedCostCalculator.of(RulePackLoader.builder().file(p, 0).load(), new EcbTestRates());
        java.util.function.Function<dev.xborder.core.landed.TransportMode, LandedCostQuote> quote = mode -> {
            var b = request(DATE, "CN", "SM", "47890", "EUR").registration(IOSS)
                    .line(line("BOOK", "4901990000", "CN", 1, "80.00", "EUR", TaxCategory.BOOKS));
            if (mode != null) b.transportMode(mode);
            return calc.quote(b.build());
        };
        LandedCostQuote post = quote.apply(dev.xborder.core.landed.TransportMode.POST);
        assertThat(post.regime()).isEqualTo("SM_BOOKS");
        assertThat(s(post.totals().tax())).isEqualTo("4.00");
        assertThat(quote.apply(dev.xborder.core.landed.TransportMode.SEA).regime()).isEqualTo("SM_LVG");
        LandedCostQuote none = quote.apply(null);
        assertThat(none.regime()).isEqualTo("SM_LVG");
        assertThat(none.lines().get(0).issues()).anyMatch(i -> i.startsWith("TRANSPORT_MODE_MISSING"));
        assertThat(traced(none, "sm.books", Explanation.Kind.SKIPPED).reason()).contains("transport mode");
    }
}
