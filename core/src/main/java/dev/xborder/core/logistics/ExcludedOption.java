package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A way of shipping that was not offered, with every reason found. {@code warehouseIdOrNull} is set
 * for warehouse modes.
 */
public record ExcludedOption(ShippingMode mode, String carrier, String service, String cardId,
                             String warehouseIdOrNull, List<Exclusion> reasons) {
    public ExcludedOption {
        Checks.notNull(mode, "mode");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an excluded option needs at least one reason");
        }
    }

    public Optional<String> warehouseId() {
        return Optional.ofNullable(warehouseIdOrNull);
    }

    /** Whether one of the reasons is {@code reason}. */
    public boolean has(ExclusionReason reason) {
        for (Exclusion e : reasons) {
            if (e.reason() == reason) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return mode + " " + carrier + " / " + service + " [" + cardId + (warehouseIdOrNull == null ? "" : " @ " + warehouseIdOrNull)
                + "]: " + reasons;
    }
}
