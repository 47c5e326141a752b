package dev.xborder.tax.tariff;

import dev.xborder.core.Checks;
import dev.xborder.core.geo.CountryCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A national tariff read from a file the host downloaded itself: the lines with their duty rates
 * and a most-specific-prefix {@link TariffIndex} over their codes.
 *
 * <p>Immutable and thread-safe. Build with the readers ({@link UkTradeTariffReader},
 * {@link UsHtsReader}) or {@link #of}.
 */
public final class NationalTariff {
    private final CountryCode jurisdiction;
    private final String source;
    private final LocalDate asOf;
    private final List<TariffLine> lines;
    private final TariffIndex index;

    private NationalTariff(CountryCode jurisdiction, String source, LocalDate asOf, List<TariffLine> lines) {
        this.jurisdiction = jurisdiction;
        this.source = source;
        this.asOf = asOf;
        this.lines = lines;
        this.index = TariffIndex.of(lines);
    }

    /**
     * A tariff of the given lines.
     *
     * @param jurisdiction the country whose tariff this is (GB, XI, US...)
     * @param source       where the data came from (document, URL, file name)
     * @param asOf         the date the data is valid for (as the host downloaded it)
     * @throws dev.xborder.core.InvalidInputException if an argument is null or two lines share a code
     */
    public static NationalTariff of(CountryCode jurisdiction, String source, LocalDate asOf, List<TariffLine> lines) {
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notBlank(source, "source");
        Checks.notNull(asOf, "asOf");
        Checks.noNulls(lines, "lines");
        return new NationalTariff(jurisdiction, source, asOf, List.copyOf(lines));
    }

    public CountryCode jurisdiction() {
        return jurisdiction;
    }

    public String source() {
        return source;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The lines in the order read. */
    public List<TariffLine> lines() {
        return lines;
    }

    public TariffIndex index() {
        return index;
    }

    /**
     * The line whose code is the longest prefix of {@code code} (dots and spaces ignored).
     *
     * @throws dev.xborder.core.InvalidInputException as {@link TariffIndex#find(CharSequence)}
     */
    public Optional<TariffLine> mostSpecific(CharSequence code) {
        int i = index.find(code);
        return i < 0 ? Optional.empty() : Optional.of(lines.get(i));
    }

    /**
     * The most specific line for {@code code} that states a duty (lines whose duty is
     * {@link DutyRate.NotStated} inherit from their closest ancestor).
     *
     * @throws dev.xborder.core.InvalidInputException as {@link TariffIndex#find(CharSequence)}
     */
    public Optional<TariffLine> dutyLine(CharSequence code) {
        int i = index.findWithDuty(code);
        return i < 0 ? Optional.empty() : Optional.of(lines.get(i));
    }

    /**
     * The line at a position returned by {@link #index()}.
     *
     * @throws IndexOutOfBoundsException if position is not one of the index's positions
     */
    public TariffLine line(int position) {
        return lines.get(position);
    }

    @Override
    public String toString() {
        return "NationalTariff[" + jurisdiction + ", " + lines.size() + " lines, as of " + asOf + ", " + source + "]";
    }
}
