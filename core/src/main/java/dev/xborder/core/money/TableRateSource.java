package dev.xborder.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A {@link RateTable} as a source. Cross rates go through the table's base: the result is
 * {@code value * unitsTo / unitsFrom}, the product exact and the quotient rounded once, straight to
 * the target's minor units. The reported rate is the same quotient to 34 significant digits.
 */
final class TableRateSource implements RateSource {
    private static final int MISSING = -1;

    private final RateTable table;
    private final String base;

    TableRateSource(RateTable table) {
        this.table = table;
        this.base = table.base().getCurrencyCode();
    }

    @Override
    public String name() {
        return table.source();
    }

    RateTable table() {
        return table;
    }

    @Override
    public Conversion tryConvert(MonetaryAmount amount, BigDecimal value, String from, CurrencyUnit target,
                                 LocalDate date, long epochDay, int maxDays, RoundingMode mode) {
        // one lookup and one arithmetic for both paths: DatedRate.conversion is convert's arithmetic
        DatedRate rate = tryRate(from, amount.getCurrency(), target, date, epochDay, maxDays, mode);
        return rate == null ? null : rate.conversion(amount);
    }

    @Override
    public DatedRate tryRate(String from, CurrencyUnit fromUnit, CurrencyUnit target, LocalDate date, long epochDay,
                             int maxDays, RoundingMode mode) {
        String to = target.getCurrencyCode();
        BigDecimal fromUnits = null;
        LocalDate fromDate = null;
        if (!from.equals(base)) {
            RateSeries s = table.series(from);
            int i = legIndex(s, epochDay, maxDays);
            if (i == MISSING) {
                return null;
            }
            fromUnits = s.units[i];
            fromDate = s.dates[i];
        }
        BigDecimal toUnits = null;
        LocalDate toDate = null;
        if (!to.equals(base)) {
            RateSeries s = table.series(to);
            int i = legIndex(s, epochDay, maxDays);
            if (i == MISSING) {
                return null;
            }
            toUnits = s.units[i];
            toDate = s.dates[i];
        }
        LocalDate rateDate = fromDate == null ? toDate : toDate == null ? fromDate
                : fromDate.isBefore(toDate) ? fromDate : toDate;
        return new DatedRate(fromUnit, target, date, rateDate, table.source(), toUnits, fromUnits, mode);
    }

    /** The index of the series' rate for the day within the staleness bound, or {@link #MISSING}. */
    private static int legIndex(RateSeries s, long epochDay, int maxDays) {
        if (s == null) {
            return MISSING;
        }
        int i = s.floor(epochDay);
        return i < 0 || epochDay - s.days[i] > maxDays ? MISSING : i;
    }

    @Override
    public String explain(String from, String to, LocalDate date, long epochDay, int maxDays) {
        String a = from.equals(base) ? null : explainLeg(from, date, epochDay, maxDays);
        String b = to.equals(base) ? null : explainLeg(to, date, epochDay, maxDays);
        StringBuilder sb = new StringBuilder(table.source()).append(": ");
        if (a != null) {
            sb.append(a);
        }
        if (b != null) {
            sb.append(a != null ? "; " : "").append(b);
        }
        return sb.toString();
    }

    private String explainLeg(String code, LocalDate date, long epochDay, int maxDays) {
        RateSeries s = table.series(code);
        if (s == null) {
            return "no rates for " + code;
        }
        int i = s.floor(epochDay);
        if (i < 0) {
            return "no " + code + " rate on or before " + date + " (its first is of " + s.dates[0] + ")";
        }
        long age = epochDay - s.days[i];
        if (age > maxDays) {
            return "newest " + code + " rate on or before " + date + " is of " + s.dates[i] + ", " + age
                    + " days older, beyond the staleness bound of " + maxDays + " days";
        }
        return null;
    }
}
