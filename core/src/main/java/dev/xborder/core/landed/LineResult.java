package dev.xborder.core.landed;

import dev.xborder.core.Checks;
import dev.xborder.core.product.Sku;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The quote for one line, in the quote currency: customs value, duty and tax. {@code issues} lists
 * what could not be determined (e.g. missing HS code or origin), in which case duty is not guessed. The
 * constructor throws {@link dev.xborder.core.InvalidInputException} if an amount or the sku is null; null issues
 * become empty.
 */
public record LineResult(Sku sku, MonetaryAmount customsValue, MonetaryAmount duty, MonetaryAmount tax,
                         List<String> issues) {
    public LineResult {
        Checks.notNull(sku, "line.sku");
        Checks.notNull(customsValue, "line.customsValue");
        Checks.notNull(duty, "line.duty");
        Checks.notNull(tax, "line.tax");
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
