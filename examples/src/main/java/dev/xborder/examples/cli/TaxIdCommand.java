package dev.xborder.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.tax.id.TaxIdResult;
import dev.xborder.tax.id.TaxIdScheme;
import dev.xborder.tax.id.TaxIdValidator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xborder tax-id DE136308783}. */
@Command(name = "tax-id", mixinStandardHelpOptions = true,
        description = {"Validates a VAT, IOSS, EORI or similar number with the issuing authority's published "
                + "format and check-digit rules. Exit code 0 when valid, 1 when not (the output says why).",
                "The scheme is detected from the prefix (EU VAT prefixes incl. EL and XI, GB, NO, CHE, AU, IM for "
                        + "IOSS, EU for non-union OSS); EORI numbers need --scheme EORI.",
                "Validity says nothing about registration today: ask VIES, HMRC, the UID register or ABN Lookup."},
        footer = {"", "Examples:", "  xborder tax-id DE136308783", "  xborder tax-id IM3720000224",
                "  xborder tax-id --scheme EORI DE123456789012345"})
final class TaxIdCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NUMBER", description = "The number; spaces, dots and dashes are ignored.")
    String number;

    @Option(names = "--scheme", paramLabel = "SCHEME",
            description = "One of: ${COMPLETION-CANDIDATES}. Default: detected from the prefix.")
    TaxIdScheme scheme;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    private final CliEnv env;

    TaxIdCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        TaxIdResult r = scheme == null ? TaxIdValidator.validate(number) : TaxIdValidator.validate(number, scheme);
        if (json) {
            ObjectNode n = Json.MAPPER.createObjectNode();
            n.put("input", number);
            n.put("valid", r.valid());
            n.put("scheme", r.schemeIfKnown().map(Enum::name).orElse(null));
            n.put("country", r.countryIfKnown().map(c -> c.toString()).orElse(null));
            n.put("normalised", r.normalised());
            n.put("problem", r.problemIfInvalid().map(Enum::name).orElse(null));
            n.put("detail", r.detail());
            env.out().println(n.toString());
        } else {
            String what = r.schemeIfKnown().map(Enum::name).orElse("unknown scheme")
                    + r.countryIfKnown().map(c -> ", " + c).orElse("");
            String shown = r.normalised() == null || r.normalised().isEmpty() ? number : r.normalised();
            if (r.valid()) {
                env.out().println("valid: " + shown + " (" + what + "); format and check digit only, "
                        + "registration not checked");
            } else {
                env.out().println("not valid: " + shown + " (" + what + "): "
                        + r.problemIfInvalid().map(Enum::name).orElse("INVALID") + ": " + r.detail());
            }
        }
        return r.valid() ? XborderCli.OK : XborderCli.NEGATIVE;
    }
}
