package dev.xborder.archfixture.lib.geo;

import dev.xborder.archfixture.lib.money.internal.Hidden;

/** Fixture: violation, the geo feature reaches into money's internal package. */
public final class Sneaky {
    public static int answer() {
        return Hidden.answer();
    }
}
