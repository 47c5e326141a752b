package dev.xborder.tax.audit;

import static dev.xborder.tax.audit.Audit.CALC;
import static dev.xborder.tax.audit.Audit.line;
import static dev.xborder.tax.audit.Audit.money;
import static dev.xborder.tax.audit.Audit.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * A shipment whose origin and destination lie in one customs territory pays no duty; if they also lie in one tax
 * area it is no import at all (regime {@code NO_IMPORT}). Before 2026-11-22 such requests were quoted as imports
 * (EUR 60 duty and import VAT on a EUR 500 T-shirt shipped DE to DE).
 */
class NoCustomsBorderTest {
    private static final String DATE = "2025-05-09";

    private static QuoteRequest shipment(String from, Audit.Place to, String hs, String unitPrice) {
        return request(DATE, to, to.currency()).origin(CountryCode.of(from))
                .line(line("ITEM", hs, "CN", 1, money(unitPrice, to.currency()), TaxCategory.STANDARD))
                .shipping(money("9.00", to.currency())).explain(true).build();
    }

    @Test
    void aShipmentInsideOneCountryOrInsideTheEuIsNoImportAndCostsGoodsPlusShipping() {
        Object[][] cases = {
                {"DE", new Audit.Place("DE", "10115", "EUR")},
                {"FR", new Audit.Place("DE", "10115", "EUR")},
                {"XI", new Audit.Place("DE", "10115", "EUR")}, // Northern Ireland: in the EU customs and VAT rules for goods
                {"DE", new Audit.Place("FR", "75001", "EUR")},
                {"US", new Audit.Place("US", "10001", "USD")},
                {"GB", new Audit.Place("GB", "M1 1AE", "GBP")},
                {"MX", new Audit.Place("MX", "06600", "MXN")},
                {"AU", new Audit.Place("AU", "2000", "AUD")}};
        for (Object[] c : cases) {
            Audit.Place to = (Audit.Place) c[1];
            LandedCostQuote q = CALC.quote(shipment((String) c[0], to, "6109100010", "500.00"));
            String as = c[0] + "->" + to.country();
            assertThat(q.regime()).as(as).isEqualTo("NO_IMPORT");
            assertThat(dec(q.totals().duty())).as(as).isZero();
            assertThat(dec(q.totals().tax())).as(as).isZero();
            assertThat(dec(q.totals().fees())).as(as).isZero();
            // 500.00 + 9.00 shipping
            assertThat(dec(q.totals().landedCost())).as(as).isEqualByComparingTo("509.00");
            assertThat(q.collection().dutyCollector()).as(as).isEqualTo(Collector.NONE);
            assertThat(q.collection().taxPoint()).as(as).isEqualTo(CollectionPoint.NOT_DUE);
            assertThat(q.explanations()).as(as).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo(Explanation.Kind.NOTE);
                assertThat(e.ruleId()).isEqualTo("origin");
                assertThat(e.reason()).contains("no customs or tax border");
            });
        }
    }

    @Test
    void goodsOfChineseOriginShippedWithinTheEuCarryNoAntidumpingDutyOrAdvisory() {
        // a Chinese porcelain mug shipped CN -> DE pays the EU antidumping duty and carries its advisory;
        // the same mug already in free circulation, shipped DE -> DE, is no import
        Audit.Place de = new Audit.Place("DE", "10115", "EUR");
        LandedCostQuote imported = CALC.quote(shipment("CN", de, "6911100090", "200.00"));
        LandedCostQuote domestic = CALC.quote(shipment("DE", de, "6911100090", "200.00"));
        assertThat(dec(imported.totals().duty())).isPositive();
        assertThat(imported.advisories()).isNotEmpty();
        assertThat(dec(domestic.totals().duty())).isZero();
        assertThat(domestic.advisories()).isEmpty();
    }

    @Test
    void mainlandEuToTheCanaryIslandsPaysNoDutyAndStaysOutsideTheVatArea() {
        // Tenerife 38001: inside the EU customs territory, outside its VAT area (IGIC, not modelled)
        Audit.Place canary = new Audit.Place("ES", "38001", "EUR");
        LandedCostQuote fromDe = CALC.quote(shipment("DE", canary, "6109100010", "500.00"));
        LandedCostQuote fromCn = CALC.quote(shipment("CN", canary, "6109100010", "500.00"));
        assertThat(fromDe.regime()).isEqualTo("TERRITORY_OUTSIDE_TAX_AREA");
        assertThat(dec(fromDe.totals().duty())).isZero();
        assertThat(dec(fromDe.totals().tax())).isZero();
        assertThat(fromCn.regime()).isEqualTo("TERRITORY_OUTSIDE_TAX_AREA");
        assertThat(dec(fromCn.totals().duty())).isPositive();
        assertThat(fromDe.explanations()).anySatisfy(e -> assertThat(e.reason()).contains("no customs border"));
    }

    @Test
    void anOutermostRegionToMainlandFranceIsATaxImportWithoutDuty() {
        // Guadeloupe (GP) is in the EU customs territory but outside its VAT area: import VAT, no customs duty
        Audit.Place paris = new Audit.Place("FR", "75001", "EUR");
        LandedCostQuote fromGp = CALC.quote(shipment("GP", paris, "6109100010", "500.00"));
        LandedCostQuote fromCn = CALC.quote(shipment("CN", paris, "6109100010", "500.00"));
        assertThat(dec(fromGp.totals().duty())).isZero();
        assertThat(dec(fromGp.totals().tax())).isPositive();
        assertThat(dec(fromCn.totals().duty())).isPositive();
        // same VAT: 20% of (500 + 9) = 101.80 from GP; from CN the base also holds the duty
        assertThat(dec(fromGp.totals().tax())).isEqualByComparingTo("101.80");
    }

    @Test
    void aShipmentFromAnotherCountryIsStillAnImport() {
        LandedCostQuote q = CALC.quote(shipment("CN", new Audit.Place("DE", "10115", "EUR"), "6109100010", "500.00"));
        assertThat(q.regime()).isNotEqualTo("NO_IMPORT");
        assertThat(dec(q.totals().duty())).isPositive();
        LandedCostQuote ch = CALC.quote(shipment("CH", new Audit.Place("DE", "10115", "EUR"), "6109100010", "500.00"));
        assertThat(ch.regime()).isNotEqualTo("NO_IMPORT");
        assertThat(dec(ch.totals().tax())).isPositive();
    }

    @Test
    void noImportQuotesAreTheSameWithAndWithoutTheTraceAndNeverChargeAnything() {
        Audit.Place[] places = Audit.PLACES.toArray(Audit.Place[]::new);
        qt().withFixedSeed(20261122L).withExamples(300)
                .forAll(integers().between(0, places.length - 1), integers().between(1, 200_000))
                .checkAssert((i, cents) -> {
                    Audit.Place p = places[i];
                    String from = p.country();
                    QuoteRequest r = request(DATE, p, p.currency()).origin(CountryCode.of(from))
                            .incoterm(cents % 2 == 0 ? Incoterm.DDP : Incoterm.DAP)
                            .line(line("ITEM", "6109100010", "CN", 1 + cents % 3,
                                    money(BigDecimal.valueOf(cents, 2).toPlainString(), p.currency()), TaxCategory.STANDARD))
                            .build();
                    LandedCostQuote plain = CALC.quote(r);
                    LandedCostQuote traced = CALC.quote(r.toBuilder().explain(true).build());
                    assertThat(plain.totals()).isEqualTo(traced.totals());
                    assertThat(plain.regime()).isEqualTo(traced.regime());
                    // a destination address in a territory with its own customs or tax rules may still be an import
                    // (Canary Islands, Livigno, Northern Ireland from GB); everywhere else nothing is due
                    if (plain.regime().equals("NO_IMPORT")) {
                        assertThat(dec(plain.totals().duty())).isZero();
                        assertThat(dec(plain.totals().tax())).isZero();
                        assertThat(dec(plain.totals().fees())).isZero();
                    }
                });
    }

    private static BigDecimal dec(MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }
}
