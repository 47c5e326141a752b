package dev.xborder.archfixture.lib.money.internal;

/** Fixture: an internal class of the "money" feature of a library rooted at dev.xborder.archfixture.lib. */
public final class Hidden {
    public static int answer() {
        return 42;
    }
}
