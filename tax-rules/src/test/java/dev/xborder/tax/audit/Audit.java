package dev.xborder.tax.audit;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.money.EcbRates;
import dev.xborder.core.money.ExchangeRates;
import dev.xborder.core.order.SalesChannel;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.Incoterm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Shared fixtures of the audit: the bundled packs with the bundled ECB rates, and requests to every destination. */
final class Audit {
    /**
     * Bundled packs; bundled ECB reference rates (2024-01-02..2025-05-09) with a long staleness bound so that later
     * dates convert too (a test convenience, not a statement about which rate applies).
     */
    static final dev.xborder.tax.pack.RuleBook BOOK = dev.xborder.tax.pack.RulePackLoader.loadBundled();
    static final ExchangeRates RATES = ExchangeRates.builder().addSource(EcbRates.bundled()).maxStalenessDays(3660)
            .build();
    static final dev.xborder.tax.engine.LandedCostCalculator CALC =
            dev.xborder.tax.engine.LandedCostCalculator.of(BOOK, RATES);

    /** Destination, postal code (or null), local currency. */
    record Place(String country, String postal, String currency) {
    }

    static final List<Place> PLACES = List.of(
            new Place("DE", "10115", "EUR"), new Place("FR", "75001", "EUR"), new Place("ES", "38001", "EUR"),
            new Place("IT", "23041", "EUR"), new Place("PL", "00-001", "PLN"), new Place("SE", "11122", "SEK"),
            new Place("FI", "22100", "EUR"), new Place("IE", null, "EUR"), new Place("GB", "M1 1AE", "GBP"),
            new Place("GB", "BT1 1AA", "GBP"), new Place("US", "10001", "USD"), new Place("CA", "M5V 2T6", "CAD"),
            new Place("CA", "B3H 1A1", "CAD"), new Place("AU", "2000", "AUD"), new Place("NZ", "1010", "NZD"),
            new Place("NO", "0150", "NOK"), new Place("CH", "8001", "CHF"), new Place("JP", "100-0001", "JPY"),
            new Place("KR", "03187", "KRW"), new Place("SG", "018956", "SGD"), new Place("MX", "06600", "MXN"),
            new Place("BR", "40010-000", "BRL"));

    private Audit() {
    }

    static Money money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    static QuoteLine line(String sku, String hs, String origin, int qty, MonetaryAmount unitPrice, TaxCategory cat) {
        return new QuoteLine(Sku.of(sku), hs == null ? null : HsCode.of(hs), origin == null ? null : CountryCode.of(origin),
                qty, unitPrice, cat, Weight.kg("0.2"));
    }

    static QuoteRequest.Builder request(String date, Place p, String currency) {
        return QuoteRequest.builder().date(LocalDate.parse(date)).origin(CountryCode.of("CN"))
                .destination(p.postal() == null ? Address.of(CountryCode.of(p.country()))
                        : Address.of(CountryCode.of(p.country()), p.postal()))
                .currency(Monetary.getCurrency(currency));
    }

    /**
     * Per place: a small and a large consignment, in the local currency and in USD, DAP and DDP, own store and
     * marketplace, with a standard and a reduced-category line (and a line without HS code and origin).
     */
    static List<QuoteRequest> requestsForEveryDestination() {
        List<QuoteRequest> out = new ArrayList<>();
        for (Place p : PLACES) {
            for (String date : List.of("2025-05-09", "2026-03-10")) {
                for (int variant = 0; variant < 4; variant++) {
                    String cur = variant % 2 == 0 ? p.currency() : "USD";
                    String unit = variant < 2 ? "12.50" : "480.00";
                    QuoteRequest.Builder b = request(date, p, cur)
                            .line(line("TEE", "6109100010", "CN", 2, money(unit, cur), TaxCategory.STANDARD))
                            .line(line("BOOK", "4901990000", "GB", 1, money("9.99", cur), TaxCategory.BOOKS))
                            .shipping(money("7.25", cur)).insurance(money("1.10", cur));
                    if (variant == 1) b.line(line("MYSTERY", null, null, 1, money("3.00", cur), TaxCategory.STANDARD));
                    if (variant >= 2) b.incoterm(Incoterm.DDP);
                    if (variant == 3) b.channel(SalesChannel.MARKETPLACE);
                    out.add(b.build());
                }
            }
        }
        return out;
    }
}
