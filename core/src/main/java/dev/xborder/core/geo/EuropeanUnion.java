package dev.xborder.core.geo;

import dev.xborder.core.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * EU membership, VAT area, customs territory and euro adoption, by date. All dates are
 * start-inclusive; end dates are exclusive (the first day out).
 *
 * <p>These answer for whole countries (and {@code XI}). Parts of member states outside the VAT area
 * or the customs territory (Canary Islands, Heligoland, ...) are resolved from the address by
 * {@link FiscalTerritory#resolve(Address)}; {@link #isVatAreaMember(Address, LocalDate)} combines both.
 *
 * <p>Sources:
 * <ul>
 *   <li>Accession dates: the Treaties and Acts of Accession (1958 EEC Treaty of Rome; 1973 DK, IE, GB;
 *       1981 GR; 1986 ES, PT; 1995 AT, FI, SE; 2004-05-01 CY, CZ, EE, HU, LT, LV, MT, PL, SI, SK;
 *       2007 BG, RO; 2013-07-01 HR).</li>
 *   <li>GB: withdrew 2020-01-31; EU VAT and customs law applied until the end of the transition
 *       period, 2020-12-31 (Withdrawal Agreement Art. 126-127), so GB is outside from 2021-01-01.</li>
 *   <li>XI (Northern Ireland): EU VAT rules on goods and the Union Customs Code keep applying from
 *       2021-01-01 (Protocol on Ireland/Northern Ireland, now the Windsor Framework, Art. 5 and 8).
 *       Before 2021 it was part of the UK, a member state. Services are not covered: this class
 *       answers for goods.</li>
 *   <li>Monaco: treated as part of France for VAT (VAT Directive 2006/112/EC Art. 7) and part of the
 *       customs territory (Union Customs Code, Reg. (EU) 952/2013, Art. 4(2)). Isle of Man: treated as
 *       part of the UK for VAT (Art. 7) and in the customs territory until 2020-12-31. Channel Islands
 *       (JE, GG): in the customs territory until 2020-12-31, never in the VAT area (Art. 6(1)(e)).</li>
 *   <li>Euro adoption: Council Regulation (EC) No 974/98 (as amended for each adopting state):
 *       1999-01-01 AT BE DE ES FI FR IE IT LU NL PT; 2001-01-01 GR; 2007-01-01 SI; 2008-01-01 CY MT;
 *       2009-01-01 SK; 2011-01-01 EE; 2014-01-01 LV; 2015-01-01 LT; 2023-01-01 HR (Council Decision
 *       (EU) 2022/1211); 2026-01-01 BG (Council acts of 8 July 2025 amending Reg. 974/98 and 2866/98,
 *       rate 1.95583 BGN per EUR).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class EuropeanUnion {

    private record Period(LocalDate from, LocalDate until) {
        boolean contains(LocalDate d) {
            return !d.isBefore(from) && (until == null || d.isBefore(until));
        }
    }

    private record Euro(LocalDate adopted, String legacyCurrency) {
    }

    private static final LocalDate FOUNDING = LocalDate.of(1958, 1, 1);
    /** First day GB is outside the EU VAT area and customs territory (end of the transition period). */
    public static final LocalDate GB_EXIT_EFFECTIVE = LocalDate.of(2021, 1, 1);

    private static final Map<String, Period> MEMBERSHIP = new LinkedHashMap<>();
    private static final Map<String, Euro> EURO = new LinkedHashMap<>();

    static {
        member(FOUNDING, null, "BE", "DE", "FR", "IT", "LU", "NL");
        member(LocalDate.of(1973, 1, 1), null, "DK", "IE");
        member(LocalDate.of(1973, 1, 1), GB_EXIT_EFFECTIVE, "GB");
        member(LocalDate.of(1981, 1, 1), null, "GR");
        member(LocalDate.of(1986, 1, 1), null, "ES", "PT");
        member(LocalDate.of(1995, 1, 1), null, "AT", "FI", "SE");
        member(LocalDate.of(2004, 5, 1), null, "CY", "CZ", "EE", "HU", "LT", "LV", "MT", "PL", "SI", "SK");
        member(LocalDate.of(2007, 1, 1), null, "BG", "RO");
        member(LocalDate.of(2013, 7, 1), null, "HR");

        LocalDate e1999 = LocalDate.of(1999, 1, 1);
        euro("AT", e1999, "ATS");
        euro("BE", e1999, "BEF");
        euro("DE", e1999, "DEM");
        euro("ES", e1999, "ESP");
        euro("FI", e1999, "FIM");
        euro("FR", e1999, "FRF");
        euro("IE", e1999, "IEP");
        euro("IT", e1999, "ITL");
        euro("LU", e1999, "LUF");
        euro("NL", e1999, "NLG");
        euro("PT", e1999, "PTE");
        euro("GR", LocalDate.of(2001, 1, 1), "GRD");
        euro("SI", LocalDate.of(2007, 1, 1), "SIT");
        euro("CY", LocalDate.of(2008, 1, 1), "CYP");
        euro("MT", LocalDate.of(2008, 1, 1), "MTL");
        euro("SK", LocalDate.of(2009, 1, 1), "SKK");
        euro("EE", LocalDate.of(2011, 1, 1), "EEK");
        euro("LV", LocalDate.of(2014, 1, 1), "LVL");
        euro("LT", LocalDate.of(2015, 1, 1), "LTL");
        euro("HR", LocalDate.of(2023, 1, 1), "HRK");
        euro("BG", LocalDate.of(2026, 1, 1), "BGN");
    }

    private EuropeanUnion() {
    }

    private static void member(LocalDate from, LocalDate until, String... codes) {
        for (String c : codes) {
            MEMBERSHIP.put(c, new Period(from, until));
        }
    }

    private static void euro(String code, LocalDate adopted, String legacy) {
        EURO.put(code, new Euro(adopted, legacy));
    }

    /**
     * Whether a country was a member state of the EU (or its predecessor, the EEC) on a date.
     * {@code XI} answers as GB did (it is not a member state of its own).
     */
    public static boolean isMemberState(CountryCode country, LocalDate date) {
        Checks.notNull(country, "country");
        Checks.notNull(date, "date");
        String c = "XI".equals(country.alpha2()) ? "GB" : country.alpha2();
        Period p = MEMBERSHIP.get(c);
        return p != null && p.contains(date);
    }

    /** The member states on a date, sorted by code (never {@code XI}). */
    public static Set<CountryCode> memberStates(LocalDate date) {
        Checks.notNull(date, "date");
        Set<CountryCode> out = new TreeSet<>();
        MEMBERSHIP.forEach((c, p) -> {
            if (p.contains(date)) {
                out.add(CountryCode.of(c));
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /**
     * Whether goods delivered to this country on this date are inside the EU VAT area, judged for the
     * country as a whole. Member states: yes while members; {@code XI}: yes (before 2021 as part of
     * the UK, from 2021 under the Windsor Framework); Monaco: yes (Art. 7); Isle of Man: until
     * 2020-12-31. Special territories with their own ISO code (GP, MQ, GF, RE, YT, MF, AX, ...) and
     * Channel Islands: no. Use {@link #isVatAreaMember(Address, LocalDate)} for an address, which also
     * excludes territories inside a member state's code (Canary Islands, ...).
     */
    public static boolean isVatAreaMember(CountryCode country, LocalDate date) {
        Checks.notNull(country, "country");
        Checks.notNull(date, "date");
        return switch (country.alpha2()) {
            case "XI" -> !date.isBefore(LocalDate.of(1973, 1, 1));
            case "MC" -> true;
            case "IM" -> date.isBefore(GB_EXIT_EFFECTIVE) && !date.isBefore(LocalDate.of(1973, 1, 1));
            default -> isMemberState(country, date);
        };
    }

    /**
     * Whether goods delivered to this address on this date are inside the EU VAT area: the country
     * is ({@link #isVatAreaMember(CountryCode, LocalDate)}) and the address is not in a special
     * territory outside it ({@link FiscalTerritory}). A Belfast (BT) address under {@code GB} counts as
     * {@code XI}.
     */
    public static boolean isVatAreaMember(Address address, LocalDate date) {
        Checks.notNull(address, "address");
        Checks.notNull(date, "date");
        Optional<FiscalTerritory> t = address.fiscalTerritory();
        if (t.isPresent()) {
            return t.get().inEuVatArea(date);
        }
        return isVatAreaMember(address.country(), date);
    }

    /**
     * Whether this country is part of the customs territory of the Union on this date (Union Customs
     * Code Art. 4), as a whole: member states while members (GB until 2020-12-31), {@code XI} (the
     * Union Customs Code applies there from 2021 too), Monaco; Isle of Man, Jersey and Guernsey until
     * 2020-12-31; French outermost regions with their own ISO code (GP, MQ, GF, RE, MF; YT from
     * 2014-01-01, when Mayotte became an outermost region) and Åland (AX). Not: countries in a
     * separate customs union with the EU (Türkiye, Andorra, San Marino) and overseas countries and
     * territories (PM, BL from 2012, NC, PF, WF, ...).
     */
    public static boolean isCustomsUnionMember(CountryCode country, LocalDate date) {
        Checks.notNull(country, "country");
        Checks.notNull(date, "date");
        LocalDate uk = LocalDate.of(1973, 1, 1);
        return switch (country.alpha2()) {
            case "XI" -> !date.isBefore(uk);
            case "MC" -> true;
            case "IM", "JE", "GG" -> !date.isBefore(uk) && date.isBefore(GB_EXIT_EFFECTIVE);
            case "GP", "MQ", "GF", "RE", "MF", "AX" -> isMemberState(parentOf(country), date);
            case "YT" -> !date.isBefore(LocalDate.of(2014, 1, 1));
            case "BL" -> date.isBefore(LocalDate.of(2012, 1, 1));
            default -> isMemberState(country, date);
        };
    }

    /** Whether an address is in the customs territory of the Union on a date, special territories included. */
    public static boolean isCustomsUnionMember(Address address, LocalDate date) {
        Checks.notNull(address, "address");
        Checks.notNull(date, "date");
        Optional<FiscalTerritory> t = address.fiscalTerritory();
        if (t.isPresent()) {
            return t.get().inEuCustomsTerritory(date);
        }
        return isCustomsUnionMember(address.country(), date);
    }

    private static CountryCode parentOf(CountryCode c) {
        return "AX".equals(c.alpha2()) ? CountryCode.of("FI") : CountryCode.FR;
    }

    /** The date a member state adopted the euro, if it has (as of the bundled data). */
    public static Optional<LocalDate> euroAdoptionDate(CountryCode country) {
        Checks.notNull(country, "country");
        Euro e = EURO.get(country.alpha2());
        return e == null ? Optional.empty() : Optional.of(e.adopted());
    }

    /**
     * Whether the euro is the currency of a country on a date. For member states, from their adoption
     * date (book money; cash came later for the 1999 adopters). For other countries, whether the
     * euro is their currency today ({@link CountryCode#currency()}: e.g. Monaco, Andorra, Montenegro,
     * Kosovo and the French outermost regions); no history is kept for them.
     */
    public static boolean usesEuro(CountryCode country, LocalDate date) {
        Checks.notNull(country, "country");
        Checks.notNull(date, "date");
        Euro e = EURO.get(country.alpha2());
        if (e != null) {
            return !date.isBefore(e.adopted());
        }
        if (isMemberState(country, LocalDate.of(2026, 1, 1)) || "XI".equals(country.alpha2())) {
            return false;
        }
        return country.currency().map(c -> "EUR".equals(c.getCurrencyCode())).orElse(false);
    }

    /**
     * The currency of a country on a date: for euro adopters before their adoption date, the legacy
     * currency (e.g. {@code HRK} for Croatia before 2023-01-01, {@code BGN} for Bulgaria before
     * 2026-01-01); otherwise {@link CountryCode#currency()}. Other currency changes (redenominations
     * outside the euro area) are not tracked.
     */
    public static Optional<CurrencyUnit> currencyOn(CountryCode country, LocalDate date) {
        Checks.notNull(country, "country");
        Checks.notNull(date, "date");
        Euro e = EURO.get(country.alpha2());
        if (e != null && date.isBefore(e.adopted())) {
            return Optional.of(Monetary.getCurrency(e.legacyCurrency()));
        }
        return country.currency();
    }
}
