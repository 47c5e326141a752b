package dev.xborder.core.landed;

import dev.xborder.core.Checks;

/**
 * Who collects the import charges and when, for tax and for duty (with fees) separately. The constructor throws
 * {@link dev.xborder.core.InvalidInputException} if an argument is null.
 */
public record Collection(Collector taxCollector, CollectionPoint taxPoint, Collector dutyCollector,
                         CollectionPoint dutyPoint) {
    public Collection {
        Checks.notNull(taxCollector, "collection.taxCollector");
        Checks.notNull(taxPoint, "collection.taxPoint");
        Checks.notNull(dutyCollector, "collection.dutyCollector");
        Checks.notNull(dutyPoint, "collection.dutyPoint");
    }
}
