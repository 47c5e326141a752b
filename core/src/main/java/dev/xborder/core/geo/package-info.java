/**
 * Countries, addresses and the EU's fiscal geography.
 *
 * <p>Entry points: {@link dev.xborder.core.geo.CountryCode} (ISO 3166-1 plus {@code XI}, with name,
 * alpha-3, numeric code and currency from a bundled table), {@link dev.xborder.core.geo.Address}
 * (validated, normalised postal code via {@link dev.xborder.core.geo.PostalCodes}),
 * {@link dev.xborder.core.geo.EuropeanUnion} (membership, VAT area, customs territory and euro
 * adoption by date) and {@link dev.xborder.core.geo.FiscalTerritory} (Canary Islands, Northern
 * Ireland and the other territories resolved from postal codes).
 *
 * <p>All types are immutable or stateless and thread-safe; no method accepts or returns null unless
 * its javadoc says so; bad input throws {@link dev.xborder.core.InvalidInputException}.
 */
package dev.xborder.core.geo;
