package dev.xborder.core.logistics;

import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;

/**
 * What the shipment must achieve: a delivery deadline (a date, or within N calendar days of the
 * ship date; with both, the earlier counts), tracking, delivery duty paid, and a maximum total
 * cost. Immutable; {@link #NONE} asks for nothing.
 */
public final class ServiceNeeds {
    /** No deadline, no tracking, no DDP, no budget. */
    public static final ServiceNeeds NONE = builder().build();

    private final LocalDate deliverBy;
    private final Integer withinDays;
    private final boolean trackedRequired;
    private final boolean ddpRequired;
    private final MonetaryAmount maxBudget;

    private ServiceNeeds(Builder b) {
        this.deliverBy = b.deliverBy;
        this.withinDays = b.withinDays;
        this.trackedRequired = b.trackedRequired;
        this.ddpRequired = b.ddpRequired;
        this.maxBudget = b.maxBudget;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<LocalDate> deliverBy() { return Optional.ofNullable(deliverBy); }
    public OptionalInt withinDays() { return withinDays == null ? OptionalInt.empty() : OptionalInt.of(withinDays); }
    public boolean trackedRequired() { return trackedRequired; }
    public boolean ddpRequired() { return ddpRequired; }
    /** The most the whole option may cost (freight, surcharges, fulfilment, duty, tax, fees), in the plan currency. */
    public Optional<MonetaryAmount> maxBudget() { return Optional.ofNullable(maxBudget); }

    /** The deadline for a ship date: the earlier of {@code deliverBy} and {@code shipDate + withinDays}. */
    public Optional<LocalDate> deadline(LocalDate shipDate) {
        LocalDate d = deliverBy;
        if (withinDays != null) {
            LocalDate w = shipDate.plusDays(withinDays);
            d = d == null || w.isBefore(d) ? w : d;
        }
        return Optional.ofNullable(d);
    }

    @Override
    public String toString() {
        return "ServiceNeeds[deliverBy=" + deliverBy + ", withinDays=" + withinDays + ", tracked=" + trackedRequired
                + ", ddp=" + ddpRequired + ", maxBudget=" + maxBudget + "]";
    }

    /** Builder; each setter checks its value at once. */
    public static final class Builder {
        private LocalDate deliverBy;
        private Integer withinDays;
        private boolean trackedRequired;
        private boolean ddpRequired;
        private MonetaryAmount maxBudget;

        private Builder() {
        }

        public Builder deliverBy(LocalDate date) {
            this.deliverBy = Checks.notNull(date, "needs.deliverBy");
            return this;
        }

        /** Delivery within {@code days} calendar days of the ship date (0 to 365). */
        public Builder withinDays(int days) {
            if (days < 0 || days > 365) {
                throw new InvalidInputException("needs.withinDays", days, "must be 0 to 365");
            }
            this.withinDays = days;
            return this;
        }

        public Builder trackedRequired(boolean required) {
            this.trackedRequired = required;
            return this;
        }

        public Builder ddpRequired(boolean required) {
            this.ddpRequired = required;
            return this;
        }

        public Builder maxBudget(MonetaryAmount budget) {
            Checks.notNull(budget, "needs.maxBudget");
            if (budget.isNegative()) {
                throw new InvalidInputException("needs.maxBudget", budget, "must not be negative");
            }
            this.maxBudget = budget;
            return this;
        }

        public ServiceNeeds build() {
            return new ServiceNeeds(this);
        }
    }
}
