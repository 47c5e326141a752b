package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import dev.xborder.core.product.GoodsFlag;
import dev.xborder.core.product.Sku;
import java.util.Optional;

/**
 * One reason an option was excluded: the typed reason, a human-readable detail, and where it
 * applies the goods flag ({@link ExclusionReason#GOODS_NOT_ALLOWED}) or the SKU
 * ({@link ExclusionReason#NO_STOCK}, {@link ExclusionReason#TOO_HEAVY}, {@link ExclusionReason#TOO_LARGE}).
 */
public record Exclusion(ExclusionReason reason, String detail, GoodsFlag flagOrNull, Sku skuOrNull) {
    public Exclusion {
        Checks.notNull(reason, "exclusion.reason");
        Checks.notNull(detail, "exclusion.detail");
    }

    public static Exclusion of(ExclusionReason reason, String detail) {
        return new Exclusion(reason, detail, null, null);
    }

    /** The forbidden goods flag, for {@link ExclusionReason#GOODS_NOT_ALLOWED}. */
    public Optional<GoodsFlag> flag() {
        return Optional.ofNullable(flagOrNull);
    }

    /** The SKU concerned, where one is. */
    public Optional<Sku> sku() {
        return Optional.ofNullable(skuOrNull);
    }

    @Override
    public String toString() {
        return reason + ": " + detail;
    }
}
