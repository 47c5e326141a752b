/**
 * xborder's JMH benchmarks and their runner: {@link dev.xborder.bench.RunAll} runs every benchmark with its baseline and writes the results; {@link dev.xborder.bench.Targets} lists issue 8's targets. Not a published API.
 */
package dev.xborder.bench;
