/** Internal helpers of the tariff readers. Not API. */
package dev.xborder.tax.tariff.internal;
