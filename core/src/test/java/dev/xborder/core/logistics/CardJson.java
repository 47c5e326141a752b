package dev.xborder.core.logistics;

/** Builds small rate-card documents for tests. */
final class CardJson {
    private CardJson() {
    }

    static String doc(String cards) {
        return doc(cards, null);
    }

    static String doc(String cards, String warehouses) {
        return "{\"format\":\"xborder-rate-cards/1\",\"dataVersion\":\"t1\",\"source\":\"test data\",\"cards\":[" + cards + "]"
                + (warehouses == null ? "" : ",\"warehouses\":[" + warehouses + "]") + "}";
    }

    /** A valid STEP card CN -> DE,US in EUR; {@code extra} replaces or adds top-level card fields (JSON members). */
    static String card(String id, String overrides) {
        java.util.LinkedHashMap<String, String> f = new java.util.LinkedHashMap<>();
        f.put("id", q(id));
        f.put("carrier", q("Test Carrier"));
        f.put("service", q("Test " + id));
        f.put("mode", q("EXPRESS"));
        f.put("origins", "[\"CN\"]");
        f.put("destinations", "[\"DE\",\"US\"]");
        f.put("currency", q("EUR"));
        f.put("effective", "{\"from\":\"2026-01-01\",\"until\":\"2027-01-01\"}");
        f.put("pricing", "{\"type\":\"STEP\",\"firstKg\":\"0.5\",\"firstPrice\":\"10.00\",\"additionalKg\":\"0.5\",\"additionalPrice\":\"2.00\"}");
        f.put("chargeableWeightStepKg", q("0.5"));
        f.put("volumetricDivisor", "5000");
        f.put("fuelSurchargePercent", q("10"));
        f.put("minimumCharge", q("0"));
        f.put("limits", "{\"maxWeightKg\":\"30\",\"maxLongestSideCm\":\"120\"}");
        f.put("forbiddenGoods", "[]");
        f.put("tracked", "true");
        f.put("ddpCapable", "true");
        f.put("transitDays", "{\"min\":2,\"max\":4}");
        f.put("cutOff", "{\"time\":\"17:00\",\"zone\":\"UTC\"}");
        f.put("workingDays", "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]");
        if (overrides != null && !overrides.isBlank()) {
            // overrides: "key=json;key=json"
            for (String kv : overrides.split(";;")) {
                int eq = kv.indexOf('=');
                String k = kv.substring(0, eq).strip();
                String v = kv.substring(eq + 1).strip();
                if (v.equals("<remove>")) {
                    f.remove(k);
                } else {
                    f.put(k, v);
                }
            }
        }
        StringBuilder sb = new StringBuilder("{");
        f.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ",").append(q(k)).append(':').append(v));
        return sb.append('}').toString();
    }

    static String q(String s) {
        return "\"" + s + "\"";
    }
}
