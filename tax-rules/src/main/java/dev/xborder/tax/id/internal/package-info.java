/**
 * Internal check-digit rules behind {@link dev.xborder.tax.id.TaxIdValidator}. Not API: use the
 * validator.
 */
package dev.xborder.tax.id.internal;
