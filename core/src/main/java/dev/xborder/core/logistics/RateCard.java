package dev.xborder.core.logistics;

import dev.xborder.core.landed.TransportMode;

import dev.xborder.core.geo.CountryCode;
import dev.xborder.core.product.GoodsFlag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One carrier service's tariff and limits, as loaded from a rate-card file by {@link RateCards}.
 * Immutable and thread-safe. Amounts are in {@link #currency()}; weights in kilograms; sizes in
 * centimetres. Effective from {@link #effectiveFrom()} inclusive until {@link #effectiveUntil()}
 * exclusive (open-ended when empty).
 *
 * <p>At construction the card precomputes integer indexes (grams, millimetres, minor currency
 * units) so that pricing a parcel does no parsing, no {@code BigDecimal} and no regex.
 */
public final class RateCard {
    private final String id;
    private final String carrier;
    private final String service;
    private final ShippingMode mode;
    private final TransportMode entersAs;
    private final Set<CountryCode> origins;
    private final Set<CountryCode> destinations;
    private final CurrencyUnit currency;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveUntil;
    private final String source;
    private final String version;
    private final WeightPricing pricing;
    private final BigDecimal chargeableWeightStepKg;
    private final Integer volumetricDivisor;
    private final BigDecimal fuelSurchargePercent;
    private final List<RemoteAreaSurcharge> remoteAreaSurcharges;
    private final MonetaryAmount minimumCharge;
    private final BigDecimal maxWeightKg;
    private final BigDecimal maxLongestSideCm;
    private final BigDecimal maxSumOfSidesCm;
    private final BigDecimal maxLengthPlusGirthCm;
    private final Set<GoodsFlag> forbiddenGoods;
    private final boolean tracked;
    private final boolean ddpCapable;
    private final int transitDaysMin;
    private final int transitDaysMax;
    private final LocalTime cutOffTime;
    private final ZoneId cutOffZone;
    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;

    // ---- precomputed ----
    final int fractionDigits;
    final long maxWeightG;
    final long maxLongestMm;
    final long maxSumMm;
    final long maxGirthMm;
    final long stepG;
    final long fuelBp;
    final long minimumMinor;
    final long forbiddenMask;
    final WorkingCalendar calendar;
    private final Map<CountryCode, RemoteRange[]> remoteByCountry;
    private final Set<CountryCode> originSet;
    private final Set<CountryCode> destinationSet;
    private final int pricingKind; // 0 step, 1 per kg, 2 table
    private final long firstG, firstMinor, addG, addMinor, perKgMinor, perParcelMinor;
    private final long[] breakG, breakMinor;

    private record RemoteRange(RemoteAreaSurcharge surcharge, long minor) {
    }

    RateCard(String id, String carrier, String service, ShippingMode mode, Set<CountryCode> origins,
             Set<CountryCode> destinations, CurrencyUnit currency, LocalDate effectiveFrom, LocalDate effectiveUntil,
             String source, String version, WeightPricing pricing, BigDecimal chargeableWeightStepKg,
             Integer volumetricDivisor, BigDecimal fuelSurchargePercent, List<RemoteAreaSurcharge> remoteAreaSurcharges,
             MonetaryAmount minimumCharge, BigDecimal maxWeightKg, BigDecimal maxLongestSideCm,
             BigDecimal maxSumOfSidesCm, BigDecimal maxLengthPlusGirthCm, Set<GoodsFlag> forbiddenGoods,
             boolean tracked, boolean ddpCapable, int transitDaysMin, int transitDaysMax, LocalTime cutOffTime,
             ZoneId cutOffZone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays, TransportMode entersAs) {
        this.entersAs = entersAs;
        this.id = id;
        this.carrier = carrier;
        this.service = service;
        this.mode = mode;
        this.origins = Set.copyOf(origins);
        this.destinations = Set.copyOf(destinations);
        this.currency = currency;
        this.effectiveFrom = effectiveFrom;
        this.effectiveUntil = effectiveUntil;
        this.source = source;
        this.version = version;
        this.pricing = pricing;
        this.chargeableWeightStepKg = chargeableWeightStepKg;
        this.volumetricDivisor = volumetricDivisor;
        this.fuelSurchargePercent = fuelSurchargePercent;
        this.remoteAreaSurcharges = List.copyOf(remoteAreaSurcharges);
        this.minimumCharge = minimumCharge;
        this.maxWeightKg = maxWeightKg;
        this.maxLongestSideCm = maxLongestSideCm;
        this.maxSumOfSidesCm = maxSumOfSidesCm;
        this.maxLengthPlusGirthCm = maxLengthPlusGirthCm;
        this.forbiddenGoods = forbiddenGoods.isEmpty() ? Set.of() : Set.copyOf(forbiddenGoods);
        this.tracked = tracked;
        this.ddpCapable = ddpCapable;
        this.transitDaysMin = transitDaysMin;
        this.transitDaysMax = transitDaysMax;
        this.cutOffTime = cutOffTime;
        this.cutOffZone = cutOffZone;
        this.workingDays = Set.copyOf(workingDays);
        this.holidays = Set.copyOf(holidays);

        this.fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        this.maxWeightG = grams(maxWeightKg);
        this.maxLongestMm = maxLongestSideCm == null ? Long.MAX_VALUE : mm(maxLongestSideCm);
        this.maxSumMm = maxSumOfSidesCm == null ? Long.MAX_VALUE : mm(maxSumOfSidesCm);
        this.maxGirthMm = maxLengthPlusGirthCm == null ? Long.MAX_VALUE : mm(maxLengthPlusGirthCm);
        this.stepG = grams(chargeableWeightStepKg);
        this.fuelBp = fuelSurchargePercent.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        this.minimumMinor = minor(minimumCharge);
        long mask = 0;
        for (GoodsFlag f : forbiddenGoods) {
            mask |= 1L << f.ordinal();
        }
        this.forbiddenMask = mask;
        this.calendar = new WorkingCalendar(EnumSet.copyOf(workingDays), holidays);
        Map<CountryCode, List<RemoteRange>> byCountry = new HashMap<>();
        for (RemoteAreaSurcharge s : remoteAreaSurcharges) {
            byCountry.computeIfAbsent(s.country(), k -> new java.util.ArrayList<>()).add(new RemoteRange(s, minor(s.amount())));
        }
        Map<CountryCode, RemoteRange[]> compiled = new HashMap<>();
        byCountry.forEach((k, v) -> compiled.put(k, v.toArray(new RemoteRange[0])));
        this.remoteByCountry = Map.copyOf(compiled);
        this.originSet = this.origins;
        this.destinationSet = this.destinations;
        if (pricing instanceof WeightPricing.Step s) {
            pricingKind = 0;
            firstG = grams(s.firstKg());
            firstMinor = minor(s.firstPrice());
            addG = grams(s.additionalKg());
            addMinor = minor(s.additionalPrice());
            perKgMinor = perParcelMinor = 0;
            breakG = breakMinor = null;
        } else if (pricing instanceof WeightPricing.PerKg p) {
            pricingKind = 1;
            perKgMinor = minor(p.perKg());
            perParcelMinor = minor(p.perParcel());
            firstG = firstMinor = addG = addMinor = 0;
            breakG = breakMinor = null;
        } else {
            WeightPricing.Table t = (WeightPricing.Table) pricing;
            pricingKind = 2;
            breakG = t.breaks().stream().mapToLong(b -> grams(b.upToKg())).toArray();
            breakMinor = t.breaks().stream().mapToLong(b -> minor(b.price())).toArray();
            addG = t.additionalKg() == null ? 0 : grams(t.additionalKg());
            addMinor = t.additionalPrice() == null ? 0 : minor(t.additionalPrice());
            firstG = firstMinor = perKgMinor = perParcelMinor = 0;
        }
    }

    static long grams(BigDecimal kg) {
        return kg.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    static long mm(BigDecimal cm) {
        return cm.movePointRight(1).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    long minor(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).movePointRight(fractionDigits)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    // ---- precomputed evaluation (package-private, allocation-free) ----

    boolean servesOrigin(CountryCode c) {
        return originSet.contains(c);
    }

    boolean servesDestination(CountryCode c) {
        return destinationSet.contains(c);
    }

    boolean inEffect(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || date.isBefore(effectiveUntil));
    }

    /** Chargeable grams: the larger of actual and volumetric grams, rounded up to the card's step. */
    long chargeableGrams(long actualG, long volumeMm3) {
        long w = actualG;
        if (volumetricDivisor != null) {
            // kg = cm3 / divisor, so g = mm3 / divisor
            long vol = ceilDiv(volumeMm3, volumetricDivisor);
            if (vol > w) {
                w = vol;
            }
        }
        return ceilDiv(w, stepG) * stepG;
    }

    long volumetricGrams(long volumeMm3) {
        return volumetricDivisor == null ? 0 : ceilDiv(volumeMm3, volumetricDivisor);
    }

    /** Base freight in minor units for a chargeable weight, before the minimum charge; -1 above the table. */
    long weightPriceMinor(long chargeableG) {
        switch (pricingKind) {
            case 0:
                if (chargeableG <= firstG) {
                    return firstMinor;
                }
                return satAdd(firstMinor, satMul(ceilDiv(chargeableG - firstG, addG), addMinor));
            case 1:
                long product = satMul(perKgMinor, chargeableG);
                return satAdd(product == SATURATED ? SATURATED : divHalfUp(product, 1000), perParcelMinor);
            default:
                for (int i = 0; i < breakG.length; i++) {
                    if (chargeableG <= breakG[i]) {
                        return breakMinor[i];
                    }
                }
                if (addG == 0) {
                    return -1;
                }
                int last = breakG.length - 1;
                return satAdd(breakMinor[last], satMul(ceilDiv(chargeableG - breakG[last], addG), addMinor));
        }
    }

    /** Base freight in minor units, at least the minimum charge. */
    long baseFreightMinor(long chargeableG) {
        return Math.max(weightPriceMinor(chargeableG), minimumMinor);
    }

    long fuelMinor(long baseMinor) {
        long product = satMul(baseMinor, fuelBp);
        return product == SATURATED ? SATURATED : divHalfUp(product, 10_000);
    }

    long remoteMinor(CountryCode country, String normalisedPostalCode) {
        RemoteRange[] ranges = remoteByCountry.get(country);
        if (ranges == null || normalisedPostalCode == null) {
            return 0;
        }
        long max = 0;
        for (RemoteRange r : ranges) {
            if (r.minor > max && r.surcharge.matches(normalisedPostalCode)) {
                max = r.minor;
            }
        }
        return max;
    }

    /**
     * Where a price would overflow (only for absurd shipments, far beyond any real tariff) it
     * saturates at this many minor units instead: the option is then absurdly dear, never cheap.
     */
    static final long SATURATED = Long.MAX_VALUE / 8;

    static long satMul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return Math.min(lo, SATURATED);
        }
        return SATURATED;
    }

    static long satAdd(long a, long b) {
        long r = a + b;
        return r < 0 || r > SATURATED ? SATURATED : r;
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    static long divHalfUp(long a, long b) {
        return Math.floorDiv(a * 2 + b, 2 * b);
    }

    // ---- public read API ----

    /** The card's id, unique among the cards loaded together (versions of one id must not overlap in time). */
    public String id() { return id; }
    public String carrier() { return carrier; }
    public String service() { return service; }
    public ShippingMode mode() { return mode; }
    /**
     * How a parcel of this card crosses the destination's border, for rules that depend on it: the card's
     * {@code entersAs} when given, else {@code POST} for {@link ShippingMode#POSTAL}, {@code COURIER} for
     * {@link ShippingMode#EXPRESS}, and empty for line-haul (not known: never guessed) and warehouse modes.
     */
    public Optional<TransportMode> entersAs() {
        if (entersAs != null) return Optional.of(entersAs);
        return switch (mode) {
            case POSTAL -> Optional.of(TransportMode.POST);
            case EXPRESS -> Optional.of(TransportMode.COURIER);
            case LINE_HAUL, OVERSEAS_WAREHOUSE, MARKETPLACE_FULFILMENT -> Optional.empty();
        };
    }
    /** Countries the service picks up in (for warehouse modes: the warehouse's country). */
    public Set<CountryCode> origins() { return origins; }
    public Set<CountryCode> destinations() { return destinations; }
    public CurrencyUnit currency() { return currency; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public Optional<LocalDate> effectiveUntil() { return Optional.ofNullable(effectiveUntil); }
    /** Where the figures come from (for the bundled samples: a statement that they are illustrative). */
    public String source() { return source; }
    public String version() { return version; }
    public WeightPricing pricing() { return pricing; }
    /** The step the chargeable weight is rounded up to, in kilograms (e.g. 0.5, 0.1, 0.001). */
    public BigDecimal chargeableWeightStepKg() { return chargeableWeightStepKg; }
    /** Volumetric divisor in cm³ per kg (e.g. 5000), or empty when the card charges actual weight only. */
    public OptionalInt volumetricDivisor() {
        return volumetricDivisor == null ? OptionalInt.empty() : OptionalInt.of(volumetricDivisor);
    }
    /** Fuel surcharge in percent of the base freight (after the minimum charge). */
    public BigDecimal fuelSurchargePercent() { return fuelSurchargePercent; }
    public List<RemoteAreaSurcharge> remoteAreaSurcharges() { return remoteAreaSurcharges; }
    public MonetaryAmount minimumCharge() { return minimumCharge; }
    /** Maximum actual weight of one parcel, kilograms. */
    public BigDecimal maxWeightKg() { return maxWeightKg; }
    public Optional<BigDecimal> maxLongestSideCm() { return Optional.ofNullable(maxLongestSideCm); }
    public Optional<BigDecimal> maxSumOfSidesCm() { return Optional.ofNullable(maxSumOfSidesCm); }
    public Optional<BigDecimal> maxLengthPlusGirthCm() { return Optional.ofNullable(maxLengthPlusGirthCm); }
    public Set<GoodsFlag> forbiddenGoods() { return forbiddenGoods; }
    public boolean tracked() { return tracked; }
    public boolean ddpCapable() { return ddpCapable; }
    /** Minimum transit, in the card's working days after dispatch. */
    public int transitDaysMin() { return transitDaysMin; }
    public int transitDaysMax() { return transitDaysMax; }
    /** Orders ready after this local time are dispatched on the next working day. */
    public LocalTime cutOffTime() { return cutOffTime; }
    public ZoneId cutOffZone() { return cutOffZone; }
    public Set<DayOfWeek> workingDays() { return workingDays; }
    public Set<LocalDate> holidays() { return holidays; }

    @Override
    public String toString() {
        return "RateCard[" + id + " " + carrier + " / " + service + " " + mode + " " + origins + "->"
                + destinations.size() + " countries, " + effectiveFrom + ".." + (effectiveUntil == null ? "" : effectiveUntil)
                + ", v" + version + "]";
    }

}
