package dev.xborder.bench.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of a quote with everything else stripped away: the lines' USD cents, quantities,
 * duty rates and the USD-per-EUR rate are resolved once in the constructor; {@link #scaledLong()}
 * and {@link #bigDecimal()} then do only what {@link NaiveMonetaQuote} does with money (convert,
 * spread shipping by value with largest remainders, EUR 150 test, EUR 3 per distinct 6-digit item
 * or ad valorem duty, 19% VAT, per-line half-up rounding, totals) and return the landed cost in
 * cents. No lookups, no dates, no trace, no result object: the floor a quote engine could approach.
 * One instance per thread (scratch arrays).
 */
public final class ArithmeticFloor {
    private static final long THRESHOLD_CENTS = 15_000;
    private static final long FLAT_CENTS = 300;
    private static final long VAT_BP = 1900;

    private final int n;
    private final long[] usdCents;     // line value
    private final long[] dutyBp;       // percent x 100
    private final int[] item6;         // 6-digit subheading
    private final long shipUsdCents;
    private final long rate4;          // USD per EUR x 10^4
    private final long[] g;
    private final long[] s;
    private final long[] rem;
    private final BigDecimal[] usdBd;
    private final BigDecimal[] dutyPct;
    private final BigDecimal shipUsd;
    private final BigDecimal rate;
    private final boolean flatPeriod;

    /**
     * @param scenario the order
     * @param usdPerEur the rate of the amounts' date (4 decimals, as the ECB publishes USD)
     * @param flatPeriod whether the EUR 3 flat duty is in force on the date
     */
    public ArithmeticFloor(QuoteScenario scenario, BigDecimal usdPerEur, boolean flatPeriod) {
        n = scenario.lines().size();
        usdCents = new long[n];
        dutyBp = new long[n];
        item6 = new int[n];
        usdBd = new BigDecimal[n];
        dutyPct = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            QuoteScenario.Line l = scenario.lines().get(i);
            BigDecimal v = new BigDecimal(l.unitPriceUsd()).multiply(BigDecimal.valueOf(l.quantity()));
            usdBd[i] = v;
            usdCents[i] = v.movePointRight(2).longValueExact();
            BigDecimal pct = dutyPercent(l.hs());
            dutyPct[i] = pct;
            dutyBp[i] = pct.movePointRight(2).longValueExact();
            item6[i] = Integer.parseInt(l.hs().substring(0, 6));
        }
        shipUsd = new BigDecimal(scenario.shippingUsd());
        shipUsdCents = shipUsd.movePointRight(2).longValueExact();
        rate = usdPerEur;
        rate4 = usdPerEur.movePointRight(4).longValueExact();
        this.flatPeriod = flatPeriod;
        g = new long[n];
        s = new long[n];
        rem = new long[n];
    }

    private static BigDecimal dutyPercent(String hs) {
        if (hs.startsWith("61") || hs.startsWith("62")) return new BigDecimal("12");
        if (hs.startsWith("6404")) return new BigDecimal("16.9");
        if (hs.startsWith("6403")) return new BigDecimal("8");
        return BigDecimal.ZERO;
    }

    /** a / b rounded half-up, for a, b >= 0. */
    private static long div(long a, long b) {
        return (2 * a + b) / (2 * b);
    }

    /** The landed cost in EUR cents, in scaled longs. */
    public long scaledLong() {
        long goods = 0;
        long intrinsicUsd = 0;
        for (int i = 0; i < n; i++) {
            g[i] = div(usdCents[i] * 10_000, rate4);
            goods += g[i];
            intrinsicUsd += usdCents[i];
        }
        long ship = div(shipUsdCents * 10_000, rate4);
        long given = 0;
        for (int i = 0; i < n; i++) {
            long num = ship * g[i];
            s[i] = num / goods;
            rem[i] = num % goods;
            given += s[i];
        }
        for (long left = ship - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (rem[i] > rem[best]) best = i;
            }
            s[best]++;
            rem[best] -= goods;
        }
        boolean flat = flatPeriod && div(intrinsicUsd * 10_000, rate4) <= THRESHOLD_CENTS;
        long duty = 0;
        long tax = 0;
        for (int i = 0; i < n; i++) {
            long cv = g[i] + s[i];
            long d;
            if (flat) {
                boolean first = true;
                for (int j = 0; j < i; j++) {
                    if (item6[j] == item6[i]) first = false;
                }
                d = first ? FLAT_CENTS : 0;
            } else {
                d = div(cv * dutyBp[i], 10_000);
            }
            duty += d;
            tax += div((cv + d) * VAT_BP, 10_000);
        }
        return goods + ship + duty + tax;
    }

    /** The landed cost in EUR cents, in plain {@link BigDecimal}. */
    public long bigDecimal() {
        BigDecimal[] gd = new BigDecimal[n];
        BigDecimal goods = BigDecimal.ZERO;
        BigDecimal intrinsic = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            gd[i] = usdBd[i].divide(rate, 2, RoundingMode.HALF_UP);
            goods = goods.add(gd[i]);
            intrinsic = intrinsic.add(usdBd[i]);
        }
        BigDecimal ship = shipUsd.divide(rate, 2, RoundingMode.HALF_UP);
        BigDecimal[] sd = new BigDecimal[n];
        BigDecimal[] rd = new BigDecimal[n];
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal share = ship.multiply(gd[i]).divide(goods, 10, RoundingMode.DOWN);
            sd[i] = share.setScale(2, RoundingMode.DOWN);
            rd[i] = share.subtract(sd[i]);
            given = given.add(sd[i]);
        }
        BigDecimal cent = BigDecimal.valueOf(1, 2);
        while (given.compareTo(ship) < 0) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (rd[i].compareTo(rd[best]) > 0) best = i;
            }
            sd[best] = sd[best].add(cent);
            rd[best] = rd[best].subtract(cent);
            given = given.add(cent);
        }
        boolean flat = flatPeriod
                && intrinsic.divide(rate, 2, RoundingMode.HALF_UP).compareTo(BigDecimal.valueOf(150)) <= 0;
        BigDecimal total = goods.add(ship);
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal vat = BigDecimal.valueOf(19);
        for (int i = 0; i < n; i++) {
            BigDecimal cv = gd[i].add(sd[i]);
            BigDecimal d;
            if (flat) {
                boolean first = true;
                for (int j = 0; j < i; j++) {
                    if (item6[j] == item6[i]) first = false;
                }
                d = first ? BigDecimal.valueOf(3) : BigDecimal.ZERO;
            } else {
                d = cv.multiply(dutyPct[i]).divide(hundred, 2, RoundingMode.HALF_UP);
            }
            total = total.add(d).add(cv.add(d).multiply(vat).divide(hundred, 2, RoundingMode.HALF_UP));
        }
        return total.movePointRight(2).longValueExact();
    }
}
