package dev.xborder.core.logistics;

import dev.xborder.core.product.Weight;
import dev.xborder.core.trade.Incoterm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One feasible way to ship: mode, carrier and service (and warehouse for warehouse modes), the
 * parcels (more than one when the order had to be split to fit the card's limits), total
 * chargeable weight, itemised cost in the plan currency, delivery window, incoterm, and notes
 * (split, conversions, freight-only; from the landed-cost quotes, what they could not determine, e.g. a line
 * without duty rate, and their advisories). Immutable.
 */
public final class ShippingOption {
    private final ShippingMode mode;
    private final String carrier;
    private final String service;
    private final String cardId;
    private final String cardVersion;
    private final String warehouseId;
    private final List<PlannedParcel> parcels;
    private final boolean split;
    private final Weight chargeableWeight;
    private final CostBreakdown cost;
    private final DeliveryWindow delivery;
    private final Incoterm incoterm;
    private final boolean tracked;
    private final boolean landedCostIncluded;
    private final List<String> notes;
    final BigDecimal totalNumber;

    ShippingOption(ShippingMode mode, String carrier, String service, String cardId, String cardVersion,
                   String warehouseId, List<PlannedParcel> parcels, boolean split, Weight chargeableWeight,
                   CostBreakdown cost, DeliveryWindow delivery, Incoterm incoterm, boolean tracked,
                   boolean landedCostIncluded, List<String> notes) {
        this.mode = mode;
        this.carrier = carrier;
        this.service = service;
        this.cardId = cardId;
        this.cardVersion = cardVersion;
        this.warehouseId = warehouseId;
        this.parcels = List.copyOf(parcels);
        this.split = split;
        this.chargeableWeight = chargeableWeight;
        this.cost = cost;
        this.delivery = delivery;
        this.incoterm = incoterm;
        this.tracked = tracked;
        this.landedCostIncluded = landedCostIncluded;
        this.notes = List.copyOf(notes);
        this.totalNumber = cost.totalNumber();
    }

    public ShippingMode mode() { return mode; }
    public String carrier() { return carrier; }
    public String service() { return service; }
    /** The rate card's id (for warehouse modes: the last-mile card). */
    public String cardId() { return cardId; }
    public String cardVersion() { return cardVersion; }
    public Optional<String> warehouseId() { return Optional.ofNullable(warehouseId); }
    public List<PlannedParcel> parcels() { return parcels; }
    /** Whether the order was split into several parcels because one parcel exceeded the card's limits. */
    public boolean split() { return split; }
    /** Sum of the parcels' chargeable weights. */
    public Weight chargeableWeight() { return chargeableWeight; }
    public CostBreakdown cost() { return cost; }
    public DeliveryWindow delivery() { return delivery; }
    /** DDP for warehouse modes and for direct modes when DDP was required; DAP otherwise. */
    public Incoterm incoterm() { return incoterm; }
    public boolean tracked() { return tracked; }
    /**
     * Whether duty, tax and fees were estimated (direct modes with an estimator) or taken from
     * stock positions (warehouse modes). False for direct modes planned without an estimator:
     * their duty, tax and fees are then zero, not estimated.
     */
    public boolean landedCostIncluded() { return landedCostIncluded; }
    public List<String> notes() { return notes; }

    @Override
    public String toString() {
        return mode + " " + carrier + " / " + service + (warehouseId == null ? "" : " @ " + warehouseId) + ": "
                + cost.total() + ", " + delivery.earliest() + ".." + delivery.latest() + ", " + parcels.size()
                + " parcel(s), " + chargeableWeight.kilograms().toPlainString() + " kg chargeable, " + incoterm;
    }
}
