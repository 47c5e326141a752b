package dev.xborder.bench.quote;

import dev.xborder.core.geo.Address;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.landed.QuoteLine;
import dev.xborder.core.landed.QuoteRequest;
import dev.xborder.core.product.HsCode;
import dev.xborder.core.product.Sku;
import dev.xborder.core.product.TaxCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * A deterministic stream of varied quote requests for the throughput benchmark: 20 destinations
 * (EU members, GB, US, CA, AU, CH, NO, JP, KR, NZ, SG), 1 to 3 lines each from 12 HS codes, USD
 * prices from 5 to 400, origin CN or VN, date 2026-07-15, trace off.
 */
public final class QuoteStream {
    /** Destinations with a valid postal code each. */
    public static final List<String[]> DESTINATIONS = List.of(
            new String[] {"DE", "10115"}, new String[] {"FR", "75001"}, new String[] {"IT", "00118"},
            new String[] {"ES", "28001"}, new String[] {"NL", "1011 AB"}, new String[] {"PL", "00-001"},
            new String[] {"SE", "111 22"}, new String[] {"AT", "1010"}, new String[] {"BE", "1000"},
            new String[] {"IE", "D02 X285"}, new String[] {"GB", "SW1A 1AA"}, new String[] {"US", "10001"},
            new String[] {"CA", "K1A 0B1"}, new String[] {"AU", "2000"}, new String[] {"CH", "8001"},
            new String[] {"NO", "0150"}, new String[] {"JP", "100-0001"}, new String[] {"KR", "03187"},
            new String[] {"NZ", "6011"}, new String[] {"SG", "018956"});

    /** HS codes the lines are drawn from. */
    public static final List<String> HS = List.of("6109100010", "6404110000", "8517130000", "3304100000",
            "6115950000", "8471300000", "4901990000", "9102110000", "7113190000", "8507600000", "6203420000",
            "9503000000");

    private QuoteStream() {
    }

    /** {@code n} requests, cycling through the destinations. */
    public static QuoteRequest[] requests(int n) {
        Random rnd = new Random(20);
        CurrencyUnit usd = Monetary.getCurrency("USD");
        QuoteRequest[] out = new QuoteRequest[n];
        for (int i = 0; i < n; i++) {
            String[] d = DESTINATIONS.get(i % DESTINATIONS.size());
            QuoteRequest.Builder b = QuoteRequest.builder().date(QuoteScenario.DATE).origin(CountryCode.of("CN"))
                    .destination(Address.of(CountryCode.of(d[0]), d[1])).currency(usd)
                    .shipping(Money.of(BigDecimal.valueOf(300 + rnd.nextInt(2500), 2), usd)).explain(false);
            int lines = 1 + rnd.nextInt(3);
            for (int l = 0; l < lines; l++) {
                String hs = HS.get(rnd.nextInt(HS.size()));
                b.line(new QuoteLine(Sku.of("SKU-" + hs), HsCode.of(hs), CountryCode.of(rnd.nextInt(4) == 0 ? "VN" : "CN"),
                        1 + rnd.nextInt(3), Money.of(BigDecimal.valueOf(500 + rnd.nextInt(39_500), 2), usd),
                        TaxCategory.STANDARD, null));
            }
            out[i] = b.build();
        }
        return out;
    }
}
