package dev.xborder.archfixture.lib.money;

import dev.xborder.archfixture.lib.money.internal.Hidden;

/** Fixture: allowed, a feature uses its own internal package. */
public final class Api {
    public static int answer() {
        return Hidden.answer();
    }
}
