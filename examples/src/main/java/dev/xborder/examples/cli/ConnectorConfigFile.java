package dev.xborder.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorConfig;
import dev.xborder.core.XborderException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a connector configuration file (format in docs/cli.md). Credential values may be
 * {@code "env:NAME"} to take them from the environment instead of the file. Secrets never appear in
 * messages.
 */
final class ConnectorConfigFile {
    private static final Set<String> FIELDS = Set.of("connector", "baseUrl", "authUrl", "region", "marketplaceIds",
            "credentials", "options", "connectTimeoutSeconds", "requestTimeoutSeconds");

    private ConnectorConfigFile() {
    }

    /** The parsed file: the connector id it names (may be null) and the configuration. */
    record Parsed(String connector, ConnectorConfig config) {
    }

    static Parsed read(Inputs.Text in, Function<String, String> env) {
        JsonNode n = Inputs.tree(in);
        if (!n.isObject()) {
            throw CliException.input(in.name() + ": must be a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw CliException.input(in.name() + ": " + f + ": unknown property; known properties are "
                        + FIELDS.stream().sorted().toList());
            }
        }
        try {
            ConnectorConfig.Builder b = ConnectorConfig.builder();
            if (n.hasNonNull("baseUrl")) {
                b.baseUrl(n.get("baseUrl").asText());
            }
            if (n.hasNonNull("authUrl")) {
                b.authUrl(n.get("authUrl").asText());
            }
            if (n.hasNonNull("region")) {
                b.region(n.get("region").asText());
            }
            JsonNode ids = n.get("marketplaceIds");
            if (ids != null) {
                if (!ids.isArray()) {
                    throw CliException.input(in.name() + ": marketplaceIds: must be an array of strings");
                }
                ids.forEach(id -> b.marketplaceId(id.asText()));
            }
            JsonNode creds = n.get("credentials");
            if (creds != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = creds.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String v = e.getValue().asText();
                    if (v.startsWith("env:")) {
                        String var = v.substring(4);
                        v = env.apply(var);
                        if (v == null || v.isBlank()) {
                            throw CliException.input(in.name() + ": credentials." + e.getKey() + ": environment variable "
                                    + var + " is not set");
                        }
                    }
                    b.credential(e.getKey(), v);
                }
            }
            JsonNode opts = n.get("options");
            if (opts != null) {
                opts.fields().forEachRemaining(e -> b.option(e.getKey(), e.getValue().asText()));
            }
            if (n.hasNonNull("connectTimeoutSeconds")) {
                b.connectTimeout(Duration.ofSeconds(n.get("connectTimeoutSeconds").asLong()));
            }
            if (n.hasNonNull("requestTimeoutSeconds")) {
                b.requestTimeout(Duration.ofSeconds(n.get("requestTimeoutSeconds").asLong()));
            }
            return new Parsed(n.hasNonNull("connector") ? n.get("connector").asText() : null, b.build());
        } catch (XborderException e) {
            throw CliException.input(in.name() + ": " + e.getMessage(), e);
        }
    }
}
