/**
 * The logistics plan of one parcel against 50 rate cards.
 */
package dev.xborder.bench.plan;
