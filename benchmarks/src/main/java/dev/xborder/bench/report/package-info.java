/**
 * Figures, targets, process timing and the Markdown report of a run.
 */
package dev.xborder.bench.report;
