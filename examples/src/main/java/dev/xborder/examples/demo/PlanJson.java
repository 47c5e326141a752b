package dev.xborder.examples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.core.logistics.CostBreakdown;
import dev.xborder.core.logistics.ExcludedOption;
import dev.xborder.core.logistics.Exclusion;
import dev.xborder.core.logistics.PlannedParcel;
import dev.xborder.core.logistics.ShippingOption;
import dev.xborder.core.logistics.ShippingPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;

/**
 * The JSON form of a {@link ShippingPlan} printed by {@code xborder plan} and written by the demo:
 * ranked {@code options} (best first) with itemised cost as decimal strings in the plan currency,
 * and {@code excluded} options with every reason.
 */
public final class PlanJson {
    private PlanJson() {
    }

    /** The plan as a JSON tree. */
    public static ObjectNode of(ObjectMapper m, ShippingPlan plan) {
        ObjectNode n = m.createObjectNode();
        n.put("policy", plan.policy().kind().name());
        n.put("currency", plan.currency().getCurrencyCode());
        n.put("feasible", plan.feasible());
        ArrayNode options = n.putArray("options");
        int rank = 1;
        for (ShippingOption o : plan.options()) {
            ObjectNode j = m.createObjectNode();
            j.put("rank", rank++);
            j.setAll(option(m, o));
            options.add(j);
        }
        ArrayNode excluded = n.putArray("excluded");
        for (ExcludedOption e : plan.excluded()) {
            ObjectNode j = excluded.addObject();
            j.put("mode", e.mode().name());
            j.put("carrier", e.carrier());
            j.put("service", e.service());
            j.put("cardId", e.cardId());
            e.warehouseId().ifPresent(w -> j.put("warehouseId", w));
            ArrayNode reasons = j.putArray("reasons");
            for (Exclusion x : e.reasons()) {
                reasons.addObject().put("reason", x.reason().name()).put("detail", x.detail());
            }
        }
        return n;
    }

    /** One option as a JSON tree (without its rank). */
    public static ObjectNode option(ObjectMapper m, ShippingOption o) {
        ObjectNode j = m.createObjectNode();
        j.put("mode", o.mode().name());
        j.put("carrier", o.carrier());
        j.put("service", o.service());
        j.put("cardId", o.cardId());
        j.put("cardVersion", o.cardVersion());
        o.warehouseId().ifPresent(w -> j.put("warehouseId", w));
        j.put("incoterm", o.incoterm().name());
        j.put("tracked", o.tracked());
        j.put("split", o.split());
        j.put("chargeableWeightKg", kg(o.chargeableWeight().kilograms()));
        CostBreakdown c = o.cost();
        ObjectNode cost = j.putObject("cost");
        cost.put("freight", dec(c.freight()));
        cost.put("fuelSurcharge", dec(c.fuelSurcharge()));
        cost.put("remoteAreaSurcharge", dec(c.remoteAreaSurcharge()));
        cost.put("fulfilment", dec(c.fulfilment()));
        cost.put("duty", dec(c.duty()));
        cost.put("tax", dec(c.tax()));
        cost.put("fees", dec(c.fees()));
        cost.put("total", dec(c.total()));
        j.put("landedCostIncluded", o.landedCostIncluded());
        ObjectNode d = j.putObject("delivery");
        d.put("dispatch", o.delivery().dispatch().toString());
        d.put("earliest", o.delivery().earliest().toString());
        d.put("latest", o.delivery().latest().toString());
        ArrayNode parcels = j.putArray("parcels");
        for (PlannedParcel p : o.parcels()) {
            ObjectNode pj = parcels.addObject();
            ObjectNode contents = pj.putObject("contents");
            p.contents().forEach((sku, q) -> contents.put(sku.value(), q));
            pj.put("actualWeightKg", kg(p.actualWeight().kilograms()));
            pj.put("volumetricWeightKg", kg(p.volumetricWeight().kilograms()));
            pj.put("chargeableWeightKg", kg(p.chargeableWeight().kilograms()));
            pj.put("freightWithSurcharges", dec(p.freightWithSurcharges()));
        }
        ArrayNode notes = j.putArray("notes");
        o.notes().forEach(notes::add);
        return j;
    }

    /** Decimal text of an amount with the currency's minor units. */
    public static String dec(MonetaryAmount a) {
        BigDecimal v = a.getNumber().numberValue(BigDecimal.class);
        int digits = a.getCurrency().getDefaultFractionDigits();
        return (digits >= 0 ? v.setScale(digits, RoundingMode.HALF_UP) : v).toPlainString();
    }

    private static String kg(BigDecimal kg) {
        return kg.stripTrailingZeros().scale() < 0 ? kg.setScale(0).toPlainString() : kg.stripTrailingZeros().toPlainString();
    }
}
