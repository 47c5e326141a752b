package dev.xborder.core.logistics;

import java.time.LocalDate;

/**
 * When the goods leave ({@code dispatch}: the ship date, or the next working day of the card when
 * the goods are ready after its cut-off or on a non-working day) and the earliest and latest
 * estimated delivery dates (dispatch plus the card's minimum and maximum transit, counted in the
 * card's working days, skipping its holidays).
 */
public record DeliveryWindow(LocalDate dispatch, LocalDate earliest, LocalDate latest) {
}
