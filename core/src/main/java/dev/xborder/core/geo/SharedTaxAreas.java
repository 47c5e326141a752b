package dev.xborder.core.geo;

import dev.xborder.core.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * Countries and territories whose goods imports are taxed and cleared by another country, under a
 * customs and VAT union with it: a parcel delivered there is quoted with that country's rules.
 *
 * <ul>
 *   <li>Liechtenstein ({@code LI}) → Switzerland: part of the Swiss customs territory since
 *       1924-01-01 (Customs Treaty of 29 March 1923, SR 0.631.112.514, Art. 1 and 4: the whole Swiss
 *       customs legislation applies; imports are cleared by the Swiss customs administration, LLV
 *       "Customs and origin"), and the same VAT law and rates by treaty (VAT rates 8.1/2.6/3.8% from
 *       2024-01-01 like Switzerland's: vatcalc.com, Liechtenstein Official Gazette 2023).</li>
 *   <li>Monaco ({@code MC}) → France: part of France for VAT (VAT Directive 2006/112/EC Art. 7) and of
 *       the Union customs territory through France (Union Customs Code Art. 4).</li>
 *   <li>Isle of Man ({@code IM}) → United Kingdom: treated as part of the UK for customs, excise and VAT
 *       (Customs and Excise Agreement of 15 October 1979; gov.im "International trade and the Isle of Man";
 *       Crown Dependencies Customs Union (Isle of Man) (EU Exit) Order 2019, SI 2019/257).</li>
 *   <li>Büsingen am Hochrhein (DE 78266, {@link FiscalTerritory#BUSINGEN}) → Switzerland: in the Swiss
 *       customs territory (DE-CH treaty of 23 November 1964) and Swiss VAT "domestic" (ESTV, mail-order
 *       trade).</li>
 * </ul>
 * Jersey and Guernsey are not listed: they have their own customs and GST regimes. San Marino and
 * Andorra are not listed: they levy their own import taxes.
 */
public final class SharedTaxAreas {
    private static final Map<CountryCode, CountryCode> COUNTRIES = Map.of(
            CountryCode.of("LI"), CountryCode.of("CH"),
            CountryCode.of("MC"), CountryCode.of("FR"),
            CountryCode.of("IM"), CountryCode.of("GB"));

    private SharedTaxAreas() {
    }

    /** The country whose import duty and tax rules apply to goods delivered to {@code country}, if another. */
    public static Optional<CountryCode> governedBy(CountryCode country) {
        Checks.notNull(country, "country");
        return Optional.ofNullable(COUNTRIES.get(country));
    }

    /** As {@link #governedBy(CountryCode)}, for a special territory (Büsingen → CH). */
    public static Optional<CountryCode> governedBy(FiscalTerritory territory) {
        Checks.notNull(territory, "territory");
        return territory == FiscalTerritory.BUSINGEN ? Optional.of(CountryCode.of("CH")) : Optional.empty();
    }

    /** A one-line reason for the routing, for quote traces. */
    public static String reason(CountryCode country) {
        Checks.notNull(country, "country");
        return switch (country.alpha2()) {
            case "LI" -> "Liechtenstein is part of the Swiss customs territory (Customs Treaty of 1923, SR 0.631.112.514) and shares Swiss VAT law and rates";
            case "MC" -> "Monaco is treated as part of France for VAT (VAT Directive Art. 7) and the customs territory (UCC Art. 4)";
            case "IM" -> "the Isle of Man is treated as part of the UK for customs and VAT (Customs and Excise Agreement 1979, SI 2019/257)";
            default -> country + " is not in another country's customs and VAT area";
        };
    }
}
