package dev.xborder.tax.tariff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.RuleDataException;
import dev.xborder.core.geo.CountryCode;
import dev.xborder.tax.tariff.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads commodity responses of the UK Trade Tariff API v2
 * ({@code https://www.trade-tariff.service.gov.uk/api/v2/commodities/{code}}, or {@code /xi/api/v2/...}
 * for Northern Ireland) as saved by the host: JSON:API documents whose {@code data} is the
 * commodity and whose {@code included} holds its measures, measure types, duty expressions,
 * measure components and geographical areas.
 *
 * <p>From each commodity it takes:
 * <ul>
 *   <li>the third-country duty: the import measure of type {@code 103} for ERGA OMNES (area
 *       {@code 1011}), typed from its measure components (ad valorem, specific amount per unit,
 *       or their sum); if there is no such measure the duty is {@link DutyRate.NotStated}; if
 *       there are several (e.g. by additional code) or a component is of a kind not read exactly
 *       (minimum, maximum, agricultural components...), the duty expression text is kept as
 *       {@link DutyRate.Unparsed};</li>
 *   <li>the VAT measure (type {@code 305}) when there is exactly one; several (standard, reduced,
 *       zero by additional code) give an {@link DutyRate.Unparsed} listing them;</li>
 *   <li>tariff preferences (type {@code 142}), one {@link AreaRate} per measure, keyed by the
 *       measure's geographical area.</li>
 * </ul>
 *
 * <p>Bad files fail with one {@link RuleDataException} listing every problem with file and JSON
 * path; nothing is returned from a bad file.
 */
public final class UkTradeTariffReader {
    /** Measure type of the third-country (MFN) duty. */
    public static final String THIRD_COUNTRY_DUTY = "103";
    /** Measure type of import VAT. */
    public static final String VAT = "305";
    /** Measure type of a tariff preference. */
    public static final String TARIFF_PREFERENCE = "142";
    /** Geographical area of ERGA OMNES (all countries). */
    public static final String ERGA_OMNES = "1011";

    private UkTradeTariffReader() {
    }

    /**
     * Reads one commodity file per line and builds the tariff.
     *
     * @param jurisdiction GB for the UK tariff, XI for the Northern Ireland tariff
     * @throws RuleDataException listing every problem in every file
     */
    public static NationalTariff read(CountryCode jurisdiction, LocalDate asOf, List<Path> commodityFiles) {
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notNull(asOf, "asOf");
        Checks.noNulls(commodityFiles, "commodityFiles");
        if (!jurisdiction.alpha2().equals("GB") && !jurisdiction.alpha2().equals("XI")) {
            throw new InvalidInputException("jurisdiction", jurisdiction, "the UK Trade Tariff covers GB and XI");
        }
        List<RuleDataException.Problem> problems = new ArrayList<>();
        List<TariffLine> lines = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path f : commodityFiles) {
            try {
                TariffLine line = readCommodity(f);
                String first = seen.putIfAbsent(line.code(), f.toString());
                if (first != null) {
                    problems.add(new RuleDataException.Problem(f.toString(), "$.data.attributes.goods_nomenclature_item_id",
                            "commodity " + line.code() + " also read from " + first));
                } else {
                    lines.add(line);
                }
            } catch (RuleDataException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleDataException(problems);
        }
        return NationalTariff.of(jurisdiction, "UK Trade Tariff API v2 commodities (" + commodityFiles.size() + " files)",
                asOf, lines);
    }

    /**
     * Reads one commodity file.
     *
     * @throws RuleDataException if the file cannot be read or is not a commodity document
     * @throws dev.xborder.core.InvalidInputException if file is null
     */
    public static TariffLine readCommodity(Path file) {
        Checks.notNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readCommodity(in, file.toString());
        } catch (IOException e) {
            throw new RuleDataException(List.of(new RuleDataException.Problem(file.toString(), "$",
                    "cannot read the file: " + e.getMessage())), e);
        }
    }

    /**
     * Reads one commodity document from a stream (not closed); {@code fileName} names it in errors.
     *
     * @throws RuleDataException if the stream cannot be read or is not a commodity document
     * @throws dev.xborder.core.InvalidInputException if in is null or fileName blank
     */
    public static TariffLine readCommodity(InputStream in, String fileName) {
        Checks.notNull(in, "in");
        Checks.notBlank(fileName, "fileName");
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new RuleDataException(List.of(new RuleDataException.Problem(fileName, "$",
                    "malformed JSON: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                            : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()))),
                    e);
        } catch (IOException e) {
            throw new RuleDataException(List.of(new RuleDataException.Problem(fileName, "$",
                    "cannot read: " + e.getMessage())), e);
        }
        return new Doc(fileName, root).line();
    }

    /** One JSON:API document being read. */
    private static final class Doc {
        final String file;
        final JsonNode root;
        final List<RuleDataException.Problem> problems = new ArrayList<>();
        final Map<String, Integer> included = new HashMap<>(); // "type/id" -> index

        Doc(String file, JsonNode root) {
            this.file = file;
            this.root = root;
        }

        void problem(String path, String message) {
            problems.add(new RuleDataException.Problem(file, path, message));
        }

        TariffLine line() {
            if (root == null || !root.isObject()) {
                problem("$", "expected a JSON:API document (an object with data and included)");
                throw new RuleDataException(problems);
            }
            JsonNode data = root.get("data");
            if (data == null || !data.isObject()) {
                problem("$.data", "missing: expected the commodity object");
                throw new RuleDataException(problems);
            }
            JsonNode attrs = data.path("attributes");
            String code = string(attrs, "goods_nomenclature_item_id", "$.data.attributes", true);
            if (code != null && (code.length() != 10 || !code.chars().allMatch(c -> c >= '0' && c <= '9'))) {
                problem("$.data.attributes.goods_nomenclature_item_id", "\"" + code + "\" is not a 10-digit commodity code");
            }
            String description = string(attrs, "description_plain", "$.data.attributes", false);
            if (description == null) {
                description = string(attrs, "description", "$.data.attributes", true);
            }
            JsonNode inc = root.get("included");
            if (inc == null || !inc.isArray()) {
                problem("$.included", "missing: expected the array of included entities");
                throw new RuleDataException(problems);
            }
            for (int i = 0; i < inc.size(); i++) {
                JsonNode e = inc.get(i);
                String type = e.path("type").asText(null);
                String id = e.path("id").asText(null);
                if (type == null || id == null) {
                    problem("$.included[" + i + "]", "entity without type or id");
                    continue;
                }
                included.putIfAbsent(type + "/" + id, i);
            }
            JsonNode refs = data.path("relationships").path("import_measures").path("data");
            if (!refs.isArray()) {
                problem("$.data.relationships.import_measures.data", "missing: expected the list of import measures");
                throw new RuleDataException(problems);
            }
            List<Integer> thirdCountry = new ArrayList<>();
            List<Integer> vat = new ArrayList<>();
            List<AreaRate> preferences = new ArrayList<>();
            for (int r = 0; r < refs.size(); r++) {
                String refPath = "$.data.relationships.import_measures.data[" + r + "]";
                Integer m = ref(refs.get(r), "measure", refPath);
                if (m == null) {
                    continue;
                }
                JsonNode measure = inc.get(m);
                String mPath = "$.included[" + m + "]";
                JsonNode rel = measure.path("relationships");
                String type = rel.path("measure_type").path("data").path("id").asText(null);
                if (type == null) {
                    problem(mPath + ".relationships.measure_type", "measure without a measure type");
                    continue;
                }
                String area = rel.path("geographical_area").path("data").path("id").asText(null);
                switch (type) {
                    case THIRD_COUNTRY_DUTY -> {
                        if (ERGA_OMNES.equals(area)) {
                            thirdCountry.add(m);
                        }
                    }
                    case VAT -> vat.add(m);
                    case TARIFF_PREFERENCE -> {
                        if (area == null) {
                            problem(mPath + ".relationships.geographical_area", "preference without a geographical area");
                        } else {
                            preferences.add(new AreaRate(area, areaLabel(area), duty(m)));
                        }
                    }
                    default -> {
                    }
                }
            }
            DutyRate duty;
            if (thirdCountry.isEmpty()) {
                duty = DutyRate.NOT_STATED;
            } else if (thirdCountry.size() == 1) {
                duty = duty(thirdCountry.get(0));
            } else {
                duty = new DutyRate.Unparsed(joinedExpressions(thirdCountry));
            }
            DutyRate vatRate = null;
            if (vat.size() == 1) {
                vatRate = duty(vat.get(0));
            } else if (vat.size() > 1) {
                vatRate = new DutyRate.Unparsed(joinedExpressions(vat));
            }
            if (!problems.isEmpty()) {
                throw new RuleDataException(problems);
            }
            return new TariffLine(code, description, duty, preferences, vatRate);
        }

        private String joinedExpressions(List<Integer> measures) {
            StringBuilder sb = new StringBuilder();
            for (Integer m : measures) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(expressionText(m));
            }
            return sb.toString();
        }

        private String expressionText(int m) {
            JsonNode rel = root.get("included").get(m).path("relationships");
            Integer de = ref(rel.path("duty_expression").path("data"), "duty_expression", null);
            if (de == null) {
                return "";
            }
            return root.get("included").get(de).path("attributes").path("base").asText("");
        }

        private String areaLabel(String area) {
            Integer i = included.get("geographical_area/" + area);
            if (i == null) {
                return area;
            }
            return root.get("included").get(i).path("attributes").path("description").asText(area);
        }

        /** The duty of a measure, from its components; its duty expression text where they cannot be read exactly. */
        private DutyRate duty(int m) {
            JsonNode measure = root.get("included").get(m);
            String mPath = "$.included[" + m + "]";
            JsonNode comps = measure.path("relationships").path("measure_components").path("data");
            String text = expressionText(m);
            if (!comps.isArray() || comps.isEmpty()) {
                // no components: only a plain "n.nn %" expression is read
                return percentText(text);
            }
            List<DutyRate> parts = new ArrayList<>();
            for (int c = 0; c < comps.size(); c++) {
                Integer ci = ref(comps.get(c), "measure_component",
                        mPath + ".relationships.measure_components.data[" + c + "]");
                if (ci == null) {
                    return new DutyRate.Unparsed(text);
                }
                JsonNode a = root.get("included").get(ci).path("attributes");
                String cPath = "$.included[" + ci + "].attributes";
                String exprId = a.path("duty_expression_id").asText("");
                JsonNode amountNode = a.get("duty_amount");
                if (amountNode == null || !amountNode.isNumber()) {
                    problem(cPath + ".duty_amount", "expected a number");
                    return new DutyRate.Unparsed(text);
                }
                BigDecimal amount = amountNode.decimalValue();
                if (amount.signum() < 0) {
                    problem(cPath + ".duty_amount", "negative duty amount " + amount.toPlainString());
                    return new DutyRate.Unparsed(text);
                }
                boolean additive = exprId.equals("01") && c == 0 || exprId.equals("04") && c > 0;
                if (!additive) {
                    return new DutyRate.Unparsed(text);
                }
                String currency = a.path("monetary_unit_code").asText(null);
                String unit = a.path("measurement_unit_code").asText(null);
                String qualifier = a.path("measurement_unit_qualifier_code").asText(null);
                if (currency == null) {
                    if (unit != null) {
                        return new DutyRate.Unparsed(text);
                    }
                    parts.add(new DutyRate.AdValorem(amount));
                } else {
                    if (unit == null || currency.length() != 3) {
                        return new DutyRate.Unparsed(text);
                    }
                    parts.add(new DutyRate.Specific(amount, currency,
                            qualifier == null || qualifier.isEmpty() ? unit : unit + " " + qualifier));
                }
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return new DutyRate.Compound(parts);
        }

        private static DutyRate percentText(String text) {
            String t = text.strip();
            if (t.endsWith("%")) {
                String n = t.substring(0, t.length() - 1).strip();
                if (!n.isEmpty() && n.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.')
                        && n.indexOf('.') == n.lastIndexOf('.') && n.charAt(0) != '.' && n.charAt(n.length() - 1) != '.') {
                    return new DutyRate.AdValorem(new BigDecimal(n));
                }
            }
            return new DutyRate.Unparsed(text);
        }

        /** The index of the included entity a relationship points to; records a problem when missing. */
        private Integer ref(JsonNode ref, String expectedType, String path) {
            String type = ref.path("type").asText(null);
            String id = ref.path("id").asText(null);
            if (type == null || id == null || !type.equals(expectedType)) {
                if (path != null) {
                    problem(path, "expected a reference to a " + expectedType);
                }
                return null;
            }
            Integer i = included.get(type + "/" + id);
            if (i == null && path != null) {
                problem(path, expectedType + " " + id + " is not in included");
            }
            return i;
        }

        private String string(JsonNode obj, String field, String path, boolean required) {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(path + "." + field, "missing");
                }
                return null;
            }
            if (!v.isTextual()) {
                problem(path + "." + field, "expected a string");
                return null;
            }
            return v.textValue();
        }
    }
}
