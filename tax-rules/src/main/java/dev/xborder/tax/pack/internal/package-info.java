/** Reader and validator of rule packs. Not API: use {@link dev.xborder.tax.pack.RulePackLoader}. */
package dev.xborder.tax.pack.internal;
