package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.CALC;
import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.GoldenSupport.totals;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.money;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.pack.RulePackLoader;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for special territories and Northern Ireland over the bundled packs, worked by hand.
 * Territories are resolved by core's {@code FiscalTerritory} from the address; the EU pack's {@code territories}
 * say what follows. Sources: VAT Directive 2006/112/EC Art. 6 (territories outside the VAT area); UCC Art. 4
 * (customs territory; Campione d'Italia inside since 2020-01-01, Reg. (EU) 2019/474); ESTV (Büsingen is Swiss
 * VAT 'domestic': quoted with the CH pack, see SharedTaxAreasGoldenTest); GOV.UK IOSS collection (IOSS for NI consignments of £135 or less, NI stays in UK VAT);
 * vatcalc.com (NI: IOSS or UK VAT at the point of sale); Revenue.ie and Barrington Freight (Windsor Framework:
 * EU duty on goods 'at risk'); Parcel Broker (B2C parcels GB to NI 'not at risk'); GOV.UK VAT rates (20%, 0%
 * children's clothes). EU duty on chapter 61: 12% (CCT). Date 2025-05-09: the EUR 150 duty relief is in force,
 * converted at the ECB rate of 2024-10-01 (GBP 0.83193 per EUR).
 */
class TerritoriesGoldenTest {
    private static final TaxRegistration IOSS = TaxRegistration.of(RegistrationScheme.IOSS, "IM3720000224");
    private static final String DATE = "2025-05-09";

    private static LandedCostQuote tees(String country, String postal, int qty) {
        return CALC.quote(request(DATE, "CN", country, postal, "EUR").registration(IOSS)
                .line(line("TEE", "6109100010", "CN", qty, "40.00", "EUR", TaxCategory.STANDARD)).build());
    }

    private static boolean note(LandedCostQuote q, String text) {
        return q.explanations().stream().anyMatch(e -> e.kind() == Explanation.Kind.NOTE && e.reason().contains(text));
    }

    @ParameterizedTest(name = "{0} {1}: outside VAT and customs")
    @CsvSource({"ES, 51001", "ES, 52001", "DE, 27498", "IT, 23041", "FR, 97133", "FR, 98714"})
    void territoriesOutsideBothTheVatAreaAndTheCustomsTerritoryPayNeitherEuVatNorEuDuty(String country, String postal) {
        // 5 x 40.00 = 200.00 > 150 (no duty relief), IOSS seller: no EU VAT, no IOSS, no EU duty.
        LandedCostQuote q = tees(country, postal, 5);
        assertThat(q.regime()).isEqualTo("TERRITORY_OUTSIDE_TAX_AREA");
        totals(q, "200.00", "0", "0", "0", "0", "200.00");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.NONE);
        assertThat(note(q, "not modelled")).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}: outside VAT, inside customs")
    @CsvSource({"ES, 35001", "ES, 38001", "IT, 22061", "GR, 63086", "FI, 22100", "FR, 97100", "FR, 97200",
            "FR, 97300", "FR, 97400", "FR, 97600", "FR, 97150"})
    void territoriesOutsideTheVatAreaButInsideTheCustomsTerritoryPayEuDutyOnly(String country, String postal) {
        // 200.00 > 150: duty 12% x 200.00 = 24.00; no EU VAT and no IOSS (the regime is never reached).
        LandedCostQuote q = tees(country, postal, 5);
        assertThat(q.regime()).isEqualTo("TERRITORY_OUTSIDE_TAX_AREA");
        totals(q, "200.00", "0", "24.00", "0", "0", "224.00");
        assertThat(q.collection().dutyCollector()).isEqualTo(Collector.BUYER);
    }

    @Test
    void theTraceNamesTheLocalTaxThatIsNotModelled() {
        assertThat(note(tees("ES", "35001", 1), "IGIC")).isTrue();
        assertThat(note(tees("ES", "51001", 1), "IPSI")).isTrue();
        assertThat(note(tees("FR", "97400", 1), "octroi de mer")).isTrue();
    }

    @Test
    void anAddressWithATerritorysOwnCountryCodeIsQuotedWithItsParentsPack() {
        // Country AX (Åland) and GP (Guadeloupe): no pack lists them; core gives the parent (FI, FR) and the
        // territory, so the EU pack quotes them as outside the VAT area: 24.00 duty, no VAT.
        LandedCostQuote aland = CALC.quote(request(DATE, "CN", "AX", "22100", "EUR").registration(IOSS)
                .line(line("TEE", "6109100010", "CN", 5, "40.00", "EUR", TaxCategory.STANDARD)).build());
        LandedCostQuote gp = CALC.quote(request(DATE, "CN", "GP", null, "EUR")
                .line(line("TEE", "6109100010", "CN", 5, "40.00", "EUR", TaxCategory.STANDARD)).build());
        for (LandedCostQuote q : List.of(aland, gp)) {
            assertThat(q.regime()).isEqualTo("TERRITORY_OUTSIDE_TAX_AREA");
            totals(q, "200.00", "0", "24.00", "0", "0", "224.00");
            assertThat(note(q, "belongs to")).isTrue();
        }
    }

    @Test
    void mainlandAddressesNextToTerritoriesAreTaxedNormally() {
        // Helsinki 00100 with an IOSS seller, 40.00: EU_IOSS, FI VAT 25.5% x 40.00 = 10.20 at checkout.
        LandedCostQuote q = tees("FI", "00100", 1);
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("10.20");
    }

    // ---- Northern Ireland ------------------------------------------------------------------------

    private static LandedCostQuote ni(String from, String price, int qty, TaxCategory cat, SalesChannel channel,
                                      TaxRegistration reg) {
        var b = request(DATE, from, "GB", "BT1 1AA", "GBP").channel(channel)
                .line(line("TEE", "6109100010", from, qty, price, "GBP", cat)).shipping(money("5.00", "GBP"));
        if (reg != null) b.registration(reg);
        return CALC.quote(b.build());
    }

    @Test
    void aBtPostcodeIsQuotedAsNorthernIrelandWithUkVatThroughTheEuIoss() {
        // GB address BT1 1AA -> XI (core). IOSS seller, 50.00 GBP <= 135: EU_IOSS; UK VAT 20% x (50.00 + 5.00)
        // = 11.00 at checkout, in GBP. Duty: 50.00 GBP = 60.10 EUR at 0.83193 <= 150: relieved.
        LandedCostQuote q = ni("CN", "50.00", 1, TaxCategory.STANDARD, SalesChannel.OWN_STORE, IOSS);
        assertThat(q.currency()).isEqualTo(Monetary.getCurrency("GBP"));
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        totals(q, "50.00", "5.00", "0", "11.00", "0", "66.00");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
        assertThat(note(q, "quoted as XI")).isTrue();
    }

    @Test
    void withoutIossASellerToNorthernIrelandChargesUkVatAtThePointOfSale() {
        // No IOSS, own store, 50.00 GBP <= 135: XI_LOW_VALUE_135, seller liable: 20% x 55.00 = 11.00 at checkout.
        LandedCostQuote q = ni("CN", "50.00", 1, TaxCategory.STANDARD, SalesChannel.OWN_STORE, null);
        assertThat(q.regime()).isEqualTo("XI_LOW_VALUE_135");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(dec(q.totals().tax())).isEqualByComparingTo("11.00");
    }

    @Test
    void aboveGbp135NorthernIrelandPaysEuDutyAndUkImportVat() {
        // 4 x 50.00 = 200.00 GBP + 5.00 shipping: > 135 -> STANDARD_IMPORT. 200.00 GBP = 240.40 EUR > 150: no relief.
        // EU duty 12% x 205.00 (CIF) = 24.60; UK VAT 20% x (205.00 + 24.60) = 45.92. Landed 275.52.
        LandedCostQuote q = ni("CN", "50.00", 4, TaxCategory.STANDARD, SalesChannel.OWN_STORE, IOSS);
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        totals(q, "200.00", "5.00", "24.60", "45.92", "0", "275.52");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.BUYER);
    }

    @Test
    void childrensClothesInNorthernIrelandAreZeroRatedAsInTheUk() {
        LandedCostQuote q = ni("CN", "200.00", 1, TaxCategory.CHILDRENS_CLOTHING, SalesChannel.OWN_STORE, null);
        // > 135: duty 12% x 205.00 = 24.60; UK VAT 0%.
        totals(q, "200.00", "5.00", "24.60", "0", "0", "229.60");
    }

    @Test
    void goodsShippedFromGreatBritainToNorthernIrelandAreADomesticUkSale() {
        // Shipped from GB: not an import; no duty ('not at risk' B2C parcel); UK VAT 20% x (200.00 + 5.00) = 41.00
        // charged by the seller at checkout.
        LandedCostQuote q = ni("GB", "200.00", 1, TaxCategory.STANDARD, SalesChannel.OWN_STORE, null);
        assertThat(q.regime()).isEqualTo("XI_UK_DOMESTIC_SUPPLY");
        totals(q, "200.00", "5.00", "0", "41.00", "0", "246.00");
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
    }

    @Test
    void countryCodeXiIsQuotedTheSameAsAGbAddressWithABtPostcode() {
        var b = request(DATE, "CN", "GB", "BT1 1AA", "GBP")
                .line(line("TEE", "6109100010", "CN", 1, "50.00", "GBP", TaxCategory.STANDARD)).registration(IOSS);
        LandedCostQuote viaGb = CALC.quote(b.build());
        LandedCostQuote viaXi = CALC.quote(b.destination(Address.of(CountryCode.of("XI"), "BT1 1AA")).build());
        assertThat(viaXi.totals()).isEqualTo(viaGb.totals());
        assertThat(viaXi.regime()).isEqualTo(viaGb.regime());
    }

    @Test
    void withOnlyTheGbPackLoadedABtAddressFallsBackToGreatBritainRules() {
        var gbOnly = LandedCostCalculator.of(RulePackLoader.builder()
                .classpath(RulePackLoader.BUNDLED_FOLDER + "gb.json", 0).load(), new EcbTestRates());
        LandedCostQuote q = gbOnly.quote(request(DATE, "CN", "GB", "BT1 1AA", "GBP")
                .line(line("TEE", "6109100010", "CN", 1, "50.00", "GBP", TaxCategory.STANDARD)).build());
        assertThat(q.regime()).isEqualTo("GB_LOW_VALUE_135");
    }

    @ParameterizedTest(name = "{0} {1}: {2} of 40.00 = {3}")
    @CsvSource({"PT, 1100-001, STANDARD, 9.20", "PT, 9000-001, STANDARD, 8.80", "PT, 9500-001, STANDARD, 6.40",
            "PT, 9000-001, BOOKS, 1.60", "PT, 9500-001, FOOD, 1.60", "AT, 1010, STANDARD, 8.00", "AT, 6691, STANDARD, 7.60",
            "AT, 6992, STANDARD, 7.60"})
    void regionsInsideTheVatAreaTakeTheirRegionalRateFromThePostalCode(String country, String postal, TaxCategory cat,
                                                                       String tax) {
        // IOSS seller, 40.00 EUR: Lisbon 23%, Funchal (Madeira) 22%, Ponta Delgada (Azores) 16%, Madeira books 4%
        // (from 2024-10-01), Azores food 4%, Vienna 20%, Jungholz / Mittelberg 19%. Sources: Odoo l10n_pt tax data
        // (22/16), vatupdate 2021 (Azores 16% and 4%), vatcalc (Madeira 4% from 2024-10-01), TEDB regional rates.
        LandedCostQuote q = CALC.quote(request(DATE, "CN", country, postal, "EUR").registration(IOSS)
                .line(line("ITEM", "4901990000", "CN", 1, "40.00", "EUR", cat)).build());
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        assertThat(dec(q.totals().tax())).isEqualByComparingTo(tax);
    }
}
