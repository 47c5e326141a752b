package dev.xborder.bench.report;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Names one benchmark (class, method and parameter values) or one process measurement, in the form
 * used as key of {@link Measured}.
 */
public record Ref(Class<?> benchmarkClass, String method, String[] params, String processKey) {
    /** A JMH benchmark method with the given {@code name=value} parameters. */
    public static Ref of(Class<?> benchmarkClass, String method, String... params) {
        return new Ref(benchmarkClass, method, params, null);
    }

    /** A process measurement ({@code startup:<mode>}, ...). */
    public static Ref process(String key) {
        return new Ref(null, null, new String[0], key);
    }

    /** The key of the {@link Measured} this names. */
    public String key() {
        if (processKey != null) {
            return processKey;
        }
        return key(benchmarkClass.getSimpleName(), method, Arrays.asList(params));
    }

    /** {@code Simple.method[a=1,b=2]}, parameters in the order given (sorted by name by the runner). */
    public static String key(String simpleClass, String method, java.util.List<String> params) {
        String p = params.isEmpty() ? "" : params.stream().collect(Collectors.joining(",", "[", "]"));
        return simpleClass + "." + method + p;
    }

    @Override
    public String toString() {
        return key();
    }
}
