package dev.xborder.core.logistics;

/**
 * How a parcel travels. The first three are <em>direct</em> modes: the parcel crosses the border
 * on its own and is imported under the destination's parcel-level (B2C) regime. The last two ship
 * from stock already imported in bulk into a warehouse in or near the destination.
 */
public enum ShippingMode {
    /** Postal direct mail (UPU small packets, ePacket-like services). */
    POSTAL(true),
    /** International express courier, door to door. */
    EXPRESS(true),
    /** Consolidated line-haul to a hub in the destination region, then a local last mile. */
    LINE_HAUL(true),
    /** From stock in an overseas warehouse, delivered by a local last-mile service. */
    OVERSEAS_WAREHOUSE(false),
    /** From stock in a marketplace's fulfilment network (FBA-like). */
    MARKETPLACE_FULFILMENT(false);

    private final boolean direct;

    ShippingMode(boolean direct) {
        this.direct = direct;
    }

    /** Whether parcels in this mode cross the border one by one (and are imported under the B2C regime). */
    public boolean direct() {
        return direct;
    }
}
