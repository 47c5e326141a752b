package dev.xborder.core.landed;

/**
 * How a consignment reaches the destination's customs, as far as customs law distinguishes it. Some low-value
 * reliefs depend on it (Canada: CAD 20 by mail from anywhere, CAD 40/150 by courier from the US or Mexico;
 * Singapore: relief for goods imported by air or post). A quote request without a mode is "unknown": rules that
 * depend on the mode are then not applied and the quote says so; the mode is never guessed.
 */
public enum TransportMode {
    /** By a postal operator (UPU mail, postal parcels). */
    POST,
    /** By an express courier company (door-to-door, courier low-value clearance). */
    COURIER,
    /** Air cargo cleared other than as mail or courier (e.g. a consolidated air freight entry). */
    AIR_CARGO,
    /** By sea. */
    SEA,
    /** By road, other than by a postal operator or courier. */
    ROAD,
    /** By rail. */
    RAIL
}
