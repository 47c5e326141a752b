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
 * Golden cases for the bundled MX pack, worked by hand: the courier simplified procedure (RGCE rule 3.7.35) as
 * banded global rates replacing duty and IVA, IVA 16% above USD 2,500. The helpers' requests say
 * {@code TransportMode.COURIER} (the procedure is for courier and parcel companies only; since 2026-11-22 the pack
 * requires the mode); post vs courier vs sea vs no mode at the end (RGCE rule 3.7.2 postal rates, uncertain). MXN values are compared with USD
 * thresholds at the fixed ECB cross rate 1.1252 / 21.9473 = 0.0512682653 (Source: ECB, 2025-05-09).
 * Sources: International Trade Compliance Update 2025-07-29 (US/CA: up to USD 50 exempt with the MXN 445 customs
 * processing fee, 50-117 17%, above 117 19%; other origins 19% -> 33.5% from 2025-08-15); J.A. Del Rio on the
 * Fourth RGCE 2025 amendment (in force 2025-08-15); LIVA Art. 1 (16%); TLC Asociados quoting RGCE rule 3.7.2 (post:
 * up to USD 50 no IGI, IVA or DTA; up to USD 1,000 global rate 19% with the Boleta aduanal).
 */
class MexicoGoldenTest {
    private static final LandedCostCalculator CALC = GoldenSupport.calculator("mx.json");

    private LandedCostQuote quote(String date, String shippedFrom, String price, String shipping, TaxCategory cat,
                                  Incoterm incoterm) {
        return CALC.quote(request(date, shippedFrom, "MX", "06600", "MXN")
                .line(line("SKU", "6109.10", shippedFrom, 1, price, "MXN", cat))
                .shipping(money(shipping, "MXN")).incoterm(incoterm).transportMode(TransportMode.COURIER).build());
    }

    private LandedCostQuote quote(String shippedFrom, String price, String shipping) {
        return quote("2025-09-01", shippedFrom, price, shipping, TaxCategory.STANDARD, Incoterm.DAP);
    }

    @Test
    void courierShipmentFromTheUsOfUsd50OrLessPaysOnlyTheProcessingFee() {
        // 800.00 + 100.00 shipping = CIF 900.00 MXN -> 46.14 USD <= 50: global rate 0 -> no duty, no IVA;
        // customs processing fee (DTA) MXN 445.00. Landed 900 + 445 = 1,345.00.
        LandedCostQuote q = quote("US", "800.00", "100.00");
        assertThat(q.regime()).isEqualTo("MX_COURIER_GLOBAL_RATE");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
        assertThat(totals(q)).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=0.00 fees=445.00 landed=1345.00");
    }

    @Test
    void fromTheUsBetweenUsd50And117TheGlobalRateIsSeventeenPercent() {
        // 2,000.00 + 100.00 = 2,100.00 MXN -> 107.66 USD: 17% x 2,100.00 = 357.00, reported as duty, no IVA.
        LandedCostQuote q = quote("US", "2000.00", "100.00");
        assertThat(totals(q)).isEqualTo(
                "goods=2000.00 shipping=100.00 insurance=0.00 duty=357.00 tax=0.00 fees=0.00 landed=2457.00");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.NONE);
    }

    @Test
    void fromTheUsAboveUsd117TheGlobalRateIsNineteenPercent() {
        // 3,000.00 + 100.00 = 3,100.00 MXN -> 158.93 USD: 19% x 3,100.00 = 589.00.
        LandedCostQuote q = quote("US", "3000.00", "100.00");
        assertThat(str(q.totals().duty())).isEqualTo("589.00");
        assertThat(str(q.totals().tax())).isEqualTo("0.00");
    }

    @Test
    void fromChinaTheGlobalRateRoseFromNineteenToThirtyThreeAndAHalfPercentOnAugust15() {
        // 800.00 + 100.00 = 900.00 MXN (46.14 USD <= 2,500), from China:
        // 2025-06-01: 19% x 900.00 = 171.00; 2025-09-01: 33.5% x 900.00 = 301.50.
        assertThat(totals(quote("2025-06-01", "CN", "800.00", "100.00", TaxCategory.STANDARD, Incoterm.DAP)))
                .isEqualTo("goods=800.00 shipping=100.00 insurance=0.00 duty=171.00 tax=0.00 fees=0.00 landed=1071.00");
        assertThat(totals(quote("CN", "800.00", "100.00")))
                .isEqualTo("goods=800.00 shipping=100.00 insurance=0.00 duty=301.50 tax=0.00 fees=0.00 landed=1201.50");
    }

    @Test
    void aboveUsd2500TheFormalImportChargesIvaAndReportsTheDutyUnknown() {
        // 60,000.00 MXN -> 3,076.10 USD > 2,500: no global rate; IVA 16% x 60,000.00 = 9,600.00; duty not encoded.
        LandedCostQuote q = quote("CN", "60000.00", "0.00");
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(str(q.totals().tax())).isEqualTo("9600.00");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("mx.courier-global")
                && e.kind() == Explanation.Kind.SKIPPED);
    }

    @Test
    void underDdpTheSellerPrepaysTheGlobalRate() {
        LandedCostQuote q = quote("2025-09-01", "CN", "800.00", "100.00", TaxCategory.STANDARD, Incoterm.DDP);
        assertThat(q.collection().dutyCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().dutyPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
        assertThat(str(q.totals().duty())).isEqualTo("301.50");
    }

    @Test
    void booksPayTheSameGlobalRate() {
        // The global rate does not depend on the tax category: BOOKS 33.5% x 900.00 = 301.50.
        LandedCostQuote q = quote("2025-09-01", "CN", "800.00", "100.00", TaxCategory.BOOKS, Incoterm.DAP);
        assertThat(str(q.totals().duty())).isEqualTo("301.50");
    }

    // ---- transport mode: courier vs post vs other modes vs no mode (2026-11-22) ---------------------------------
    // Courier: RGCE rule 3.7.35 (itcu-mx-2025-07, jadelrio-rgce-2025-4). Post: RGCE rule 3.7.2 as quoted by TLC Asociados
    // (tlcasociados-mx-postal, uncertain): customs value per addressee <= USD 50 no IGI, IVA or DTA; <= USD 1,000 global
    // rate 19%. Anything else: formal import (IVA 16% on customs value + duty; 6109 has no TIGIE line: NO_DUTY_RATE).

    private LandedCostQuote byMode(String shippedFrom, String price, String shipping, TransportMode mode) {
        var b = request("2025-09-01", shippedFrom, "MX", "06600", "MXN")
                .line(line("TEE", "6109.10", shippedFrom, 1, price, "MXN", TaxCategory.STANDARD))
                .shipping(money(shipping, "MXN"));
        return CALC.quote(mode == null ? b.build() : b.transportMode(mode).build());
    }

    @Test
    void aSmallParcelFromChinaIsFreeByPostButPaysTheCourierRate() {
        // 800.00 + 100.00 shipping = 900.00 MXN -> 46.14 USD. Courier: 33.5% x 900.00 = 301.50.
        // Post: <= USD 50 per addressee -> band 0%: no duty, no IVA, no DTA. Landed 900.00.
        assertThat(totals(byMode("CN", "800.00", "100.00", TransportMode.COURIER))).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=301.50 tax=0.00 fees=0.00 landed=1201.50");
        LandedCostQuote post = byMode("CN", "800.00", "100.00", TransportMode.POST);
        assertThat(post.regime()).isEqualTo("MX_POSTAL_GLOBAL_RATE");
        assertThat(totals(post)).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=0.00 fees=0.00 landed=900.00");
        assertThat(post.explanations()).anyMatch(e -> e.ruleId().equals("mx.courier-global")
                && e.kind() == Explanation.Kind.SKIPPED && e.reason().contains("COURIER"));
        assertThat(post.lines().get(0).issues()).isEmpty();
    }

    @Test
    void aboveUsd50ThePostalGlobalRateIsNineteenPercentAgainstTheCourierThirtyThreeAndAHalf() {
        // 4,000.00 + 100.00 = 4,100.00 MXN -> 210.20 USD (<= 1,000): post 19% x 4,100.00 = 779.00;
        // courier (from China, after 2025-08-15) 33.5% x 4,100.00 = 1,373.50. Both reported as duty, no IVA.
        assertThat(totals(byMode("CN", "4000.00", "100.00", TransportMode.POST))).isEqualTo(
                "goods=4000.00 shipping=100.00 insurance=0.00 duty=779.00 tax=0.00 fees=0.00 landed=4879.00");
        assertThat(totals(byMode("CN", "4000.00", "100.00", TransportMode.COURIER))).isEqualTo(
                "goods=4000.00 shipping=100.00 insurance=0.00 duty=1373.50 tax=0.00 fees=0.00 landed=5473.50");
    }

    @Test
    void aboveUsd1000ByPostTheFormalImportAppliesButTheCourierRateStillDoesUpTo2500() {
        // 30,000.00 MXN, no shipping -> 1,538.05 USD. Post: above the USD 1,000 postal limit -> formal import:
        // IVA 16% x 30,000.00 = 4,800.00, duty not encoded (NO_DUTY_RATE). Courier: <= 2,500: 33.5% x 30,000.00 = 10,050.00.
        LandedCostQuote post = byMode("CN", "30000.00", "0.00", TransportMode.POST);
        assertThat(post.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(totals(post)).isEqualTo(
                "goods=30000.00 shipping=0.00 insurance=0.00 duty=0.00 tax=4800.00 fees=0.00 landed=34800.00");
        assertThat(post.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"));
        assertThat(str(byMode("CN", "30000.00", "0.00", TransportMode.COURIER).totals().duty())).isEqualTo("10050.00");
    }

    @Test
    void fromTheUsThePostPaysNoProcessingFeeWhereTheCourierDoes() {
        // 800.00 + 100.00 = 900.00 MXN (46.14 USD) shipped from the US. Courier: USMCA band 0% plus the DTA fee
        // MXN 445.00 (landed 1,345.00). Post: postal band 0%, no DTA (rule 3.7.2) -> landed 900.00.
        assertThat(totals(byMode("US", "800.00", "100.00", TransportMode.COURIER))).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=0.00 fees=445.00 landed=1345.00");
        assertThat(totals(byMode("US", "800.00", "100.00", TransportMode.POST))).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=0.00 fees=0.00 landed=900.00");
    }

    @Test
    void bySeaOrAirCargoNoSimplifiedRateAppliesAndTheFormalImportIsQuoted() {
        // 900.00 MXN from China by sea or air cargo (not a courier company, not the post): IVA 16% x 900.00 = 144.00,
        // duty unknown (NO_DUTY_RATE); no TRANSPORT_MODE_MISSING since the mode is known.
        for (TransportMode mode : new TransportMode[] {TransportMode.SEA, TransportMode.AIR_CARGO}) {
            LandedCostQuote q = byMode("CN", "800.00", "100.00", mode);
            assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
            assertThat(totals(q)).isEqualTo(
                    "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=144.00 fees=0.00 landed=1044.00");
            assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("NO_DUTY_RATE"))
                    .noneMatch(i -> i.startsWith("TRANSPORT_MODE_MISSING"));
        }
    }

    @Test
    void withoutATransportModeTheSimplifiedRatesAreNotGuessedAndTheQuoteSaysSo() {
        // 900.00 MXN from China, no mode: courier and postal rates skipped -> formal import as by sea (IVA 144.00,
        // NO_DUTY_RATE) and the line carries TRANSPORT_MODE_MISSING.
        LandedCostQuote q = byMode("CN", "800.00", "100.00", null);
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        assertThat(totals(q)).isEqualTo(
                "goods=800.00 shipping=100.00 insurance=0.00 duty=0.00 tax=144.00 fees=0.00 landed=1044.00");
        assertThat(q.lines().get(0).issues()).anyMatch(i -> i.startsWith("TRANSPORT_MODE_MISSING: "));
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("mx.courier-global")
                && e.kind() == Explanation.Kind.SKIPPED && e.reason().contains("missing transport mode"));
        assertThat(q.explanations()).anyMatch(e -> e.ruleId().equals("mx.postal-global")
                && e.kind() == Explanation.Kind.SKIPPED && e.reason().contains("missing transport mode"));
    }
}
