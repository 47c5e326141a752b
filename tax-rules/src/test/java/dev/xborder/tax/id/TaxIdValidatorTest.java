package dev.xborder.tax.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.xborder.core.InvalidInputException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.trade.RegistrationScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class TaxIdValidatorTest {

    record Vector(String expected, String number) {
    }

    static List<Vector> vectors() throws IOException {
        List<Vector> out = new ArrayList<>();
        try (var in = TaxIdValidatorTest.class.getResourceAsStream("vat-vectors.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int sp = line.indexOf(' ');
                out.add(new Vector(line.substring(0, sp), line.substring(sp + 1)));
            }
        }
        return out;
    }

    static Stream<Arguments> publishedVectors() throws IOException {
        return vectors().stream().map(v -> Arguments.of(v.expected(), v.number()));
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @MethodSource("publishedVectors")
    void publishedNumbersValidateAsPublished(String expected, String number) {
        TaxIdResult result = TaxIdValidator.validate(number);
        if (expected.equals("VALID")) {
            assertThat(result.valid()).as("%s: %s", number, result.detail()).isTrue();
            assertThat(result.problem()).isNull();
        } else {
            assertThat(result.valid()).as(number).isFalse();
            assertThat(result.problem()).as(number).isEqualTo(TaxIdProblem.valueOf(expected));
            assertThat(result.detail()).isNotBlank();
        }
    }

    @Test
    void everyEuMemberStateAndXiHasValidAndInvalidVectors() throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (Vector v : vectors()) {
            String p = TaxIdValidator.normalise(v.number()).substring(0, 2);
            int[] c = counts.computeIfAbsent(p, k -> new int[2]);
            c[v.expected().equals("VALID") ? 0 : 1]++;
        }
        for (String p : List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
                "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI", "GB", "NO", "CH",
                "AU")) {
            assertThat(counts).containsKey(p);
            assertThat(counts.get(p)[0]).as("valid vectors for %s", p).isGreaterThanOrEqualTo(5);
        }
        // invalid vectors: every country with a published invalid block
        for (String p : List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FR", "HR", "IE", "IT",
                "LT", "LV", "NL", "SE", "SK", "XI", "GB", "NO", "CH", "AU")) {
            assertThat(counts.get(p)[1]).as("invalid vectors for %s", p).isGreaterThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ATU13585627, AT, ATU13585627",
        "'BE 444.503.092', BE, BE0444503092",
        "'BE (0)468.561.072', BE, BE0468561072",
        "'EL 94051189', GR, EL094051189",
        "'NL4495445B01', NL, NL004495445B01",
        "'xi 980 7806 84', XI, XI980780684",
        "'GB 980 7806 84', GB, GB980780684",
        "'CHE-107.787.577 IVA', CH, CHE107787577IVA",
        "'NO 864 234 232 MVA', NO, NO864234232MVA",
        "'AU 51 824 753 556', AU, 51824753556",
        "'IM3720000224', IE, IM3720000224",
    })
    void validNumbersAreNormalisedWithTheirCountry(String input, String country, String normalised) {
        TaxIdResult r = TaxIdValidator.validate(input);
        assertThat(r.valid()).isTrue();
        assertThat(r.country()).isEqualTo(CountryCode.of(country));
        assertThat(r.normalised()).isEqualTo(normalised);
    }

    @Test
    void schemeIsDetectedFromThePrefix() {
        assertThat(TaxIdValidator.validate("DE136308783").scheme()).isEqualTo(TaxIdScheme.EU_VAT);
        assertThat(TaxIdValidator.validate("XI980780684").scheme()).isEqualTo(TaxIdScheme.EU_VAT);
        assertThat(TaxIdValidator.validate("GB980780684").scheme()).isEqualTo(TaxIdScheme.GB_VAT);
        assertThat(TaxIdValidator.validate("NO864234232MVA").scheme()).isEqualTo(TaxIdScheme.NO_VAT);
        assertThat(TaxIdValidator.validate("CHE107787577").scheme()).isEqualTo(TaxIdScheme.CH_VAT);
        assertThat(TaxIdValidator.validate("IM3720000224").scheme()).isEqualTo(TaxIdScheme.IOSS);
        assertThat(TaxIdValidator.validate("EU372022452").scheme()).isEqualTo(TaxIdScheme.OSS_NON_UNION);
    }

    @Test
    void greekNumbersWithTheIsoPrefixAreRejectedWithAHint() {
        TaxIdResult r = TaxIdValidator.validate("GR094501040");
        assertThat(r.valid()).isFalse();
        assertThat(r.problem()).isEqualTo(TaxIdProblem.UNKNOWN_COUNTRY);
        assertThat(r.detail()).contains("EL");
        assertThat(TaxIdValidator.validate("EL094501040").valid()).isTrue();
    }

    @Test
    void unknownOrMissingPrefixIsAnUnknownCountry() {
        assertThat(TaxIdValidator.validate("US123456789").problem()).isEqualTo(TaxIdProblem.UNKNOWN_COUNTRY);
        assertThat(TaxIdValidator.validate("123456789").problem()).isEqualTo(TaxIdProblem.UNKNOWN_COUNTRY);
        assertThat(TaxIdValidator.validate("").problem()).isEqualTo(TaxIdProblem.UNKNOWN_COUNTRY);
        assertThat(TaxIdValidator.validate(" - ").problem()).isEqualTo(TaxIdProblem.UNKNOWN_COUNTRY);
    }

    @Test
    void overlongInputIsRejectedAsTooLongWithoutThrowing() {
        TaxIdResult r = TaxIdValidator.validate("DE" + "1".repeat(500));
        assertThat(r.valid()).isFalse();
        assertThat(r.problem()).isEqualTo(TaxIdProblem.LENGTH);
    }

    @Test
    void nullIsInvalidInputNotAResult() {
        assertThatThrownBy(() -> TaxIdValidator.validate(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TaxIdValidator.validate("DE136308783", (TaxIdScheme) null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TaxIdValidator.validate(null, RegistrationScheme.IOSS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void explicitSchemeAcceptsNumbersWithoutTheirOptionalPrefix() {
        assertThat(TaxIdValidator.validate("980780684", TaxIdScheme.GB_VAT).normalised()).isEqualTo("GB980780684");
        assertThat(TaxIdValidator.validate("980780684", TaxIdScheme.GB_VAT).valid()).isTrue();
        assertThat(TaxIdValidator.validate("864234232", TaxIdScheme.NO_VAT).valid()).isTrue();
        assertThat(TaxIdValidator.validate("51 824 753 556", TaxIdScheme.AU_ABN).valid()).isTrue();
        assertThat(TaxIdValidator.validate("51 824 753 557", TaxIdScheme.AU_ABN).problem())
                .isEqualTo(TaxIdProblem.CHECK_DIGIT);
    }

    @Test
    void explicitSchemeRejectsAnotherSchemesPrefix() {
        assertThat(TaxIdValidator.validate("GB980780684", TaxIdScheme.EU_VAT).problem())
                .isEqualTo(TaxIdProblem.UNKNOWN_COUNTRY);
        assertThat(TaxIdValidator.validate("EU372022452", TaxIdScheme.IOSS).problem()).isEqualTo(TaxIdProblem.FORMAT);
        assertThat(TaxIdValidator.validate("DE136308783", TaxIdScheme.CH_VAT).problem())
                .isEqualTo(TaxIdProblem.UNKNOWN_COUNTRY);
    }

    @Test
    void swissSuffixMustBeAnOfficialLanguageAbbreviation() {
        assertThat(TaxIdValidator.validate("CHE107787577").valid()).isTrue();
        assertThat(TaxIdValidator.validate("CHE107787577 MWST").valid()).isTrue();
        assertThat(TaxIdValidator.validate("CHE107787577 TVA").valid()).isTrue();
        assertThat(TaxIdValidator.validate("CHE107787577 XYZ").problem()).isEqualTo(TaxIdProblem.FORMAT);
    }

    @Test
    void iossNumberNamesTheMemberStateOfIdentificationIncludingNorthernIreland() {
        TaxIdResult ie = TaxIdValidator.validate("IM3720000224", RegistrationScheme.IOSS);
        assertThat(ie.valid()).isTrue();
        assertThat(ie.country()).isEqualTo(CountryCode.of("IE"));
        TaxIdResult ni = TaxIdValidator.validate("IM9001234567", TaxIdScheme.IOSS);
        assertThat(ni.valid()).isTrue();
        assertThat(ni.country()).isEqualTo(CountryCode.XI);
        TaxIdResult gb = TaxIdValidator.validate("IM8261234567", TaxIdScheme.IOSS);
        assertThat(gb.problem()).isEqualTo(TaxIdProblem.MEMBER_STATE_CODE);
    }

    @ParameterizedTest
    @CsvSource({
        "GB123456789000, VALID",
        "XI123456789000, VALID",
        "GB123456789000123, VALID",
        "GB1234567890, LENGTH",
        "GB12345678900A, FORMAT",
        "DE1234567, VALID",
        "DE123456789012345, VALID",
        "DE1234567890123456, LENGTH",
        "ATEOS1000012345, VALID",
        "FR12345678901234, VALID",
        "GR123456789, VALID",
        "EL123456789, VALID",
        "US123456789, UNKNOWN_COUNTRY",
        "DE, LENGTH",
        "'DE12_345', FORMAT",
    })
    void eoriFormatIsCountryPrefixAndUpToFifteenCharactersOrTwelveOrFifteenDigitsForGbAndXi(String n, String expected) {
        TaxIdResult r = TaxIdValidator.validate(n, TaxIdScheme.EORI);
        if (expected.equals("VALID")) {
            assertThat(r.valid()).as(n).isTrue();
        } else {
            assertThat(r.problem()).as(n).isEqualTo(TaxIdProblem.valueOf(expected));
        }
    }

    @Test
    void coreRegistrationSchemesMapToTheirValidators() {
        assertThat(TaxIdValidator.validate("DE136308783", RegistrationScheme.EU_VAT).valid()).isTrue();
        assertThat(TaxIdValidator.validate("GB980780684", RegistrationScheme.UK_VAT).valid()).isTrue();
        assertThat(TaxIdValidator.validate("GB802311781", RegistrationScheme.UK_VAT).problem())
                .isEqualTo(TaxIdProblem.CHECK_DIGIT);
        assertThat(TaxIdValidator.validate("CHE107787577MWST", RegistrationScheme.CH_VAT).valid()).isTrue();
        // no public check digit: format only
        assertThat(TaxIdValidator.validate("VOEC2012345", RegistrationScheme.NO_VOEC).valid()).isTrue();
        assertThat(TaxIdValidator.validate("VOEC20123", RegistrationScheme.NO_VOEC).problem())
                .isEqualTo(TaxIdProblem.FORMAT);
        assertThat(TaxIdValidator.validate("312345678901", RegistrationScheme.AU_ARN).valid()).isTrue();
    }

    @Test
    void anyStringGivesAResultAndNeverThrows() {
        Gen<String> anyText = SourceDSL.strings().allPossible().ofLengthBetween(0, 80);
        Gen<String> vatLike = SourceDSL.strings().betweenCodePoints(' ', 'Z').ofLengthBetween(0, 20)
                .map(s -> "DE" + s);
        qt().withFixedSeed(20261122L).withExamples(1000).forAll(anyText).checkAssert(s -> {
            TaxIdResult r = TaxIdValidator.validate(s);
            assertThat(r.valid() == (r.problem() == null)).isTrue();
            for (TaxIdScheme scheme : TaxIdScheme.values()) {
                assertThat(TaxIdValidator.validate(s, scheme)).isNotNull();
            }
        });
        qt().withFixedSeed(20261123L).withExamples(1000).forAll(vatLike).checkAssert(s -> {
            for (String p : List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR",
                    "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI", "GB",
                    "NO", "AU", "IM", "EU", "CHE")) {
                TaxIdResult r = TaxIdValidator.validate(p + s.substring(2));
                assertThat(r.valid() == (r.problem() == null)).isTrue();
            }
        });
    }

    @Test
    void validityDoesNotDependOnCaseOrSeparators() throws IOException {
        List<Vector> valid = vectors().stream().filter(v -> v.expected().equals("VALID")).toList();
        Gen<Integer> index = SourceDSL.integers().between(0, valid.size() - 1);
        Gen<Integer> gap = SourceDSL.integers().between(1, 4);
        qt().withFixedSeed(42L).withExamples(1000).forAll(index, gap).checkAssert((i, g) -> {
            String n = TaxIdValidator.normalise(valid.get(i).number());
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n.length(); k++) {
                if (k > 0 && k % g == 0) {
                    sb.append(k % 2 == 0 ? ' ' : '.');
                }
                sb.append(Character.toLowerCase(n.charAt(k)));
            }
            TaxIdResult r = TaxIdValidator.validate(sb.toString());
            assertThat(r.valid()).as(sb.toString()).isTrue();
            assertThat(r.normalised()).isEqualTo(TaxIdValidator.validate(n).normalised());
        });
    }
}
