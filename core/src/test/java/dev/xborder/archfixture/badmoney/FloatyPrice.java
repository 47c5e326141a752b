package dev.xborder.archfixture.badmoney;

import javax.money.MonetaryAmount;

/** Fixture: violation, carries a MonetaryAmount and also a double field, parameter and return type. */
public final class FloatyPrice {
    private final MonetaryAmount amount;
    private final double discount;

    public FloatyPrice(MonetaryAmount amount, double discount) {
        this.amount = amount;
        this.discount = discount;
    }

    public MonetaryAmount amount() {
        return amount;
    }

    public Float ratio(float[] weights) {
        return (float) discount;
    }
}
