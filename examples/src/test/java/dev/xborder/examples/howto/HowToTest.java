package dev.xborder.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.logistics.ShippingMode;
import dev.xborder.core.logistics.ShippingPlan;
import dev.xborder.core.money.Conversion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every how-to's main and checks what it shows. */
class HowToTest {
    interface Main {
        void run() throws Exception;
    }

    static String stdout(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quoteACartAtCheckoutUnderIossWithTheReducedBookRate() throws Exception {
        LandedCostQuote q = QuoteCartAtCheckout.quoteCart();
        assertThat(q.regime()).isEqualTo("EU_IOSS");
        assertThat(q.collection().taxCollector()).isEqualTo(Collector.SELLER);
        assertThat(q.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
        assertThat(q.explanations()).anySatisfy(e -> assertThat(e.ruleId()).isEqualTo("fr.vat.books"));
        assertThat(stdout(() -> QuoteCartAtCheckout.main(new String[0]))).contains("Regime EU_IOSS").contains("The buyer pays EUR");
    }

    @Test
    void chooseAShippingModeWhereWarehouseStockWinsOnLandedCost() throws Exception {
        ShippingPlan plan = ChooseShippingMode.plan();
        assertThat(plan.best()).hasValueSatisfying(o -> assertThat(o.mode()).isEqualTo(ShippingMode.OVERSEAS_WAREHOUSE));
        assertThat(plan.excluded()).isNotEmpty();
        assertThat(stdout(() -> ChooseShippingMode.main(new String[0]))).contains("OVERSEAS_WAREHOUSE").contains("excluded");
    }

    @Test
    void syncAMarketplaceWithAFileCheckpointHandsNothingOverTwice(@TempDir Path dir) throws Exception {
        long[] delivered = SyncMarketplaceWithFileCheckpoint.syncTwice(dir);
        assertThat(delivered[0]).isEqualTo(6);
        assertThat(delivered[1]).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isPositive();
        }
        assertThat(stdout(() -> SyncMarketplaceWithFileCheckpoint.main(new String[] {dir.resolve("again").toString()})))
                .contains("run 1: 6 new").contains("run 2: 0 new");
    }

    @Test
    void aNewConnectorIsRegisteredNextToTheBundledOnes() throws Exception {
        assertThat(WriteAConnector.registry().ids()).contains("acme", "amazon", "shopify");
        assertThat(stdout(() -> WriteAConnector.main(new String[0]))).contains("acme").contains("ORDERS_UPDATED_SINCE");
    }

    @Test
    void aHostPackOverridesTheVatRateAndAddsAParcelFee() throws Exception {
        LandedCostQuote bundled = OverrideRulesInAHostPack.quote(dev.xborder.tax.pack.RulePackLoader.loadBundled());
        LandedCostQuote host = OverrideRulesInAHostPack.quote(OverrideRulesInAHostPack.withHostPack());
        // EUR 50 T-shirt to Berlin: 19% bundled, 21% in the (hypothetical) host pack, plus a EUR 2 parcel fee
        assertThat(bundled.totals().tax().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("9.50");
        assertThat(host.totals().tax().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("10.50");
        assertThat(host.totals().fees().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("2.00");
        assertThat(bundled.totals().fees().isZero()).isTrue();
        assertThat(stdout(() -> OverrideRulesInAHostPack.main(new String[0]))).contains("de.fee-parcel-acme").contains("HYPOTHETICAL");
    }

    @Test
    void theHostsOwnRatesComeFirstAndTheBundledEcbRatesRemainTheFallback() throws Exception {
        Conversion now = PlugYourExchangeRates.rates().convert(dev.xborder.core.money.Amounts.of("100.00", "EUR"),
                dev.xborder.core.money.Amounts.currency("USD"), LocalDate.of(2026, 11, 20));
        assertThat(now.rateSource()).isEqualTo("HOUSE-BANK");
        assertThat(now.rateDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(stdout(() -> PlugYourExchangeRates.main(new String[0]))).contains("HOUSE-BANK").contains("ECB");
    }
}
