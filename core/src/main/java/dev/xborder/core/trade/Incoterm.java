package dev.xborder.core.trade;

/**
 * Incoterms 2020 rules, as far as they matter for who pays import duty and tax. Under
 * {@link #DDP} the seller pays them (prepaid); under the others the buyer does at import unless a
 * checkout collection regime applies.
 */
public enum Incoterm {
    EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF;

    /** Whether the seller bears import duties and taxes under this rule (only DDP). */
    public boolean sellerPaysImportCharges() {
        return this == DDP;
    }
}
