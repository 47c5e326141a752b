package dev.xborder.connector.wire;

import dev.xborder.core.Checks;
import dev.xborder.core.order.OrderLine;
import dev.xborder.core.product.Sku;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * Order lines from platforms that list every unit as an item of its own (Lazada order items,
 * TikTok Shop line items): units of one SKU at one unit price become one line. Stateless.
 */
public final class WireLines {
    private WireLines() {
    }

    /**
     * One unit as the platform lists it.
     *
     * @param itemId    the platform's id of this unit's item
     * @param sku       the seller SKU
     * @param title     the product name
     * @param unitPrice the unit price, exactly as sent
     */
    public record Unit(String itemId, String sku, String title, BigDecimal unitPrice) {
        public Unit {
            Checks.notBlank(itemId, "itemId");
            Checks.notBlank(sku, "sku");
            Checks.notNull(title, "title");
            Checks.notNull(unitPrice, "unitPrice");
        }
    }

    /**
     * Groups units into lines, one per SKU and unit price (prices compared by value, so "12.50" and
     * "12.5" are one price), in order of first appearance. A line's id is its units' item ids joined
     * with {@code ","}, its quantity the number of units, its title and unit price those of its
     * first unit.
     */
    public static List<OrderLine> fromUnits(List<Unit> units, CurrencyUnit currency) {
        Checks.notNull(units, "units");
        Checks.notNull(currency, "currency");
        Map<String, List<Unit>> groups = new LinkedHashMap<>();
        for (Unit u : units) {
            groups.computeIfAbsent(u.sku() + "\u0000" + u.unitPrice().stripTrailingZeros().toPlainString(), k -> new ArrayList<>())
                    .add(u);
        }
        List<OrderLine> lines = new ArrayList<>(groups.size());
        for (List<Unit> g : groups.values()) {
            Unit first = g.get(0);
            List<String> ids = new ArrayList<>(g.size());
            for (Unit u : g) {
                ids.add(u.itemId());
            }
            lines.add(new OrderLine(String.join(",", ids), Sku.of(first.sku()), first.title(), g.size(),
                    Money.of(first.unitPrice(), currency), null, null, null, null));
        }
        return lines;
    }
}
