package dev.xborder.archfixture.app;

import dev.xborder.archfixture.lib.money.Api;
import dev.xborder.archfixture.lib.money.internal.Hidden;

/** Fixture: violation, code outside the library uses its internal package (Api is fine). */
public final class Client {
    public static int answer() {
        return Hidden.answer() + Api.answer();
    }
}
