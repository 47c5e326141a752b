package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.CALC;
import static dev.xborder.tax.engine.GoldenSupport.totals;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.money;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import org.junit.jupiter.api.Test;

/**
 * Places taxed by another country's customs and VAT (core {@code SharedTaxAreas}), quoted with that country's
 * pack over all bundled packs, worked by hand. Liechtenstein and Büsingen (DE 78266): Swiss customs territory
 * (Customs Treaty of 1923, SR 0.631.112.514; DE-CH treaty of 1964) and Swiss VAT (ESTV: Büsingen is
 * 'domestic'); Swiss industrial goods duty-free from 2024-01-01 (SECO), VAT 8.1% on goods + shipping, import
 * tax of CHF 5 or less not levied. Monaco: France for VAT (VAT Directive Art. 7): FR 20%, IOSS at or below
 * EUR 150. Isle of Man: UK for customs and VAT (Customs and Excise Agreement 1979): GBP 135 rule, VAT 20% at
 * sale by the UK-registered seller.
 */
class SharedTaxAreasGoldenTest {
    private static final String DATE = "2025-05-09";

    private static LandedCostQuote swissTee(String country, String postal, String price) {
        return CALC.quote(request(DATE, "CN", country, postal, "CHF")
                .line(line("TEE", "6109100010", "CN", 1, price, "CHF", TaxCategory.STANDARD))
                .shipping(money("10.00", "CHF")).build());
    }

    private static boolean note(LandedCostQuote q, String text) {
        return q.explanations().stream().anyMatch(e -> e.kind() == Explanation.Kind.NOTE && e.reason().contains(text));
    }

    @Test
    void aParcelToLiechtensteinIsQuotedWithTheSwissPack() {
        // Vaduz 9490, T-shirt 100.00 + 10.00 shipping: duty 0 (CH industrial tariffs abolished);
        // VAT 8.1% x 110.00 = 8.91 > 5.00 -> levied at import, paid by the buyer. Quoted in CHF.
        LandedCostQuote q = swissTee("LI", "9490", "100.00");
        assertThat(q.currency().getCurrencyCode()).isEqualTo("CHF");
        totals(q, "100.00", "10.00", "0.00", "8.91", "0", "118.91");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.BUYER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_IMPORT);
        assertThat(note(q, "quoted as CH")).isTrue();
        assertThat(note(q, "1923")).isTrue();
    }

    @Test
    void theSwissFiveFrancRuleAppliesInLiechtensteinToo() {
        // T-shirt 50.00 + 10.00: VAT 8.1% x 60.00 = 4.86 <= 5.00 -> not levied.
        LandedCostQuote q = swissTee("LI", "9490", "50.00");
        totals(q, "50.00", "10.00", "0.00", "0.00", "0", "60.00");
    }

    @Test
    void aParcelToBusingenIsQuotedWithTheSwissPackNotTheEuPack() {
        // DE 78266: same figures as Liechtenstein (8.91 Swiss import VAT); no German VAT, no EU duty.
        LandedCostQuote q = swissTee("DE", "78266", "100.00");
        assertThat(q.currency().getCurrencyCode()).isEqualTo("CHF");
        totals(q, "100.00", "10.00", "0.00", "8.91", "0", "118.91");
        assertThat(note(q, "Büsingen")).isTrue();
        assertThat(q.explanations()).noneMatch(e -> e.ruleId().startsWith("eu.") || e.ruleId().startsWith("de."));
    }

    @Test
    void aParcelToMonacoIsQuotedWithFrenchVat() {
        // Monaco 98000, IOSS seller, T-shirt 40.00 EUR <= 150: EU_IOSS, FR VAT 20% x 40.00 = 8.00 at checkout;
        // duty relief at or below EUR 150 (in force until 2026-06-30) -> duty 0.
        LandedCostQuote q = CALC.quote(request(DATE, "CN", "MC", "98000", "EUR")
                .registration(TaxRegistration.of(RegistrationScheme.IOSS, "IM3720000224"))
                .line(line("TEE", "6109100010", "CN", 1, "40.00", "EUR", TaxCategory.STANDARD)).build());
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        totals(q, "40.00", "0", "0", "8.00", "0", "48.00");
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
        assertThat(note(q, "quoted as FR")).isTrue();
    }

    @Test
    void aParcelToTheIsleOfManIsQuotedWithTheUkPack() {
        // Douglas IM1 1AA, UK-VAT-registered seller, T-shirt 100.00 GBP <= 135: VAT 20% x 100.00 = 20.00 charged
        // at sale by the seller; no import duty under the GBP 135 rule.
        LandedCostQuote q = CALC.quote(request(DATE, "CN", "IM", "IM1 1AA", "GBP")
                .registration(TaxRegistration.of(RegistrationScheme.UK_VAT, "GB123456782"))
                .line(line("TEE", "6109100010", "CN", 1, "100.00", "GBP", TaxCategory.STANDARD)).build());
        assertThat(q.currency().getCurrencyCode()).isEqualTo("GBP");
        totals(q, "100.00", "0", "0", "20.00", "0", "120.00");
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(note(q, "quoted as GB")).isTrue();
    }
}
