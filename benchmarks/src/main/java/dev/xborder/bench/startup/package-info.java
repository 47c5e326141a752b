/**
 * What the start-up measurement runs in a fresh JVM, per mode.
 */
package dev.xborder.bench.startup;
