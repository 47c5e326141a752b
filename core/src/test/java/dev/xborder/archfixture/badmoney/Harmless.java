package dev.xborder.archfixture.badmoney;

/** Fixture: allowed, uses double but carries no money. */
public final class Harmless {
    public double half(double x) {
        return x / 2;
    }
}
