package dev.xborder.tax.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.CountryCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class TariffIndexTest {
    private static final List<TariffLine> LINES = SyntheticTariff.lines(20261122L, 15_000);
    private static final TariffIndex INDEX = TariffIndex.of(LINES);

    /** The obvious implementation: scan every line, keep the longest code that prefixes the query. */
    private static int naiveMostSpecific(List<TariffLine> lines, String query) {
        int best = -1;
        for (int i = 0; i < lines.size(); i++) {
            String c = lines.get(i).code();
            if (query.startsWith(c) && (best < 0 || c.length() > lines.get(best).code().length())) {
                best = i;
            }
        }
        return best;
    }

    private static int naiveWithDuty(List<TariffLine> lines, String query) {
        int best = -1;
        for (int i = 0; i < lines.size(); i++) {
            TariffLine l = lines.get(i);
            if (query.startsWith(l.code()) && !(l.duty() instanceof DutyRate.NotStated)
                    && (best < 0 || l.code().length() > lines.get(best).code().length())) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void syntheticTariffIsLargeEnough() {
        assertThat(LINES.size()).isGreaterThanOrEqualTo(15_000);
        assertThat(INDEX.size()).isEqualTo(LINES.size());
        assertThat(INDEX.estimatedBytes()).isBetween(15_000L * 17, 15_000L * 40 + LINES.size() * 21L);
    }

    @Test
    void lookupEqualsANaiveLinearMostSpecificPrefixScan() {
        Gen<String> existing = SourceDSL.integers().between(0, LINES.size() - 1).map(i -> LINES.get(i).code());
        Gen<String> extended = existing.zip(SourceDSL.integers().between(0, 9_999), (c, n) -> {
            String q = c + n;
            return q.length() > TariffIndex.MAX_DIGITS ? q.substring(0, TariffIndex.MAX_DIGITS) : q;
        });
        Gen<String> truncated = existing.zip(SourceDSL.integers().between(1, 10),
                (c, n) -> c.substring(0, Math.min(c.length(), n)));
        Gen<String> random = SourceDSL.integers().between(1, 12).zip(SourceDSL.longs().between(0, Long.MAX_VALUE),
                (len, v) -> {
                    String s = Long.toString(v);
                    while (s.length() < len) {
                        s = "0" + s;
                    }
                    return s.substring(0, len);
                });
        Gen<String> queries = existing.mix(extended, 40).mix(truncated, 30).mix(random, 30);
        qt().withFixedSeed(20261122L).withExamples(2000).forAll(queries).checkAssert(q -> {
            assertThat(INDEX.find(q)).as(q).isEqualTo(naiveMostSpecific(LINES, q));
            assertThat(INDEX.findWithDuty(q)).as(q).isEqualTo(naiveWithDuty(LINES, q));
        });
    }

    @Test
    void smallTariffsOfAnyShapeAgreeWithTheNaiveScan() {
        Gen<Long> seeds = SourceDSL.longs().all();
        qt().withFixedSeed(7L).withExamples(1000).forAll(seeds).checkAssert(seed -> {
            List<TariffLine> lines = SyntheticTariff.lines(seed, 20);
            TariffIndex index = TariffIndex.of(lines);
            for (TariffLine l : lines) {
                for (String q : List.of(l.code(), l.code() + "5", l.code().substring(0, l.code().length() - 1),
                        l.code() + "00")) {
                    if (!q.isEmpty() && q.length() <= TariffIndex.MAX_DIGITS) {
                        assertThat(index.find(q)).as(q).isEqualTo(naiveMostSpecific(lines, q));
                        assertThat(index.findWithDuty(q)).as(q).isEqualTo(naiveWithDuty(lines, q));
                    }
                }
            }
        });
    }

    @Test
    void theLongestPrefixWinsAndDotsAreIgnored() {
        List<TariffLine> lines = List.of(
                TariffLine.of("61", "chapter", DutyRate.NOT_STATED),
                TariffLine.of("6109", "heading", new DutyRate.Unparsed("x")),
                TariffLine.of("610910", "subheading", DutyRate.NOT_STATED),
                TariffLine.of("61091000", "national", DutyRate.FREE),
                TariffLine.of("6110", "other heading", DutyRate.FREE));
        TariffIndex idx = TariffIndex.of(lines);
        assertThat(idx.find("6109.10.00.12")).isEqualTo(3);
        assertThat(idx.find("6109.10.99")).isEqualTo(2);
        assertThat(idx.findWithDuty("6109.10.99")).isEqualTo(1);
        assertThat(idx.find("6109 90")).isEqualTo(1);
        assertThat(idx.find("6111")).isEqualTo(0);
        assertThat(idx.findWithDuty("6111")).isEqualTo(-1);
        assertThat(idx.find("62")).isEqualTo(-1);
        assertThat(idx.find("6")).isEqualTo(-1);
        assertThat(idx.find(6109100012L, 10)).isEqualTo(3);
        assertThat(idx.find(610L, 4)).isEqualTo(-1); // "0610"
    }

    @Test
    void leadingZerosAreSignificant() {
        TariffIndex idx = TariffIndex.of(List.of(TariffLine.of("0101", "horses", DutyRate.FREE),
                TariffLine.of("101", "not a real code", DutyRate.FREE)));
        assertThat(idx.find("01012100")).isEqualTo(0);
        assertThat(idx.find("1012100")).isEqualTo(1);
    }

    @Test
    void emptyTariffFindsNothing() {
        assertThat(TariffIndex.of(List.of()).find("8471")).isEqualTo(-1);
    }

    @Test
    void duplicateCodesAreRejected() {
        assertThatThrownBy(() -> TariffIndex.of(List.of(TariffLine.of("8471", "a", DutyRate.FREE),
                TariffLine.of("8471", "b", DutyRate.FREE))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> NationalTariff.of(CountryCode.of("US"), "test", LocalDate.of(2026, 1, 1),
                List.of(TariffLine.of("8471", "a", DutyRate.FREE), TariffLine.of("8471", "b", DutyRate.FREE))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void badQueriesAreInvalidInput() {
        assertThatThrownBy(() -> INDEX.find((CharSequence) null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> INDEX.find("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> INDEX.find("84A1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> INDEX.find("1".repeat(17))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> INDEX.find(100L, 2)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void linesRejectNonDigitCodes() {
        assertThatThrownBy(() -> TariffLine.of("84.71", "x", DutyRate.FREE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TariffLine.of("", "x", DutyRate.FREE)).isInstanceOf(InvalidInputException.class);
    }
}
