package dev.xborder.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxIdCommandTest {
    @Test
    void aValidVatNumberExitsZeroAndNamesSchemeAndCountry() {
        // DE136308783: a valid German VAT number from the tax-rules tests (python-stdnum vectors)
        CliRun r = CliRun.of("tax-id", "DE 136 308 783");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("valid: DE136308783 (EU_VAT, DE); format and check digit only, registration not checked\n");
    }

    @Test
    void aWrongCheckDigitExitsOneAndSaysWhy() {
        CliRun r = CliRun.of("tax-id", "DE136308784");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith("not valid: DE136308784 (EU_VAT, DE): CHECK_DIGIT");
    }

    @Test
    void iossIsDetectedFromItsPrefix() {
        CliRun r = CliRun.of("tax-id", "IM3720000224", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"scheme\":\"IOSS\"").contains("\"valid\":true");
    }

    @Test
    void eoriNeedsTheSchemeOption() {
        assertThat(CliRun.of("tax-id", "--scheme", "eori", "DE123456789012345").exitCode()).isZero();
    }

    @Test
    void anUnknownPrefixIsNotValid() {
        CliRun r = CliRun.of("tax-id", "XX123");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("UNKNOWN_COUNTRY");
    }

    @Test
    void anUnknownSchemeIsAUsageError() {
        CliRun r = CliRun.of("tax-id", "--scheme", "FOO", "DE136308783");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("expected one of").contains("'FOO'");
    }
}
