/**
 * The {@code xborder} command line ({@link dev.xborder.examples.cli.XborderCli}, picocli): demo, quote,
 * plan, convert, tax-id, orders, rules, simulator. Results on standard output, everything else on
 * standard error; one-line errors with exit code 2 for bad input. See docs/cli.md.
 */
package dev.xborder.examples.cli;
