package dev.xborder.bench.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.core.logistics.RateCards;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * 50 rate cards for the plan benchmark, made from core's bundled sample file
 * ({@code dev/xborder/core/logistics/samples/sample-rate-cards.json}: 4 direct cards, a
 * warehouse last-mile card, a marketplace-fulfilment card and 2 warehouses): the 6 cards as they are
 * plus 44 copies of the 4 direct cards with new ids and fuel surcharges of 0..9%. Sample prices,
 * not carrier quotes.
 */
public final class FiftyCards {
    /** How many cards {@link #rateCards()} holds. */
    public static final int CARDS = 50;

    private FiftyCards() {
    }

    /** The cards, read and validated by {@link RateCards#parse(String, String)}. */
    public static RateCards rateCards() {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try (InputStream in = RateCards.class.getClassLoader()
                .getResourceAsStream(RateCards.SAMPLES_FOLDER + RateCards.SAMPLE_FILES.get(0))) {
            root = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArrayNode cards = (ArrayNode) root.get("cards");
        List<ObjectNode> direct = new ArrayList<>();
        for (JsonNode c : cards) {
            String mode = c.get("mode").asText();
            if (mode.equals("POSTAL") || mode.equals("EXPRESS") || mode.equals("LINE_HAUL")) {
                direct.add((ObjectNode) c);
            }
        }
        int k = 0;
        while (cards.size() < CARDS) {
            ObjectNode copy = direct.get(k % direct.size()).deepCopy();
            copy.put("id", copy.get("id").asText() + "-copy" + k);
            copy.put("fuelSurchargePercent", Integer.toString(k % 10));
            cards.add(copy);
            k++;
        }
        try {
            return RateCards.parse("fifty-cards.json", mapper.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
