package dev.xborder.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every domain value survives a JSON round trip unchanged (QuickTheories, fixed seeds, 1,000+ examples each). */
class JsonRoundTripPropertyTest {
    private static final ObjectMapper MAPPER = XborderModule.objectMapper();
    private static final int EXAMPLES = 1000;

    private static <T> void roundTrips(long seed, Gen<T> gen, Class<T> type) {
        qt().withFixedSeed(seed).withExamples(EXAMPLES).forAll(gen).checkAssert(v -> {
            try {
                String json = MAPPER.writeValueAsString(v);
                T back = MAPPER.readValue(json, type);
                assertThat(back).as(json).isEqualTo(v);
                assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void countryCodesRoundTrip() {
        roundTrips(11L, DomainGen.COUNTRY, dev.xborder.core.geo.CountryCode.class);
    }

    @Test
    void hsCodesRoundTrip() {
        roundTrips(12L, DomainGen.HS, dev.xborder.core.product.HsCode.class);
    }

    @Test
    void skusRoundTrip() {
        roundTrips(13L, DomainGen.SKU, dev.xborder.core.product.Sku.class);
    }

    @Test
    void moneyRoundTrips() {
        roundTrips(14L, DomainGen.MONEY, javax.money.MonetaryAmount.class);
    }

    @Test
    void weightsRoundTrip() {
        roundTrips(15L, DomainGen.WEIGHT, dev.xborder.core.product.Weight.class);
    }

    @Test
    void dimensionsRoundTrip() {
        roundTrips(16L, DomainGen.DIMENSIONS, dev.xborder.core.product.Dimensions.class);
    }

    @Test
    void addressesRoundTrip() {
        roundTrips(17L, DomainGen.ADDRESS, dev.xborder.core.geo.Address.class);
    }

    @Test
    void registrationsRoundTrip() {
        roundTrips(18L, DomainGen.REGISTRATION, dev.xborder.core.trade.TaxRegistration.class);
    }

    @Test
    void productsRoundTrip() {
        roundTrips(19L, DomainGen.PRODUCT, dev.xborder.core.product.Product.class);
    }

    @Test
    void orderLinesRoundTrip() {
        roundTrips(20L, DomainGen.ORDER_LINE, dev.xborder.core.order.OrderLine.class);
    }

    @Test
    void ordersRoundTrip() {
        roundTrips(21L, DomainGen.ORDER, dev.xborder.core.order.Order.class);
    }

    @Test
    void quoteRequestsRoundTrip() {
        roundTrips(22L, DomainGen.QUOTE_REQUEST, dev.xborder.core.landed.QuoteRequest.class);
    }

    @Test
    void quotesRoundTrip() {
        roundTrips(23L, DomainGen.QUOTE, dev.xborder.core.landed.LandedCostQuote.class);
    }

    @Test
    void feeLinesRoundTrip() {
        roundTrips(25L, DomainGen.FEE_LINE, dev.xborder.core.landed.FeeLine.class);
    }

    @Test
    void quotesWithFeesKeepEveryFeeLine() {
        qt().withFixedSeed(26L).withExamples(EXAMPLES).forAll(DomainGen.QUOTE).checkAssert(q -> {
            try {
                var back = MAPPER.readValue(MAPPER.writeValueAsString(q), dev.xborder.core.landed.LandedCostQuote.class);
                assertThat(back.fees()).isEqualTo(q.fees());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void explanationsRoundTrip() {
        roundTrips(24L, DomainGen.EXPLANATION, dev.xborder.core.landed.Explanation.class);
    }
}
