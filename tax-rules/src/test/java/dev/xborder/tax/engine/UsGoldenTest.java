package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.CALC;
import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.GoldenSupport.totals;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.money;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for the US pack. Sources: 19 USC 1321 (USD 800 de minimis); suspension for CN/HK from
 * 2025-05-02 and for all countries from 2025-08-29 (EO 14324); FOB basis (19 USC 1401a); HTSUS
 * 6109.10.00 general 16.5% (USITC via hsfinder.io); Section 301 List 4A +7.5% on CN apparel (uncertain);
 * Section 122 surcharge 10% from 2026-02-24 to 2026-07-24 (uncertain: 10% vs 15%). No federal VAT.
 */
class UsGoldenTest {

    @Test
    void beforeMay2025AChineseTeeUnder800IsDutyFree() {
        var q = CALC.quote(request("2025-03-03", "CN", "US", "10001", "USD")
                .line(line("TEE", "6109100010", "CN", 1, "50.00", "USD", TaxCategory.STANDARD))
                .shipping(money("10.00", "USD")).build());
        totals(q, "50.00", "10.00", "0", "0", "0", "60.00");
        assertThat(q.collection().dutyCollector()).isEqualTo(Collector.NONE);
    }

    @Test
    void fromMay2025ChineseGoodsLoseDeMinimisAndPaySection301() {
        var q = CALC.quote(request("2025-06-02", "CN", "US", "10001", "USD")
                .line(line("TEE", "6109100010", "CN", 1, "50.00", "USD", TaxCategory.STANDARD))
                .shipping(money("10.00", "USD")).build());
        // FOB: CV = 50 (shipping excluded); 16.5% x 50 = 8.25; + 7.5% x 50 = 3.75; duty 12.00
        assertThat(dec(q.lines().get(0).customsValue())).isEqualByComparingTo("50.00");
        totals(q, "50.00", "10.00", "12.00", "0", "0", "72.00");
        assertThat(q.collection().dutyCollector()).isEqualTo(Collector.BUYER);
        assertThat(q.collection().dutyPoint()).isEqualTo(CollectionPoint.AT_IMPORT);
    }

    @Test
    void inJune2025VietnameseGoodsStillEnjoyDeMinimis() {
        var q = CALC.quote(request("2025-06-02", "VN", "US", "10001", "USD")
                .line(line("TEE", "6109100010", "VN", 1, "50.00", "USD", TaxCategory.STANDARD)).build());
        totals(q, "50.00", "0", "0", "0", "0", "50.00");
    }

    @Test
    void fromAugust29th2025DutyIsDueFromTheFirstDollarForAllOrigins() {
        var q = CALC.quote(request("2025-09-02", "VN", "US", "10001", "USD")
                .line(line("TEE", "6109100010", "VN", 1, "50.00", "USD", TaxCategory.STANDARD)).build());
        // 16.5% x 50 = 8.25
        totals(q, "50.00", "0", "8.25", "0", "0", "58.25");
    }

    @Test
    void ddpShipmentsArePrepaidByTheSeller() {
        var q = CALC.quote(request("2025-09-02", "VN", "US", "10001", "USD").incoterm(Incoterm.DDP)
                .line(line("TEE", "6109100010", "VN", 1, "50.00", "USD", TaxCategory.STANDARD)).build());
        assertThat(q.collection().dutyCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().dutyPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.NOT_DUE);
    }

    @Test
    void theSection122SurchargeAppliesExceptToMexicanAndCanadianGoods() {
        var vn = CALC.quote(request("2026-03-02", "VN", "US", "10001", "USD")
                .line(line("TEE", "6109100010", "VN", 1, "100.00", "USD", TaxCategory.STANDARD)).build());
        var mx = CALC.quote(request("2026-03-02", "MX", "US", "10001", "USD")
                .line(line("TEE", "6109100010", "MX", 1, "100.00", "USD", TaxCategory.STANDARD)).build());
        // VN: 16.5 + 10 = 26.50; MX: 16.50 (USMCA preference itself not modelled)
        assertThat(dec(vn.totals().duty())).isEqualByComparingTo("26.50");
        assertThat(dec(mx.totals().duty())).isEqualByComparingTo("16.50");
    }

    @Test
    void above800DutyAppliesAndComputersAreFree() {
        var q = CALC.quote(request("2024-06-03", "TW", "US", "10001", "USD")
                .line(line("LAPTOP", "8471300100", "TW", 1, "1000.00", "USD", TaxCategory.STANDARD))
                .line(line("TEE", "6109100010", "TW", 1, "20.00", "USD", TaxCategory.STANDARD)).build());
        // 1020 > 800: laptop 0%; tee 16.5% x 20 = 3.30
        totals(q, "1020.00", "0", "3.30", "0", "0", "1023.30");
    }

    @Test
    void aMissingOriginIsReportedAndOriginDependentReliefIsNotGuessed() {
        var q = CALC.quote(request("2025-06-02", "CN", "US", "10001", "USD")
                .line(line("TEE", "6109100010", null, 1, "50.00", "USD", TaxCategory.STANDARD)).build());
        // de minimis depends on origin (CN/HK excluded): not applied; base duty 16.5% x 50 = 8.25;
        // the CN-only Section 301 duty is not applied either
        assertThat(q.lines().get(0).issues()).anySatisfy(i -> assertThat(i).startsWith("ORIGIN_MISSING"));
        totals(q, "50.00", "0", "8.25", "0", "0", "58.25");
    }
}
