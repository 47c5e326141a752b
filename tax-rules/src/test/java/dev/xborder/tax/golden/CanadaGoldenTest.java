package dev.xborder.tax.golden;

import static dev.xborder.tax.golden.GoldenSupport.line;
import static dev.xborder.tax.golden.GoldenSupport.money;
import static dev.xborder.tax.golden.GoldenSupport.request;
import static dev.xborder.tax.golden.GoldenSupport.str;
import static dev.xborder.tax.golden.GoldenSupport.totals;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.Explanation;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import dev.xborder.tax.engine.LandedCostCalculator;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for the bundled CA pack, worked by hand (courier shipments: the helpers' requests say
 * {@code TransportMode.COURIER}; post vs courier and a request without a mode at the end; GST, or HST in ON, NB, NL, NS, PE
 * by the postal code's first letter; PST/QST not encoded).
 * Sources: CBSA CUSMA low-value shipment page and Customs Notice 20-18 (CAD 20 any origin; from the US/MX
 * CAD 40 tax and CAD 150 duty); CBSA D13-3-3 (value for duty excludes transport after the place of direct
 * shipment); CBSA GST example (GST 5% of value for duty + duty); Canadian Customs Tariff via betterdollar.com
 * (6109 MFN 18%, 3924 MFN 6.5%, UST/MT free).
 */
class CanadaGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("ca.json");

    private LandedCostQuote quote(String shippedFrom, String origin, String hs, String price, String shipping,
                                  Incoterm incoterm) {
        return CALC.quote(request("2025-06-02", shippedFrom, "CA", "T2P 1J9", "CAD")
                .line(line("SKU", hs, origin, 1, price, "CAD", TaxCategory.STANDARD))
                .shipping(money(shipping, "CAD")).incoterm(incoterm).transportMode(TransportMode.COURIER).build());
    }

    @Test
    void twentyDollarsOrLessFromAnyCountryIsDutyAndTaxFree() {
        // T-shirt 15.00 from China: value for duty (FOB) 15.00 <= 20 -> no duty, no GST.
        LandedCostQuote q = quote("CN", "CN", "6109.10", "15.00", "5.00", Incoterm.DAP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=15.00 shipping=5.00 insurance=0.00 duty=0.00 tax=0.00 fees=0.00 landed=20.00");
    }

    @Test
    void fromChinaTShirtsPayEighteenPercentOnFobAndGstOnValuePlusDuty() {
        // T-shirt 100.00 (+15.00 shipping, not dutiable): duty 18% x 100.00 = 18.00; GST 5% x (100.00 + 18.00) = 5.90.
        // Landed 100 + 15 + 18 + 5.90 = 138.90.
        LandedCostQuote q = quote("CN", "CN", "6109.10", "100.00", "15.00", Incoterm.DAP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=15.00 insurance=0.00 duty=18.00 tax=5.90 fees=0.00 landed=138.90");
    }

    @Test
    void courierShipmentFromTheUsUpTo150IsDutyFreeButTaxedAbove40() {
        // Chinese-made T-shirt shipped from the US, 100.00: duty relief (<= 150, shipped from US) applies;
        // tax reliefs (<= 20; <= 40 from US) do not: GST 5% x 100.00 = 5.00.
        LandedCostQuote q = quote("US", "CN", "6109.10", "100.00", "15.00", Incoterm.DAP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=15.00 insurance=0.00 duty=0.00 tax=5.00 fees=0.00 landed=120.00");
    }

    @Test
    void courierShipmentFromTheUsUpTo40IsDutyAndTaxFree() {
        // 30.00 shipped from the US: <= 40 tax relief and <= 150 duty relief.
        LandedCostQuote q = quote("US", "CN", "6109.10", "30.00", "10.00", Incoterm.DAP);
        assertThat(str(q.totals().tax())).isEqualTo("0.00");
        assertThat(str(q.totals().duty())).isEqualTo("0.00");
    }

    @Test
    void usOriginatingKitchenwareAbove150EntersFreeUnderCusma() {
        // Plastic kitchenware 200.00 of US origin shipped from the US: > 150, but UST rate Free replaces 6.5%.
        // GST 5% x 200.00 = 10.00.
        LandedCostQuote q = quote("US", "US", "392410", "200.00", "20.00", Incoterm.DAP);
        assertThat(totals(q)).isEqualTo(
                "goods=200.00 shipping=20.00 insurance=0.00 duty=0.00 tax=10.00 fees=0.00 landed=230.00");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("ca.cusma-free")
                && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void underDdpTheSellerPrepaysMfnDutyAndGstOnChineseKitchenware() {
        // 200.00 from China: duty 6.5% x 200.00 = 13.00; GST 5% x 213.00 = 10.65; prepaid by the seller.
        LandedCostQuote q = quote("CN", "CN", "392410", "200.00", "20.00", Incoterm.DDP);
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER,
                Collector.SELLER, CollectionPoint.PREPAID_BY_SELLER));
        assertThat(totals(q)).isEqualTo(
                "goods=200.00 shipping=20.00 insurance=0.00 duty=13.00 tax=10.65 fees=0.00 landed=243.65");
    }

    @Test
    void booksFallBackToTheStandardRateOfTheProvince() {
        // No reduced rate is encoded: BOOKS -> STANDARD; Toronto (M5V, first letter M = Ontario) -> HST 13%:
        // 13% x 60.00 = 7.80. Duty: 4901 Free (ca.duty.4901, CBSA T2026-2 ch. 49; before 2026-11-22 chapter 49
        // was not encoded and this line reported NO_DUTY_RATE, with the same 0.00 duty).
        LandedCostQuote q = CALC.quote(request("2025-06-02", "GB", "CA", "M5V 2T6", "CAD")
                .line(line("BOOK", "490199", "GB", 1, "60.00", "CAD", TaxCategory.BOOKS)).build());
        assertThat(str(q.totals().tax())).isEqualTo("7.80");
        assertThat(str(q.totals().duty())).isEqualTo("0.00");
        assertThat(q.lines().get(0).issues()).noneMatch(i -> i.startsWith("NO_DUTY_RATE"));
    }

    private LandedCostQuote quoteTo(String date, String postal, String shippedFrom, String price) {
        return CALC.quote(request(date, shippedFrom, "CA", postal, "CAD")
                .line(line("TEE", "6109.10", "CN", 1, price, "CAD", TaxCategory.STANDARD))
                .shipping(money("15.00", "CAD")).transportMode(TransportMode.COURIER).build());
    }

    @Test
    void ontarioAddressesPayThirteenPercentHstAtTheBorder() {
        // Toronto M5V (M = Ontario): duty 18% x 100.00 = 18.00; HST 13% x 118.00 = 15.34 (replaces GST 5.90).
        // Source: CBSA CLVS page (HST charged on casual importations by residents of participating provinces);
        // Baker McKenzie rates (ON HST 13%); Canada Post first letters (M = Metro Toronto).
        LandedCostQuote q = quoteTo("2025-06-02", "M5V 2T6", "CN", "100.00");
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=15.00 insurance=0.00 duty=18.00 tax=15.34 fees=0.00 landed=148.34");
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("ca.hst.on") && e.kind() == Explanation.Kind.APPLIED);
    }

    @Test
    void novaScotiaHstDropsFromFifteenToFourteenPercentOnTheFirstOfApril2025() {
        // Halifax B3H (B = Nova Scotia), T-shirt 100.00 from China, duty 18.00:
        // 2025-03-31: 15% x 118.00 = 17.70; 2025-04-01: 14% x 118.00 = 16.52 (SOR/2025-77).
        assertThat(str(quoteTo("2025-03-31", "B3H 1A1", "CN", "100.00").totals().tax())).isEqualTo("17.70");
        assertThat(str(quoteTo("2025-04-01", "B3H 1A1", "CN", "100.00").totals().tax())).isEqualTo("16.52");
    }

    @Test
    void hstOnAUsShipmentBetween40And150IsDueWithoutDuty() {
        // Moncton E1C (E = New Brunswick), 100.00 shipped from the US: duty relief <= 150; HST 15% x 100.00 = 15.00.
        LandedCostQuote q = quoteTo("2025-06-02", "E1C 4M3", "US", "100.00");
        assertThat(totals(q)).isEqualTo(
                "goods=100.00 shipping=15.00 insurance=0.00 duty=0.00 tax=15.00 fees=0.00 landed=130.00");
    }

    @Test
    void quebecAndBritishColumbiaShowGstOnlyBecausePstCollectionIsNotEncoded() {
        // Montreal H2X (H = Quebec) and Vancouver V6B (V = BC): GST 5% x 118.00 = 5.90; the region is found and the
        // trace carries the note that QST/PST are not encoded.
        LandedCostQuote qc = quoteTo("2025-06-02", "H2X 1Y4", "CN", "100.00");
        LandedCostQuote bc = quoteTo("2025-06-02", "V6B 1A1", "CN", "100.00");
        assertThat(str(qc.totals().tax())).isEqualTo("5.90");
        assertThat(str(bc.totals().tax())).isEqualTo("5.90");
        assertThat(qc.explanations()).anyMatch(e -> e.ruleId().equals("ca.region.qc") && e.reason().contains("QST"));
    }

    @Test
    void withoutPostalCodeTheProvinceIsUnknownAndGstApplies() {
        LandedCostQuote q = quoteTo("2025-06-02", null, "CN", "100.00");
        assertThat(str(q.totals().tax())).isEqualTo("5.90");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("REGION_UNKNOWN"));
    }

    @Test
    void twentyDollarsOrLessStaysTaxFreeInAnHstProvince() {
        // St. John's A1C (A = Newfoundland and Labrador), 18.00 from China: <= 20 duty and tax free.
        LandedCostQuote q = quoteTo("2025-06-02", "A1C 5M2", "CN", "18.00");
        assertThat(str(q.totals().tax())).isEqualTo("0.00");
        assertThat(str(q.totals().duty())).isEqualTo("0.00");
    }

    @Test
    void mostSpecificTariffItemDecidesBetweenRideOnToysAndOtherToys() {
        // Scooter 9503.00.10 (8%) vs doll 9503.00.90 (Free), 200.00 each from China (2025 tariff):
        // scooter duty 8% x 200.00 = 16.00, GST 5% x 216.00 = 10.80; doll duty 0, GST 5% x 200.00 = 10.00.
        LandedCostQuote scooter = quote("CN", "CN", "9503001010", "200.00", "0.00", Incoterm.DAP);
        LandedCostQuote doll = quote("CN", "CN", "9503009011", "200.00", "0.00", Incoterm.DAP);
        assertThat(totals(scooter)).isEqualTo(
                "goods=200.00 shipping=0.00 insurance=0.00 duty=16.00 tax=10.80 fees=0.00 landed=226.80");
        assertThat(totals(doll)).isEqualTo(
                "goods=200.00 shipping=0.00 insurance=0.00 duty=0.00 tax=10.00 fees=0.00 landed=210.00");
    }

    // ---- transport mode: post vs courier (CBSA CUSMA low-value shipment page, cbsa-cusma-lvs) --------------

    private LandedCostQuote fromTheUs(String price, TransportMode mode) {
        var b = request("2025-06-02", "US", "CA", "T2P 1J9", "CAD")
                .line(line("TEE", "6109.10", "CN", 1, price, "CAD", TaxCategory.STANDARD))
                .shipping(money("10.00", "CAD"));
        return CALC.quote(mode == null ? b.build() : b.transportMode(mode).build());
    }

    @Test
    void aThirtyDollarParcelFromTheUsIsFreeByCourierButTaxedByPost() {
        // Calgary T2P (Alberta: GST only), Chinese-made T-shirt 30.00 shipped from the US (FOB: shipping 10.00 not
        // dutiable). Courier: 30.00 <= 40 tax relief and <= 150 duty relief -> nothing due.
        // Post: only the CAD 20 mail threshold; 30.00 > 20 -> duty 18% x 30.00 = 5.40, GST 5% x 35.40 = 1.77.
        assertThat(totals(fromTheUs("30.00", TransportMode.COURIER))).isEqualTo(
                "goods=30.00 shipping=10.00 insurance=0.00 duty=0.00 tax=0.00 fees=0.00 landed=40.00");
        LandedCostQuote post = fromTheUs("30.00", TransportMode.POST);
        assertThat(totals(post)).isEqualTo(
                "goods=30.00 shipping=10.00 insurance=0.00 duty=5.40 tax=1.77 fees=0.00 landed=47.17");
        assertThat(post.explanations()).anyMatch(e -> e.ruleId().equals("ca.cusma-courier-duty-150")
                && e.kind() == Explanation.Kind.SKIPPED && e.reason().contains("COURIER"));
        assertThat(post.lines().get(0).issues()).isEmpty();
    }

    @Test
    void aHundredDollarParcelFromTheUsPaysGstOnlyByCourierButDutyAndGstByPost() {
        // 100.00 from the US. Courier: duty relief <= 150, GST 5% x 100.00 = 5.00.
        // Post: duty 18% x 100.00 = 18.00, GST 5% x 118.00 = 5.90.
        assertThat(totals(fromTheUs("100.00", TransportMode.COURIER))).isEqualTo(
                "goods=100.00 shipping=10.00 insurance=0.00 duty=0.00 tax=5.00 fees=0.00 landed=115.00");
        assertThat(totals(fromTheUs("100.00", TransportMode.POST))).isEqualTo(
                "goods=100.00 shipping=10.00 insurance=0.00 duty=18.00 tax=5.90 fees=0.00 landed=133.90");
    }

    @Test
    void twentyDollarsOrLessIsFreeByPostAndByCourierButNotBySea() {
        // 18.00 from the US: <= 20 by post or courier -> nothing due. By sea (neither mail nor courier, not named by
        // CBSA): no low-value relief -> duty 18% x 18.00 = 3.24, GST 5% x 21.24 = 1.06 (1.062 rounded).
        assertThat(str(fromTheUs("18.00", TransportMode.POST).totals().duty())).isEqualTo("0.00");
        assertThat(str(fromTheUs("18.00", TransportMode.POST).totals().tax())).isEqualTo("0.00");
        assertThat(str(fromTheUs("18.00", TransportMode.COURIER).totals().tax())).isEqualTo("0.00");
        LandedCostQuote sea = fromTheUs("18.00", TransportMode.SEA);
        assertThat(str(sea.totals().duty())).isEqualTo("3.24");
        assertThat(str(sea.totals().tax())).isEqualTo("1.06");
    }

    @Test
    void withoutATransportModeTheThresholdsAreNotGuessedAndTheQuoteSaysSo() {
        // 30.00 from the US, no mode: every low-value relief needs post or courier -> skipped; the quote charges
        // the full duty 5.40 and GST 1.77 (as by post) and the line carries TRANSPORT_MODE_MISSING.
        LandedCostQuote q = fromTheUs("30.00", null);
        assertThat(totals(q)).isEqualTo(
                "goods=30.00 shipping=10.00 insurance=0.00 duty=5.40 tax=1.77 fees=0.00 landed=47.17");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("TRANSPORT_MODE_MISSING: "));
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("ca.cusma-courier-tax-40")
                && e.kind() == Explanation.Kind.SKIPPED && e.reason().contains("missing transport mode"));
    }

    @Test
    void pstAndQstProvincesCarryTheAdvisoryThatTheProvincialTaxIsNotInTheQuote() {
        // Advisory ca.provincial-tax-at-import-not-modelled (CBSA CLVS page: PST collected for provinces with
        // agreements): Quebec H, British Columbia V, Manitoba R, Saskatchewan S get PROVINCIAL_SALES_TAX_NOT_MODELLED;
        // Ontario K (HST, fully quoted) and Alberta T (no provincial sales tax) do not; without a postal code the
        // province is unknown, so the advisory is given. The figures stay GST only (5.90, as above).
        for (String postal : new String[] {"H2X 1Y4", "V6B 1A1", "R3C 0V8", "S4P 3Y2"}) {
            LandedCostQuote q = quoteTo("2025-06-02", postal, "CN", "100.00");
            assertThat(q.advisories()).as(postal).singleElement().satisfies(a -> {
                assertThat(a.code()).isEqualTo("PROVINCIAL_SALES_TAX_NOT_MODELLED");
                assertThat(a.ruleId()).isEqualTo("ca.provincial-tax-at-import-not-modelled");
                assertThat(a.source()).contains("Courier Low Value Shipment Program");
                assertThat(a.lines()).containsExactly(0);
            });
            assertThat(str(q.totals().tax())).isEqualTo("5.90");
        }
        assertThat(quoteTo("2025-06-02", "K1A 0B1", "CN", "100.00").advisories()).isEmpty();
        assertThat(quoteTo("2025-06-02", "T2P 1J9", "CN", "100.00").advisories()).isEmpty();
        assertThat(quoteTo("2025-06-02", null, "CN", "100.00").advisories())
                .extracting(dev.xborder.core.landed.Advisory::code).containsExactly("PROVINCIAL_SALES_TAX_NOT_MODELLED");
    }
}
