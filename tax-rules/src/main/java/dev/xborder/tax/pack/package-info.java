/**
 * Rule packs: the immutable model ({@link dev.xborder.tax.pack.RulePack} and its rule records), the
 * loader with host overrides and precedence ({@link dev.xborder.tax.pack.RulePackLoader}) and the
 * validated, merged result ({@link dev.xborder.tax.pack.RuleBook}). The JSON format is described in
 * {@code docs/rule-pack-format.md}.
 */
package dev.xborder.tax.pack;
