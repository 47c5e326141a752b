package dev.xborder.tax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.xborder.core.trade.RegistrationScheme;
import dev.xborder.tax.id.TaxIdResult;
import dev.xborder.tax.id.TaxIdScheme;
import dev.xborder.tax.id.TaxIdValidator;

/**
 * {@link TaxIdValidator#validate} never throws for non-null input, and its verdict does not change
 * when ASCII letters change case or separators are added (within {@link TaxIdValidator#MAX_INPUT_LENGTH});
 * a valid number's normalised form is valid under its scheme with the same result.
 */
class TaxIdValidatorFuzzTest {
    private static final char[] SEPARATORS = {' ', '.', '-', '/', ':', '(', ')', '\u00a0', '\t'};

    @FuzzTest(maxDuration = "60s")
    void validateNeverThrowsAndIsStableUnderCaseAndSeparators(FuzzedDataProvider data) {
        int mode = data.consumeInt(0, TaxIdScheme.values().length + RegistrationScheme.values().length);
        long noise = data.consumeLong();
        String number = data.consumeRemainingAsString();
        TaxIdResult result = validate(number, mode);
        assertConsistent(result);

        String variant = vary(number, noise);
        if (number.length() <= TaxIdValidator.MAX_INPUT_LENGTH && variant.length() <= TaxIdValidator.MAX_INPUT_LENGTH) {
            TaxIdResult other = validate(variant, mode);
            assertThat(other).as("%s vs %s", number, variant).isEqualTo(result);
        }
        if (result.valid() && result.scheme() != null) {
            // the normalised form validates the same under the scheme found (an ABN's has no AU to detect)
            assertThat(TaxIdValidator.validate(result.normalised(), result.scheme())).isEqualTo(result);
        }
    }

    private static TaxIdResult validate(String number, int mode) {
        int schemes = TaxIdScheme.values().length;
        if (mode == 0) {
            return TaxIdValidator.validate(number);
        } else if (mode <= schemes) {
            return TaxIdValidator.validate(number, TaxIdScheme.values()[mode - 1]);
        }
        return TaxIdValidator.validate(number, RegistrationScheme.values()[mode - schemes - 1]);
    }

    private static void assertConsistent(TaxIdResult r) {
        assertThat(r).isNotNull();
        assertThat(r.detail()).isNotNull();
        if (r.valid()) {
            assertThat(r.problem()).isNull();
            assertThat(r.normalised()).isNotBlank();
        } else {
            assertThat(r.problem()).isNotNull();
            assertThat(r.detail()).isNotBlank();
        }
    }

    /** Flips the case of ASCII letters and inserts separators, driven by the bits of {@code noise}. */
    private static String vary(String s, long noise) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        long bits = noise;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((bits & 1) != 0 && c < 128 && Character.isLetter(c)) {
                c = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
            }
            sb.append(c);
            if ((bits & 2) != 0 && (bits & 4) != 0) {
                sb.append(SEPARATORS[(int) ((bits >>> 3) & 0x7fffffff) % SEPARATORS.length]);
            }
            bits = Long.rotateRight(bits, 3);
        }
        return sb.toString();
    }
}
