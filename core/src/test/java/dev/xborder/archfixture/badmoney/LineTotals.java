package dev.xborder.archfixture.badmoney;

import java.util.List;
import javax.money.MonetaryAmount;

/** Fixture: violation, carries money only inside a generic field, and returns a double. */
public final class LineTotals {
    private final List<MonetaryAmount> totals = List.of();

    public List<MonetaryAmount> totals() {
        return totals;
    }

    public double average() {
        return 0;
    }
}
