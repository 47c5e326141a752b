package dev.xborder.examples.howto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.testkit.Dataset;
import dev.xborder.connector.testkit.FakeResponse;
import dev.xborder.connector.testkit.PlatformSimulator;
import dev.xborder.connector.testkit.RecordedRequest;
import dev.xborder.connector.testkit.SyntheticOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/** The fictional Acme Market API of {@link WriteAConnector}, over the contract kit's dataset. */
final class AcmeSimulator implements PlatformSimulator {
    private final Dataset data;
    private final String apiKey;
    private final ObjectMapper json = new ObjectMapper();

    AcmeSimulator(Dataset data, String apiKey) {
        this.data = data;
        this.apiKey = apiKey;
    }

    @Override
    public FakeResponse handle(RecordedRequest r) {
        if (!r.header("Authorization").orElse("").equals("Bearer " + apiKey)) {
            return unauthorized();
        }
        if (r.method().equals("GET") && r.path().equals("/v1/orders")) {
            int start;
            Optional<String> cursor = r.queryParam("cursor");
            if (cursor.isPresent()) {
                start = Integer.parseInt(cursor.get().substring(2));
            } else {
                try {
                    start = data.firstAtOrAfter(Instant.parse(r.queryParam("updated_since").orElse("")));
                } catch (DateTimeParseException e) {
                    return FakeResponse.json(400, "{\"error\":\"bad updated_since\"}");
                }
            }
            int limit = Integer.parseInt(r.queryParam("limit").orElse("50"));
            int end = Math.min(data.size(), start + limit);
            ObjectNode body = json.createObjectNode();
            ArrayNode orders = body.putArray("orders");
            for (int i = start; i < end; i++) {
                orders.add(order(data.get(i)));
            }
            if (end < data.size()) {
                body.put("next_cursor", "c-" + end);
            } else {
                body.putNull("next_cursor");
            }
            return FakeResponse.json(200, body.toString()).withHeader("x-request-id", "acme-" + start);
        }
        if (r.method().equals("GET") && r.path().startsWith("/v1/orders/")) {
            int i = data.indexOf(r.path().substring("/v1/orders/".length()));
            if (i < 0) {
                return FakeResponse.json(404, "{\"error\":\"not found\"}");
            }
            ObjectNode body = json.createObjectNode();
            body.set("order", order(data.get(i)));
            return FakeResponse.json(200, body.toString());
        }
        return FakeResponse.json(404, "{\"error\":\"not found\"}");
    }

    private ObjectNode order(SyntheticOrder s) {
        ObjectNode o = json.createObjectNode();
        o.put("id", s.id());
        o.put("created_at", s.createdAt().toString());
        o.put("updated_at", s.updatedAt().toString());
        o.put("status", s.rawStatus());
        o.put("currency", s.currency());
        ArrayNode lines = o.putArray("lines");
        for (SyntheticOrder.Line l : s.lines()) {
            lines.addObject().put("id", l.lineId()).put("sku", l.sku()).put("qty", l.quantity()).put("unit_price", l.unitPrice());
        }
        o.putObject("ship_to").put("country", "DE").put("postal_code", "10115").put("city", "Berlin");
        return o;
    }

    @Override
    public boolean isListOrders(RecordedRequest r) {
        return r.method().equals("GET") && r.path().equals("/v1/orders");
    }

    @Override
    public boolean isTokenRequest(RecordedRequest r) {
        return false; // a static API key: no token endpoint
    }

    @Override
    public FakeResponse throttled() {
        return FakeResponse.json(429, "{\"error\":\"rate limited\"}").withHeader("Retry-After", "1");
    }

    @Override
    public Optional<Duration> throttleHint() {
        return Optional.of(Duration.ofSeconds(1));
    }

    @Override
    public FakeResponse unauthorized() {
        return FakeResponse.json(401, "{\"error\":\"invalid api key\"}");
    }

    @Override
    public boolean refreshesTokens() {
        return false;
    }

    @Override
    public Set<String> issuedSecrets() {
        return Set.of(apiKey);
    }
}
