package dev.xborder.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * The bundled country table ({@code countries.tsv}), loaded once when first used. Lookups are
 * hash-map reads; {@link CountryCode} instances are created once per code and shared.
 */
final class CountryTable {
    static final String RESOURCE = "countries.tsv";

    record Info(String alpha2, String alpha3, String numeric, CurrencyUnit currency, String name) {
    }

    private static final Map<String, Info> INFO;
    private static final Map<String, CountryCode> INSTANCES = new HashMap<>();
    private static final Map<String, CountryCode> BY_ALPHA3 = new HashMap<>();
    private static final Map<String, CountryCode> BY_NUMERIC = new HashMap<>();
    private static final List<CountryCode> ALL;

    static {
        INFO = load();
        List<String> codes = new ArrayList<>(INFO.keySet());
        codes.sort(null);
        List<CountryCode> all = new ArrayList<>(codes.size());
        for (String c : codes) {
            CountryCode cc = new CountryCode(c); // INFO is set, so the constructor's check passes
            INSTANCES.put(c, cc);
            all.add(cc);
            Info i = INFO.get(c);
            if (i.alpha3() != null) {
                BY_ALPHA3.put(i.alpha3(), cc);
            }
            if (i.numeric() != null) {
                BY_NUMERIC.put(i.numeric(), cc);
            }
        }
        ALL = List.copyOf(all);
    }

    private CountryTable() {
    }

    static boolean contains(String alpha2) {
        return INFO.containsKey(alpha2);
    }

    static Info info(String alpha2) {
        return INFO.get(alpha2);
    }

    static CountryCode instance(String alpha2) {
        return INSTANCES.get(alpha2);
    }

    static CountryCode byAlpha3(String alpha3) {
        return BY_ALPHA3.get(alpha3);
    }

    static CountryCode byNumeric(String numeric) {
        return BY_NUMERIC.get(numeric);
    }

    static List<CountryCode> all() {
        return ALL;
    }

    private static Map<String, Info> load() {
        Map<String, Info> map = new HashMap<>(400);
        try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/xborder/core/geo/" + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5 || f[0].length() != 2) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected 5 tab-separated fields");
                }
                CurrencyUnit currency = f[3].isEmpty() ? null : Monetary.getCurrency(f[3]);
                map.put(f[0], new Info(f[0], f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2],
                        currency, f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(map);
    }
}
