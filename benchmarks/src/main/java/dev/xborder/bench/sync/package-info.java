/**
 * Streaming-sync heap measurement (issue 8, "syncing 100,000 orders from a local server keeps heap
 * flat"): a local Shopify-shaped GraphQL server that generates order pages on the fly and a main
 * run by the benchmark runner in a fresh JVM.
 */
package dev.xborder.bench.sync;
