package dev.xborder.core.geo;

import dev.xborder.core.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A part of a country that EU VAT or customs law treats differently from the rest, resolved from an
 * address's country and postal code by {@link #resolve(Address)}. Most lie outside the EU VAT area
 * (VAT Directive 2006/112/EC Art. 6) and some also outside the customs territory of the Union (Union
 * Customs Code, Reg. (EU) 952/2013, Art. 4); Northern Ireland stays under EU rules for goods although
 * the UK left. A few (Madeira, Azores, Jungholz, Mittelberg) are inside both but have regional VAT
 * rates, and are listed so that rule packs can key on them.
 *
 * <p>Postal code ranges: the national postal code structure (ES: first two digits = province, 35/38
 * Canary Islands, 51 Ceuta, 52 Melilla; FR: 97x/98x = overseas; PT: 9xxx = Madeira 90-94, Azores
 * 95-99; FI: 22xxx = Åland), cross-checked against ibericode/vat-rates {@code vat-rates.json}
 * exceptions (postcode regexes for Canary Islands, Ceuta, Melilla, Campione d'Italia 22061, Livigno
 * 23041, Mount Athos 63086, DOM 971-974/976, Büsingen 78266, Heligoland 27498, Madeira, Azores,
 * Jungholz 6691, Mittelberg 6991-6993). Not resolved: Trepalle (part of Livigno, postal code 23030
 * shared with communes outside the exemption) and the Italian waters of Lake Lugano (no postal
 * code); such addresses need a host override.
 */
public enum FiscalTerritory {
    CANARY_ISLANDS("ES", null, false, true, "Canary Islands (ES postal codes 35xxx, 38xxx); IGIC instead of VAT",
            "VAT Directive 2006/112/EC Art. 6(1)(b); UCC Art. 4 (in the customs territory)"),
    CEUTA("ES", null, false, false, "Ceuta (ES postal codes 51xxx); IPSI instead of VAT",
            "VAT Directive Art. 6(2)(c); UCC Art. 4 (Spain except Ceuta and Melilla)"),
    MELILLA("ES", null, false, false, "Melilla (ES postal codes 52xxx); IPSI instead of VAT",
            "VAT Directive Art. 6(2)(d); UCC Art. 4 (Spain except Ceuta and Melilla)"),
    HELIGOLAND("DE", null, false, false, "Island of Heligoland (DE 27498)",
            "VAT Directive Art. 6(2)(a); UCC Art. 4 (Germany except Heligoland and Büsingen)"),
    BUSINGEN("DE", null, false, false, "Büsingen am Hochrhein (DE 78266), in the Swiss customs territory",
            "VAT Directive Art. 6(2)(b); UCC Art. 4; DE-CH treaty of 23 November 1964"),
    LIVIGNO("IT", null, false, false, "Livigno (IT 23041)",
            "VAT Directive Art. 6(2)(e); UCC Art. 4 (Italy except Livigno)"),
    CAMPIONE_D_ITALIA("IT", null, false, true, "Campione d'Italia (IT 22061); in the customs territory from 2020-01-01",
            "VAT Directive Art. 6(1)(f) as amended by Council Directive (EU) 2019/475; UCC Art. 4 as amended by Reg. (EU) 2019/474"),
    MOUNT_ATHOS("GR", null, false, true, "Mount Athos (GR 630 86)",
            "VAT Directive Art. 6(1)(a); UCC Art. 4 (all of Greece)"),
    ALAND("FI", "AX", false, true, "Åland Islands (FI 22xxx, or country AX)",
            "VAT Directive Art. 6(1)(d); UCC Art. 4 (all of Finland)"),
    GUADELOUPE("FR", "GP", false, true, "Guadeloupe (FR 971xx, or country GP); outermost region",
            "VAT Directive Art. 6(1)(c) with TFEU Art. 349; UCC Art. 4"),
    MARTINIQUE("FR", "MQ", false, true, "Martinique (FR 972xx, or country MQ); outermost region",
            "VAT Directive Art. 6(1)(c) with TFEU Art. 349; UCC Art. 4"),
    FRENCH_GUIANA("FR", "GF", false, true, "French Guiana (FR 973xx, or country GF); outermost region",
            "VAT Directive Art. 6(1)(c) with TFEU Art. 349; UCC Art. 4"),
    REUNION("FR", "RE", false, true, "Réunion (FR 974xx, or country RE); outermost region",
            "VAT Directive Art. 6(1)(c) with TFEU Art. 349; UCC Art. 4"),
    MAYOTTE("FR", "YT", false, true, "Mayotte (FR 976xx, or country YT); outermost region and in the customs territory from 2014-01-01",
            "VAT Directive Art. 6(1)(c) with TFEU Art. 349; Council Decision 2012/419/EU"),
    SAINT_MARTIN("FR", "MF", false, true, "Saint-Martin, French part (FR 97150, or country MF); outermost region",
            "VAT Directive Art. 6(1)(c) with TFEU Art. 349; UCC Art. 4"),
    SAINT_BARTHELEMY("FR", "BL", false, false, "Saint-Barthélemy (FR 97133, or country BL); overseas country and territory from 2012-01-01",
            "Council Decision 2010/718/EU; UCC Art. 4 (France except overseas countries and territories)"),
    SAINT_PIERRE_AND_MIQUELON("FR", "PM", false, false, "Saint-Pierre-et-Miquelon (FR 975xx, or country PM); overseas country and territory",
            "UCC Art. 4 (France except overseas countries and territories and Saint-Pierre-et-Miquelon)"),
    WALLIS_AND_FUTUNA("FR", "WF", false, false, "Wallis and Futuna (FR 986xx, or country WF); overseas country and territory",
            "TFEU Annex II; UCC Art. 4"),
    FRENCH_POLYNESIA("FR", "PF", false, false, "French Polynesia (FR 987xx, or country PF); overseas country and territory",
            "TFEU Annex II; UCC Art. 4"),
    NEW_CALEDONIA("FR", "NC", false, false, "New Caledonia (FR 988xx, or country NC); overseas country and territory",
            "TFEU Annex II; UCC Art. 4"),
    MADEIRA("PT", null, true, true, "Madeira (PT 9000-9499); in the VAT area with regional rates",
            "VAT Directive Art. 105; TEDB regional rates"),
    AZORES("PT", null, true, true, "Azores (PT 9500-9999); in the VAT area with regional rates",
            "VAT Directive Art. 105; TEDB regional rates"),
    JUNGHOLZ("AT", null, true, true, "Jungholz (AT 6691); in the VAT area with a regional standard rate",
            "VAT Directive Art. 105a(1); TEDB regional rates"),
    MITTELBERG("AT", null, true, true, "Mittelberg/Kleinwalsertal (AT 6991-6993); in the VAT area with a regional standard rate",
            "VAT Directive Art. 105a(1); TEDB regional rates"),
    NORTHERN_IRELAND("GB", "XI", true, true,
            "Northern Ireland (GB postal codes starting BT, or country XI); EU VAT rules on goods and the Union Customs Code apply from 2021-01-01",
            "Protocol on Ireland/Northern Ireland (Windsor Framework) Art. 5 and 8; Withdrawal Agreement Art. 185");

    private static final LocalDate CAMPIONE_IN_CUSTOMS = LocalDate.of(2020, 1, 1);
    private static final LocalDate MAYOTTE_OUTERMOST = LocalDate.of(2014, 1, 1);
    private static final LocalDate BL_OCT = LocalDate.of(2012, 1, 1);

    private final CountryCode parent;
    private final CountryCode ownCode;
    private final boolean inEuVatArea;
    private final boolean inEuCustomsTerritory;
    private final String description;
    private final String source;

    FiscalTerritory(String parent, String ownCode, boolean inEuVatArea, boolean inEuCustomsTerritory,
                    String description, String source) {
        this.parent = CountryCode.of(parent);
        this.ownCode = ownCode == null ? null : CountryCode.of(ownCode);
        this.inEuVatArea = inEuVatArea;
        this.inEuCustomsTerritory = inEuCustomsTerritory;
        this.description = description;
        this.source = source;
    }

    /** The country the territory belongs to, e.g. {@code ES} for the Canary Islands. */
    public CountryCode parent() {
        return parent;
    }

    /** Its own code, where it has one: ISO 3166-1 ({@code GP}, {@code AX}, ...) or {@code XI}. */
    public Optional<CountryCode> ownCode() {
        return Optional.ofNullable(ownCode);
    }

    /** Whether it is inside the EU VAT area under current law (for goods). */
    public boolean inEuVatArea() {
        return inEuVatArea;
    }

    /** Whether it is inside the customs territory of the Union (or under the Union Customs Code) under current law. */
    public boolean inEuCustomsTerritory() {
        return inEuCustomsTerritory;
    }

    /** Whether it was inside the EU VAT area on a date: its parent was a member (XI: see class comment) and it is not excluded. */
    public boolean inEuVatArea(LocalDate date) {
        Checks.notNull(date, "date");
        if (this == NORTHERN_IRELAND) {
            return EuropeanUnion.isVatAreaMember(CountryCode.XI, date);
        }
        return inEuVatArea && EuropeanUnion.isMemberState(parent, date);
    }

    /** Whether it was inside the customs territory of the Union on a date. */
    public boolean inEuCustomsTerritory(LocalDate date) {
        Checks.notNull(date, "date");
        return switch (this) {
            case NORTHERN_IRELAND -> EuropeanUnion.isCustomsUnionMember(CountryCode.XI, date);
            case CAMPIONE_D_ITALIA -> !date.isBefore(CAMPIONE_IN_CUSTOMS);
            case MAYOTTE -> !date.isBefore(MAYOTTE_OUTERMOST);
            case SAINT_BARTHELEMY -> date.isBefore(BL_OCT) && EuropeanUnion.isMemberState(parent, date);
            default -> inEuCustomsTerritory && EuropeanUnion.isMemberState(parent, date);
        };
    }

    /** A short English description with the postal codes that identify it. */
    public String description() {
        return description;
    }

    /** The legal source of its treatment. */
    public String source() {
        return source;
    }

    /**
     * The special territory an address lies in, if any: from the country alone where the territory
     * has its own code (GP, AX, XI, ...), else from the country and postal code. Empty for ordinary
     * addresses and for addresses without a postal code in countries that have such territories
     * (the caller cannot tell the Canary Islands from mainland Spain without one).
     */
    public static Optional<FiscalTerritory> resolve(Address address) {
        Checks.notNull(address, "address");
        return Optional.ofNullable(resolve(address.country(), address.postalCode()));
    }

    /**
     * As {@link #resolve(Address)}, for a country and an already normalised postal code (may be null).
     */
    static FiscalTerritory resolve(CountryCode country, String postalCode) {
        String c = country.alpha2();
        switch (c) {
            case "XI": return NORTHERN_IRELAND;
            case "AX": return ALAND;
            case "GP": return GUADELOUPE;
            case "MQ": return MARTINIQUE;
            case "GF": return FRENCH_GUIANA;
            case "RE": return REUNION;
            case "YT": return MAYOTTE;
            case "MF": return SAINT_MARTIN;
            case "BL": return SAINT_BARTHELEMY;
            case "PM": return SAINT_PIERRE_AND_MIQUELON;
            case "WF": return WALLIS_AND_FUTUNA;
            case "PF": return FRENCH_POLYNESIA;
            case "NC": return NEW_CALEDONIA;
            default: break;
        }
        if (postalCode == null) {
            return null;
        }
        String p = postalCode;
        switch (c) {
            case "ES":
                if (p.startsWith("35") || p.startsWith("38")) return CANARY_ISLANDS;
                if (p.startsWith("51")) return CEUTA;
                if (p.startsWith("52")) return MELILLA;
                return null;
            case "DE":
                if (p.equals("27498")) return HELIGOLAND;
                if (p.equals("78266")) return BUSINGEN;
                return null;
            case "IT":
                if (p.equals("23041")) return LIVIGNO;
                if (p.equals("22061")) return CAMPIONE_D_ITALIA;
                return null;
            case "GR":
                return p.equals("630 86") ? MOUNT_ATHOS : null;
            case "FI":
                return p.startsWith("22") ? ALAND : null;
            case "FR":
                if (p.equals("97133")) return SAINT_BARTHELEMY;
                if (p.equals("97150")) return SAINT_MARTIN;
                if (p.startsWith("971")) return GUADELOUPE;
                if (p.startsWith("972")) return MARTINIQUE;
                if (p.startsWith("973")) return FRENCH_GUIANA;
                if (p.startsWith("974")) return REUNION;
                if (p.startsWith("975")) return SAINT_PIERRE_AND_MIQUELON;
                if (p.startsWith("976")) return MAYOTTE;
                if (p.startsWith("986")) return WALLIS_AND_FUTUNA;
                if (p.startsWith("987")) return FRENCH_POLYNESIA;
                if (p.startsWith("988")) return NEW_CALEDONIA;
                return null;
            case "PT":
                if (p.charAt(0) == '9') {
                    return p.charAt(1) <= '4' ? MADEIRA : AZORES;
                }
                return null;
            case "AT":
                if (p.equals("6691")) return JUNGHOLZ;
                if (p.equals("6991") || p.equals("6992") || p.equals("6993")) return MITTELBERG;
                return null;
            case "GB":
                return p.startsWith("BT") ? NORTHERN_IRELAND : null;
            default:
                return null;
        }
    }
}
