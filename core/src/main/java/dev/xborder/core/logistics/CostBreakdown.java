package dev.xborder.core.logistics;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The itemised cost of an option in the plan currency. {@code freight} is the base freight after
 * minimum charges; {@code fuelSurcharge} and {@code remoteAreaSurcharge} come from the card;
 * {@code fulfilment} is warehouse pick, pack and allocated storage; {@code duty}, {@code tax} and
 * {@code fees} are the landed-cost estimator's (direct modes) or the stock positions' allocated
 * import charges (warehouse modes; fees zero). {@code total} is the sum of all of them, and
 * excludes the goods' own value. Immutable; amounts are created on access.
 */
public final class CostBreakdown {
    private final CurrencyUnit currency;
    private final BigDecimal freight;
    private final BigDecimal fuel;
    private final BigDecimal remote;
    private final BigDecimal fulfilment;
    private final BigDecimal duty;
    private final BigDecimal tax;
    private final BigDecimal fees;
    private final BigDecimal total;

    CostBreakdown(CurrencyUnit currency, BigDecimal freight, BigDecimal fuel, BigDecimal remote, BigDecimal fulfilment,
                  BigDecimal duty, BigDecimal tax, BigDecimal fees) {
        this.currency = currency;
        this.freight = freight;
        this.fuel = fuel;
        this.remote = remote;
        this.fulfilment = fulfilment;
        this.duty = duty;
        this.tax = tax;
        this.fees = fees;
        this.total = freight.add(fuel).add(remote).add(fulfilment).add(duty).add(tax).add(fees);
    }

    private MonetaryAmount m(BigDecimal v) {
        return Money.of(v, currency);
    }

    public CurrencyUnit currency() { return currency; }
    public MonetaryAmount freight() { return m(freight); }
    public MonetaryAmount fuelSurcharge() { return m(fuel); }
    public MonetaryAmount remoteAreaSurcharge() { return m(remote); }
    public MonetaryAmount fulfilment() { return m(fulfilment); }
    public MonetaryAmount duty() { return m(duty); }
    public MonetaryAmount tax() { return m(tax); }
    public MonetaryAmount fees() { return m(fees); }
    /** Everything above added up; excludes the goods' value. */
    public MonetaryAmount total() { return m(total); }

    /** Fuel plus remote-area surcharges. */
    public MonetaryAmount surcharges() {
        return m(fuel.add(remote));
    }

    /** Freight plus surcharges plus fulfilment: what it costs to move the goods, without import charges. */
    public MonetaryAmount logistics() {
        return m(freight.add(fuel).add(remote).add(fulfilment));
    }

    BigDecimal totalNumber() {
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostBreakdown c && currency.equals(c.currency) && freight.compareTo(c.freight) == 0
                && fuel.compareTo(c.fuel) == 0 && remote.compareTo(c.remote) == 0
                && fulfilment.compareTo(c.fulfilment) == 0 && duty.compareTo(c.duty) == 0
                && tax.compareTo(c.tax) == 0 && fees.compareTo(c.fees) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, total.stripTrailingZeros());
    }

    @Override
    public String toString() {
        String c = currency.getCurrencyCode() + " ";
        return "CostBreakdown[freight=" + c + freight.toPlainString() + ", fuel=" + c + fuel.toPlainString() + ", remoteArea="
                + c + remote.toPlainString() + ", fulfilment=" + c + fulfilment.toPlainString() + ", duty=" + c
                + duty.toPlainString() + ", tax=" + c + tax.toPlainString() + ", fees=" + c + fees.toPlainString()
                + ", total=" + c + total.toPlainString() + "]";
    }
}
