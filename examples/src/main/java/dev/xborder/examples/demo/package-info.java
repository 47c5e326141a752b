/**
 * The quick-start demo: a marketplace simulator speaking the Amazon SP-API and Shopify Admin GraphQL
 * wire formats ({@link dev.xborder.examples.demo.MarketplaceSimulator}), the demo seller's catalogue
 * and orders, the engines built from bundled defaults ({@link dev.xborder.examples.demo.Engines}),
 * the demo run itself ({@code Demo}), and JSON and listing helpers shared with the command line.
 */
package dev.xborder.examples.demo;
