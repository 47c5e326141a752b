package dev.xborder.tax.engine;

import static dev.xborder.tax.engine.GoldenSupport.CALC;
import static dev.xborder.tax.engine.GoldenSupport.dec;
import static dev.xborder.tax.engine.GoldenSupport.totals;
import static dev.xborder.tax.engine.Quotes.line;
import static dev.xborder.tax.engine.Quotes.money;
import static dev.xborder.tax.engine.Quotes.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for the GB pack. Sources: GOV.UK VAT and overseas goods sold directly to customers
 * (consignments <= GBP 135: VAT at the point of sale by seller or marketplace); customs duty relief
 * <= GBP 135 (Deloitte, Autumn Budget 2025); VAT 20%, zero rate for books and children's clothes
 * (GOV.UK How VAT works); import VAT = 20% x (customs value incl. shipping + duty) (UK duty calculator);
 * chapter 61 duty 12% (UK Global Tariff, verified for 6115961000).
 */
class GbGoldenTest {

    @Test
    void atOrBelow135TheOverseasSellerChargesUkVatAtCheckout() {
        var q = CALC.quote(request("2026-03-10", "CN", "GB", "SW1A 1AA", "GBP")
                .line(line("TEE", "6109100010", "CN", 2, "20.00", "GBP", TaxCategory.STANDARD))
                .shipping(money("5.00", "GBP")).build());
        // 40 <= 135: seller liable at the point of sale; duty relieved
        // VAT 20% x (40 + 5) = 9.00; landed = 40 + 5 + 9 = 54.00
        assertThat(q.regime()).isEqualTo("GB_LOW_VALUE_135");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.SELLER, CollectionPoint.AT_CHECKOUT,
                Collector.NONE, CollectionPoint.NOT_DUE));
        totals(q, "40.00", "5.00", "0", "9.00", "0", "54.00");
    }

    @Test
    void onAMarketplaceTheMarketplaceIsTheDeemedSupplier() {
        var q = CALC.quote(request("2026-03-10", "CN", "GB", "SW1A 1AA", "GBP").channel(SalesChannel.MARKETPLACE)
                .line(line("TEE", "6109100010", "CN", 1, "135.00", "GBP", TaxCategory.STANDARD)).build());
        // exactly 135 is "not exceeding 135": regime applies; VAT 135 x 20% = 27.00
        assertThat(q.regime()).isEqualTo("GB_LOW_VALUE_135");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.MARKETPLACE);
        totals(q, "135.00", "0", "0", "27.00", "0", "162.00");
    }

    @Test
    void over135DutyAndImportVatAreDueAtTheBorder() {
        var q = CALC.quote(request("2026-03-10", "CN", "GB", "M1 1AE", "GBP")
                .line(line("TEE", "6109100010", "CN", 5, "40.00", "GBP", TaxCategory.STANDARD))
                .shipping(money("10.00", "GBP")).build());
        // CV (CIF) = 200 + 10 = 210; duty 12% x 210 = 25.20
        // VAT 20% x (210 + 25.20) = 47.04; landed = 200 + 10 + 25.20 + 47.04 = 282.24
        assertThat(q.regime()).isEqualTo("STANDARD_IMPORT");
        totals(q, "200.00", "10.00", "25.20", "47.04", "0", "282.24");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.BUYER, CollectionPoint.AT_IMPORT,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
    }

    @Test
    void ddpOver135IsPrepaidByTheSeller() {
        var q = CALC.quote(request("2026-03-10", "CN", "GB", "M1 1AE", "GBP").incoterm(Incoterm.DDP)
                .line(line("TEE", "6109100010", "CN", 5, "40.00", "GBP", TaxCategory.STANDARD))
                .shipping(money("10.00", "GBP")).build());
        totals(q, "200.00", "10.00", "25.20", "47.04", "0", "282.24");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
    }

    @Test
    void childrensClothingIsZeroRatedButStillDutiable() {
        var q = CALC.quote(request("2026-03-10", "CN", "GB", "M1 1AE", "GBP")
                .line(line("KIDS-TEE", "6111200000", "CN", 10, "15.00", "GBP", TaxCategory.CHILDRENS_CLOTHING))
                .build());
        // 150 > 135: duty 12% x 150 = 18.00; VAT 0% -> nothing to collect for tax
        totals(q, "150.00", "0", "18.00", "0", "0", "168.00");
        assertThat(q.collection()).isEqualTo(new Collection(Collector.NONE, CollectionPoint.NOT_DUE,
                Collector.BUYER, CollectionPoint.AT_IMPORT));
    }

    @Test
    void aUsdPricedOrderIsConvertedToSterlingAtTheEcbCrossRate() {
        var q = CALC.quote(request("2025-05-09", "US", "GB", "M1 1AE", "USD")
                .line(line("BOOK", "4901990000", "US", 1, "100.00", "USD", TaxCategory.BOOKS)).build());
        // ECB 2025-05-09 (Source: ECB): USD 1.1252, GBP 0.8477 per EUR; USD->GBP = 0.8477 / 1.1252
        // = 0.7533771773907... ; 100 x rate = 75.3377... -> 75.34 GBP; books zero-rated, duty relieved (<= 135)
        assertThat(q.currency().getCurrencyCode()).isEqualTo("GBP");
        totals(q, "75.34", "0", "0", "0", "0", "75.34");
    }

    @Test
    void goodsShippedFromNorthernIrelandToGreatBritainAreADomesticUkSale() {
        // Shipped from Northern Ireland (XI): qualifying NI goods have unfettered access to GB, no declaration and no
        // tariff (NI Business Info; GOV.UK 'Moving qualifying goods from Northern Ireland to the rest of the UK'); the
        // seller charges UK VAT as on any UK sale. 200.00 + 5.00 shipping, above GBP 135 (where a CN parcel pays duty):
        // duty 0; UK VAT 20% x (200.00 + 5.00) = 41.00 at checkout; landed 246.00. The mirror of the EU pack's XI
        // regime for parcels from GB (TerritoriesGoldenTest).
        var q = CALC.quote(request("2026-03-10", "XI", "GB", "M1 1AE", "GBP")
                .line(line("TEE", "6109100010", "CN", 1, "200.00", "GBP", TaxCategory.STANDARD))
                .shipping(money("5.00", "GBP")).build());
        assertThat(q.regime()).isEqualTo("GB_UK_DOMESTIC_SUPPLY");
        totals(q, "200.00", "5.00", "0", "41.00", "0", "246.00");
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        // the same parcel from China pays duty and import VAT at the border
        var fromCn = CALC.quote(request("2026-03-10", "CN", "GB", "M1 1AE", "GBP")
                .line(line("TEE", "6109100010", "CN", 1, "200.00", "GBP", TaxCategory.STANDARD))
                .shipping(money("5.00", "GBP")).build());
        assertThat(dec(fromCn.totals().duty())).isPositive();
    }
}
