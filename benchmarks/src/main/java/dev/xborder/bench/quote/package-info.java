/**
 * Landed-cost quote and throughput benchmarks, the scenario, the naive Moneta baseline and the arithmetic floors.
 */
package dev.xborder.bench.quote;
