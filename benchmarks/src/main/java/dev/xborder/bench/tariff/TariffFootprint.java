package dev.xborder.bench.tariff;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.tax.tariff.NationalTariff;
import dev.xborder.tax.tariff.TariffLine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.List;

/**
 * Heap footprint of the synthetic national tariff, measured in a fresh JVM (the runner starts it
 * with {@code -XX:+UseSerialGC} and a fixed heap) as differences of
 * {@link MemoryMXBean#getHeapMemoryUsage()} used bytes after full collections: first the lines
 * alone (codes, descriptions, duty objects), then the {@link NationalTariff} built over them (its
 * copy of the list plus the {@code TariffIndex} arrays). Prints one line of {@code key=value}.
 */
public final class TariffFootprint {
    private TariffFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        long before = settledUsed();
        List<TariffLine> lines = SyntheticTariff.lines();
        long withLines = settledUsed();
        NationalTariff tariff = NationalTariff.of(CountryCode.of("GB"), "synthetic", LocalDate.of(2026, 7, 1), lines);
        long withTariff = settledUsed();
        System.out.println("lines=" + lines.size()
                + " linesBytes=" + (withLines - before)
                + " indexAndTariffBytes=" + (withTariff - withLines)
                + " totalBytes=" + (withTariff - before)
                + " indexEstimatedBytes=" + tariff.index().estimatedBytes());
        Reference.reachabilityFence(lines);
        Reference.reachabilityFence(tariff);
    }

    private static long settledUsed() throws InterruptedException {
        MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 4; k++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, mx.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
