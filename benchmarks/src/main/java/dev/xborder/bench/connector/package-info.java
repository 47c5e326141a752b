/**
 * Connector parse and map per order from documented payloads.
 */
package dev.xborder.bench.connector;
