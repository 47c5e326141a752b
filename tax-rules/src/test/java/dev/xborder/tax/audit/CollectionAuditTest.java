package dev.xborder.tax.audit;

import static dev.xborder.tax.audit.Audit.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xborder.core.landed.Collection;
import dev.xborder.core.landed.CollectionPoint;
import dev.xborder.core.landed.Collector;
import dev.xborder.core.landed.LandedCostQuote;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.landed.TransportMode;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.trade.Incoterm;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.core.trade.TaxRegistration;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance audit of issue #3, "who collects and when": DDP vs DAP, marketplace vs own store, and the seller
 * registrations that move tax to checkout (docs/rule-pack-format.md "regimes", docs/jurisdictions-non-eu.md "How the
 * packs model each regime"), checked across destinations rather than per golden case.
 */
class CollectionAuditTest {
    private static BigDecimal dec(javax.money.MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void ddpChangesWhoPaysTheImportChargesNeverTheAmounts() {
        for (QuoteRequest r : Audit.requestsForEveryDestination()) {
            QuoteRequest dap = r.toBuilder().incoterm(Incoterm.DAP).build();
            QuoteRequest ddp = r.toBuilder().incoterm(Incoterm.DDP).build();
            LandedCostQuote a = Audit.CALC.quote(dap);
            LandedCostQuote p = Audit.CALC.quote(ddp);
            assertThat(p.totals()).as("%s", r).isEqualTo(a.totals());
            assertThat(p.lines()).as("%s", r).isEqualTo(a.lines());
            assertThat(p.regime()).isEqualTo(a.regime());
            Collection c = p.collection();
            // under DDP the buyer pays nothing at import
            assertThat(List.of(c.taxCollector(), c.dutyCollector())).as("%s -> %s", r, c).doesNotContain(Collector.BUYER);
            assertThat(List.of(c.taxPoint(), c.dutyPoint())).doesNotContain(CollectionPoint.AT_IMPORT);
            // what the buyer pays at import under DAP is prepaid by the seller under DDP
            Collection d = a.collection();
            if (d.taxPoint() == CollectionPoint.AT_IMPORT) {
                assertThat(c.taxCollector()).isEqualTo(Collector.SELLER);
                assertThat(c.taxPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
            }
            if (d.dutyPoint() == CollectionPoint.AT_IMPORT) {
                assertThat(c.dutyCollector()).isEqualTo(Collector.SELLER);
                assertThat(c.dutyPoint()).isEqualTo(CollectionPoint.PREPAID_BY_SELLER);
            }
        }
    }

    @Test
    void aCollectorIsNamedExactlyWhenTheChargeIsDue() {
        for (QuoteRequest r : Audit.requestsForEveryDestination()) {
            LandedCostQuote q = Audit.CALC.quote(r);
            Collection c = q.collection();
            assertThat(c.taxCollector() == Collector.NONE).as("%s -> %s", r, c)
                    .isEqualTo(c.taxPoint() == CollectionPoint.NOT_DUE);
            assertThat(c.dutyCollector() == Collector.NONE).as("%s -> %s", r, c)
                    .isEqualTo(c.dutyPoint() == CollectionPoint.NOT_DUE);
            if (dec(q.totals().duty()).signum() > 0 || dec(q.totals().fees()).signum() > 0) {
                assertThat(c.dutyPoint()).as("%s -> %s", r, c).isNotEqualTo(CollectionPoint.NOT_DUE);
            }
            if (dec(q.totals().tax()).signum() > 0) {
                assertThat(c.taxPoint()).as("%s -> %s", r, c).isNotEqualTo(CollectionPoint.NOT_DUE);
            }
        }
    }

    /** A low-value case: place, date, unit price (local currency), registration or null, transport mode or null. */
    private record Case(Audit.Place place, String date, String unitPrice, TaxRegistration registration,
                        TransportMode mode, String regime, boolean mandatory, String marketplaceRegime) {
        Case(Audit.Place place, String date, String unitPrice, TaxRegistration registration, TransportMode mode,
             String regime, boolean mandatory) {
            this(place, date, unitPrice, registration, mode, regime, mandatory, regime);
        }

        QuoteRequest request(boolean withRegistration, SalesChannel channel) {
            var b = Audit.request(date, place, place.currency())
                    .line(Audit.line("TEE", "6109100010", "CN", 1, money(unitPrice, place.currency()),
                            TaxCategory.STANDARD)).channel(channel);
            if (withRegistration) b.registration(registration);
            if (mode != null) b.transportMode(mode);
            return b.build();
        }
    }

    private static final List<Case> CASES = List.of(
            new Case(new Audit.Place("DE", "10115", "EUR"), "2025-05-09", "40.00",
                    TaxRegistration.of(RegistrationScheme.IOSS, "IM2760000001"), null, "EU_IOSS", false),
            new Case(new Audit.Place("GB", "M1 1AE", "GBP"), "2025-05-09", "40.00",
                    TaxRegistration.of(RegistrationScheme.UK_VAT, "GB123456782"), null, "GB_LOW_VALUE_135", true),
            new Case(new Audit.Place("AU", "2000", "AUD"), "2025-05-09", "80.00",
                    TaxRegistration.of(RegistrationScheme.AU_ARN, "300000000001"), null, "AU_LOW_VALUE_GOODS_1000", false),
            new Case(new Audit.Place("NZ", "1010", "NZD"), "2025-05-09", "80.00",
                    TaxRegistration.of(RegistrationScheme.NZ_GST, "49-091-850"), null, "NZ_LOW_VALUE_GOODS_1000", true),
            new Case(new Audit.Place("NO", "0150", "NOK"), "2025-05-09", "800.00",
                    TaxRegistration.of(RegistrationScheme.NO_VOEC, "VOEC2026001"), null, "NO_VOEC", false),
            new Case(new Audit.Place("CH", "8001", "CHF"), "2025-05-09", "80.00",
                    TaxRegistration.of(RegistrationScheme.CH_VAT, "CHE123456789MWST"), null, "CH_MAIL_ORDER", false,
                    "CH_PLATFORM"),
            new Case(new Audit.Place("SG", "018956", "SGD"), "2025-05-09", "80.00",
                    TaxRegistration.of(RegistrationScheme.SG_GST, "M91234567X"), TransportMode.COURIER,
                    "SG_OVR_LOW_VALUE_GOODS_400", true));

    @Test
    void aSellerRegistrationMovesTaxToCheckoutAndAMarketplaceCollectsInsteadOfTheSeller() {
        for (Case c : CASES) {
            LandedCostQuote registered = Audit.CALC.quote(c.request(true, SalesChannel.OWN_STORE));
            assertThat(registered.regime()).as(c.place().country()).isEqualTo(c.regime());
            assertThat(registered.collection().taxCollector()).as(c.place().country()).isEqualTo(Collector.SELLER);
            assertThat(registered.collection().taxPoint()).as(c.place().country()).isEqualTo(CollectionPoint.AT_CHECKOUT);
            assertThat(dec(registered.totals().tax())).as(c.place().country()).isPositive();

            // marketplace wins over the seller's own registration (deemed supplier); CH has its own platform regime
            // from 2025-01-01, listed before the mail-order one
            for (boolean withRegistration : new boolean[] {true, false}) {
                LandedCostQuote market = Audit.CALC.quote(c.request(withRegistration, SalesChannel.MARKETPLACE));
                assertThat(market.regime()).as(c.place().country()).isEqualTo(c.marketplaceRegime());
                assertThat(market.collection().taxCollector()).as(c.place().country()).isEqualTo(Collector.MARKETPLACE);
                assertThat(market.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
                assertThat(market.totals().tax()).as(c.place().country()).isEqualTo(registered.totals().tax());
            }

            // without a registration: a mandatory regime still puts the seller in charge at checkout; an optional one
            // does not apply and the tax (if any) is not collected at checkout
            LandedCostQuote unregistered = Audit.CALC.quote(c.request(false, SalesChannel.OWN_STORE));
            if (c.mandatory()) {
                assertThat(unregistered.regime()).as(c.place().country()).isEqualTo(c.regime());
                assertThat(unregistered.collection().taxPoint()).isEqualTo(CollectionPoint.AT_CHECKOUT);
            } else {
                assertThat(unregistered.regime()).as(c.place().country()).isNotEqualTo(c.regime());
                assertThat(unregistered.collection().taxPoint()).as(c.place().country())
                        .isNotEqualTo(CollectionPoint.AT_CHECKOUT);
                assertThat(unregistered.explanations()).as(c.place().country())
                        .anySatisfy(e -> assertThat(e.reason()).isNotBlank());
            }
        }
    }
}
