/**
 * Most-specific-prefix lookup in a full synthetic national tariff, its baselines, and its heap footprint.
 */
package dev.xborder.bench.tariff;
