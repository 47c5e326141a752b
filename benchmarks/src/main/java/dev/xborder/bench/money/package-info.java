/**
 * The cost of one result amount (Moneta Money and FastMoney).
 */
package dev.xborder.bench.money;
